// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkReader.h"

#include "NumberText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

// The walk stops at the first problem; an exception carries it out of the nested
// readers so each of them stays a straight line of checks.
struct Invalid
{
    QString path;
    QString reason;
};

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkReader)

public:
    QJsonValue member(const QJsonObject& object, const QString& path, const QString& name,
                      bool required)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && required)
            throw Invalid{join(path, name), tr("missing")};
        return value;
    }

    void allowOnly(const QJsonObject& object, const QString& path,
                   std::initializer_list<const char*> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* name : allowed)
                known = known || it.key() == QLatin1String(name);
            if (!known)
                throw Invalid{join(path, it.key()), tr("unknown key")};
        }
    }

    QJsonObject object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject())
            throw Invalid{path, tr("must be an object")};
        return value.toObject();
    }

    QJsonArray array(const QJsonValue& value, const QString& path, int minSize, int maxSize)
    {
        if (!value.isArray())
            throw Invalid{path, tr("must be an array")};
        const QJsonArray a = value.toArray();
        if (a.size() < minSize || a.size() > maxSize)
            throw Invalid{
                path,
                tr("must have %1 to %2 items, has %3").arg(minSize).arg(maxSize).arg(a.size())};
        return a;
    }

    QString string(const QJsonValue& value, const QString& path)
    {
        if (!value.isString())
            throw Invalid{path, tr("must be a string")};
        return value.toString();
    }

    QString key(const QJsonValue& value, const QString& path)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
        const QString s = string(value, path);
        if (!pattern.match(s).hasMatch())
            throw Invalid{
                path,
                tr("%1 is not a valid key (use a-z, 0-9, - and _; at most 64)").arg(quoted(s))};
        return s;
    }

    double number(const QJsonValue& value, const QString& path)
    {
        if (!value.isDouble())
            throw Invalid{path, tr("must be a number")};
        return value.toDouble();
    }

    int integer(const QJsonValue& value, const QString& path, int minimum, int maximum)
    {
        const double d = number(value, path);
        if (d != std::floor(d))
            throw Invalid{path, tr("must be a whole number")};
        if (d < minimum || d > maximum)
            throw Invalid{path, tr("must be between %1 and %2").arg(minimum).arg(maximum)};
        return int(d);
    }

    bool boolean(const QJsonValue& value, const QString& path)
    {
        if (!value.isBool())
            throw Invalid{path, tr("must be true or false")};
        return value.toBool();
    }

    LocalizedText text(const QJsonValue& value, const QString& path)
    {
        LocalizedText t;
        if (value.isString()) {
            t.en = value.toString();
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            allowOnly(o, path, {"en", "zh_CN"});
            t.en = string(member(o, path, QStringLiteral("en"), true), join(path, u"en"));
            const QJsonValue zh = o.value(QLatin1String("zh_CN"));
            if (!zh.isUndefined())
                t.zh = string(zh, join(path, u"zh_CN"));
        } else {
            throw Invalid{path, tr("must be a string or an object with \"en\" and \"zh_CN\"")};
        }
        if (t.en.trimmed().isEmpty())
            throw Invalid{value.isString() ? path : join(path, u"en"), tr("must not be empty")};
        return t;
    }

    static QString join(const QString& path, QStringView name)
    {
        return path.isEmpty() ? name.toString() : path + QLatin1Char('.') + name.toString();
    }
    static QString index(const QString& path, int i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkReader)

public:
    Framework read(const QJsonObject& root)
    {
        const QString format = m_w.string(m_w.member(root, {}, QStringLiteral("format"), true),
                                          QStringLiteral("format"));
        if (format != QLatin1String("rungs-framework"))
            throw Invalid{QStringLiteral("format"),
                          tr("must be \"rungs-framework\", not %1").arg(quoted(format))};
        const QJsonValue version = m_w.member(root, {}, QStringLiteral("version"), true);
        const int v = m_w.integer(version, QStringLiteral("version"), 0, 1000000);
        if (v != FrameworkReader::FormatVersion)
            throw Invalid{QStringLiteral("version"),
                          tr("version %1 is not supported (this Rungs reads version %2)")
                              .arg(v)
                              .arg(FrameworkReader::FormatVersion)};
        // Only now that the version is known are unfamiliar keys mistakes rather than
        // features of a newer format.
        m_w.allowOnly(root, {},
                      {"format", "version", "key", "revision", "name", "description", "window_days",
                       "levels", "dimensions", "metrics"});

        Framework f;
        f.key = m_w.key(m_w.member(root, {}, QStringLiteral("key"), true), QStringLiteral("key"));
        const QJsonValue revision = root.value(QLatin1String("revision"));
        if (!revision.isUndefined())
            f.revision = m_w.integer(revision, QStringLiteral("revision"), 1, 1000000);
        f.name =
            m_w.text(m_w.member(root, {}, QStringLiteral("name"), true), QStringLiteral("name"));
        const QJsonValue description = root.value(QLatin1String("description"));
        if (!description.isUndefined())
            f.description = m_w.text(description, QStringLiteral("description"));
        const QJsonValue window = root.value(QLatin1String("window_days"));
        if (!window.isUndefined())
            f.windowDays = m_w.integer(window, QStringLiteral("window_days"), 1, 3650);

        // Levels come first: dimensions and metrics refer to their codes.
        const QJsonArray levels = m_w.array(m_w.member(root, {}, QStringLiteral("levels"), true),
                                            QStringLiteral("levels"), 2, 12);
        const QJsonArray dimensions =
            m_w.array(m_w.member(root, {}, QStringLiteral("dimensions"), true),
                      QStringLiteral("dimensions"), 3, 16);
        const QJsonArray metrics = m_w.array(m_w.member(root, {}, QStringLiteral("metrics"), true),
                                             QStringLiteral("metrics"), 1, 64);

        for (int i = 0; i < levels.size(); ++i)
            f.levels << readLevelHeader(levels[i], Walker::index(QStringLiteral("levels"), i), f);
        for (int i = 0; i < dimensions.size(); ++i)
            f.dimensions << readDimension(dimensions[i],
                                          Walker::index(QStringLiteral("dimensions"), i), f);
        QSet<QString> checkpointKeys;
        for (int i = 0; i < levels.size(); ++i)
            readCheckpoints(levels[i].toObject(), Walker::index(QStringLiteral("levels"), i), f,
                            f.levels[i], checkpointKeys);
        for (int i = 0; i < metrics.size(); ++i)
            f.metrics << readMetric(metrics[i], Walker::index(QStringLiteral("metrics"), i), f);
        return f;
    }

private:
    Level readLevelHeader(const QJsonValue& value, const QString& path, const Framework& f)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$"));
        const QJsonObject o = m_w.object(value, path);
        m_w.allowOnly(o, path, {"code", "name", "summary", "checkpoints"});
        Level l;
        const QString codePath = Walker::join(path, u"code");
        l.code = m_w.string(m_w.member(o, path, QStringLiteral("code"), true), codePath);
        if (!pattern.match(l.code).hasMatch())
            throw Invalid{codePath,
                          tr("%1 is not a valid level code (letters, digits, '.', '-', '_'; "
                             "at most 16)")
                              .arg(quoted(l.code))};
        if (const Level* same = f.level(l.code))
            throw Invalid{codePath, same->code == l.code
                                        ? tr("%1 is used twice").arg(quoted(l.code))
                                        : tr("%1 is already used as %2 (codes ignore case)")
                                              .arg(quoted(l.code), quoted(same->code))};
        l.name = m_w.text(m_w.member(o, path, QStringLiteral("name"), true),
                          Walker::join(path, u"name"));
        if (o.contains(QLatin1String("summary")))
            l.summary = m_w.text(o.value(QLatin1String("summary")), Walker::join(path, u"summary"));
        m_w.array(m_w.member(o, path, QStringLiteral("checkpoints"), true),
                  Walker::join(path, u"checkpoints"), 0, 200);
        return l;
    }

    void readCheckpoints(const QJsonObject& level, const QString& levelPath, const Framework& f,
                         Level& l, QSet<QString>& usedKeys)
    {
        const QJsonArray items = level.value(QLatin1String("checkpoints")).toArray();
        const QString base = Walker::join(levelPath, u"checkpoints");
        for (int i = 0; i < items.size(); ++i) {
            const QString path = Walker::index(base, i);
            const QJsonObject o = m_w.object(items[i], path);
            m_w.allowOnly(o, path, {"key", "title", "evidence", "dimension"});
            Checkpoint c;
            c.levelCode = l.code;
            c.key = m_w.key(m_w.member(o, path, QStringLiteral("key"), true),
                            Walker::join(path, u"key"));
            if (usedKeys.contains(c.key))
                throw Invalid{Walker::join(path, u"key"),
                              tr("%1 is used twice").arg(quoted(c.key))};
            usedKeys.insert(c.key);
            c.title = m_w.text(m_w.member(o, path, QStringLiteral("title"), true),
                               Walker::join(path, u"title"));
            c.evidence = m_w.text(m_w.member(o, path, QStringLiteral("evidence"), true),
                                  Walker::join(path, u"evidence"));
            if (o.contains(QLatin1String("dimension")))
                c.dimensionKey = dimensionReference(o.value(QLatin1String("dimension")),
                                                    Walker::join(path, u"dimension"), f);
            l.checkpoints << c;
        }
    }

    Dimension readDimension(const QJsonValue& value, const QString& path, const Framework& f)
    {
        const QJsonObject o = m_w.object(value, path);
        m_w.allowOnly(o, path, {"key", "name", "description", "expectations"});
        Dimension d;
        const QString keyPath = Walker::join(path, u"key");
        d.key = m_w.key(m_w.member(o, path, QStringLiteral("key"), true), keyPath);
        if (f.dimension(d.key))
            throw Invalid{keyPath, tr("%1 is used twice").arg(quoted(d.key))};
        d.name = m_w.text(m_w.member(o, path, QStringLiteral("name"), true),
                          Walker::join(path, u"name"));
        if (o.contains(QLatin1String("description")))
            d.description =
                m_w.text(o.value(QLatin1String("description")), Walker::join(path, u"description"));
        const QString expPath = Walker::join(path, u"expectations");
        const QJsonObject exp =
            m_w.object(m_w.member(o, path, QStringLiteral("expectations"), true), expPath);
        checkLevelKeys(exp, expPath, f);
        for (const Level& l : f.levels) {
            const QString p = Walker::join(expPath, l.code);
            const double score = m_w.number(m_w.member(exp, expPath, l.code, true), p);
            if (score < 0 || score > 5)
                throw Invalid{p, tr("must be between 0 and 5")};
            if (score * 2 != std::floor(score * 2))
                throw Invalid{p, tr("must be a whole or half point")};
            d.expectations.insert(l.code, score);
        }
        return d;
    }

    Metric readMetric(const QJsonValue& value, const QString& path, const Framework& f)
    {
        const QJsonObject o = m_w.object(value, path);
        m_w.allowOnly(o, path,
                      {"key", "name", "description", "unit", "direction", "aggregation", "min",
                       "max", "daily", "dimension", "targets"});
        Metric m;
        const QString keyPath = Walker::join(path, u"key");
        m.key = m_w.key(m_w.member(o, path, QStringLiteral("key"), true), keyPath);
        if (f.metric(m.key))
            throw Invalid{keyPath, tr("%1 is used twice").arg(quoted(m.key))};
        m.name = m_w.text(m_w.member(o, path, QStringLiteral("name"), true),
                          Walker::join(path, u"name"));
        if (o.contains(QLatin1String("description")))
            m.description =
                m_w.text(o.value(QLatin1String("description")), Walker::join(path, u"description"));
        m.unit = m_w.text(m_w.member(o, path, QStringLiteral("unit"), true),
                          Walker::join(path, u"unit"));

        const QString dirPath = Walker::join(path, u"direction");
        const QString dir =
            m_w.string(m_w.member(o, path, QStringLiteral("direction"), true), dirPath);
        const auto direction = Metric::directionFromName(dir);
        if (!direction)
            throw Invalid{dirPath, tr("must be \"higher\" or \"lower\", not %1").arg(quoted(dir))};
        m.direction = *direction;

        const QString aggPath = Walker::join(path, u"aggregation");
        const QString agg =
            m_w.string(m_w.member(o, path, QStringLiteral("aggregation"), true), aggPath);
        const auto aggregation = Metric::aggregationFromName(agg);
        if (!aggregation)
            throw Invalid{
                aggPath,
                tr("must be \"sum\", \"mean\", \"last\" or \"max\", not %1").arg(quoted(agg))};
        m.aggregation = *aggregation;

        m.minimum = m_w.number(m_w.member(o, path, QStringLiteral("min"), true),
                               Walker::join(path, u"min"));
        m.maximum = m_w.number(m_w.member(o, path, QStringLiteral("max"), true),
                               Walker::join(path, u"max"));
        if (!(m.minimum < m.maximum))
            throw Invalid{Walker::join(path, u"max"),
                          tr("must be greater than min (%1)").arg(numberText(m.minimum))};
        if (o.contains(QLatin1String("daily")))
            m.daily = m_w.boolean(o.value(QLatin1String("daily")), Walker::join(path, u"daily"));
        if (o.contains(QLatin1String("dimension")))
            m.dimensionKey = dimensionReference(o.value(QLatin1String("dimension")),
                                                Walker::join(path, u"dimension"), f);
        if (o.contains(QLatin1String("targets")))
            readTargets(o.value(QLatin1String("targets")), Walker::join(path, u"targets"), f, m);
        return m;
    }

    void readTargets(const QJsonValue& value, const QString& path, const Framework& f, Metric& m)
    {
        const QJsonObject targets = m_w.object(value, path);
        checkLevelKeys(targets, path, f);
        const Level* previous = nullptr;
        for (const Level& l : f.levels) {
            if (!targets.contains(l.code))
                continue;
            const QString p = Walker::join(path, l.code);
            const double t = m_w.number(targets.value(l.code), p);
            if (t < m.minimum || t > m.maximum)
                throw Invalid{
                    p, tr("%1 is outside the valid range %2..%3")
                           .arg(numberText(t), numberText(m.minimum), numberText(m.maximum))};
            if (previous) {
                const double below = m.targets.value(previous->code);
                if (!m.meets(t, below))
                    throw Invalid{p, tr("%1 is easier than the %2 target (%3)")
                                         .arg(numberText(t), previous->code, numberText(below))};
            }
            m.targets.insert(l.code, t);
            previous = &l;
        }
    }

    void checkLevelKeys(const QJsonObject& o, const QString& path, const Framework& f)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (f.levelIndex(it.key()) < 0 || f.level(it.key())->code != it.key())
                throw Invalid{Walker::join(path, it.key()),
                              tr("unknown level (levels are %1)")
                                  .arg(f.levelCodes().join(QLatin1String(", ")))};
        }
    }

    QString dimensionReference(const QJsonValue& value, const QString& path, const Framework& f)
    {
        const QString key = m_w.string(value, path);
        if (!f.dimension(key))
            throw Invalid{path, tr("unknown dimension %1").arg(quoted(key))};
        return key;
    }

    Walker m_w;
};

} // namespace

Result<Framework> FrameworkReader::read(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Failure::invalid(QStringLiteral("%1:%2: json: %3")
                                    .arg(sourceName)
                                    .arg(line)
                                    .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Failure::invalid(tr("%1: the framework must be a JSON object").arg(sourceName));
    try {
        return Reader().read(doc.object());
    } catch (const Invalid& invalid) {
        return Failure::invalid(QStringLiteral("%1: %2: %3")
                                    .arg(sourceName,
                                         invalid.path.isEmpty() ? tr("framework") : invalid.path,
                                         invalid.reason));
    }
}

Result<Framework> FrameworkReader::readFile(const QString& path, QByteArray* source)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::io(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (source)
        *source = bytes;
    return read(bytes, path);
}
