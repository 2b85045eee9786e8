// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrSectionTable.h"

#include "MarkdownText.h"

#include <QHash>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;
using namespace AdrFieldNames;
using namespace MarkdownText;

AdrSectionTable AdrSectionTable::read(Field field, const QStringList& body)
{
    const QList<bool> code = codeLines(body);
    qsizetype start = 0;
    while (start < body.size() && (code[start] || !isTableRow(body[start])))
        ++start;
    qsizetype end = start;
    while (end < body.size() && !code[end] && isTableRow(body[end]))
        ++end;
    const auto rows = tableOf(body.mid(start, end - start));
    auto refuse = [](const QString& why) {
        AdrSectionTable refused;
        refused.refusal = why;
        return refused;
    };
    if (!rows || rows->size() < 2)
        return refuse(tr("no table"));

    using Columns = QList<QStringList>;
    static const QHash<Field, Columns> names = {
        {Field::Results,
         {{u"metric"_s, u"指标"_s, u"measure"_s},
          {u"before"_s, u"之前"_s, u"前"_s, u"baseline"_s},
          {u"after"_s, u"之后"_s, u"后"_s},
          {u"unit"_s, u"units"_s, u"单位"_s},
          {u"note"_s, u"notes"_s, u"备注"_s, u"说明"_s}}},
        {Field::History,
         {{u"date"_s, u"日期"_s}, {u"status"_s, u"状态"_s}, {u"note"_s, u"备注"_s}}},
        {Field::FrameworkLinks,
         {{u"framework"_s, u"框架"_s}, {u"kind"_s, u"类型"_s}, {u"key"_s, u"键"_s}}},
    };
    const Columns columns = names.value(field);
    QList<int> index(columns.size(), -1);
    const QStringList& header = rows->first();
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString name = normalizedName(header[c]);
        qsizetype known = -1;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            if (columns[k].contains(name))
                known = k;
        }
        if (known < 0 || index[known] >= 0)
            return refuse(tr("unknown column '%1'").arg(header[c]));
        index[known] = int(c);
    }
    // Results need a metric; history a date and status; links all three columns.
    const qsizetype required = field == Field::Results ? 1 : field == Field::History ? 2 : 3;
    for (qsizetype k = 0; k < required; ++k) {
        if (index[k] < 0)
            return refuse(tr("missing column '%1'").arg(columns[k].first()));
    }

    AdrSectionTable out;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList& row = rows->at(r);
        if (row.size() > header.size())
            return refuse(tr("row %1 has more cells than the header").arg(r));
        auto cell = [&](int k) {
            return index[k] >= 0 && index[k] < row.size() ? row[index[k]] : QString();
        };
        if (field == Field::Results) {
            auto number = [&](int k, std::optional<double>& value) {
                const QString t = cell(k);
                if (t.isEmpty() || t == u"-"_s || t == u"–"_s || t == u"—"_s ||
                    t.compare(u"n/a"_s, Qt::CaseInsensitive) == 0)
                    return true;
                bool ok = false;
                const double v = QLocale::c().toDouble(t, &ok);
                if (ok)
                    value = v;
                return ok;
            };
            Adr::Result result{cell(0), {}, {}, cell(3), cell(4)};
            if (!number(1, result.before))
                return refuse(tr("'%1' in row %2 is not a number").arg(cell(1)).arg(r));
            if (!number(2, result.after))
                return refuse(tr("'%1' in row %2 is not a number").arg(cell(2)).arg(r));
            out.results << result;
        } else if (field == Field::History) {
            const DateParse d = parseDate(cell(0));
            if (!d.date.isValid())
                return refuse(tr("'%1' in row %2 is not a day").arg(cell(0)).arg(r));
            out.history << Adr::StatusChange{cell(1), d.date, cell(2)};
        } else {
            const QString kind = cell(1).toLower();
            if (kind != u"dimension"_s && kind != u"checkpoint"_s)
                return refuse(
                    tr("'%1' in row %2 is neither dimension nor checkpoint").arg(cell(1)).arg(r));
            out.links << Adr::Link{cell(0),
                                   kind == u"dimension"_s ? Adr::Link::Kind::Dimension
                                                          : Adr::Link::Kind::Checkpoint,
                                   cell(2)};
        }
    }
    QStringList around = body.mid(0, start);
    if (!around.isEmpty() && end < body.size())
        around << QString();
    around << body.mid(end);
    out.around = joined(around);
    return out;
}
