// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFrontMatter.h"

#include "MarkdownText.h"

#include <QStringList>

#include <algorithm>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {

struct Key
{
    QString key;
    int line;
    YAML::Node value;
};

// Where the value of the key on lines[from] starts (after the colon that ends the key)
// and ends (before the next key).
QString sourceText(const QStringList& lines, int from, int to)
{
    QString first = from >= 0 && from < lines.size() ? lines[from] : QString();
    qsizetype colon = 0;
    if (!first.isEmpty() && (first.front() == u'"' || first.front() == u'\''))
        colon = first.indexOf(first.front(), 1);
    colon = first.indexOf(u':', std::max<qsizetype>(colon, 0));
    QStringList text{colon >= 0 ? first.mid(colon + 1).trimmed() : QString()};
    for (int l = from + 1; l < to; ++l)
        text << lines[l];
    while (text.size() > 1 && (MarkdownText::isBlank(text.last()) || text.last().startsWith(u'#')))
        text.removeLast();
    return text.join(u'\n');
}

} // namespace

AdrFrontMatter AdrFrontMatter::read(const QString& yaml)
{
    AdrFrontMatter out;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        out.problem = Problem::NotYaml;
        out.line = e.mark.line + 1;
        out.message = QString::fromStdString(e.msg);
        return out;
    }
    if (root.IsNull())
        return out;
    if (!root.IsMap()) {
        out.problem = Problem::NotAMap;
        return out;
    }

    // The parsed tree says where each top-level key starts.
    QList<Key> keys;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        keys << Key{QString::fromStdString(it->first.Scalar()), it->first.Mark().line, it->second};
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.line < b.line; });

    const QStringList lines = yaml.split(u'\n');
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const Key& key = keys[k];
        const int end = k + 1 < keys.size() ? keys[k + 1].line : int(lines.size());
        Entry entry{key.key, QString(), true, sourceText(lines, key.line, end)};
        if (key.value.IsScalar()) {
            entry.value = QString::fromStdString(key.value.Scalar());
        } else if (key.value.IsSequence()) {
            QStringList items;
            for (const auto& item : key.value) {
                if (item.IsScalar())
                    items << QString::fromStdString(item.Scalar());
                else
                    entry.plain = false;
            }
            entry.value = items.join(u", "_s);
        } else if (!key.value.IsNull()) {
            entry.plain = false;
        }
        out.entries << entry;
    }
    return out;
}
