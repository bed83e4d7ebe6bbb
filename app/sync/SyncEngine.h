#pragma once

#include "Outbox.h"
#include "PortalClient.h"
#include "SyncState.h"
#include "model/DossierStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMetaType>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <functional>
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
        // Dossiers changed both here and by another seat: nothing was overwritten, the user
        // chooses what to keep (Conflicts).
        QStringList conflicts;
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
    // Told what the sync is doing while it takes time (a dossier and its documents coming from
    // the portal), in the user's language.
    using Progress = std::function<void(const QString& what)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool push(Report* report);
    bool pull(Report* report);
    // Asks the portal about every status an archive brought (Dossier::statusUnconfirmed).
    bool confirmImported(Report* report);

private:
    // Deferred: the portal asked to come back later than a sync waits (Retry-After over
    // PortalClient::kMaxPauseMs); the item and the rest go at a later sync.
    // Conflict: another seat changed the dossier on the portal since this desktop last agreed
    // with it, and this desktop changed it too; both versions are kept for the user to choose.
    enum class Outcome { Done, Retry, Failed, Deferred, Conflict };
    // What became of reading a dossier from the portal. Wait: the portal could not be reached
    // (the feed stops, and resumes at the next sync). Held: a document of it could not be had as
    // listed (SyncState::hold; the feed goes on). Refused: it can never be taken as it is.
    enum class Fetch { Done, Held, Wait, Refused };
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
    // The outcome of a refused or failed request (*message says why).
    Outcome outcome(const PortalClient::Reply& r, QString* message);
    // Brings the portal's mandate `current` (its GET: 200, or 404 when the portal has none) to
    // the dossier's content and documents, on top of the version last agreed; *version, unless
    // already set (a retry's), becomes the portal's version. `meanwhileDocuments` runs while the
    // documents go.
    Outcome pushContent(Dossier d, const PortalClient::Reply& current, bool submitting, int* version,
                        QString* message, Report* report, const std::function<void()>& meanwhileDocuments);
    // Shares the dossiers with edits not yet on the portal (SyncState::toShare).
    bool share(Report* report);
    Outcome conflict(const Dossier& d, QString* message, Report* report);
    // The portal's mandate is what the dossier holds: recorded as agreed.
    void agree(const Dossier& d, const QJsonObject& mandate);
    bool recordConflict(const Dossier& d, const QJsonObject& mandate, QString* error);
    // The portal's content of a dossier this desktop did not change since the last agreement.
    bool takeTheirs(Dossier& d, const QJsonObject& mandate, Report* report);
    // A dossier this desktop holds that another seat changed: its content (or a conflict) and
    // its documents as the portal holds them.
    Fetch reconcile(Dossier& d, Report* report);
    // Downloads a mandate's listed documents, a few at once, each checked against its SHA-256
    // (*bodies in the order of `listed`, kMaxReceivedBytes in all); *why says what went wrong.
    Fetch download(const QString& path, const QJsonArray& listed, QList<QByteArray>* bodies, QString* why);
    // Reads and stores downloaded documents as the user's own are; the keys of those kept.
    QSet<QString> storeDocuments(const Dossier& d, const QJsonArray& listed, const QList<QByteArray>& bodies,
                                 Report* report);
    // Under review, and the outbox item done.
    void markUnderReview(const QUuid& id, qint64 outboxItem);
    // Follows the portal's status (a change from the cursor, or a mandate as the portal holds it).
    // Not Done when the dossier could not be read whole from the portal (said in the report).
    Fetch applyRemote(const QJsonObject& change, Report* report);
    // Creates the dossier `id` as the portal holds it, with its documents (each checked against
    // its SHA-256). Nothing is created unless the portal gave all of it.
    Fetch adopt(const QUuid& id, Report* report);

    Profile& m_profile;
    PortalClient& m_client;
    Outbox m_outbox;
    SyncState m_state;
    QString m_login; // the portal's user this profile syncs as
    QSet<QUuid> m_pushed; // dossiers this sync pushed: their changes coming back need no reading
    QSet<QUuid> m_readThisPage; // read whole from the portal after the page of changes came
    Progress m_progress;
    QDateTime m_deferredUntil; // set by a Deferred outcome: nothing more is asked before it
    // Statuses this sync set from the portal's answers (and status_unconfirmed cleared): the
    // same status in the changes needs no reading of the dossier.
    QHash<QUuid, DossierStatus::Status> m_settled;
    QSet<qint64> m_itemsDone; // outbox items marked done with their dossier's status
    QSet<QUuid> m_passedOver; // mandates from the portal this sync refused to take
    QSet<QUuid> m_heldNow; // held back in this sync (SyncState::hold): not read again in it
};

} // namespace Mandat

Q_DECLARE_METATYPE(Mandat::SyncEngine::Report)
