#include "PortalStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <libpq-fe.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Mandat {

Q_LOGGING_CATEGORY(lcPortalStore, "mandat.portal.store")

namespace {
int g_iterations = PortalStore::kDefaultPasswordIterations;
std::atomic<int> g_derivations { 0 };

// PBKDF2-HMAC-SHA256 through OpenSSL: the same result as QPasswordDigestor, many times faster
// (which matters at 600,000 iterations).
QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    ++g_derivations;
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), int(key.size()),
                          reinterpret_cast<unsigned char*>(key.data()))
        != 1)
        return {};
    return key;
}

QByteArray randomBytes(int n)
{
    QByteArray raw(n, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw;
}

// Only the token's hash is stored: a copy of the database gives no session.
// An account's cursor of the changes feed, from the start, if it has none yet.
void startCursor(const QSqlDatabase& db, const QString& account)
{
    QSqlQuery cursor(db);
    cursor.prepare(
        QStringLiteral("INSERT INTO cursors (account, last) VALUES (?, 0) ON CONFLICT(account) DO NOTHING"));
    cursor.addBindValue(account);
    cursor.exec();
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
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

bool hasColumn(QSqlDatabase db, const QString& table, const QString& column)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}
} // namespace

void PortalStore::setPasswordIterations(int iterations)
{
    g_iterations = iterations;
}

int PortalStore::passwordIterations()
{
    return g_iterations;
}

int PortalStore::derivations()
{
    return g_derivations;
}

PortalStore::PortalStore(const QString& path)
    : m_path(path)
    , m_connection(QStringLiteral("portal-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_postgres(isDatabaseUrl(path))
{ }

PortalStore::~PortalStore()
{
    // The threads still running (the caller's, the pools' of a server that outlives nothing)
    // lose theirs here; the others went with their threads.
    QMutexLocker lock(&m_connectionsLock);
    for (const QString& name : std::as_const(m_threadConnections))
        QSqlDatabase::removeDatabase(name);
    if (m_lockConnection)
        PQfinish(m_lockConnection); // the lock goes with the session
}

QSqlDatabase PortalStore::database() const
{
    QThread* thread = QThread::currentThread();
    const QString name = m_connection + u'@' + QString::number(quintptr(thread), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name); // opened again if it was closed
    QSqlDatabase db;
    if (m_postgres) {
        const QUrl url(m_path);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        // Another thread's connection may hold the write lock: waited for, not failed.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (db.open()) {
        QSqlQuery(db).exec(m_postgres
                               // "already exists, skipping" and the like are not for the portal's user.
                               ? QStringLiteral("SET client_min_messages TO WARNING")
                               : QStringLiteral("PRAGMA foreign_keys = ON"));
    } else {
        qCWarning(lcPortalStore) << "cannot open the database:" << db.lastError().text();
    }
    {
        QMutexLocker lock(&m_connectionsLock);
        m_threadConnections.insert(name);
    }
    // A connection belongs to its thread: it goes when the thread ends (a pool's idle thread).
    if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread())
        QObject::connect(thread, &QThread::finished, [name] { QSqlDatabase::removeDatabase(name); });
    return db;
}

void PortalStore::renewConnection()
{
    if (!m_postgres)
        return;
    bool lockLost = false;
    {
        QMutexLocker lock(&m_instanceLock);
        lockLost = m_lockConnection
            && (PQconsumeInput(m_lockConnection) != 1 || PQconsumeInput(m_lockConnection) != 1
                || PQstatus(m_lockConnection) != CONNECTION_OK);
    }
    QString error;
    // Its session ended: the lock again, or the others would take this instance's keys up.
    if (lockLost && !lockInstance(&error))
        qCWarning(lcPortalStore) << "cannot hold this instance's lock again:" << error;
    QSqlDatabase db = database();
    if (isAlive(db))
        return;
    // The server closed it (restarted, or ended it): a new one, before a query fails on it.
    qCInfo(lcPortalStore) << "the database closed this thread's connection: opening it again";
    db.close();
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    else
        qCWarning(lcPortalStore) << "cannot open the database:" << db.lastError().text();
}

bool PortalStore::isAlive(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt's driver hands its PGconn* (named after libpq's struct tag in Qt 6).
    const char* type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return db.isOpen();
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    // Reads what the server sent meanwhile, without waiting: a server that ended the connection
    // sent why, then closed it (seen at the next read).
    return connection && PQconsumeInput(connection) == 1 && PQconsumeInput(connection) == 1
        && PQstatus(connection) == CONNECTION_OK;
}

bool PortalStore::lockInstance(QString* error)
{
    // As long as this store lives, a session of its own holds this lock: other instances read
    // in pg_locks that it is alive. libpq's own connection, which any thread may look after
    // (renewConnection): a Qt connection belongs to one thread.
    QMutexLocker lock(&m_instanceLock);
    if (m_instance == 0)
        m_instance = 1 + int(QRandomGenerator::system()->bounded(0x7ffffffe));
    if (m_lockConnection)
        PQfinish(m_lockConnection);
    // The same database as the Qt connections, given up after 10 s as they are.
    QUrl conninfo(m_path);
    QUrlQuery options(conninfo);
    if (!options.hasQueryItem(QStringLiteral("connect_timeout")))
        options.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    conninfo.setQuery(options);
    m_lockConnection = PQconnectdb(conninfo.toString(QUrl::FullyEncoded).toUtf8().constData());
    if (PQstatus(m_lockConnection) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(m_lockConnection)).trimmed();
        return false;
    }
    const QByteArray sql = QStringLiteral("SELECT pg_advisory_lock(%1, %2)")
                               .arg(kInstanceLockSpace)
                               .arg(m_instance)
                               .toLatin1();
    PGresult* result = PQexec(m_lockConnection, sql.constData());
    const bool held = PQresultStatus(result) == PGRES_TUPLES_OK;
    if (!held)
        *error = QString::fromUtf8(PQerrorMessage(m_lockConnection)).trimmed();
    PQclear(result);
    return held;
}

bool PortalStore::begin(QSqlDatabase& db) const
{
    if (m_postgres)
        return db.transaction();
    // SQLite: the write lock now, waited for while another connection holds it (a plain BEGIN
    // takes it at the first write, and fails there at once if another transaction has it).
    QSqlQuery q(db);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool PortalStore::isDatabaseUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

bool PortalStore::reachable(QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    *error = q.lastError().text();
    db.close();
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery again(db);
    return again.exec(QStringLiteral("SELECT 1")) && again.next();
}

bool PortalStore::open(QString* error)
{
    if (m_postgres)
        return openPostgres(error);
    QSqlDatabase db = database();
    if (!db.isOpen()) {
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
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user_id INTEGER NOT "
            "NULL REFERENCES users(id), expires_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS mandates (id TEXT PRIMARY KEY, account TEXT NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, status TEXT NOT NULL, rejection_code TEXT, "
            "rejection_reason TEXT, validated_on TEXT, valid_until TEXT, updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS documents (mandate_id TEXT NOT NULL REFERENCES mandates(id), "
            "kind TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL, "
            "name TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (mandate_id, kind, sha256))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS idempotency_keys (account TEXT NOT NULL, key TEXT NOT NULL, "
            "fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body BLOB, created_at TEXT NOT "
            "NULL, PRIMARY KEY (account, key))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "mandate_id TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS cursors (account TEXT PRIMARY KEY, last INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, mandate_id "
                       "TEXT NOT NULL, account TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action "
                       "TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, detail TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS check_reports (mandate_id TEXT NOT NULL, version INTEGER NOT "
            "NULL, at TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (mandate_id, version))"),
    };
    QSqlQuery q(db);
    for (const QString& sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return migrate(error);
}

bool PortalStore::openPostgres(QString* error)
{
    const QUrl url(m_path);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
        *error = QStringLiteral("not a database URL: postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    /*
     * The schema in numbered steps, each applied once, in order, by whichever instance starts
     * first (the others wait on the lock, then find them done): step 1 makes the tables of
     * SQLite's schema in PostgreSQL's types, the next ones change them. A step is never edited
     * once released: a change is a new step.
     */
    const QList<QStringList> steps {
        // 1: the tables.
        {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS users (id BIGSERIAL PRIMARY KEY, login TEXT UNIQUE NOT NULL, "
                "salt BYTEA NOT NULL, hash BYTEA NOT NULL, account TEXT NOT NULL, admin INTEGER NOT NULL, "
                "mandates_right INTEGER NOT NULL, iterations INTEGER NOT NULL DEFAULT 20000, disabled "
                "INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL "
                "REFERENCES users(id), expires_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS mandates (id TEXT PRIMARY KEY, account TEXT NOT NULL, version "
                "INTEGER NOT NULL, data TEXT NOT NULL, status TEXT NOT NULL, rejection_code TEXT, "
                "rejection_reason TEXT, validated_on TEXT, valid_until TEXT, updated_at TEXT NOT NULL, "
                "doc_rev BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS documents (ord BIGSERIAL, mandate_id TEXT NOT NULL REFERENCES "
                "mandates(id), kind TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, media_type "
                "TEXT NOT NULL, name TEXT NOT NULL, bytes BYTEA NOT NULL, stated_date TEXT, "
                "signature_confirmed_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (mandate_id, kind, sha256))"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS idempotency_keys (account TEXT NOT NULL, key TEXT NOT NULL, "
                "fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body BYTEA, created_at TEXT NOT NULL, "
                "PRIMARY KEY (account, key))"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS changes (seq BIGSERIAL PRIMARY KEY, mandate_id TEXT NOT NULL, "
                "body TEXT NOT NULL, account TEXT, account_seq BIGINT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS cursors (account TEXT PRIMARY KEY, last BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS audit (seq BIGSERIAL PRIMARY KEY, mandate_id TEXT NOT NULL, "
                "account TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
                "version INTEGER NOT NULL, status TEXT NOT NULL, detail TEXT)"),
            // Requests a minute per client, shared by every instance (not worth a write-ahead log).
            QStringLiteral(
                "CREATE UNLOGGED TABLE IF NOT EXISTS rate_counts (bucket TEXT NOT NULL, minute BIGINT NOT "
                "NULL, count INTEGER NOT NULL, PRIMARY KEY (bucket, minute))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS changes_account ON changes (account, account_seq)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS audit_mandate ON audit (mandate_id, seq)"),
        },
        // 2: documents found by their hash alone (collecting the files of the documents folder).
        { QStringLiteral("CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256)") },
        // 3: the instance that holds an idempotency key in flight.
        { QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN IF NOT EXISTS owner INTEGER") },
        // 4: the review desk: reviewers, and what the checks found in each submission.
        { QStringLiteral("ALTER TABLE users ADD COLUMN IF NOT EXISTS reviewer INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE users ADD COLUMN IF NOT EXISTS invitation_hash TEXT"),
          QStringLiteral("ALTER TABLE users ADD COLUMN IF NOT EXISTS invitation_expires TEXT"),
          QStringLiteral(
              "CREATE TABLE IF NOT EXISTS check_reports (mandate_id TEXT NOT NULL, version INTEGER NOT "
              "NULL, at TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (mandate_id, version))") },
    };
    if (!begin(db)) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto run = [&](const QString& sql) {
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        db.rollback();
        return false;
    };
    if (!run(QStringLiteral("SELECT pg_advisory_xact_lock(7310230001)"))
        || !run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        || !run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return false;
    const int current = q.value(0).toInt();
    if (current > steps.size()) {
        *error = QStringLiteral("the database's schema (version %1) is newer than this portal's (%2)")
                     .arg(current)
                     .arg(steps.size());
        db.rollback();
        return false;
    }
    for (int step = current; step < steps.size(); ++step) {
        for (const QString& sql : steps.at(step)) {
            if (!run(sql))
                return false;
        }
    }
    if (current < steps.size()
        && (!run(QStringLiteral("DELETE FROM schema_version"))
            || !run(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(steps.size()))))
        return false;
    if (current < steps.size())
        qCInfo(lcPortalStore) << "database schema from version" << current << "to" << steps.size();
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return lockInstance(error);
}

// Databases made by earlier portals: add what is missing, keep what the clients hold.
bool PortalStore::migrate(QString* error)
{
    QSqlDatabase db = database();
    QStringList steps;
    // The cost each hash was made at (earlier portals: 20,000), and the disabled flag.
    if (!hasColumn(db, QStringLiteral("users"), QStringLiteral("iterations")))
        steps << QStringLiteral("ALTER TABLE users ADD COLUMN iterations INTEGER NOT NULL DEFAULT 20000");
    if (!hasColumn(db, QStringLiteral("users"), QStringLiteral("disabled")))
        steps << QStringLiteral("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0");
    // Tokens kept in clear are dropped: their users log in again.
    steps << QStringLiteral("DROP TABLE IF EXISTS tokens");
    // Global idempotency keys: kept 24 hours, and a replayed submission of a mandate under
    // review answers 202 anyway.
    steps << QStringLiteral("DROP TABLE IF EXISTS idempotency");
    if (!hasColumn(db, QStringLiteral("changes"), QStringLiteral("account"))) {
        // Per-account cursors. A client holds a cursor from the global sequence: each account's
        // sequence goes on from the global maximum, so no change is skipped.
        steps << QStringLiteral("ALTER TABLE changes ADD COLUMN account TEXT")
              << QStringLiteral("ALTER TABLE changes ADD COLUMN account_seq INTEGER")
              << QStringLiteral(
                     "UPDATE changes SET account = (SELECT account FROM mandates WHERE mandates.id = "
                     "changes.mandate_id), account_seq = seq")
              << QStringLiteral(
                     "INSERT OR REPLACE INTO cursors (account, last) SELECT account, (SELECT "
                     "IFNULL(MAX(seq), 0) FROM changes) FROM (SELECT account FROM users UNION SELECT "
                     "account FROM mandates)");
    }
    // Counts the changes of a mandate's documents: a submission is taken only with the documents
    // it checked, whichever instance changed them meanwhile.
    if (!hasColumn(db, QStringLiteral("mandates"), QStringLiteral("doc_rev")))
        steps << QStringLiteral("ALTER TABLE mandates ADD COLUMN doc_rev INTEGER NOT NULL DEFAULT 0");
    if (!hasColumn(db, QStringLiteral("users"), QStringLiteral("reviewer")))
        steps << QStringLiteral("ALTER TABLE users ADD COLUMN reviewer INTEGER NOT NULL DEFAULT 0");
    if (!hasColumn(db, QStringLiteral("users"), QStringLiteral("invitation_hash")))
        steps << QStringLiteral("ALTER TABLE users ADD COLUMN invitation_hash TEXT")
              << QStringLiteral("ALTER TABLE users ADD COLUMN invitation_expires TEXT");
    if (!hasColumn(db, QStringLiteral("idempotency_keys"), QStringLiteral("owner")))
        steps << QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN owner INTEGER");
    if (!hasColumn(db, QStringLiteral("documents"), QStringLiteral("stated_date")))
        steps << QStringLiteral("ALTER TABLE documents ADD COLUMN stated_date TEXT");
    if (!hasColumn(db, QStringLiteral("documents"), QStringLiteral("signature_confirmed_by")))
        steps << QStringLiteral(
            "ALTER TABLE documents ADD COLUMN signature_confirmed_by TEXT NOT NULL DEFAULT ''");
    steps << QStringLiteral("CREATE INDEX IF NOT EXISTS changes_account ON changes (account, account_seq)")
          << QStringLiteral("CREATE INDEX IF NOT EXISTS audit_mandate ON audit (mandate_id, seq)")
          << QStringLiteral("CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256)");
    QSqlQuery q(db);
    begin(db);
    for (const QString& sql : std::as_const(steps)) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool PortalStore::addReviewer(const QString& login, const QString& password, QString* error)
{
    return addAccountUser(login, password, reviewersAccount(), false, false, true, error);
}

bool PortalStore::addUser(const QString& login, const QString& password, const QString& account, bool admin,
                          bool mandatesRight, QString* error)
{
    if (account == reviewersAccount()) {
        *error = QStringLiteral("the account %1 is the reviewers': add them with addReviewer").arg(account);
        return false;
    }
    return addAccountUser(login, password, account, admin, mandatesRight, false, error);
}

bool PortalStore::addAccountUser(const QString& login, const QString& password, const QString& account,
                                 bool admin, bool mandatesRight, bool reviewer, QString* error)
{
    const QByteArray salt = randomBytes(16);
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO users (login, salt, hash, iterations, account, admin, mandates_right, reviewer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(login) DO UPDATE SET salt = excluded.salt, "
        "hash = excluded.hash, iterations = excluded.iterations, account = excluded.account, admin = "
        "excluded.admin, mandates_right = excluded.mandates_right, reviewer = excluded.reviewer"));
    q.addBindValue(login);
    q.addBindValue(salt);
    q.addBindValue(derive(password, salt, g_iterations));
    q.addBindValue(g_iterations);
    q.addBindValue(account);
    q.addBindValue(admin ? 1 : 0);
    q.addBindValue(mandatesRight ? 1 : 0);
    q.addBindValue(reviewer ? 1 : 0);
    // A new password, account or rights: the sessions opened before end.
    if (!q.exec() || !revokeSessions(login, error)) {
        if (error->isEmpty())
            *error = q.lastError().text();
        db.rollback();
        return false;
    }
    startCursor(db, account);
    return db.commit();
}

std::optional<PortalStore::User> PortalStore::checkPassword(const QString& login, const QString& password)
{
    // A salt for logins that do not exist: the same derivation runs, so the answer's time
    // does not tell a known login from an unknown one.
    static const QByteArray decoySalt = randomBytes(16);
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT id, salt, hash, account, admin, mandates_right, iterations, disabled, reviewer "
        "FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next()) {
        derive(password, decoySalt, g_iterations);
        return std::nullopt;
    }
    const int iterations = q.value(6).toInt();
    const QByteArray expected = q.value(2).toByteArray();
    const QByteArray actual = derive(password, q.value(1).toByteArray(), iterations);
    if (actual.isEmpty() || actual.size() != expected.size()
        || CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) != 0
        || q.value(7).toBool())
        return std::nullopt;
    const User user { q.value(0).toLongLong(), login,
                      q.value(3).toString(),   q.value(4).toBool(),
                      q.value(5).toBool(),     q.value(8).toBool() };
    if (iterations < g_iterations) {
        // Made at an older, lower cost: made again at today's, now that the password is known.
        const QByteArray salt = randomBytes(16);
        QSqlQuery up(database());
        up.prepare(QStringLiteral("UPDATE users SET salt = ?, hash = ?, iterations = ? WHERE id = ?"));
        up.addBindValue(salt);
        up.addBindValue(derive(password, salt, g_iterations));
        up.addBindValue(g_iterations);
        up.addBindValue(user.id);
        if (!up.exec())
            qCWarning(lcPortalStore) << "rehash of" << login << "failed:" << up.lastError().text();
    }
    return user;
}

bool PortalStore::setPassword(const QString& login, const QString& password, QString* error)
{
    const QByteArray salt = randomBytes(16);
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET salt = ?, hash = ?, iterations = ? WHERE login = ?"));
    q.addBindValue(salt);
    q.addBindValue(derive(password, salt, g_iterations));
    q.addBindValue(g_iterations);
    q.addBindValue(login);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no user %1").arg(login);
        db.rollback();
        return false;
    }
    if (!revokeSessions(login, error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool PortalStore::setDisabled(const QString& login, bool disabled, QString* error)
{
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE login = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(login);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no user %1").arg(login);
        db.rollback();
        return false;
    }
    if (disabled && !revokeSessions(login, error)) {
        db.rollback();
        return false;
    }
    if (disabled) {
        // A pending invitation dies with it (the user may be invited again).
        QSqlQuery expire(db);
        expire.prepare(QStringLiteral(
            "UPDATE users SET invitation_expires = ? WHERE login = ? AND invitation_hash IS NOT NULL"));
        expire.addBindValue(iso(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
        expire.addBindValue(login);
        if (!expire.exec()) {
            *error = expire.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool PortalStore::disableUser(const QString& login, QString* error)
{
    return setDisabled(login, true, error);
}

bool PortalStore::enableUser(const QString& login, QString* error)
{
    return setDisabled(login, false, error);
}

QList<PortalStore::AccountUser> PortalStore::accountUsers(const QString& account) const
{
    QList<AccountUser> out;
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT login, admin, mandates_right, disabled, invitation_hash FROM users WHERE "
                       "account = ? AND reviewer = 0 ORDER BY login"));
    q.addBindValue(account);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool(), q.value(3).toBool(),
                     !q.value(4).toString().isEmpty() });
    return out;
}

bool PortalStore::setMandatesRight(const QString& account, const QString& login, bool right, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE users SET mandates_right = ? WHERE account = ? AND login = ? AND reviewer = 0"));
    q.addBindValue(right ? 1 : 0);
    q.addBindValue(account);
    q.addBindValue(login);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text()
                                         : QStringLiteral("no user %1 in %2").arg(login, account);
        return false;
    }
    return true;
}

bool PortalStore::inviteUser(const QString& account, const QString& login, bool mandatesRight,
                             const QDateTime& expires, QString* token, QString* error)
{
    if (account == reviewersAccount()) {
        *error = QStringLiteral("reviewers are not invited");
        return false;
    }
    // A login is taken whatever its case; one this account invited and that was never used is
    // invited again.
    QSqlQuery existing(database());
    existing.prepare(
        QStringLiteral("SELECT login, account, invitation_hash FROM users WHERE lower(login) = lower(?)"));
    existing.addBindValue(login);
    if (!existing.exec()) {
        *error = existing.lastError().text();
        return false;
    }
    bool again = false;
    while (existing.next()) {
        if (existing.value(0).toString() != login || existing.value(1).toString() != account
            || existing.value(2).toString().isEmpty()) {
            *error = QStringLiteral("the login %1 is taken").arg(login);
            return false;
        }
        again = true;
    }
    *token = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    if (again) {
        q.prepare(QStringLiteral("UPDATE users SET mandates_right = ?, disabled = 1, invitation_hash = ?, "
                                 "invitation_expires = ? WHERE login = ? AND account = ?"));
        q.addBindValue(mandatesRight ? 1 : 0);
        q.addBindValue(tokenHash(*token));
        q.addBindValue(iso(expires));
        q.addBindValue(login);
        q.addBindValue(account);
    } else {
        // No password until the invitation is used: a random one nobody knows, and the user disabled.
        q.prepare(QStringLiteral(
            "INSERT INTO users (login, salt, hash, iterations, account, admin, mandates_right, "
            "reviewer, disabled, invitation_hash, invitation_expires) VALUES (?, ?, ?, ?, ?, "
            "0, ?, 0, 1, ?, ?)"));
        q.addBindValue(login);
        q.addBindValue(randomBytes(16));
        q.addBindValue(randomBytes(32));
        q.addBindValue(g_iterations);
        q.addBindValue(account);
        q.addBindValue(mandatesRight ? 1 : 0);
        q.addBindValue(tokenHash(*token));
        q.addBindValue(iso(expires));
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        db.rollback();
        token->clear();
        return false;
    }
    startCursor(db, account);
    return db.commit();
}

QString PortalStore::invitedLogin(const QString& token, const QDateTime& now) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT login, invitation_expires FROM users WHERE invitation_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec() || !q.next() || fromIso(q.value(1)) <= now)
        return {};
    return q.value(0).toString();
}

bool PortalStore::acceptInvitation(const QString& token, const QString& password, const QDateTime& now,
                                   QString* login, QString* error)
{
    *login = invitedLogin(token, now);
    if (login->isEmpty()) {
        *error = QStringLiteral("the invitation is unknown, used or expired");
        return false;
    }
    const QByteArray salt = randomBytes(16);
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    // Used once: the hash goes with the same write that sets the password.
    q.prepare(
        QStringLiteral("UPDATE users SET salt = ?, hash = ?, iterations = ?, disabled = 0, invitation_hash = "
                       "NULL, invitation_expires = NULL WHERE invitation_hash = ?"));
    q.addBindValue(salt);
    q.addBindValue(derive(password, salt, g_iterations));
    q.addBindValue(g_iterations);
    q.addBindValue(tokenHash(token));
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text()
                                         : QStringLiteral("the invitation was used meanwhile");
        db.rollback();
        return false;
    }
    return db.commit();
}

bool PortalStore::revokeSessions(const QString& login, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE login = ?)"));
    q.addBindValue(login);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString PortalStore::newToken(qint64 userId, const QDateTime& expires)
{
    const QString token = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(userId);
    q.addBindValue(iso(expires));
    return q.exec() ? token : QString();
}

std::optional<PortalStore::User> PortalStore::userForToken(const QString& token, const QDateTime& now,
                                                           bool* expired) const
{
    *expired = false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.login, u.account, u.admin, u.mandates_right, s.expires_at, u.reviewer FROM sessions "
        "s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND u.disabled = 0"));
    q.addBindValue(tokenHash(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (fromIso(q.value(5)) <= now) {
        *expired = true;
        return std::nullopt;
    }
    return User { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toBool(),     q.value(4).toBool(),   q.value(6).toBool() };
}

bool PortalStore::endSession(const QString& token)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<PortalStore::Mandate> PortalStore::mandate(const QString& id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, account, version, data, status, rejection_code, rejection_reason, "
                             "validated_on, valid_until, updated_at, doc_rev FROM mandates WHERE id = ?"));
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
    m.documentsRevision = q.value(10).toLongLong();
    m.storedStatus = m.status;
    return m;
}

QList<PortalStore::Mandate> PortalStore::mandates(const QString& status) const
{
    QList<Mandate> out;
    QSqlQuery q(database());
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

bool PortalStore::logChange(const Mandate& m, const QDateTime& now, QString* error, const QString& by,
                            const QString& what, const QJsonObject& document)
{
    QJsonObject change {
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
        // Who made it (a login of the account, or the operator's reviewer), and what it changed:
        // "content" (a new version), "documents" (same version) or "status".
        { QStringLiteral("changed_by"), by.isEmpty() ? QStringLiteral("portal") : by },
        { QStringLiteral("changed"), what },
    };
    if (!document.isEmpty())
        change.insert(QStringLiteral("document"), document);
    // Each account numbers its own changes: a cursor says nothing of other accounts.
    QSqlQuery seq(database());
    seq.prepare(QStringLiteral("INSERT INTO cursors (account, last) VALUES (?, 1) ON CONFLICT(account) DO "
                               "UPDATE SET last = cursors.last + 1"));
    seq.addBindValue(m.account);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO changes (mandate_id, body, account, account_seq) VALUES (?, ?, ?, "
                             "(SELECT last FROM cursors WHERE account = ?))"));
    q.addBindValue(m.id);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact))); // text, not bytes
    q.addBindValue(m.account);
    q.addBindValue(m.account);
    if (!seq.exec() || !q.exec()) {
        *error = seq.lastError().isValid() ? seq.lastError().text() : q.lastError().text();
        return false;
    }
    return true;
}

bool PortalStore::logAudit(const QString& mandateId, const QString& account, const QDateTime& now,
                           const QString& actor, const QString& action, int version, const QString& status,
                           const QString& detail, QString* error)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO audit (mandate_id, account, at, actor, action, version, status, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(mandateId);
    q.addBindValue(account);
    q.addBindValue(iso(now.isValid() ? now : QDateTime::currentDateTimeUtc()));
    q.addBindValue(actor.isEmpty() ? QStringLiteral("portal") : actor);
    q.addBindValue(action);
    q.addBindValue(version);
    q.addBindValue(status);
    q.addBindValue(detail);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PortalStore::saveCheckReport(const QString& mandateId, int version, const QJsonArray& documents,
                                  const QDateTime& now, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO check_reports (mandate_id, version, at, body) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (mandate_id, version) DO UPDATE SET at = excluded.at, body = "
                             "excluded.body"));
    q.addBindValue(mandateId);
    q.addBindValue(version);
    q.addBindValue(iso(now));
    q.addBindValue(QString::fromUtf8(QJsonDocument(documents).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<QJsonArray> PortalStore::checkReport(const QString& mandateId, int version) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT body FROM check_reports WHERE mandate_id = ? AND version = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
}

std::optional<PortalStore::AuditEntry> PortalStore::lastChange(const QString& mandateId) const
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT at, actor, action, version, status, detail FROM audit WHERE mandate_id = ? "
                       "ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(mandateId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AuditEntry { fromIso(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toInt(),  q.value(4).toString(), q.value(5).toString() };
}

QList<PortalStore::AuditEntry> PortalStore::audit(const QString& mandateId) const
{
    QList<AuditEntry> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT at, actor, action, version, status, detail FROM audit WHERE mandate_id = ? ORDER BY seq"));
    q.addBindValue(mandateId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ fromIso(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toString(), q.value(5).toString() });
    return out;
}

bool PortalStore::saveMandate(Mandate& m, const QDateTime& now, QString* error, const QString& actor,
                              const QString& action, const QString& detail, bool* stale)
{
    return writeMandate(m, true, now, error, actor, action, detail, stale);
}

bool PortalStore::writeMandate(Mandate& m, bool newVersion, const QDateTime& now, QString* error,
                               const QString& actor, const QString& action, const QString& detail,
                               bool* stale)
{
    if (stale)
        *stale = false;
    QSqlDatabase db = database();
    begin(db);
    const int readVersion = m.version;
    if (newVersion)
        ++m.version;
    const QString what = !action.isEmpty() ? action
        : m.version == 1                   ? QStringLiteral("created")
                                           : QStringLiteral("updated");
    m.updatedAt = now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO mandates (id, account, version, data, status, rejection_code, "
        "rejection_reason, validated_on, valid_until, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data, "
        "status = excluded.status, rejection_code = excluded.rejection_code, rejection_reason = "
        "excluded.rejection_reason, validated_on = excluded.validated_on, valid_until = "
        "excluded.valid_until, updated_at = excluded.updated_at "
        // Only over what was read: another request (of this instance or another) that changed
        // it meanwhile, or created it, wins, and this one is told so (*stale).
        "WHERE mandates.version = ? AND mandates.status = ? AND mandates.doc_rev = ?"));
    q.addBindValue(m.id);
    q.addBindValue(m.account);
    q.addBindValue(m.version);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(m.data).toJson(QJsonDocument::Compact))); // text, not bytes
    q.addBindValue(m.status);
    q.addBindValue(m.rejectionCode);
    q.addBindValue(m.rejectionReason);
    q.addBindValue(m.validatedOn.isValid() ? m.validatedOn.toString(Qt::ISODate) : QString());
    q.addBindValue(m.validUntil.isValid() ? m.validUntil.toString(Qt::ISODate) : QString());
    q.addBindValue(iso(now));
    q.addBindValue(readVersion);
    q.addBindValue(m.storedStatus.isEmpty() ? QStringLiteral("") : m.storedStatus);
    q.addBindValue(m.documentsRevision);
    QString failure;
    if (q.exec() && q.numRowsAffected() == 0) {
        db.rollback();
        m.version = readVersion;
        if (stale)
            *stale = true;
        if (error)
            *error = QStringLiteral("mandate %1 changed meanwhile").arg(m.id);
        return false;
    }
    if (q.lastError().isValid()
        || !logChange(m, now, &failure, actor,
                      newVersion ? QStringLiteral("content") : QStringLiteral("status"))
        || !logAudit(m.id, m.account, now, actor, what, m.version, m.status, detail, &failure)) {
        if (failure.isEmpty())
            failure = q.lastError().text();
        if (error)
            *error = failure;
        db.rollback();
        return false;
    }
    if (!db.commit())
        return false;
    m.storedStatus = m.status;
    return true;
}

bool PortalStore::setStatus(Mandate& m, const QDateTime& now, QString* error, const QString& actor,
                            const QString& action, bool* stale)
{
    QString what = action;
    if (what.isEmpty()) {
        what = m.status == QLatin1String("under_review") ? QStringLiteral("submitted")
            : m.status == QLatin1String("valid")         ? QStringLiteral("approved")
            : m.status == QLatin1String("rejected")      ? QStringLiteral("rejected")
                                                         : QStringLiteral("status_changed");
    }
    const QString detail = m.status == QLatin1String("rejected") ? m.rejectionReason : QString();
    return writeMandate(m, false, now, error, actor, what, detail,
                        stale); // a status change keeps the version
}

bool PortalStore::hasDocument(const QString& mandateId, const QString& kind, const QString& sha256) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE mandate_id = ? AND kind = ? AND sha256 = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(kind);
    q.addBindValue(sha256);
    return q.exec() && q.next();
}

QString PortalStore::documentPath(const QString& sha256) const
{
    return m_documentFolder + u'/' + sha256.left(2) + u'/' + sha256;
}

bool PortalStore::writeDocumentFile(const StoredDocument& doc, QString* error) const
{
    const QString path = documentPath(doc.sha256);
    if (QFileInfo(path).size() == doc.bytes.size())
        return true; // the same bytes, stored already (by this instance or another)
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = QStringLiteral("cannot make %1").arg(QFileInfo(path).path());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(doc.bytes) != doc.bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PortalStore::isReferenced(const QString& sha256, bool* referenced, QString* error) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1"));
    q.addBindValue(sha256);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *referenced = q.next();
    return true;
}

bool PortalStore::collectDocumentFiles(const QDateTime& before, Collected* collected, QString* error)
{
    *collected = {};
    if (m_documentFolder.isEmpty()) {
        *error = QStringLiteral("the documents are in the database: no folder to collect");
        return false;
    }
    // One collection at a time: another's files put aside are not this one's to remove.
    QLockFile lock(m_documentFolder + QStringLiteral("/.collecting.lock"));
    if (!lock.tryLock(0)) {
        *error = QStringLiteral("another collection of %1 is running").arg(m_documentFolder);
        return false;
    }
    static const QRegularExpression stored(QStringLiteral("^[0-9a-f]{64}$"));
    const QDir root(m_documentFolder);
    QDirIterator it(m_documentFolder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (file.dir() == root)
            continue; // documents live in sub-folders (ab/abcdef…); the lock is here
        if (file.lastModified() >= before) {
            ++collected->kept;
            continue;
        }
        const QString name = file.fileName();
        const bool document = stored.match(name).hasMatch() && file.dir().dirName() == name.left(2);
        if (document) {
            bool referenced = false;
            if (!isReferenced(name, &referenced, error))
                return false;
            if (referenced) {
                ++collected->kept;
                continue;
            }
            // Aside first, then asked again: a document stored between the question and the
            // removal keeps its file (or writes it again, if it came after this question).
            const QString aside = file.filePath() + QStringLiteral(".collecting");
            if (!QFile::rename(file.filePath(), aside))
                continue;
            if (!isReferenced(name, &referenced, error)) {
                QFile::rename(aside, file.filePath());
                return false;
            }
            if (referenced) {
                if (!QFile::rename(aside, file.filePath()))
                    QFile::remove(aside); // written again meanwhile
                ++collected->kept;
                continue;
            }
            collected->bytes += file.size();
            collected->removed += QFile::remove(aside) ? 1 : 0;
            continue;
        }
        // Not a document's name: what a write that stopped left (QSaveFile's temporary files).
        collected->bytes += file.size();
        collected->removed += QFile::remove(file.filePath()) ? 1 : 0;
    }
    return true;
}

QByteArray PortalStore::documentBytes(const QVariant& column, const QString& sha256) const
{
    QByteArray bytes = column.toByteArray();
    if (!bytes.isEmpty() || m_documentFolder.isEmpty())
        return bytes;
    QFile file(documentPath(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPortalStore) << "document file missing:" << file.fileName();
        return {};
    }
    return file.readAll();
}

std::optional<PortalStore::StoredDocument>
PortalStore::document(const QString& mandateId, const QString& kind, const QString& sha256) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT kind, sha256, size, media_type, name, bytes, stated_date, "
                             "signature_confirmed_by FROM documents "
                             "WHERE mandate_id = ? AND kind = ? AND sha256 = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(kind);
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredDocument { q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toLongLong(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            documentBytes(q.value(5), q.value(1).toString()),
                            QDate::fromString(q.value(6).toString(), Qt::ISODate),
                            q.value(7).toString() };
}

bool PortalStore::touchDocuments(const QString& mandateId, bool* stale, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE mandates SET doc_rev = doc_rev + 1 WHERE id = ? AND status <> 'under_review'"));
    q.addBindValue(mandateId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        if (stale)
            *stale = true;
        *error = QStringLiteral("mandate %1 is under review").arg(mandateId);
        return false;
    }
    return true;
}

bool PortalStore::putDocument(const QString& mandateId, const StoredDocument& doc, bool* existed,
                              QString* error, const QDateTime& now, const QString& actor, bool* stale)
{
    if (stale)
        *stale = false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE mandate_id = ? AND kind = ? AND sha256 = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(doc.kind);
    q.addBindValue(doc.sha256);
    *existed = q.exec() && q.next();
    if (*existed)
        return true;
    QSqlQuery ins(database());
    ins.prepare(
        QStringLiteral("INSERT INTO documents (mandate_id, kind, sha256, size, media_type, name, bytes, "
                       "stated_date, signature_confirmed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(mandate_id, kind, sha256) DO NOTHING"));
    ins.addBindValue(mandateId);
    ins.addBindValue(doc.kind);
    ins.addBindValue(doc.sha256);
    ins.addBindValue(doc.size);
    ins.addBindValue(doc.mediaType);
    ins.addBindValue(doc.name);
    // In the folder, written before the row that refers to it (a file no row names is harmless).
    if (!m_documentFolder.isEmpty() && !writeDocumentFile(doc, error))
        return false;
    ins.addBindValue(m_documentFolder.isEmpty() ? doc.bytes : QByteArray(""));
    ins.addBindValue(doc.statedDate.isValid() ? QVariant(doc.statedDate.toString(Qt::ISODate))
                                              : QVariant(QMetaType(QMetaType::QString)));
    ins.addBindValue(doc.signatureConfirmedBy.isEmpty() ? QStringLiteral("") : doc.signatureConfirmedBy);
    QSqlDatabase db = database();
    begin(db);
    const std::optional<Mandate> m = mandate(mandateId);
    QString failure;
    if (ins.exec() && ins.numRowsAffected() == 0) {
        // Stored by another request meanwhile: the same bytes, as good.
        db.rollback();
        *existed = true;
        return true;
    }
    if (ins.lastError().isValid() || (m && !touchDocuments(mandateId, stale, &failure))
        || (m
            && (!logAudit(mandateId, m->account, now, actor, QStringLiteral("document_added"), m->version,
                          m->status, doc.kind + u' ' + doc.sha256 + u' ' + doc.name, &failure)
                || !logChange(*m, now, &failure, actor, QStringLiteral("documents"),
                              { { QStringLiteral("kind"), doc.kind },
                                { QStringLiteral("sha256"), doc.sha256 },
                                { QStringLiteral("action"), QStringLiteral("added") } })))) {
        *error = failure.isEmpty() ? ins.lastError().text() : failure;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    // Its file collected meanwhile, as nobody referred to it (collectDocumentFiles): written again.
    if (!m_documentFolder.isEmpty() && !QFileInfo::exists(documentPath(doc.sha256)))
        return writeDocumentFile(doc, error);
    return true;
}

QList<PortalStore::StoredDocument> PortalStore::documents(const QString& mandateId, bool withBytes) const
{
    QList<StoredDocument> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT kind, sha256, size, media_type, name, %1, stated_date, "
                             "signature_confirmed_by FROM documents "
                             "WHERE mandate_id = ? "
                             "ORDER BY %2")
                  .arg(withBytes ? QStringLiteral("bytes") : QStringLiteral("NULL"),
                       m_postgres ? QStringLiteral("ord") : QStringLiteral("rowid")));
    q.addBindValue(mandateId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString(),
                     withBytes ? documentBytes(q.value(5), q.value(1).toString()) : QByteArray(),
                     QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString() });
    return out;
}

bool PortalStore::setDocumentFacts(const QString& mandateId, const StoredDocument& doc, QString* error,
                                   const QDateTime& now, const QString& actor, bool* stale)
{
    if (stale)
        *stale = false;
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE documents SET stated_date = ?, signature_confirmed_by = ? WHERE mandate_id = ? "
        "AND kind = ? AND sha256 = ?"));
    q.addBindValue(doc.statedDate.isValid() ? QVariant(doc.statedDate.toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(doc.signatureConfirmedBy.isEmpty() ? QStringLiteral("") : doc.signatureConfirmedBy);
    q.addBindValue(mandateId);
    q.addBindValue(doc.kind);
    q.addBindValue(doc.sha256);
    const std::optional<Mandate> m = mandate(mandateId);
    QString failure;
    if (!q.exec() || q.numRowsAffected() != 1 || (m && !touchDocuments(mandateId, stale, &failure))
        || (m
            && (!logAudit(mandateId, m->account, now, actor, QStringLiteral("document_facts"), m->version,
                          m->status, doc.kind + u' ' + doc.sha256, &failure)
                || !logChange(
                    *m, now, &failure, actor, QStringLiteral("documents"),
                    { { QStringLiteral("kind"), doc.kind },
                      { QStringLiteral("sha256"), doc.sha256 },
                      { QStringLiteral("action"), QStringLiteral("facts") },
                      { QStringLiteral("stated_date"),
                        doc.statedDate.isValid() ? QJsonValue(doc.statedDate.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null) },
                      { QStringLiteral("signature_confirmed_by"),
                        doc.signatureConfirmedBy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(doc.signatureConfirmedBy) } })))) {
        *error = failure.isEmpty() ? q.lastError().text() : failure;
        db.rollback();
        return false;
    }
    return db.commit();
}

bool PortalStore::removeDocument(const QString& mandateId, const QString& kind, const QString& sha256,
                                 const QDateTime& now, const QString& actor, bool* stale)
{
    if (stale)
        *stale = false;
    QSqlDatabase db = database();
    begin(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM documents WHERE mandate_id = ? AND kind = ? AND sha256 = ?"));
    q.addBindValue(mandateId);
    q.addBindValue(kind);
    q.addBindValue(sha256);
    const std::optional<Mandate> m = mandate(mandateId);
    QString failure;
    QString ignored;
    if (!q.exec() || q.numRowsAffected() != 1 || (m && !touchDocuments(mandateId, stale, &ignored))
        || (m
            && (!logAudit(mandateId, m->account, now, actor, QStringLiteral("document_removed"), m->version,
                          m->status, kind + u' ' + sha256, &failure)
                || !logChange(*m, now, &failure, actor, QStringLiteral("documents"),
                              { { QStringLiteral("kind"), kind },
                                { QStringLiteral("sha256"), sha256 },
                                { QStringLiteral("action"), QStringLiteral("removed") } })))) {
        db.rollback();
        return false;
    }
    return db.commit();
}

int PortalStore::countRequest(const QString& bucket, qint64 minute)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rate_counts (bucket, minute, count) VALUES (?, ?, 1) ON CONFLICT "
                             "(bucket, minute) DO UPDATE SET count = rate_counts.count + 1 RETURNING count"));
    q.addBindValue(bucket);
    q.addBindValue(minute);
    if (!q.exec() || !q.next()) {
        qCWarning(lcPortalStore) << "request count failed:" << q.lastError().text();
        return 0; // not counted: let it through rather than refuse everybody
    }
    const int count = q.value(0).toInt();
    if (m_rateMinutePruned.exchange(minute) != minute) {
        QSqlQuery prune(db);
        prune.prepare(QStringLiteral("DELETE FROM rate_counts WHERE minute <> ?")); // other minutes: over
        prune.addBindValue(minute);
        prune.exec();
    }
    return count;
}

int PortalStore::rateBuckets(qint64 minute) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM rate_counts WHERE minute = ?"));
    q.addBindValue(minute);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

std::optional<PortalStore::Idempotent> PortalStore::idempotent(const QString& account, const QString& key,
                                                               const QDateTime& now) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT fingerprint, status, body, created_at FROM idempotency_keys WHERE account = ? AND key = ?"));
    q.addBindValue(account);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (fromIso(q.value(3)).addSecs(24 * 3600) < now)
        return std::nullopt; // kept 24 hours
    return Idempotent { q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray() };
}

bool PortalStore::beginIdempotent(const QString& account, const QString& key, const QString& fingerprint,
                                  const QDateTime& now)
{
    QSqlQuery q(database());
    // Taken only if nobody holds it: new, or over 24 hours old, or left in flight for longer than
    // a check takes (its portal stopped or crashed mid-check), or, on PostgreSQL, left in flight
    // by an instance that is gone (its session ended, and its lock with it). Another instance that
    // holds it now keeps it (the same submission arriving at two instances is made once).
    const QString ownerGone = m_postgres
        ? QStringLiteral(" OR NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = "
                         "%1::oid AND objid = idempotency_keys.owner::oid AND objsubid = 2 AND granted)")
              .arg(kInstanceLockSpace)
        : QString();
    q.prepare(
        QStringLiteral(
            "INSERT INTO idempotency_keys (account, key, fingerprint, status, created_at, owner) VALUES (?, "
            "?, ?, 0, ?, ?) ON CONFLICT(account, key) DO UPDATE SET fingerprint = excluded.fingerprint, "
            "status = 0, body = NULL, created_at = excluded.created_at, owner = excluded.owner WHERE "
            "idempotency_keys.created_at < ? OR (idempotency_keys.status = 0 AND "
            "(idempotency_keys.created_at < ?%1))")
            .arg(ownerGone));
    q.addBindValue(account);
    q.addBindValue(key);
    q.addBindValue(fingerprint);
    q.addBindValue(iso(now));
    q.addBindValue(m_instance);
    q.addBindValue(iso(now.addSecs(-24 * 3600)));
    q.addBindValue(iso(now.addSecs(-kInFlightLeaseSeconds)));
    return q.exec() && q.numRowsAffected() == 1;
}

void PortalStore::finishIdempotent(const QString& account, const QString& key, int status,
                                   const QByteArray& body)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("UPDATE idempotency_keys SET status = ?, body = ? WHERE account = ? AND key = ?"));
    q.addBindValue(status);
    q.addBindValue(body);
    q.addBindValue(account);
    q.addBindValue(key);
    q.exec();
}

QList<QJsonObject> PortalStore::changes(const QString& account, qint64 since, int limit, qint64* last,
                                        bool* more) const
{
    QList<QJsonObject> out;
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT account_seq, body FROM changes WHERE account = ? AND account_seq > ? ORDER "
                       "BY account_seq LIMIT ?"));
    q.addBindValue(account);
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
