#pragma once

#include "Outbox.h"
#include "PortalClient.h"
#include "model/DossierStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Mandat {

class Profile;

/*
 * Offline first: the user's changes are saved locally, and what must reach the portal
 * waits in the outbox (Submission puts a dossier there). syncOnce() pushes what is due (a
 * submission: the mandate, its documents, then the submit with the idempotency key chosen
 * when it was queued) and pulls the portal's changes with the cursor. The portal's status
 * is authoritative.
 */
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    struct Report
    {
        QStringList sent; // what went
        QStringList received; // what came
        QStringList waiting; // retried later
        QStringList failed; // stopped: the portal refused
        QList<QUuid> changed; // dossiers whose status or pending changes moved
        QList<QUuid> statusChanged; // of those, the ones whose status the portal changed
        // Waited at the portal's request (Retry-After) during this sync, and how many times;
        // pacing says so to a person ("waited 32 s in all"), or is empty.
        qint64 pausedMs = 0;
        int pauses = 0;
        QString pacing;
    };

    SyncEngine(Profile& profile, PortalClient& client);

    Report syncOnce();
    bool push(Report* report);
    bool pull(Report* report);
    // Asks the portal about every status an archive brought (Dossier::statusUnconfirmed).
    bool confirmImported(Report* report);

private:
    // Deferred: the portal asked to come back later than a sync waits (Retry-After over
    // PortalClient::kMaxPauseMs); the item and the rest go at a later sync.
    enum class Outcome { Done, Retry, Failed, Deferred };
    // A GET of the next dossier sent with this one's submission: `current` is the answer about
    // this dossier, if it was asked so; `next`, the answer about `nextId`, if it was.
    struct Ahead
    {
        std::optional<PortalClient::Reply> current;
        QUuid nextId;
        std::optional<PortalClient::Reply> next;
    };
    // *name: the dossier's, once it is read.
    Outcome sendSubmission(const Outbox::Item& item, QString* message, QString* name, Report* report,
                           Ahead* ahead);
    // Under review, and the outbox item done.
    void markUnderReview(const QUuid& id, qint64 outboxItem);
    // Follows the portal's status (a change from the cursor, or a mandate as the portal holds it).
    // False when a dossier another seat pushed could not be taken yet (said in the report).
    bool applyRemote(const QJsonObject& change, Report* report);
    // Creates the dossier `id` as the portal holds it, with its documents (each checked against
    // its SHA-256). False, with nothing created, when the portal could not give all of it.
    bool adopt(const QUuid& id, Report* report);

    Profile& m_profile;
    PortalClient& m_client;
    Outbox m_outbox;
    QDateTime m_deferredUntil; // set by a Deferred outcome: nothing more is asked before it
    // Statuses this sync set from the portal's answers (and status_unconfirmed cleared): the
    // same status in the changes needs no reading of the dossier.
    QHash<QUuid, DossierStatus::Status> m_settled;
    QSet<qint64> m_itemsDone; // outbox items marked done with their dossier's status
    QSet<QUuid> m_passedOver; // mandates from the portal this sync refused to take
};

} // namespace Mandat

Q_DECLARE_METATYPE(Mandat::SyncEngine::Report)
