#include "NumberingPlan.h"

#include "core/JsonFile.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace Mandat {

const NumberingPlan& NumberingPlan::builtIn()
{
    static const NumberingPlan plan = [] {
        NumberingPlan p;
        QString error;
        if (!p.load(QStringLiteral(":/numbering/fr-numbering-plan.json"), &error))
            qCCritical(lcNumbering) << "built-in numbering plan unreadable:" << error;
        return p;
    }();
    return plan;
}

QString NumberingPlan::Text::inUserLanguage() const
{
    const bool english = QLocale().language() == QLocale::English;
    const QString& first = english ? en : fr;
    return first.isEmpty() ? (english ? fr : en) : first;
}

NumberingPlan::Text NumberingPlan::Text::fromJson(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        return { o.value(QStringLiteral("fr")).toString(), o.value(QStringLiteral("en")).toString() };
    }
    return { value.toString(), value.toString() };
}

QString NumberingPlan::sourceText(const QString& key) const
{
    const QString text = m_sources.value(key).inUserLanguage();
    return text.isEmpty() ? key : text;
}

bool NumberingPlan::load(const QString& path, QString* error)
{
    QJsonObject root;
    if (!readJsonObject(path, &root, error))
        return false;
    m_ranges.clear();
    m_overseas.clear();
    m_sources.clear();
    m_updated = QDate::fromString(root.value(QStringLiteral("updated")).toString(), Qt::ISODate);

    const QJsonObject sources = root.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        m_sources.insert(it.key(), Text::fromJson(it.value()));

    const QJsonArray ranges = root.value(QStringLiteral("ranges")).toArray();
    for (const QJsonValue& v : ranges) {
        const QJsonObject o = v.toObject();
        Range r;
        if (!numberCategoryFromCode(o.value(QStringLiteral("category")).toString(), &r.category)) {
            *error = tr("Unknown category \"%1\" in the numbering plan.")
                         .arg(o.value(QStringLiteral("category")).toString());
            return false;
        }
        r.length = o.value(QStringLiteral("length")).toInt(10);
        r.agentsAllowed = o.value(QStringLiteral("agents")).toBool();
        r.automatedAllowed = o.value(QStringLiteral("automated")).toBool();
        r.warnOnly = o.value(QStringLiteral("warn")).toBool();
        r.since = QDate::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
        r.sourceKey = o.value(QStringLiteral("source")).toString();
        r.note = Text::fromJson(o.value(QStringLiteral("note")));
        for (const QJsonValue& t : o.value(QStringLiteral("libphonenumber_types")).toArray())
            r.libphonenumberTypes.append(t.toString());
        if (!r.since.isValid()) {
            *error = tr("A range of the numbering plan has no valid \"since\" date.");
            return false;
        }
        for (const QJsonValue& p : o.value(QStringLiteral("prefixes")).toArray()) {
            r.prefix = p.toString();
            m_ranges.append(r);
        }
    }
    for (const QJsonValue& v : root.value(QStringLiteral("overseas")).toArray()) {
        const QJsonObject o = v.toObject();
        Overseas ov;
        ov.countryCode = o.value(QStringLiteral("country_code")).toString();
        ov.dropNationalPrefix = o.value(QStringLiteral("drop_national_prefix")).toBool();
        ov.territory = o.value(QStringLiteral("territory")).toString();
        ov.sourceKey = o.value(QStringLiteral("source")).toString();
        ov.note = Text::fromJson(o.value(QStringLiteral("note")));
        for (const QJsonValue& p : o.value(QStringLiteral("prefixes")).toArray()) {
            ov.prefix = p.toString();
            m_overseas.append(ov);
        }
    }
    if (m_ranges.isEmpty()) {
        *error = tr("The numbering plan %1 has no range.").arg(path);
        return false;
    }
    return true;
}

const NumberingPlan::Range* NumberingPlan::rangeFor(const QString& national, const QDate& day,
                                                    const TypeOf& typeOf, bool* typeRefused) const
{
    if (typeRefused)
        *typeRefused = false;
    // The longest prefix among the rules in force that day.
    qsizetype longest = 0;
    for (const Range& r : m_ranges) {
        if (r.since <= day && national.startsWith(r.prefix))
            longest = std::max(longest, r.prefix.size());
    }
    if (longest == 0)
        return nullptr;
    // Its latest rule; a rule restricted to libphonenumber types only for a number of that type.
    QString type;
    bool typeKnown = false;
    const Range* best = nullptr;
    for (const Range& r : m_ranges) {
        if (r.since > day || r.prefix.size() != longest || !national.startsWith(r.prefix))
            continue;
        if (!r.libphonenumberTypes.isEmpty()) {
            if (!typeKnown) {
                type = typeOf ? typeOf() : QString();
                typeKnown = true;
            }
            if (!r.libphonenumberTypes.contains(type))
                continue;
        }
        if (!best || r.since > best->since)
            best = &r;
    }
    if (!best && typeRefused)
        *typeRefused = true;
    return best;
}

const NumberingPlan::Overseas* NumberingPlan::overseasFor(const QString& national) const
{
    const Overseas* best = nullptr;
    for (const Overseas& o : m_overseas) {
        if (national.startsWith(o.prefix) && (!best || o.prefix.size() > best->prefix.size()))
            best = &o;
    }
    return best;
}

const NumberingPlan::Overseas* NumberingPlan::overseasForCountryCode(const QString& countryCode,
                                                                     const QString& nsn) const
{
    // The longest root: +262 947 9… is La Réunion's 09479, not a shorter root of the same code.
    const Overseas* best = nullptr;
    for (const Overseas& o : m_overseas) {
        if (o.countryCode != countryCode || o.countryCode == QLatin1String("33"))
            continue;
        if (o.dropNationalPrefix)
            return &o;
        if (nsn.startsWith(o.prefix.mid(1)) && (!best || o.prefix.size() > best->prefix.size()))
            best = &o;
    }
    return best;
}

} // namespace Mandat
