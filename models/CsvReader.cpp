// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QStringDecoder>

#include <utility>

// The parser walks bytes, not QChars: comma, quote, CR and LF are ASCII, and no byte of
// a multi-byte UTF-8 sequence is ASCII, so delimiters are found without decoding and
// each field is decoded once, whole.

namespace {

// The first problem found; thrown so the parser's readers stay straight lines of checks.
struct Invalid
{
    int line;
    QString reason;
};

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// The 1-based line of the first byte that is not strict UTF-8, or 0 if there is none.
// Strict as Unicode's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF,
// so every accepted byte decodes without replacement characters.
int firstInvalidUtf8Line(const char* data, qsizetype size)
{
    int line = 1;
    qsizetype i = 0;
    while (i < size) {
        const auto lead = uchar(data[i]);
        if (lead < 0x80) {
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
                ++line;
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80; // the second byte's range; narrower after E0, ED, F0 and F4
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return line;
        }
        if (size - i < length)
            return line;
        const auto second = uchar(data[i + 1]);
        if (second < low || second > high)
            return line;
        for (int k = 2; k < length; ++k) {
            if ((uchar(data[i + k]) & 0xC0) != 0x80)
                return line;
        }
        i += length;
    }
    return 0;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    Parser(const char* data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {}

    QList<CsvRecord> records()
    {
        QList<CsvRecord> records;
        while (!atEnd()) {
            if (isLineBreak(m_data[m_pos])) {
                skipLineBreak(); // an empty line: no record
                continue;
            }
            CsvRecord record;
            record.line = m_line;
            record.fields.append(field());
            while (!atEnd() && m_data[m_pos] == ',') {
                ++m_pos;
                record.fields.append(field());
            }
            if (!atEnd())
                skipLineBreak(); // field() stops only at a comma, a line break or the end
            records.append(std::move(record));
        }
        return records;
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    bool atCrLf() const
    {
        return m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n';
    }

    QString decode(QByteArrayView bytes) { return m_decoder.decode(bytes); }

    void skipLineBreak()
    {
        m_pos += atCrLf() ? 2 : 1;
        ++m_line;
    }

    QString field()
    {
        if (!atEnd() && m_data[m_pos] == '"')
            return quotedField();
        const qsizetype start = m_pos;
        while (!atEnd() && m_data[m_pos] != ',' && !isLineBreak(m_data[m_pos])) {
            if (m_data[m_pos] == '"')
                throw Invalid{m_line, tr("quote inside an unquoted field")};
            ++m_pos;
        }
        return decode(QByteArrayView(m_data + start, m_pos - start));
    }

    QString quotedField()
    {
        const int startLine = m_line;
        ++m_pos; // the opening quote
        QByteArray text;
        qsizetype chunk = m_pos; // start of the bytes not yet copied into text
        for (;;) {
            if (atEnd())
                throw Invalid{startLine, tr("quoted field never closed")};
            if (m_data[m_pos] == '"') {
                text.append(m_data + chunk, m_pos - chunk);
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                    // A doubled quote: the next chunk starts at its second half, which
                    // keeps exactly one quote.
                    chunk = m_pos + 1;
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // the closing quote
                break;
            }
            // A CRLF counts once, on its LF; a lone CR is a line of its own, as outside.
            if (m_data[m_pos] == '\n' || (m_data[m_pos] == '\r' && !atCrLf()))
                ++m_line;
            ++m_pos;
        }
        if (!atEnd() && m_data[m_pos] != ',' && !isLineBreak(m_data[m_pos]))
            throw Invalid{m_line, tr("text after a closing quote")};
        return decode(text);
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    // QString::fromUtf8 drops a BOM at the start of what it decodes, but a field's BOM
    // is text: the file's own BOM is gone before the first field is read.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
};

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& bytes, const QString& sourceName)
{
    const auto failure = [&](int line, const QString& reason) {
        return Failure::invalid(
            QStringLiteral("%1:%2: csv: %3").arg(sourceName).arg(line).arg(reason));
    };
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const char* data = bytes.constData() + start;
    const qsizetype size = bytes.size() - start;
    if (const int line = firstInvalidUtf8Line(data, size))
        return failure(line, tr("not valid UTF-8"));
    try {
        return Parser(data, size).records();
    } catch (const Invalid& invalid) {
        return failure(invalid.line, invalid.reason);
    }
}
