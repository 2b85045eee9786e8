// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFieldNames.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace AdrFieldNames {

namespace {

// A lookup from each spelling to the field it names.
QHash<QString, Field> byName(const QList<std::pair<Field, QStringList>>& spellings)
{
    QHash<QString, Field> fields;
    for (const auto& [field, names] : spellings) {
        for (const QString& name : names)
            fields.insert(name, field);
    }
    return fields;
}

} // namespace

QString normalizedName(QString name)
{
    static const QRegularExpression comment(u"<!--.*?-->"_s);
    static const QRegularExpression separators(u"[\\s_-]+"_s);
    name.remove(comment);
    name.remove(u"**"_s).remove(u"__"_s);
    name = name.trimmed();
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    return name.trimmed().toLower().replace(separators, u"-"_s);
}

Field sectionField(const QString& heading)
{
    static const QHash<QString, Field> known = byName({
        {Field::Status, {u"status"_s, u"状态"_s}},
        {Field::Context,
         {u"context"_s, u"context-and-problem-statement"_s, u"problem-statement"_s,
          u"context-and-problem"_s, u"background"_s, u"背景"_s, u"上下文"_s, u"问题陈述"_s,
          u"背景与问题"_s, u"背景和问题陈述"_s, u"上下文和问题陈述"_s}},
        {Field::Drivers, {u"decision-drivers"_s, u"决策驱动因素"_s, u"决策因素"_s, u"驱动因素"_s}},
        {Field::Options,
         {u"considered-options"_s, u"options"_s, u"options-considered"_s, u"alternatives"_s,
          u"考虑的选项"_s, u"考虑过的方案"_s, u"备选方案"_s, u"候选方案"_s}},
        {Field::Outcome,
         {u"decision"_s, u"decision-outcome"_s, u"决策"_s, u"决定"_s, u"决策结果"_s}},
        {Field::Consequences, {u"consequences"_s, u"后果"_s, u"影响"_s}},
        {Field::Positive, {u"positive-consequences"_s, u"正面影响"_s}},
        {Field::Negative, {u"negative-consequences"_s, u"负面影响"_s}},
        {Field::Confirmation, {u"confirmation"_s, u"validation"_s, u"确认"_s, u"验证"_s}},
        {Field::ProsCons,
         {u"pros-and-cons-of-the-options"_s, u"pros-and-cons"_s, u"各选项的优缺点"_s,
          u"选项的优缺点"_s, u"优缺点"_s}},
        {Field::MoreInfo, {u"more-information"_s, u"links"_s, u"更多信息"_s, u"链接"_s}},
        {Field::Results, {u"results"_s, u"measured-results"_s, u"结果"_s}},
        {Field::History, {u"status-history"_s, u"状态历史"_s}},
        {Field::FrameworkLinks, {u"framework-links"_s}},
    });
    return known.value(normalizedName(heading), Field::None);
}

Field metadataField(const QString& key)
{
    static const QHash<QString, Field> known = byName({
        {Field::Status, {u"status"_s, u"状态"_s}},
        {Field::Date, {u"date"_s, u"日期"_s}},
        {Field::DecisionMakers, {u"decision-makers"_s, u"deciders"_s, u"决策者"_s}},
        {Field::Consulted, {u"consulted"_s, u"咨询"_s}},
        {Field::Informed, {u"informed"_s, u"知会"_s}},
        {Field::Tags, {u"tags"_s, u"标签"_s}},
        {Field::Supersedes, {u"supersedes"_s, u"supercedes"_s}},
        {Field::SupersededBy, {u"superseded-by"_s, u"superceded-by"_s}},
        {Field::Title, {u"title"_s}},
    });
    return known.value(normalizedName(key), Field::None);
}

} // namespace AdrFieldNames
