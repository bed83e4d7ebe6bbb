#pragma once

#include "model/DossierStatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Mandat {

class Database;

// What the dossier list shows of a dossier, read in one query without its documents or history.
struct DossierSummary
{
    // Where the dossier's pending change to the portal stands (the newest outbox item not done).
    enum class SyncState { None, Queued, Retrying, Failed };

    QUuid id;
    QString name;
    QString client;
    QString siren;
    QStringList numbers; // E.164, in the dossier's order
    DossierStatus::Status status = DossierStatus::NotSubmitted; // as stored
    QString rejectionReason;
    QDate validUntil;
    SyncState syncState = SyncState::None;
    QString syncError;

    DossierStatus::Status effectiveStatus(const QDate& today) const
    {
        return DossierStatus::effective(status, validUntil, today);
    }
};

/*
 * The dossier list's reading of the database: every dossier in one pass (a few
 * milliseconds for ten thousand), or one dossier again after it changed, so the list
 * never reloads everything for one edit.
 */
namespace DossierSummaries {
QList<DossierSummary> all(Database& db, QString* error);
std::optional<DossierSummary> one(Database& db, const QUuid& id, QString* error);
} // namespace DossierSummaries

} // namespace Mandat
