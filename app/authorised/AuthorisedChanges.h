#pragma once

#include "AuthorisedReference.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Mandat {

class AuthorisedList;
class Database;

/*
 * What changed in the list of authorised numbers since the last one given out: numbers
 * added, numbers whose mandate's validity ended (expired), and numbers withdrawn before
 * their end (revoked: the dossier was deleted, the number taken out of it, the client
 * changed, or the status is no longer valid). A number kept under another mandate (a
 * renewal) is no change. Compared by client (SIREN) and E.164 number.
 */
class AuthorisedChanges
{
    Q_DECLARE_TR_FUNCTIONS(AuthorisedChanges)

public:
    enum class Kind { Added, Expired, Revoked };

    struct Change
    {
        Kind kind = Kind::Added;
        QString siren;
        QString clientName;
        QString e164;
        QString national;
        QUuid dossierId; // the mandate it is listed under (added) or was (expired, revoked)
        QString dossierName;
        QDate validUntil;
        // Why it left: validity_ended, dossier_deleted, number_removed, client_changed,
        // status_changed (then `status` is the dossier's status code), not_yet_valid.
        QString reason;
        QString status;
    };

    // True when there was a reference to compare with; without one every number is added.
    bool hasReference = false;
    QDate referenceOn;
    QDateTime referenceRecordedAt;
    QList<Change> changes; // added, then expired, then revoked; by client and number within each

    QList<Change> ofKind(Kind kind) const;

    static std::optional<AuthorisedChanges> compute(Database& db, const AuthorisedList& list,
                                                    const std::optional<AuthorisedReference>& reference,
                                                    QString* error);

    static QString kindCode(Kind kind); // "added", "expired", "revoked"
    static QString kindLabel(Kind kind);
    // The reason a number left, for people.
    static QString reasonLabel(const Change& change);
};

} // namespace Mandat
