// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList forms; ///< the translation, or its numerus forms
};

QList<Message> readTs(const QString& name)
{
    QFile file(QStringLiteral(RUNGS_SOURCE_DIR "/resources/translations/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << name.toStdString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QStringView type = xml.attributes().value("type"_L1);
            message.finished = type.isEmpty();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (xml.name() == "numerusform"_L1) {
            message.forms.append(xml.readElementText());
        }
    }
    EXPECT_FALSE(xml.hasError()) << name.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

// %1 … %99 and %n, each once, whatever their order.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The mnemonic of a menu or button text: "&File" and "文件(&F)" both have one; "&&" is
// a literal ampersand.
bool hasMnemonic(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s&]"));
    return mnemonic.match(text).hasMatch();
}

QString where(const Message& message)
{
    return message.context + u": "_s + message.source;
}

} // namespace

// Without its English entry a count reads "1 entries".
TEST(TranslationFilesTest, EnglishGivesEveryCountedTextASingularAndAPlural)
{
    QHash<QString, Message> english;
    for (const Message& message : readTs(u"rungs_en.ts"_s))
        english.insert(message.context + u'\n' + message.source, message);
    int counted = 0;
    for (const Message& chinese : readTs(u"rungs_zh_CN.ts"_s)) {
        if (!chinese.numerus)
            continue;
        ++counted;
        const Message found = english.value(chinese.context + u'\n' + chinese.source);
        EXPECT_TRUE(found.finished && found.forms.size() == 2 && !found.forms.contains(QString()))
            << "no English singular and plural for " << where(chinese).toStdString();
    }
    EXPECT_GT(counted, 20);
}

TEST(TranslationFilesTest, ChineseKeepsEveryPlaceholderAndMnemonicOfItsSource)
{
    const QList<Message> messages = readTs(u"rungs_zh_CN.ts"_s);
    EXPECT_GT(messages.size(), 1000);
    for (const Message& message : messages) {
        for (const QString& form : message.forms) {
            EXPECT_EQ(placeholders(form), placeholders(message.source))
                << where(message).toStdString() << " → " << form.toStdString();
            EXPECT_EQ(hasMnemonic(form), hasMnemonic(message.source))
                << where(message).toStdString() << " → " << form.toStdString();
        }
    }
}
