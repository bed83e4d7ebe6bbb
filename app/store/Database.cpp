#include "Database.h"

#include "core/Logging.h"
#include "model/DossierStatus.h"

#include <QAtomicInt>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Mandat {

namespace {
QAtomicInt s_connectionCounter;

struct Migration
{
    int version;
    QStringList statements;
    // Work SQL alone cannot do (dates computed as the application computes them).
    std::function<bool(const QSqlDatabase&, QString*)> after;
};

bool fillValidUntil(const QSqlDatabase& db, QString* error)
{
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id, validated_on FROM dossiers WHERE validated_on IS NOT NULL"));
    if (!execQuery(select, error))
        return false;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE dossiers SET valid_until = ? WHERE id = ?"));
    while (select.next()) {
        const QDate on = QDate::fromString(select.value(1).toString(), Qt::ISODate);
        if (!on.isValid())
            continue;
        update.bindValue(0, DossierStatus::validUntilFor(on).toString(Qt::ISODate));
        update.bindValue(1, select.value(0));
        if (!execQuery(update, error))
            return false;
    }
    return true;
}

const QList<Migration>& migrations()
{
    static const QList<Migration> list {
        { 1,
          {
              QStringLiteral("CREATE TABLE companies ("
                             " id INTEGER PRIMARY KEY,"
                             " legal_name TEXT NOT NULL,"
                             " legal_form TEXT NOT NULL DEFAULT '',"
                             " share_capital TEXT NOT NULL DEFAULT '',"
                             " address TEXT NOT NULL DEFAULT '',"
                             " siren TEXT NOT NULL DEFAULT '',"
                             " rcs_city TEXT NOT NULL DEFAULT '',"
                             " representative_name TEXT NOT NULL DEFAULT '',"
                             " representative_title TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE TABLE dossiers ("
                             " id TEXT PRIMARY KEY,"
                             " name TEXT NOT NULL,"
                             " client_id INTEGER NOT NULL REFERENCES companies(id),"
                             " use TEXT NOT NULL CHECK (use IN ('agents', 'automated')),"
                             " status TEXT NOT NULL,"
                             " rejection_reason TEXT NOT NULL DEFAULT '',"
                             " validated_on TEXT,"
                             " created_at TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE dossier_numbers ("
                             " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                             " position INTEGER NOT NULL,"
                             " e164 TEXT NOT NULL,"
                             " PRIMARY KEY (dossier_id, e164))"),
              QStringLiteral("CREATE TABLE status_history ("
                             " id INTEGER PRIMARY KEY,"
                             " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                             " at TEXT NOT NULL,"
                             " from_status TEXT,"
                             " to_status TEXT NOT NULL,"
                             " reason TEXT NOT NULL DEFAULT '',"
                             " by TEXT NOT NULL DEFAULT '')"),
          },
          {} },
        { 2,
          {
              // Renewal links and the end of validity, which the portal may also set.
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN renews_id TEXT REFERENCES dossiers(id)"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN valid_until TEXT"),
          },
          fillValidUntil },
        { 3,
          {
              QStringLiteral("CREATE TABLE documents ("
                             " id TEXT PRIMARY KEY,"
                             " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                             " kind TEXT NOT NULL"
                             "  CHECK (kind IN ('filled_mandate', 'mandate', 'kbis', 'invoice')),"
                             " original_name TEXT NOT NULL,"
                             " size INTEGER NOT NULL,"
                             " sha256 TEXT NOT NULL,"
                             " media_type TEXT NOT NULL,"
                             " issue_date TEXT,"
                             " date_source TEXT NOT NULL DEFAULT 'unknown',"
                             " date_snippet TEXT NOT NULL DEFAULT '',"
                             " added_at TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX documents_sha256 ON documents(sha256)"),
              QStringLiteral("CREATE INDEX documents_dossier ON documents(dossier_id)"),
              // The user's own company (the provider), one row at most.
              QStringLiteral("CREATE TABLE provider ("
                             " id INTEGER PRIMARY KEY CHECK (id = 1),"
                             " company_id INTEGER NOT NULL REFERENCES companies(id))"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
              QStringLiteral("CREATE INDEX dossiers_status ON dossiers(status)"),
              QStringLiteral("CREATE INDEX dossier_numbers_e164 ON dossier_numbers(e164)"),
              QStringLiteral("CREATE INDEX companies_siren ON companies(siren)"),
              QStringLiteral("CREATE INDEX status_history_dossier ON status_history(dossier_id)"),
          },
          {} },
        { 4,
          {
              // What was read from each document, so checks never read (or OCR) a file twice.
              QStringLiteral("ALTER TABLE documents ADD COLUMN pages INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral(
                  "ALTER TABLE documents ADD COLUMN signature_confirmed INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral("CREATE TABLE document_pages ("
                             " document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                             " page INTEGER NOT NULL,"
                             " text TEXT NOT NULL,"
                             " ocr INTEGER NOT NULL DEFAULT 0,"
                             " PRIMARY KEY (document_id, page))"),
          },
          {} },
        { 5,
          {
              // Operators' templates: which dossier value each field takes, as the user confirmed it.
              QStringLiteral("CREATE TABLE template_mappings ("
                             " template_sha256 TEXT NOT NULL,"
                             " field TEXT NOT NULL,"
                             " value_key TEXT NOT NULL,"
                             " PRIMARY KEY (template_sha256, field))"),
          },
          {} },
        { 6,
          {
              // Templates without form fields: where each value is drawn.
              QStringLiteral("CREATE TABLE template_placements ("
                             " template_sha256 TEXT NOT NULL,"
                             " value_key TEXT NOT NULL,"
                             " page INTEGER NOT NULL CHECK (page >= 1),"
                             " x REAL NOT NULL,"
                             " y REAL NOT NULL,"
                             " size REAL NOT NULL,"
                             " PRIMARY KEY (template_sha256, value_key))"),
          },
          {} },
        { 7,
          {
              // Sync with the operator's portal: what must go, in the same transaction as the change.
              QStringLiteral("CREATE TABLE outbox ("
                             " id INTEGER PRIMARY KEY,"
                             " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                             " kind TEXT NOT NULL,"
                             " idempotency_key TEXT NOT NULL,"
                             " state TEXT NOT NULL DEFAULT 'queued',"
                             " attempts INTEGER NOT NULL DEFAULT 0,"
                             " next_attempt_at TEXT NOT NULL,"
                             " last_error TEXT NOT NULL DEFAULT '',"
                             " created_at TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt_at)"),
              QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN remote_version INTEGER NOT NULL DEFAULT 0"),
          },
          {} },
        { 8,
          {
              // The dossier list reads each dossier's pending change: one lookup per dossier.
              QStringLiteral("CREATE INDEX outbox_dossier ON outbox(dossier_id, state)"),
          },
          {} },
        { 9,
          {
              // Who confirmed a scanned mandate's signature and stamp, and when.
              QStringLiteral("ALTER TABLE documents ADD COLUMN signature_confirmed_at TEXT"),
              QStringLiteral(
                  "ALTER TABLE documents ADD COLUMN signature_confirmed_by TEXT NOT NULL DEFAULT ''"),
          },
          {} },
        { 10,
          {
              // The portal's version a submission went out for: its retry replays that request.
              QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_version INTEGER NOT NULL DEFAULT 0"),
          },
          {} },
        { 11,
          {
              // A status the portal decides, taken from an archive: shown as unconfirmed until a
              // sync with the portal confirms it.
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN status_unconfirmed INTEGER NOT NULL DEFAULT 0"),
          },
          {} },
        { 12,
          {
              // The list of authorised numbers (ARCEP decision 2025-2215): each recorded export,
              // and the numbers of the last one, the reference the next export's changes count from.
              // dossier_id has no foreign key: a deleted dossier is one way a number is revoked.
              QStringLiteral("CREATE TABLE authorised_exports ("
                             " id INTEGER PRIMARY KEY,"
                             " recorded_at TEXT NOT NULL,"
                             " on_date TEXT NOT NULL,"
                             " via TEXT NOT NULL DEFAULT '',"
                             " by TEXT NOT NULL DEFAULT '',"
                             " numbers INTEGER NOT NULL)"),
              QStringLiteral("CREATE TABLE authorised_reference ("
                             " siren TEXT NOT NULL,"
                             " e164 TEXT NOT NULL,"
                             " client_name TEXT NOT NULL,"
                             " dossier_id TEXT NOT NULL,"
                             " dossier_name TEXT NOT NULL,"
                             " valid_until TEXT,"
                             " PRIMARY KEY (siren, e164))"),
          },
          {} },
        { 13,
          {
              // The list's order: its first screen is read without sorting every dossier.
              QStringLiteral("CREATE INDEX dossiers_by_creation ON dossiers (created_at)"),
          },
          {} },
        { 14,
          {
              // Teams (several seats of one account): what the portal held when this desktop and
              // the portal last agreed (remote_version, already there, and remote_base: the
              // content and the documents), a count of local edits since (share_pending, kept by
              // triggers so no edit path can forget it; dossiers made before start at 1), the two
              // versions of a dossier both sides changed, and who changed what last.
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN remote_base TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN share_pending INTEGER NOT NULL DEFAULT 1"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN changed_what TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE dossiers ADD COLUMN changed_at TEXT"),
              QStringLiteral("CREATE INDEX dossiers_share_pending ON dossiers (share_pending) "
                             "WHERE share_pending > 0"),
              QStringLiteral("CREATE TRIGGER share_on_edit AFTER UPDATE OF name, use, client_id ON dossiers "
                             "BEGIN UPDATE dossiers SET share_pending = share_pending + 1 WHERE id = NEW.id; "
                             "END"),
              QStringLiteral("CREATE TRIGGER share_on_document_added AFTER INSERT ON documents BEGIN "
                             "UPDATE dossiers SET share_pending = share_pending + 1 WHERE id = "
                             "NEW.dossier_id; END"),
              QStringLiteral("CREATE TRIGGER share_on_document_removed AFTER DELETE ON documents BEGIN "
                             "UPDATE dossiers SET share_pending = share_pending + 1 WHERE id = "
                             "OLD.dossier_id; END"),
              QStringLiteral("CREATE TRIGGER share_on_document_moved AFTER UPDATE OF kind ON documents "
                             "BEGIN UPDATE dossiers SET share_pending = share_pending + 1 WHERE id = "
                             "NEW.dossier_id; END"),
              QStringLiteral("CREATE TABLE conflicts ("
                             " dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,"
                             " their_version INTEGER NOT NULL,"
                             " theirs TEXT NOT NULL,"
                             " their_by TEXT NOT NULL DEFAULT '',"
                             " detected_at TEXT NOT NULL)"),
          },
          {} },
        { 15,
          {
              // A document's facts travel too (the date read by hand, the signature confirmed).
              QStringLiteral(
                  "CREATE TRIGGER share_on_document_facts AFTER UPDATE OF issue_date, date_source, "
                  "signature_confirmed ON documents BEGIN UPDATE dossiers SET share_pending = "
                  "share_pending + 1 WHERE id = NEW.dossier_id; END"),
          },
          {} },
        { 16,
          {
              // Shared dossiers deleted on this desktop: the portal's later changes of them do not
              // bring them back (they stay on the portal and on the other seats).
              QStringLiteral("CREATE TABLE forgotten_mandates (id TEXT PRIMARY KEY, at TEXT NOT NULL)"),
          },
          {} },
        { 17,
          {
              // A dossier the portal changed that could not be taken whole (a document not what
              // the portal listed): asked for again at each sync while the later changes go on.
              QStringLiteral("CREATE TABLE held_mandates (id TEXT PRIMARY KEY, reason TEXT NOT NULL, "
                             "at TEXT NOT NULL)"),
              // A share the portal refused for good (a document it does not take): not sent again
              // until the dossier changes again (share_pending moves on).
              QStringLiteral("CREATE TABLE refused_shares ("
                             " dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,"
                             " edits INTEGER NOT NULL,"
                             " reason TEXT NOT NULL,"
                             " at TEXT NOT NULL)"),
          },
          {} },
    };
    return list;
}
} // namespace

bool execQuery(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    const QString message = query.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << query.lastQuery() << message;
    if (error)
        *error = Database::tr("Database error: %1").arg(message);
    return false;
}

bool execSql(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    const QString message = query.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << sql << message;
    if (error)
        *error = Database::tr("Database error: %1").arg(message);
    return false;
}

Database::Database()
    : m_connectionName(QStringLiteral("mandatdesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return migrations().last().version;
}

bool Database::open(const QString& path, QString* error, int targetVersion)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
            close();
            return false;
        }
        if (!execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
            || !execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
            || !execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)) {
            close();
            return false;
        }
    }
    if (!migrate(targetVersion < 0 ? latestVersion() : targetVersion, error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::migrate(int targetVersion, QString* error)
{
    const int current = schemaVersion();
    if (current > latestVersion()) {
        *error
            = tr("This profile was written by a newer MandatDesk (schema %1; this version knows up to %2). "
                 "Update MandatDesk to open it.")
                  .arg(current)
                  .arg(latestVersion());
        return false;
    }
    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        qCInfo(lcStore) << "migrating schema to version" << m.version;
        const bool ok = transaction(
            [&](QString* err) {
                for (const QString& sql : m.statements) {
                    if (!execSql(connection(), sql, err))
                        return false;
                }
                if (m.after && !m.after(connection(), err))
                    return false;
                return execSql(connection(), QStringLiteral("PRAGMA user_version = %1").arg(m.version), err);
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

bool Database::transaction(const std::function<bool(QString*)>& work, QString* error)
{
    if (m_depth > 0) {
        QString localError;
        const bool ok = work(&localError);
        if (!ok && error)
            *error = localError;
        return ok;
    }
    struct Depth
    {
        int& depth;
        explicit Depth(int& d)
            : depth(d)
        {
            ++depth;
        }
        ~Depth() { --depth; }
    };
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        if (error)
            *error = tr("Cannot start a database transaction: %1").arg(db.lastError().text());
        return false;
    }
    QString localError;
    bool worked;
    {
        const Depth inside(m_depth);
        worked = work(&localError);
    }
    if (!worked) {
        db.rollback();
        if (error)
            *error = localError;
        return false;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        if (error)
            *error = tr("Cannot save to the database: %1").arg(message);
        return false;
    }
    return true;
}

} // namespace Mandat
