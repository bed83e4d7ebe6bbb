#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Mandat {

/*
 * The life of a mandate dossier as the operator's portal sees it, plus the local
 * "queued for sending" step. Expired is normally derived from valid_until and the clock;
 * it is also accepted from the portal, which is authoritative.
 *
 *   NotSubmitted -> Queued -> UnderReview -> Rejected | Valid -> Expired
 *   Queued -> NotSubmitted (sending cancelled)     Rejected -> NotSubmitted (edited)
 *
 * Renewal is not a transition: it creates a new dossier linked to the old one.
 */
class DossierStatus
{
    Q_DECLARE_TR_FUNCTIONS(DossierStatus)

public:
    enum Status { NotSubmitted, Queued, UnderReview, Rejected, Valid, Expired };

    static QString code(Status s);
    // Accepts the codes ("under_review") and the portal's French labels ("En cours").
    static bool fromCode(const QString& text, Status* out);
    // The label users know from the operator's portal, in the UI language.
    static QString label(Status s);
    static QList<Status> all();

    // Under review, rejected, valid, expired: statuses only the operator's portal decides.
    static bool decidedByPortal(Status s)
    {
        return s == UnderReview || s == Rejected || s == Valid || s == Expired;
    }

    // Under review, valid, expired: the operator holds or has decided on the documents, so
    // their freshness no longer counts (a rejected dossier is sent again: it still does).
    static bool documentsSettled(Status s) { return s == UnderReview || s == Valid || s == Expired; }

    // Whether from -> to is allowed; when not, *error says why in the user's language.
    static bool canTransition(Status from, Status to, QString* error = nullptr);
    // What the user sees: a Valid dossier past its valid_until is Expired.
    static Status effective(Status stored, const QDate& validUntil, const QDate& today);
    // A mandate validated on `validatedOn` stops being valid on this day (DossierRules).
    static QDate validUntilFor(const QDate& validatedOn);
};

} // namespace Mandat
