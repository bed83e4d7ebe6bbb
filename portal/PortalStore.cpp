#include "PortalStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Mandat {

namespace {
QByteArray derive(const QString& password, const QByteArray& salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 20000, 32);
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

PortalStore::PortalStore(const QString& path)
    : m_path(path)
    , m_connection(QStringLiteral("portal-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{ }

PortalStore::~PortalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool PortalStore::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList schema {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, login TEXT UNIQUE NOT NULL, "
            "salt BLOB NOT NULL, hash BLOB NOT NULL, account TEXT NOT NULL, admin INTEGER NOT NULL, "
            "mandates_right INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, user_id INTEGER NOT NULL "
                       "REFERENCES users(id), expires_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS mandates (id TEXT PRIMARY KEY, account TEXT NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, status TEXT NOT NULL, rejection_code TEXT, "
            "rejection_reason TEXT, validated_on TEXT, valid_until TEXT, updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS documents (mandate_id TEXT NOT NULL REFERENCES mandates(id), "
            "kind TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL, "
            "name TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (mandate_id, kind, sha256))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
            "status INTEGER NOT NULL, body BLOB, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "mandate_id TEXT NOT NULL, body TEXT NOT NULL)"),
    };
    QSqlQuery q(db);
    for (const QString& sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool PortalStore::addUser(const QString& login, const QString& password, const QString& account, bool admin,
                          bool mandatesRight, QString* error)
{
    QByteArray salt(16, Qt::Uninitialized);
    for (char& c : salt)
        c = char(QRandomGenerator::system()->bounded(256));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO users (login, salt, hash, account, admin, mandates_right) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(login) DO UPDATE SET salt = excluded.salt, "
                       "hash = excluded.hash, account = excluded.account, admin = excluded.admin, "
                       "mandates_right = excluded.mandates_right"));
    q.addBindValue(login);
    q.addBindValue(salt);
    q.addBindValue(derive(password, salt));
    q.addBindValue(account);
    q.addBindValue(admin ? 1 : 0);
    q.addBindValue(mandatesRight ? 1 : 0);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<PortalStore::User> PortalStore::checkPassword(const QString& login,
                                                            const QString& password) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT id, salt, hash, account, admin, mandates_right FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (derive(password, q.value(1).toByteArray()) != q.value(2).toByteArray())
        return std::nullopt;
    return User { q.value(0).toLongLong(), login, q.value(3).toString(), q.value(4).toBool(),
                  q.value(5).toBool() };
}

QString PortalStore::newToken(qint64 userId, const QDateTime& expires)
{
    QByteArray raw(32, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString token
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO tokens (token, user_id, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(token);
    q.addBindValue(userId);
    q.addBindValue(iso(expires));
    return q.exec() ? token : QString();
}

std::optional<PortalStore::User> PortalStore::userForToken(const QString& token, const QDateTime& now,
                                                           bool* expired) const
{
    *expired = false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT u.id, u.login, u.account, u.admin, u.mandates_right, t.expires_at FROM tokens t "
        "JOIN users u ON u.id = t.user_id WHERE t.token = ?"));
    q.addBindValue(token);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (fromIso(q.value(5)) <= now) {
        *expired = true;
        return std::nullopt;
    }
    return User { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                  q.value(4).toBool() };
}

std::optional<PortalStore::Mandate> PortalStore::mandate(const QString& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, account, version, data, status, rejection_code, rejection_reason, "
                             "validated_on, valid_until, updated_at FROM mandates WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Mandate m;
    m.id = q.value(0).toString();
    m.account = q.value(1).toString();
    m.version = q.value(2).toInt();
    m.data = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    m.status = q.value(4).toString();
    m.rejectionCode = q.value(5).toString();
    m.rejectionReason = q.value(6).toString();
    m.validatedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.validUntil = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    m.updatedAt = fromIso(q.value(9));
    return m;
}

QList<PortalStore::Mandate> PortalStore::mandates(const QString& status) const
{
    QList<Mandate> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM mandates WHERE ? = '' OR status = ? ORDER BY updated_at"));
    const QString filter = status.isNull() ? QStringLiteral("") : status; // a null QString binds as NULL
    q.addBindValue(filter);
    q.addBindValue(filter);
    if (!q.exec())
        return out;
    while (q.next()) {
        if (const auto m = mandate(q.value(0).toString()))
            out.append(*m);
    }
    return out;
}

bool PortalStore::logChange(const Mandate& m, const QDateTime& now, QString* error)
{
    const QJsonObject change {
        { QStringLiteral("id"), m.id },
        { QStringLiteral("version"), m.version },
        { QStringLiteral("status"), m.status },
        { QStringLiteral("rejection"),
          m.rejectionCode.isEmpty()
              ? QJsonValue(QJsonValue::Null)
              : QJsonValue(QJsonObject { { QStringLiteral("code"), m.rejectionCode },
                                         { QStringLiteral("reason"), m.rejectionReason } }) },
        { QStringLiteral("validated_on"),
          m.validatedOn.isValid() ? QJsonValue(m.validatedOn.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("valid_until"),
          m.validUntil.isValid() ? QJsonValue(m.validUntil.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("changed_at"), iso(now) },
    };
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO changes (mandate_id, body) VALUES (?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(QJsonDocument(change).toJson(QJsonDocument::Compact));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PortalStore::saveMandate(Mandate& m, const QDateTime& now, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    ++m.version;
    m.updatedAt = now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO mandates (id, account, version, data, status, rejection_code, "
        "rejection_reason, validated_on, valid_until, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data, "
        "status = excluded.status, rejection_code = excluded.rejection_code, rejection_reason = "
        "excluded.rejection_reason, validated_on = excluded.validated_on, valid_until = "
        "excluded.valid_until, updated_at = excluded.updated_at"));
    q.addBindValue(m.id);
    q.addBindValue(m.account);
    q.addBindValue(m.version);
    q.addBindValue(QJsonDocument(m.data).toJson(QJsonDocument::Compact));
    q.addBindValue(m.status);
    q.addBindValue(m.rejectionCode);
    q.addBindValue(m.rejectionReason);
    q.addBindValue(m.validatedOn.isValid() ? m.validatedOn.toString(Qt::ISODate) : QString());
    q.addBindValue(m.validUntil.isValid() ? m.validUntil.toString(Qt::ISODate) : QString());
    q.addBindValue(iso(now));
    if (!q.exec() || !logChange(m, now, error)) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

bool PortalStore::setStatus(Mandate& m, const QDateTime& now, QString* error)
{
    --m.version; // saveMandate bumps it: a status change keeps the version
    return saveMandate(m, now, error);
}

bool PortalStore::putDocument(const QString& mandateId, const StoredDocument& doc, bool* existed,
                              QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE mandate_id = ? AND kind = ? AND sha256 = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(doc.kind);
    q.addBindValue(doc.sha256);
    *existed = q.exec() && q.next();
    if (*existed)
        return true;
    QSqlQuery ins(QSqlDatabase::database(m_connection));
    ins.prepare(
        QStringLiteral("INSERT INTO documents (mandate_id, kind, sha256, size, media_type, name, bytes) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(mandateId);
    ins.addBindValue(doc.kind);
    ins.addBindValue(doc.sha256);
    ins.addBindValue(doc.size);
    ins.addBindValue(doc.mediaType);
    ins.addBindValue(doc.name);
    ins.addBindValue(doc.bytes);
    if (!ins.exec()) {
        *error = ins.lastError().text();
        return false;
    }
    return true;
}

QList<PortalStore::StoredDocument> PortalStore::documents(const QString& mandateId, bool withBytes) const
{
    QList<StoredDocument> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT kind, sha256, size, media_type, name, %1 FROM documents WHERE mandate_id = ? "
                       "ORDER BY rowid")
            .arg(withBytes ? QStringLiteral("bytes") : QStringLiteral("NULL")));
    q.addBindValue(mandateId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toByteArray() });
    return out;
}

bool PortalStore::removeDocument(const QString& mandateId, const QString& kind, const QString& sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM documents WHERE mandate_id = ? AND kind = ? AND sha256 = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(kind);
    q.addBindValue(sha256);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<PortalStore::Idempotent> PortalStore::idempotent(const QString& key, const QDateTime& now) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT fingerprint, status, body, created_at FROM idempotency WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (fromIso(q.value(3)).addSecs(24 * 3600) < now)
        return std::nullopt; // kept 24 hours
    return Idempotent { q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray() };
}

bool PortalStore::beginIdempotent(const QString& key, const QString& fingerprint, const QDateTime& now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO idempotency (key, fingerprint, status, created_at) VALUES (?, ?, 0, ?) "
                       "ON CONFLICT(key) DO UPDATE SET fingerprint = excluded.fingerprint, status = 0, "
                       "body = NULL, created_at = excluded.created_at"));
    q.addBindValue(key);
    q.addBindValue(fingerprint);
    q.addBindValue(iso(now));
    return q.exec();
}

void PortalStore::finishIdempotent(const QString& key, int status, const QByteArray& body)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE idempotency SET status = ?, body = ? WHERE key = ?"));
    q.addBindValue(status);
    q.addBindValue(body);
    q.addBindValue(key);
    q.exec();
}

QList<QJsonObject> PortalStore::changes(qint64 since, int limit, qint64* last, bool* more) const
{
    QList<QJsonObject> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT seq, body FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    *last = since;
    *more = false;
    if (!q.exec())
        return out;
    while (q.next()) {
        if (out.size() == limit) {
            *more = true;
            break;
        }
        *last = q.value(0).toLongLong();
        out.append(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    }
    return out;
}

} // namespace Mandat
