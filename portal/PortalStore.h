#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <optional>

struct pg_conn; // libpq's PGconn (libpq-fe.h), held by the store for its instance lock

namespace Mandat {

/*
 * The reference portal's data, in its own SQLite database or on PostgreSQL: accounts and users (salted
 * PBKDF2-SHA256 password hashes with their cost), sessions (only the SHA-256 of each
 * bearer token), mandates with their versions and documents, idempotency keys scoped to
 * an account, the change log each account pulls with its own cursor, and an audit log of
 * every change to a mandate.
 */
class PortalStore
{
public:
    struct User
    {
        qint64 id = 0;
        QString login;
        QString account;
        bool admin = false;
        bool mandatesRight = false;
        // The operator's staff (the review desk): of no provider's account, no mandate of its own.
        bool reviewer = false;
        bool mayManageMandates() const { return !reviewer && (admin || mandatesRight); }
    };
    // The account reviewers belong to: no provider's.
    static QString reviewersAccount() { return QStringLiteral("@operator"); }

    struct Mandate
    {
        QString id;
        QString account;
        int version = 0;
        QJsonObject data; // name, client, numbers, use, renews
        QString status = QStringLiteral("not_submitted");
        QString rejectionCode;
        QString rejectionReason;
        QDate validatedOn;
        QDate validUntil;
        QDateTime updatedAt;
        // As read from the portal's data: a write goes only over that (saveMandate, setStatus).
        QString storedStatus;
        qint64 documentsRevision = 0;
    };

    struct StoredDocument
    {
        QString kind;
        QString sha256;
        qint64 size = 0;
        QString mediaType;
        QString name;
        QByteArray bytes;
        // The issue date the provider's user read on it by hand (X-Issue-Date), used only when
        // the document's text has no readable date.
        QDate statedDate;
        // Who of the account confirmed that a scanned mandate bears the client's signature and
        // stamp (X-Signature-Confirmed-By); empty when nobody did.
        QString signatureConfirmedBy;
    };

    // PBKDF2-SHA256 cost of new password hashes (OWASP 2023: at least 600,000); tests lower it.
    static constexpr int kDefaultPasswordIterations = 600000;
    static void setPasswordIterations(int iterations);
    static int passwordIterations();
    // How many key derivations ran in this process (tests check unknown logins cost the same).
    static int derivations();

    // `location`: a SQLite file (the embedded default), or a PostgreSQL database's URL,
    // postgresql://USER:PASSWORD@HOST:PORT/DATABASE (scripts/portal-db.sh starts one).
    explicit PortalStore(const QString& location);
    static bool isDatabaseUrl(const QString& location);
    /*
     * Documents' bytes in a folder instead of the database (DIR/ab/abcdef…, named by their
     * SHA-256, written whole or not at all), shared by the instances of one machine: PostgreSQL
     * then holds only what describes them (Qt's driver would send each as an escaped literal
     * twice its size). A file is never changed, and kept when a mandate lets go of it.
     */
    void setDocumentFolder(const QString& dir) { m_documentFolder = dir; }
    QString documentFolder() const { return m_documentFolder; }
    /*
     * The folder's files no document refers to any more (a mandate let go of it, or a write
     * that stopped before its row), last changed before `before`, are removed: a younger one
     * may be a document on its way in (its file is written before its row). Each is first put
     * aside, then removed only if still not referred to; a document stored meanwhile writes
     * its file again (putDocument).
     */
    struct Collected
    {
        int removed = 0;
        qint64 bytes = 0;
        int kept = 0;
    };
    bool collectDocumentFiles(const QDateTime& before, Collected* collected, QString* error);
    /*
     * Before a request: this thread's connection, opened again if the server closed it (a
     * restart of PostgreSQL, a connection it ended), so that no query fails on it. Not within
     * a transaction: a transaction is never carried over to another connection.
     */
    void renewConnection();
    // The database answers (a connection lost is opened again once).
    bool reachable(QString* error);
    ~PortalStore();
    bool open(QString* error);

    // Adds the user, or resets an existing one (password, account, rights): its sessions end.
    bool addUser(const QString& login, const QString& password, const QString& account, bool admin,
                 bool mandatesRight, QString* error);
    // A reviewer of the operator's staff (reviewersAccount()), added or reset as addUser does.
    bool addReviewer(const QString& login, const QString& password, QString* error);
    // The user when the password is right and the user enabled. An unknown login costs the
    // same key derivation as a known one; a hash of a lower cost is redone at today's.
    std::optional<User> checkPassword(const QString& login, const QString& password);
    // Each ends the user's sessions; false for an unknown login.
    bool setPassword(const QString& login, const QString& password, QString* error);
    bool disableUser(const QString& login, QString* error);
    bool enableUser(const QString& login, QString* error);

    // An account's users, as its administrators manage them ("Gestion des utilisateurs").
    struct AccountUser
    {
        QString login;
        bool admin = false;
        bool mandatesRight = false;
        bool disabled = false;
        bool invited = false; // waiting for its password (inviteUser)
    };
    QList<AccountUser> accountUsers(const QString& account) const;
    // Grants or withdraws the mandates right of an account's user. Its sessions go on: its next
    // call is answered with the right it now has (403 without it).
    bool setMandatesRight(const QString& account, const QString& login, bool right, QString* error);
    /*
     * A new user of the account, without a password: *token (returned once, kept hashed) lets
     * whoever holds it choose the password before `expires` (acceptInvitation), which enables
     * the user. A login taken anywhere, in any case, is refused, except one this account invited
     * and that was never used: its invitation is replaced. Disabling an invited user ends its
     * invitation.
     */
    bool inviteUser(const QString& account, const QString& login, bool mandatesRight,
                    const QDateTime& expires, QString* token, QString* error);
    // The invitation's user, its password set and the invitation used up; false when the token
    // is unknown, used or expired.
    bool acceptInvitation(const QString& token, const QString& password, const QDateTime& now, QString* login,
                          QString* error);
    // The login an invitation is for, while it can be used.
    QString invitedLogin(const QString& token, const QDateTime& now) const;
    QString newToken(qint64 userId, const QDateTime& expires);
    // The user a token belongs to; *expired tells a known but expired token.
    std::optional<User> userForToken(const QString& token, const QDateTime& now, bool* expired) const;
    bool endSession(const QString& token);

    std::optional<Mandate> mandate(const QString& id) const;
    // Bumps the version, logs a change and an audit entry (`actor` did `action`; defaults:
    // "created" / "updated"). Written only if the portal still holds the mandate as `m` was read
    // (its version, status and documents; a new one: if nobody created it meanwhile): otherwise
    // false with *stale, nothing written. The database decides, whichever instance asks.
    bool saveMandate(Mandate& m, const QDateTime& now, QString* error, const QString& actor = {},
                     const QString& action = {}, const QString& detail = {}, bool* stale = nullptr);
    // Logs a change and an audit entry, same version (default action: from the status); as
    // saveMandate, only over what was read.
    bool setStatus(Mandate& m, const QDateTime& now, QString* error, const QString& actor = {},
                   const QString& action = {}, bool* stale = nullptr);
    QList<Mandate> mandates(const QString& status = {}) const;

    // A document change is refused (*stale) once the mandate is under review, whichever instance
    // set it so; the same document stored twice at once is stored once (*existed).
    bool putDocument(const QString& mandateId, const StoredDocument& doc, bool* existed, QString* error,
                     const QDateTime& now = {}, const QString& actor = {}, bool* stale = nullptr);
    QList<StoredDocument> documents(const QString& mandateId, bool withBytes) const;
    // One document with its bytes, if the mandate holds it.
    std::optional<StoredDocument> document(const QString& mandateId, const QString& kind,
                                           const QString& sha256) const;
    bool hasDocument(const QString& mandateId, const QString& kind, const QString& sha256) const;
    // A stored document's facts (the date stated by hand, the signature confirmation) changed:
    // logged in the audit and the changes feed as a documents change.
    bool setDocumentFacts(const QString& mandateId, const StoredDocument& doc, QString* error,
                          const QDateTime& now, const QString& actor, bool* stale = nullptr);
    bool removeDocument(const QString& mandateId, const QString& kind, const QString& sha256,
                        const QDateTime& now = {}, const QString& actor = {}, bool* stale = nullptr);

    // Idempotency: the stored answer for a key, or nothing; `fingerprint` identifies the request.
    struct Idempotent
    {
        QString fingerprint;
        int status = 0; // 0 while in flight
        QByteArray body;
    };
    // Keys are the account's own: another account's key is another key.
    std::optional<Idempotent> idempotent(const QString& account, const QString& key,
                                         const QDateTime& now) const;
    // True when this request now holds the key (in flight); false when another holds it (read
    // it again: answered, or in flight elsewhere).
    bool beginIdempotent(const QString& account, const QString& key, const QString& fingerprint,
                         const QDateTime& now);
    // A key left in flight longer than this is taken up again (its portal stopped mid-check);
    // on PostgreSQL, at once when the instance that holds it is gone.
    static constexpr int kInFlightLeaseSeconds = 120;
    // This store's instance, as it signs the keys it holds in flight (0 on SQLite: one instance).
    int instance() const { return m_instance; }

    // Several instances on one database (PostgreSQL) share what must be shared: the requests
    // a minute per client are counted there (countRequest: this request's number in its minute).
    bool isShared() const { return m_postgres; }
    int countRequest(const QString& bucket, qint64 minute);
    int rateBuckets(qint64 minute) const; // clients counted in that minute
    void finishIdempotent(const QString& account, const QString& key, int status, const QByteArray& body);

    /*
     * What the portal's checks found in a submission's documents (per document: its detected
     * date and role, the pages read, every problem with its severity), kept with the version
     * they checked for the review desk to show.
     */
    bool saveCheckReport(const QString& mandateId, int version, const QJsonArray& documents,
                         const QDateTime& now, QString* error);
    std::optional<QJsonArray> checkReport(const QString& mandateId, int version) const;

    // The audit log of a mandate: every change, who made it and when.
    struct AuditEntry
    {
        QDateTime at;
        QString actor;
        QString action;
        int version = 0;
        QString status;
        QString detail;
    };
    QList<AuditEntry> audit(const QString& mandateId) const;
    // Its latest entry: who changed the mandate last, and how.
    std::optional<AuditEntry> lastChange(const QString& mandateId) const;

    // The account's changes after its cursor `since` (each account has its own sequence).
    QList<QJsonObject> changes(const QString& account, qint64 since, int limit, qint64* last,
                               bool* more) const;

private:
    bool migrate(QString* error);
    // PostgreSQL: the advisory lock (kInstanceLockSpace, m_instance) this instance holds while alive.
    bool lockInstance(QString* error);
    bool openPostgres(QString* error);
    // `what`: "content", "documents" or "status", as the changes feed says it.
    // `document`: for a document added or removed, which one ({kind, sha256, action}).
    bool logChange(const Mandate& m, const QDateTime& now, QString* error, const QString& by,
                   const QString& what, const QJsonObject& document = {});
    // newVersion false: a status change, which keeps the version.
    bool writeMandate(Mandate& m, bool newVersion, const QDateTime& now, QString* error, const QString& actor,
                      const QString& action, const QString& detail, bool* stale);
    // Within a document change's transaction: counts it on the mandate, unless under review.
    bool touchDocuments(const QString& mandateId, bool* stale, QString* error);
    bool logAudit(const QString& mandateId, const QString& account, const QDateTime& now,
                  const QString& actor, const QString& action, int version, const QString& status,
                  const QString& detail, QString* error);
    bool revokeSessions(const QString& login, QString* error);
    bool addAccountUser(const QString& login, const QString& password, const QString& account, bool admin,
                        bool mandatesRight, bool reviewer, QString* error);
    bool setDisabled(const QString& login, bool disabled, QString* error);
    /*
     * This thread's connection, opened at its first use: the server's handlers run on several
     * threads, and a connection belongs to the thread that made it (Qt SQL). It goes when its
     * thread ends, or with the store.
     */
    QSqlDatabase database() const;
    // A PostgreSQL connection the server has not closed (any other: open).
    static bool isAlive(const QSqlDatabase& db);
    // A transaction that will write: on SQLite, it waits for the write lock from the start.
    bool begin(QSqlDatabase& db) const;
    QString m_path;
    QString m_connection; // the prefix of each thread's connection name
    bool m_postgres = false;
    mutable QMutex m_connectionsLock;
    mutable QSet<QString> m_threadConnections;
    static constexpr int kInstanceLockSpace = 7310230;
    int m_instance = 0;
    QMutex m_instanceLock; // m_instance, m_lockConnection
    pg_conn* m_lockConnection = nullptr;
    QString m_documentFolder;
    QString documentPath(const QString& sha256) const;
    bool writeDocumentFile(const StoredDocument& doc, QString* error) const;
    // The bytes of a row: its column, or its file.
    QByteArray documentBytes(const QVariant& column, const QString& sha256) const;
    bool isReferenced(const QString& sha256, bool* referenced, QString* error) const;
    std::atomic<qint64> m_rateMinutePruned { -1 };
};

} // namespace Mandat
