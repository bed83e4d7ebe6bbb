#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Mandat {

class Database;

/*
 * What must reach the portal. An item is written in the same transaction as the change
 * that needs it, with its idempotency key already chosen, so neither a crash nor a lost
 * connection can send it twice or forget it. Items retry with exponential backoff and
 * jitter until they go through, or stop on an answer no retry can change.
 */
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    enum class State {
        Queued, // waits to go, or to be tried again
        Done,
        Failed, // refused: no retry can change the answer
    };
    static QString stateCode(State state); // "queued", "done", "failed": the CLI's JSON says these
    static bool stateFromCode(const QString& code, State* state);

    struct Item
    {
        qint64 id = 0;
        QUuid dossierId;
        QString kind; // "submit"
        QString idempotencyKey;
        State state = State::Queued;
        int attempts = 0;
        QDateTime nextAttemptAt;
        QString lastError;
        // The portal's version the submission was sent for, once it was: a retry replays the
        // same request (same key, same version) and never makes a new version. 0: not sent yet.
        int sentVersion = 0;
    };

    explicit Outbox(Database& db);

    // Call inside the caller's transaction.
    bool enqueue(const QUuid& dossierId, const QString& kind, const QDateTime& now, QString* error);
    QList<Item> due(const QDateTime& now) const;
    QList<Item> pending() const; // queued or failed, oldest first
    QList<Item> forDossier(const QUuid& dossierId) const;
    bool markDone(qint64 id);
    // Before the submission goes out: the version a retry must send again.
    bool markSending(qint64 id, int version);
    // The portal's mandate moved to another version than the one the key was used for: the
    // next submission is another request, with a key of its own.
    bool renewKey(qint64 id, QString* key);
    bool markFailed(qint64 id, const QString& reason);
    // Schedules the next attempt: 5 s, 10 s, 20 s… up to an hour, ±20 %.
    bool markRetry(qint64 id, int attempts, const QDateTime& now, const QString& reason);
    // The portal asked to come back at `until` (a long Retry-After): not a failed attempt, so
    // the backoff does not grow.
    bool markDeferred(qint64 id, const QDateTime& until, const QString& reason);
    // "Retry now": what waits for its backoff is due at once. A refused item stays refused:
    // the dossier goes back to the user, who fixes it and submits again (a new item).
    bool retryNow(const QUuid& dossierId, const QDateTime& now);

    static qint64 backoffMs(int attempts, double jitter /* -1..1 */);

private:
    QList<Item> select(const QString& where, const QVariantList& values) const;
    Database& m_db;
};

} // namespace Mandat
