#pragma once

#include "model/DossierStatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <atomic>
#include <optional>

namespace Mandat {

class Database;

// What the dossier list shows of a dossier, read in one query without its documents or history.
struct DossierSummary
{
    // Where the dossier's pending change to the portal stands (the newest outbox item not done).
    // Conflict: changed here and by another seat; the user chooses what to keep (Conflicts).
    enum class SyncState { None, Queued, Retrying, Failed, Conflict };

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
    // Who changed it last on the portal (another seat's login, or this desktop's user when it
    // pushed), and what: "content", "documents" or "status"; empty when never shared.
    QString changedBy;
    QString changedWhat;
    bool conflict = false;

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
int count(Database& db, QString* error);
// Every dossier in the list's order (the order they were made); `cancel`, when set, stops
// the reading (it returns what it has read, and no error).
QList<DossierSummary> all(Database& db, QString* error, const std::atomic_bool* cancel = nullptr);
// Where a page of that order ends: the next page starts after it.
struct PageKey
{
    QString createdAt;
    qint64 rowid = -1; // before the first dossier
};
// The `limit` dossiers (all of them for -1) after `after` in that order; `after` moves to
// the last one read. An empty page is the end.
QList<DossierSummary> page(Database& db, PageKey* after, int limit, QString* error,
                           const std::atomic_bool* cancel = nullptr);
// The first `limit` dossiers of that order: what the list's first screen shows.
QList<DossierSummary> first(Database& db, int limit, QString* error);
std::optional<DossierSummary> one(Database& db, const QUuid& id, QString* error);
} // namespace DossierSummaries

} // namespace Mandat
