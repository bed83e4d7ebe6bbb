#include "Outbox.h"

#include "store/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace Mandat {

namespace {
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QString Outbox::stateCode(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool Outbox::stateFromCode(const QString& code, State* state)
{
    for (State s : { State::Queued, State::Done, State::Failed }) {
        if (code == stateCode(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

Outbox::Outbox(Database& db)
    : m_db(db)
{ }

qint64 Outbox::backoffMs(int attempts, double jitter)
{
    const qint64 base = 5000LL << qBound(0, attempts - 1, 10);
    const qint64 capped = qMin<qint64>(base, 3600LL * 1000);
    return qMax<qint64>(1000, qint64(double(capped) * (1.0 + 0.2 * qBound(-1.0, jitter, 1.0))));
}

bool Outbox::enqueue(const QUuid& dossierId, const QString& kind, const QDateTime& now, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO outbox (dossier_id, kind, idempotency_key, next_attempt_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(dossierId.toString(QUuid::WithoutBraces));
    q.addBindValue(kind);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    return execQuery(q, error);
}

QList<Outbox::Item> Outbox::select(const QString& where, const QVariantList& values) const
{
    QList<Item> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, dossier_id, kind, idempotency_key, state, attempts, next_attempt_at, "
                       "last_error, sent_version FROM outbox WHERE %1 ORDER BY id")
            .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!execQuery(q, nullptr))
        return out;
    while (q.next()) {
        Item i;
        i.id = q.value(0).toLongLong();
        i.dossierId = QUuid::fromString(q.value(1).toString());
        i.kind = q.value(2).toString();
        i.idempotencyKey = q.value(3).toString();
        if (!stateFromCode(q.value(4).toString(), &i.state))
            i.state = State::Failed; // unknown to this version: never sent blindly
        i.attempts = q.value(5).toInt();
        i.nextAttemptAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        i.nextAttemptAt.setTimeSpec(Qt::UTC);
        i.lastError = q.value(7).toString();
        i.sentVersion = q.value(8).toInt();
        out.append(i);
    }
    return out;
}

QList<Outbox::Item> Outbox::due(const QDateTime& now) const
{
    return select(QStringLiteral("state = ? AND next_attempt_at <= ?"),
                  { stateCode(State::Queued), iso(now) });
}

QList<Outbox::Item> Outbox::pending() const
{
    return select(QStringLiteral("state IN (?, ?)"), { stateCode(State::Queued), stateCode(State::Failed) });
}

QList<Outbox::Item> Outbox::forDossier(const QUuid& dossierId) const
{
    return select(QStringLiteral("dossier_id = ?"), { dossierId.toString(QUuid::WithoutBraces) });
}

bool Outbox::markDone(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = '' WHERE id = ?"));
    q.addBindValue(stateCode(State::Done));
    q.addBindValue(id);
    return execQuery(q, nullptr);
}

bool Outbox::markSending(qint64 id, int version)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET sent_version = ? WHERE id = ?"));
    q.addBindValue(version);
    q.addBindValue(id);
    return execQuery(q, nullptr);
}

bool Outbox::renewKey(qint64 id, QString* key)
{
    *key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET idempotency_key = ?, sent_version = 0 WHERE id = ?"));
    q.addBindValue(*key);
    q.addBindValue(id);
    return execQuery(q, nullptr);
}

bool Outbox::markFailed(qint64 id, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(stateCode(State::Failed));
    q.addBindValue(reason);
    q.addBindValue(id);
    return execQuery(q, nullptr);
}

bool Outbox::markRetry(qint64 id, int attempts, const QDateTime& now, const QString& reason)
{
    const double jitter = QRandomGenerator::global()->generateDouble() * 2 - 1;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(iso(now.addMSecs(backoffMs(attempts, jitter))));
    q.addBindValue(reason);
    q.addBindValue(id);
    return execQuery(q, nullptr);
}

bool Outbox::markDeferred(qint64 id, const QDateTime& until, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(iso(until));
    q.addBindValue(reason);
    q.addBindValue(id);
    return execQuery(q, nullptr);
}

bool Outbox::retryNow(const QUuid& dossierId, const QDateTime& now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE dossier_id = ? AND state = ?"));
    q.addBindValue(iso(now));
    q.addBindValue(dossierId.toString(QUuid::WithoutBraces));
    q.addBindValue(stateCode(State::Queued));
    return execQuery(q, nullptr);
}

} // namespace Mandat
