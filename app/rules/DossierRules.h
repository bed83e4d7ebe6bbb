#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace Mandat {

/*
 * The time rules of a dossier — document freshness, the warning delay, the mandate's
 * validity, the expiry reminder — loaded from one dated data file
 * (resources/rules/dossier-rules.json) with the source of each value.
 *
 * Freshness is counted the same way everywhere (shared/domain.md): a document dated D is
 * fresh on day T when T.addMonths(-months) < D <= T; it stops being fresh on
 * D.addMonths(months); a date after T is an error.
 */
class DossierRules
{
    Q_DECLARE_TR_FUNCTIONS(DossierRules)

public:
    struct Freshness
    {
        enum State { Unknown, Fresh, StaleSoon, Stale, InFuture };
        State state = Unknown;
        QDate staleOn; // the first day it is no longer fresh
        int daysLeft = 0; // days from the checked day to staleOn
        bool isFresh() const { return state == Fresh || state == StaleSoon; }
    };

    static const DossierRules& builtIn();
    bool load(const QString& path, QString* error);

    int value(const QString& key) const { return m_values.value(key, 0); }
    QString source(const QString& key) const;

    int kbisFreshnessMonths() const { return value(QStringLiteral("kbis_freshness_months")); }
    int invoiceFreshnessMonths() const { return value(QStringLiteral("invoice_freshness_months")); }
    int freshnessWarningDays() const { return value(QStringLiteral("freshness_warning_days")); }
    int mandateValidityMonths() const { return value(QStringLiteral("mandate_validity_months")); }
    int expiryReminderDays() const { return value(QStringLiteral("expiry_reminder_days")); }

    Freshness freshness(const QDate& documentDate, const QDate& checkDay, int months) const;
    QDate validUntil(const QDate& validatedOn) const
    {
        return validatedOn.addMonths(mandateValidityMonths());
    }

private:
    QMap<QString, int> m_values;
    QMap<QString, QString> m_sourceOf;
    QMap<QString, QString> m_sources;
};

} // namespace Mandat
