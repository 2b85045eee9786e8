// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrCommand.h"

#include "AdrFolder.h"
#include "AdrMarkdownWriter.h"
#include "AdrStore.h"
#include "CliContext.h"
#include "InputValidator.h"
#include "OutputFormat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString New = QStringLiteral("new");
const QString List = QStringLiteral("list");
const QString Show = QStringLiteral("show");
const QString StatusAction = QStringLiteral("status");
const QString Supersede = QStringLiteral("supersede");
const QString Import = QStringLiteral("import");
const QString Export = QStringLiteral("export");

/** The options each action takes; any other option given is a usage error. */
const QHash<QString, QStringList>& optionsByAction()
{
    static const QHash<QString, QStringList> options = {
        {New, {QStringLiteral("status"), QStringLiteral("date")}},
        {List, {QStringLiteral("search"), QStringLiteral("format")}},
        {Show, {}},
        {StatusAction, {QStringLiteral("date"), QStringLiteral("note")}},
        {Supersede, {QStringLiteral("date")}},
        {Import, {QStringLiteral("strict")}},
        {Export, {}},
    };
    return options;
}

QStringList row(const Adr& a)
{
    return {a.number ? QString::number(*a.number) : QString(), Adr::statusKey(a.status),
            a.date.isValid() ? a.date.toString(Qt::ISODate) : QString(), a.title};
}

QJsonObject json(const Adr& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("number"), a.number ? QJsonValue(*a.number) : QJsonValue()},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("status"), Adr::statusKey(a.status)},
            {QStringLiteral("date"),
             a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue()}};
}

/** The --date option's day: today when not given. */
Result<QDate> day(CliContext& context, const QCommandLineParser& parser)
{
    const QString given = parser.isSet(QStringLiteral("date"))
                              ? parser.value(QStringLiteral("date"))
                              : QStringLiteral("today");
    return InputValidator::date(given, context.clock().now().date(), QStringLiteral("--date"));
}

} // namespace

void AdrCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("new, list, show, status, supersede, import or export."));
    parser.addPositionalArgument(
        QStringLiteral("arguments"),
        tr("new: the title. show: N. status: N and the new status. supersede: OLD and NEW. "
           "import, export: the folder. N is the ADR's number (the first stored when "
           "several share it) or id:N with its id."));
    parser.addOption({QStringLiteral("status"),
                      tr("With new: proposed (default), accepted, rejected, deprecated or "
                         "superseded."),
                      tr("status")});
    parser.addOption(
        {QStringLiteral("date"),
         tr("With new, status or supersede: the day, YYYY-MM-DD, today (default) or yesterday."),
         tr("day")});
    parser.addOption(
        {QStringLiteral("note"), tr("With status: a note for the history."), tr("text")});
    parser.addOption({QStringLiteral("search"),
                      tr("With list: only records whose title, context, options, decision or "
                         "consequences contain this text."),
                      tr("text")});
    parser.addOption(OutputFormat::option());
    parser.addOption({QStringLiteral("strict"),
                      tr("With import: refuse the whole folder when any file cannot be read, "
                         "instead of skipping it.")});
}

int AdrCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action.isEmpty())
        return context.usage(tr("adr: say new, list, show, status, supersede, import or export"),
                             name());
    const auto allowed = optionsByAction().constFind(action);
    if (allowed == optionsByAction().constEnd())
        return context.usage(tr("adr: unknown action \"%1\" (new, list, show, status, "
                                "supersede, import or export)")
                                 .arg(action),
                             name());
    for (const QString& option : parser.optionNames()) {
        const bool own = option == QLatin1String("db") || allowed->contains(option);
        if (!own)
            return context.usage(tr("adr %1: --%2 does not go with %1").arg(action, option),
                                 name());
    }
    const qsizetype wanted = action == List                                  ? 1
                             : action == StatusAction || action == Supersede ? 3
                                                                             : 2;
    if (action == New ? args.size() < 2 : args.size() != wanted)
        return context.usage(tr("adr %1: wrong number of arguments").arg(action), name());

    if (action == New)
        return create(context, parser);
    if (action == List)
        return list(context, parser);
    if (action == Show)
        return show(context, args[1]);
    if (action == StatusAction)
        return status(context, parser);
    if (action == Supersede)
        return supersede(context, parser);
    if (action == Import)
        return import(context, args[1], parser.isSet(QStringLiteral("strict")));
    return exportTo(context, args[1]);
}

int AdrCommand::create(CliContext& context, const QCommandLineParser& parser) const
{
    Adr adr;
    // Like adr-tools, the words after "new" are the title, quoted or not.
    adr.title = parser.positionalArguments().mid(1).join(QLatin1Char(' ')).trimmed();
    if (parser.isSet(QStringLiteral("status"))) {
        auto status = InputValidator::adrStatus(parser.value(QStringLiteral("status")),
                                                QStringLiteral("--status"));
        if (!status)
            return context.fail(status.error());
        adr.status = status.value();
    }
    auto date = day(context, parser);
    if (!date)
        return context.fail(date.error());
    adr.date = date.value();
    if (Status valid = InputValidator::adr(adr); !valid)
        return context.fail(valid.error());

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    AdrStore store(*db.value());
    auto number = store.nextNumber();
    if (!number)
        return context.fail(number.error());
    adr.number = number.value();
    if (auto id = store.add(adr); !id)
        return context.fail(id.error());
    context.printRow({QString::number(number.value()), AdrMarkdownWriter::fileName(adr)});
    return ExitOk;
}

int AdrCommand::list(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    const AdrStore store(*db.value());
    auto all = store.list();
    if (!all)
        return context.fail(all.error());
    QList<Adr> shown = all.value();
    if (parser.isSet(QStringLiteral("search"))) {
        auto found = store.search(parser.value(QStringLiteral("search")));
        if (!found)
            return context.fail(found.error());
        // search() and list() share one order, so filtering keeps it.
        const QSet<qint64> ids(found.value().begin(), found.value().end());
        shown.removeIf([&](const Adr& a) { return !ids.contains(a.id); });
    }

    if (*format == OutputFormat::Json) {
        QJsonArray array;
        for (const Adr& a : std::as_const(shown))
            array.append(json(a));
        context.printJson(array);
        return ExitOk;
    }
    for (const Adr& a : std::as_const(shown))
        context.printRow(row(a));
    return ExitOk;
}

int AdrCommand::show(CliContext& context, const QString& reference) const
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    const AdrStore store(*db.value());
    auto id = resolve(store, reference, QStringLiteral("N"));
    if (!id)
        return context.fail(id.error());
    // The writer names superseding records by their numbers and files: it needs them all.
    auto all = store.list();
    if (!all)
        return context.fail(all.error());
    for (const Adr& a : all.value()) {
        if (a.id == id.value()) {
            context.out() << QString::fromUtf8(AdrMarkdownWriter::write(a, all.value()));
            return ExitOk;
        }
    }
    return context.fail(Failure::database(tr("adr: ADR id %1 vanished").arg(id.value())));
}

int AdrCommand::status(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    auto status = InputValidator::adrStatus(args[2]);
    if (!status)
        return context.fail(status.error());
    auto date = day(context, parser);
    if (!date)
        return context.fail(date.error());
    const QString note = parser.value(QStringLiteral("note"));
    if (Status s = InputValidator::note(note, QStringLiteral("--note")); !s)
        return context.fail(s.error());

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    AdrStore store(*db.value());
    auto id = resolve(store, args[1], QStringLiteral("N"));
    if (!id)
        return context.fail(id.error());
    if (Status s = store.setStatus(id.value(), status.value(), date.value(), note); !s)
        return context.fail(s.error());
    auto changed = store.get(id.value());
    if (!changed)
        return context.fail(changed.error());
    context.printRow(row(changed.value()));
    return ExitOk;
}

int AdrCommand::supersede(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    auto date = day(context, parser);
    if (!date)
        return context.fail(date.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    AdrStore store(*db.value());
    auto older = resolve(store, args[1], QStringLiteral("OLD"));
    if (!older)
        return context.fail(older.error());
    auto newer = resolve(store, args[2], QStringLiteral("NEW"));
    if (!newer)
        return context.fail(newer.error());
    if (Status s = store.supersede(older.value(), newer.value(), date.value()); !s)
        return context.fail(s.error());
    for (qint64 id : {older.value(), newer.value()}) {
        auto a = store.get(id);
        if (!a)
            return context.fail(a.error());
        context.printRow(row(a.value()));
    }
    return ExitOk;
}

int AdrCommand::import(CliContext& context, const QString& dir, bool strict) const
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto report = AdrFolder::importFolder(*db.value(), dir, strict);
    if (!report)
        return context.fail(report.error());
    for (const AdrImportFile& file : report.value().files)
        context.out() << AdrFolder::reportLine(file) << '\n';
    context.out() << tr("%1: imported %n records, skipped %2", nullptr, report.value().imported())
                         .arg(dir)
                         .arg(report.value().skipped())
                  << '\n';
    return ExitOk;
}

int AdrCommand::exportTo(CliContext& context, const QString& dir) const
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto count = AdrStore(*db.value()).count();
    if (!count)
        return context.fail(count.error());
    if (Status s = AdrFolder::exportFolder(*db.value(), dir); !s)
        return context.fail(s.error());
    context.out() << tr("%1: exported %n records and README.md", nullptr, count.value()).arg(dir)
                  << '\n';
    return ExitOk;
}

Result<qint64> AdrCommand::resolve(const AdrStore& store, const QString& reference,
                                   const QString& field)
{
    const QString t = reference.trimmed();
    static const QRegularExpression byId(QStringLiteral("^id:(\\d+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = byId.match(t); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        if (auto a = store.get(id); !a)
            return a.error().kind == Failure::Kind::Database
                       ? a.error()
                       : Failure::invalid(tr("%1: there is no ADR with id %2").arg(field).arg(id));
        return id;
    }
    static const QRegularExpression byNumber(QStringLiteral("^(?:adr-?)?(\\d{1,9})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto m = byNumber.match(t);
    if (!m.hasMatch())
        return Failure::invalid(
            tr("%1: \"%2\" is not an ADR number (give N, ADR-N or id:N)").arg(field, t));
    const int number = m.captured(1).toInt();
    auto id = store.idForNumber(number);
    if (!id)
        return id.error();
    if (!id.value())
        return Failure::invalid(
            tr("%1: there is no ADR number %2 (see 'rungs adr list')").arg(field).arg(number));
    return *id.value();
}
