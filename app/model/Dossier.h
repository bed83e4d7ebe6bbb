#pragma once

#include "Company.h"
#include "DossierStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace Mandat {

// What the presented numbers will be used for; it decides which numbers are allowed.
enum class PhoneUse { Agents, Automated };
QString phoneUseCode(PhoneUse use);
bool phoneUseFromCode(const QString& code, PhoneUse* out);

struct StatusChange
{
    QDateTime at; // UTC
    DossierStatus::Status from = DossierStatus::NotSubmitted;
    bool hasFrom = false; // false for the creation entry
    DossierStatus::Status to = DossierStatus::NotSubmitted;
    QString reason;
    QString by;
};

/*
 * One mandate dossier: the client, the numbers it covers (E.164, unique), the use, and
 * the status with its full history. The store persists it; the rules of the status
 * machine live in DossierStatus and are applied by applyTransition().
 */
class Dossier
{
    Q_DECLARE_TR_FUNCTIONS(Dossier)

public:
    QUuid id;
    QString name;
    Company client;
    QStringList numbers; // E.164, in the user's order
    PhoneUse use = PhoneUse::Agents;
    DossierStatus::Status status = DossierStatus::NotSubmitted; // as stored
    QList<StatusChange> history;
    QString rejectionReason;
    QDate validatedOn;
    QDate validUntil;
    QUuid renewsId; // the dossier this one renews, if any
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
    // The status came from an archive and only the portal decides it (under review, rejected,
    // valid, expired): shown as not confirmed until a sync with the portal confirms it.
    bool statusUnconfirmed = false;

    DossierStatus::Status effectiveStatus(const QDate& today) const
    {
        return DossierStatus::effective(status, validUntil, today);
    }

    // Adds a number already normalised to E.164; refuses duplicates.
    bool addNumber(const QString& e164, QString* error);

    /*
     * Applies a status change if the machine allows it, recording it in the history.
     * `on` is the day of the change (the validation day for Valid); a rejection needs
     * a reason. Leaves the dossier untouched and fills *error otherwise.
     */
    bool applyTransition(DossierStatus::Status to, const QDateTime& at, const QDate& on,
                         const QString& reason, const QString& by, QString* error);
};

} // namespace Mandat
