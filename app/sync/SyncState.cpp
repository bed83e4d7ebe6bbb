#include "SyncState.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Mandat {

namespace {
QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SyncState::SyncState(Database& db)
    : m_db(db)
{ }

QJsonObject SyncState::content(const Dossier& d)
{
    QJsonArray numbers;
    for (const QString& n : d.numbers)
        numbers.append(n);
    QJsonObject client = d.client.toJson();
    client.remove(QStringLiteral("tva"));
    return QJsonObject { { QStringLiteral("name"), d.name },
                         { QStringLiteral("client"), client },
                         { QStringLiteral("numbers"), numbers },
                         { QStringLiteral("use"), phoneUseCode(d.use) },
                         { QStringLiteral("renews"),
                           d.renewsId.isNull() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(d.renewsId.toString(QUuid::WithoutBraces)) } };
}

QJsonObject SyncState::content(const QJsonObject& mandate)
{
    QJsonObject client;
    const QJsonObject theirs = mandate.value(QStringLiteral("client")).toObject();
    // Only the fields a dossier holds, as texts: what the portal adds is not content.
    const QJsonObject fields = Company().toJson();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("tva"))
            client.insert(it.key(), theirs.value(it.key()).toString());
    }
    QJsonArray numbers;
    for (const QJsonValue& n : mandate.value(QStringLiteral("numbers")).toArray())
        numbers.append(n.toString());
    const QJsonValue renews = mandate.value(QStringLiteral("renews"));
    return QJsonObject { { QStringLiteral("name"), mandate.value(QStringLiteral("name")).toString() },
                         { QStringLiteral("client"), client },
                         { QStringLiteral("numbers"), numbers },
                         { QStringLiteral("use"), mandate.value(QStringLiteral("use")).toString() },
                         { QStringLiteral("renews"),
                           renews.isString() ? renews : QJsonValue(QJsonValue::Null) } };
}

QString SyncState::remoteKind(Document::Kind kind)
{
    switch (kind) {
    case Document::Kind::SignedMandate:
        return QStringLiteral("mandate");
    case Document::Kind::Kbis:
        return QStringLiteral("kbis");
    case Document::Kind::Invoice:
        return QStringLiteral("invoice");
    case Document::Kind::FilledMandate:
        break;
    }
    return {};
}

bool SyncState::localKind(const QString& remote, Document::Kind* kind)
{
    if (remote == QLatin1String("mandate"))
        *kind = Document::Kind::SignedMandate;
    else if (remote == QLatin1String("kbis"))
        *kind = Document::Kind::Kbis;
    else if (remote == QLatin1String("invoice"))
        *kind = Document::Kind::Invoice;
    else
        return false;
    return true;
}

QSet<QString> SyncState::documentKeys(const QList<Document>& documents)
{
    QSet<QString> keys;
    for (const Document& doc : documents) {
        const QString kind = remoteKind(doc.kind);
        if (!kind.isEmpty())
            keys.insert(kind + u'/' + doc.sha256);
    }
    return keys;
}

QSet<QString> SyncState::documentKeys(const QJsonObject& mandate)
{
    QSet<QString> keys;
    for (const QJsonValue& v : mandate.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        keys.insert(o.value(QStringLiteral("kind")).toString() + u'/'
                    + o.value(QStringLiteral("sha256")).toString());
    }
    return keys;
}

SyncState::Base SyncState::base(const QUuid& id) const
{
    Base b;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT remote_version, remote_base FROM dossiers WHERE id = ?"));
    q.addBindValue(uuidText(id));
    if (!execQuery(q, nullptr) || !q.next())
        return b;
    const QJsonObject stored = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    if (stored.isEmpty()) // the portal's version without its content: not an agreement to rely on
        return b;
    b.version = q.value(0).toInt();
    b.content = stored.value(QStringLiteral("content")).toObject();
    for (const QJsonValue& v : stored.value(QStringLiteral("documents")).toArray())
        b.documents.insert(v.toString());
    return b;
}

bool SyncState::isForgotten(const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM forgotten_mandates WHERE id = ?"));
    q.addBindValue(uuidText(id));
    return execQuery(q, nullptr) && q.next();
}

bool SyncState::hold(const QUuid& id, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    // Held since the first time: the oldest is asked for first.
    q.prepare(QStringLiteral("INSERT INTO held_mandates (id, reason, at) VALUES (?, ?, ?) ON CONFLICT(id) DO "
                             "UPDATE SET reason = excluded.reason"));
    q.addBindValue(uuidText(id));
    q.addBindValue(reason);
    q.addBindValue(iso(Clock::instance().currentDateTimeUtc()));
    return execQuery(q, nullptr);
}

QList<QUuid> SyncState::held() const
{
    QList<QUuid> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM held_mandates ORDER BY at, id"));
    if (!execQuery(q, nullptr))
        return ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

bool SyncState::release(const QUuid& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM held_mandates WHERE id = ?"));
    q.addBindValue(uuidText(id));
    return execQuery(q, nullptr);
}

bool SyncState::refuseShare(const QUuid& id, qint64 edits, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO refused_shares (dossier_id, edits, reason, at) VALUES "
                             "(?, ?, ?, ?)"));
    q.addBindValue(uuidText(id));
    q.addBindValue(edits);
    q.addBindValue(reason);
    q.addBindValue(iso(Clock::instance().currentDateTimeUtc()));
    return execQuery(q, nullptr);
}

QList<QPair<QUuid, QString>> SyncState::refusedShares() const
{
    QList<QPair<QUuid, QString>> refused;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.dossier_id, r.reason FROM refused_shares r JOIN dossiers d ON d.id = "
                             "r.dossier_id WHERE d.share_pending = r.edits ORDER BY r.at"));
    if (!execQuery(q, nullptr))
        return refused;
    while (q.next())
        refused.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toString() });
    return refused;
}

qint64 SyncState::pendingEdits(const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT share_pending FROM dossiers WHERE id = ?"));
    q.addBindValue(uuidText(id));
    return execQuery(q, nullptr) && q.next() ? q.value(0).toLongLong() : 0;
}

bool SyncState::setBase(const QUuid& id, const Base& base, qint64 edits, QString* error)
{
    QStringList documents(base.documents.cbegin(), base.documents.cend());
    documents.sort(); // the same set, the same text
    const QJsonObject stored { { QStringLiteral("content"), base.content },
                               { QStringLiteral("documents"), QJsonArray::fromStringList(documents) } };
    QSqlQuery q(m_db.connection());
    // Only what the database's triggers did not count after `edits` stays pending.
    q.prepare(QStringLiteral("UPDATE dossiers SET remote_version = ?, remote_base = ?, share_pending = "
                             "MAX(share_pending - ?, 0) WHERE id = ?"));
    q.addBindValue(base.version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    q.addBindValue(edits);
    q.addBindValue(uuidText(id));
    return execQuery(q, error);
}

QList<QUuid> SyncState::toShare(bool drafts) const
{
    QList<QUuid> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM dossiers WHERE share_pending > 0 AND status IN ('not_submitted', 'rejected') AND "
        "(remote_version > 0 OR ? = 1) AND id NOT IN (SELECT dossier_id FROM conflicts) AND NOT EXISTS "
        "(SELECT 1 FROM refused_shares r WHERE r.dossier_id = dossiers.id AND r.edits = "
        "dossiers.share_pending) ORDER BY created_at"));
    q.addBindValue(drafts ? 1 : 0);
    if (!execQuery(q, nullptr))
        return ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

bool SyncState::recordConflict(const Conflict& c, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO conflicts (dossier_id, their_version, theirs, their_by, detected_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(dossier_id) DO UPDATE SET their_version = "
                       "excluded.their_version, theirs = excluded.theirs, their_by = excluded.their_by"));
    q.addBindValue(uuidText(c.id));
    q.addBindValue(c.theirVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(c.theirs).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.theirBy);
    q.addBindValue(iso(c.detectedAt));
    return execQuery(q, error);
}

namespace {
SyncState::Conflict conflictFrom(const QSqlQuery& q)
{
    SyncState::Conflict c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.theirVersion = q.value(1).toInt();
    c.theirs = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    c.theirBy = q.value(3).toString();
    c.detectedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return c;
}
} // namespace

std::optional<SyncState::Conflict> SyncState::conflict(const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT dossier_id, their_version, theirs, their_by, detected_at FROM conflicts "
                             "WHERE dossier_id = ?"));
    q.addBindValue(uuidText(id));
    if (!execQuery(q, nullptr) || !q.next())
        return std::nullopt;
    return conflictFrom(q);
}

QList<SyncState::Conflict> SyncState::conflicts() const
{
    QList<Conflict> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT dossier_id, their_version, theirs, their_by, detected_at FROM conflicts "
                           "ORDER BY detected_at")))
        return out;
    while (q.next())
        out.append(conflictFrom(q));
    return out;
}

bool SyncState::clearConflict(const QUuid& id, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM conflicts WHERE dossier_id = ?"));
    q.addBindValue(uuidText(id));
    return execQuery(q, error);
}

bool SyncState::setLastChange(const QUuid& id, const QString& by, const QString& what, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE dossiers SET changed_by = ?, changed_what = ?, changed_at = ? WHERE id = ?"));
    q.addBindValue(by);
    q.addBindValue(what);
    q.addBindValue(iso(at));
    q.addBindValue(uuidText(id));
    return execQuery(q, nullptr);
}

SyncState::LastChange SyncState::lastChange(const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT changed_by, changed_what, changed_at FROM dossiers WHERE id = ?"));
    q.addBindValue(uuidText(id));
    if (!execQuery(q, nullptr) || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toString(),
             QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) };
}

} // namespace Mandat
