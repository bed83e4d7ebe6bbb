#include "DossierRules.h"

#include "core/JsonFile.h"
#include "core/Logging.h"

#include <QJsonArray>

namespace Mandat {

const DossierRules& DossierRules::builtIn()
{
    static const DossierRules rules = [] {
        DossierRules r;
        QString error;
        if (!r.load(QStringLiteral(":/rules/dossier-rules.json"), &error))
            qCCritical(lcCore) << "built-in dossier rules unreadable:" << error;
        return r;
    }();
    return rules;
}

bool DossierRules::load(const QString& path, QString* error)
{
    QJsonObject root;
    if (!readJsonObject(path, &root, error))
        return false;
    m_values.clear();
    m_sources.clear();
    m_sourceOf.clear();
    const QJsonObject sources = root.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        m_sources.insert(it.key(), it.value().toString());
    for (const QJsonValue& v : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        m_values.insert(key, o.value(QStringLiteral("value")).toInt());
        m_sourceOf.insert(key, o.value(QStringLiteral("source")).toString());
    }
    for (const char* required :
         { "kbis_freshness_months", "rne_extract_freshness_months", "sirene_notice_freshness_months",
           "rna_receipt_freshness_months", "invoice_freshness_months", "freshness_warning_days",
           "mandate_validity_months", "expiry_reminder_days" }) {
        if (!m_values.contains(QLatin1String(required))) {
            *error = tr("The rules %1 lack the value \"%2\".").arg(path, QLatin1String(required));
            return false;
        }
    }
    return true;
}

QString DossierRules::source(const QString& key) const
{
    const QString s = m_sourceOf.value(key);
    return m_sources.value(s, s);
}

DossierRules::Freshness DossierRules::freshness(const QDate& d, const QDate& t, int months) const
{
    Freshness f;
    if (!d.isValid() || !t.isValid())
        return f;
    // The first day the rule above no longer holds. It is D.addMonths(months), except after
    // a month end clamped by QDate (30 Nov + 3 months = 28 Feb, still fresh by the rule).
    f.staleOn = d.addMonths(months);
    while (f.staleOn.addMonths(-months) < d)
        f.staleOn = f.staleOn.addDays(1);
    f.daysLeft = int(t.daysTo(f.staleOn));
    if (d > t)
        f.state = Freshness::InFuture;
    else if (t.addMonths(-months) < d)
        f.state = f.daysLeft < freshnessWarningDays() ? Freshness::StaleSoon : Freshness::Fresh;
    else
        f.state = Freshness::Stale;
    return f;
}

} // namespace Mandat
