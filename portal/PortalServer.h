#pragma once

#include "PortalRequest.h"
#include "PortalStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace Mandat {

class ReviewDesk;

/*
 * The reference operator portal: the API of docs/portal-api.md over HTTPS with
 * QtHttpServer, on top of PortalStore. Time comes from a function the tests and the
 * command line can set. Logins are throttled per login and per address (growing delays,
 * then a temporary lock); every request gets a line in the access log.
 *
 * The event loop only routes and writes answers: each request is handled on one of a pool
 * of handler threads, each with its own connection to the database (a handler waiting for
 * the database holds nobody else), and its answer is written on the event loop if the client
 * is still connected. Reading and checking a submission's documents (Poppler, OCR) runs on
 * another pool, without the database: the documents' bytes are read before, the outcome is
 * written after, on a handler thread. What handlers share in memory (rate counts, login
 * throttling, the mandates being checked, fault injection) is behind one lock.
 */
class PortalServer
{
    friend class ReviewDesk; // the review desk's pages: the portal's clock and logins

public:
    explicit PortalServer(PortalStore& store);
    ~PortalServer();

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // TLS first (sslSetup before listen), then the port (0: any free one).
    quint16 listen(const QSslConfiguration& tls, const QHostAddress& address, quint16 port);
    // One line per request (method, route, status, account, duration) appended to this file;
    // empty: to the "mandat.portal.access" logging category.
    bool setAccessLog(const QString& path);
    /*
     * Behind the reverse proxy (portal/deploy/nginx.conf.in) every connection comes from the
     * proxy: the client's address is the X-Real-IP header the proxy sets (it replaces any a
     * client sent). Only then is the header read; a portal facing clients ignores it.
     */
    void setBehindProxy(bool behind) { m_behindProxy = behind; }
    QString clientAddress(const QHttpServerRequest& request) const;
    // Rate-limit buckets held in memory (tests check fake tokens do not grow them).
    int rateBuckets() const;
    // Threads that handle requests (each holds a database connection once it has served one).
    static constexpr int kHandlerThreads = 4;
    void setHandlerThreads(int threads)
    {
        m_handlers.setMaxThreadCount(threads > 0 ? threads : kHandlerThreads);
    }
    int handlerThreads() const { return m_handlers.maxThreadCount(); }
    /*
     * Requests a minute per client: a valid token's, or, for a request without a token (a
     * login, the limits), its address's. Over it: 429 with Retry-After, the seconds left in
     * the current minute. Stated by GET /api/v1/limits.
     */
    void setRequestsPerMinute(int limit) { m_requestsPerMinute = limit > 0 ? limit : kRequestsPerMinute; }
    int requestsPerMinute() const { return m_requestsPerMinute; }
    /*
     * For the sync benchmark, which replays the same requests with curl: one JSON line per
     * request (its connection, method, path, the headers a replay needs, the body's size and
     * SHA-256; a login's body, which holds a password, is never kept) and one per connection
     * accepted. Each body is written once to PATH.bodies/<sha256>.
     */
    bool setRequestRecord(const QString& path);
    // TCP connections accepted since listen(): a client that keeps its connection alive makes one.
    int connections() const { return m_connections; }

    // Login throttling: failures allowed before delays start, per login and per address;
    // delays double from 2 s up to the lock.
    static constexpr int kFreeLoginFailures = 3;
    static constexpr int kFreeAddressFailures = 20;
    static constexpr int kLockSeconds = 15 * 60;

    static constexpr qint64 kMaxJsonBody = 1024 * 1024;
    // A document from a stranger is read up to this many pages and for this long at most,
    // on one of kCheckThreads worker threads.
    static constexpr int kCheckMaxPages = 50;
    static constexpr int kCheckSeconds = 20;
    static constexpr int kCheckThreads = 2;
    // Submissions whose documents are being checked (tests and the hostile-client bench).
    int checksRunning() const { return m_checksRunning; }
    // Called on the worker thread before each check: tests hold a check there.
    void setCheckHook(std::function<void()> hook) { m_checkHook = std::move(hook); }
    static constexpr qint64 kMaxDocumentBody = 20 * 1024 * 1024;

private:
    QHttpServerResponse login(const PortalRequest& request);
    QHttpServerResponse getMandate(const QString& id, const PortalRequest& request);
    QHttpServerResponse putMandate(const QString& id, const PortalRequest& request);
    QHttpServerResponse getDocument(const QString& id, const QString& kind, const QString& sha,
                                    const PortalRequest& request);
    QHttpServerResponse putDocument(const QString& id, const QString& kind, const QString& sha,
                                    const PortalRequest& request);
    QHttpServerResponse deleteDocument(const QString& id, const QString& kind, const QString& sha,
                                       const PortalRequest& request);
    // What a submission carries from the event loop to its check and back.
    struct PendingSubmit
    {
        PortalStore::User user;
        QString key;
        QString mandateId;
        int version = 0;
        qint64 documentsRevision = 0; // the documents checked: taken only if still those
        QDate today;
        QJsonArray problems; // found before the documents are read
        QList<PortalStore::StoredDocument> documents;
    };
    // The answer to a submission, at once (refused, replayed, nothing to read) or null: the
    // documents are to be checked, *pending says what to.
    std::optional<QHttpServerResponse> beginSubmit(const QString& id, const PortalRequest& request,
                                                   PendingSubmit* pending);
    // On a worker thread: the documents' problems (no database, no clock, no member).
    // *report: what the review desk shows of each document (PortalStore::saveCheckReport).
    static QJsonArray checkDocuments(const QList<PortalStore::StoredDocument>& documents, const QDate& today,
                                     QJsonArray* report = nullptr);
    // Back on a handler thread: the mandate under review (its check report kept), or its problems.
    QHttpServerResponse finishSubmit(const PendingSubmit& pending, const QJsonArray& documentProblems,
                                     const QJsonArray& report);
    // On a handler thread: answered at once, or once its documents are checked.
    void submit(quint64 ticket, const QString& id, const PortalRequest& request);
    // On the event loop: the request is copied and handed to a handler thread, and the answer
    // written when it comes (post). `route` names the route in the access log.
    using Handler = std::function<QHttpServerResponse(const PortalRequest&)>;
    void dispatch(const QHttpServerRequest& request, QHttpServerResponder&& responder, const char* route,
                  Handler handler);
    // The same, for a handler that posts its answer itself (maybe from another thread, later).
    using AsyncHandler = std::function<void(const PortalRequest&, quint64 ticket)>;
    void dispatchAsync(const QHttpServerRequest& request, QHttpServerResponder&& responder, const char* route,
                       AsyncHandler handler);
    // From any thread: the answer to `ticket`, written on the event loop `delayMs` later.
    void post(quint64 ticket, QHttpServerResponse&& response, const QString& account, int delayMs = 0);
    // On the event loop: writes the answer if its client is still there, and its access-log line.
    void answer(quint64 ticket, QHttpServerResponse&& response, const QString& account);
    // The one check of a mandate at a time, in this instance.
    bool claimCheck(const QString& mandateId);
    void releaseCheck(const QString& mandateId);
    bool isChecking(const QString& mandateId) const;
    QHttpServerResponse changes(const PortalRequest& request);
    QHttpServerResponse logout(const PortalRequest& request);
    QHttpServerResponse templatePdf(const PortalRequest& request);
    QHttpServerResponse templateMapping(const PortalRequest& request);
    // Under review: a refusal (409). Decided: the mandate becomes a new version to submit.
    std::optional<QHttpServerResponse> startNewVersionIfDecided(PortalStore::Mandate& m,
                                                                const PortalStore::User& user);

    // Counts a request against its client's bucket for the current minute; over the limit,
    // *refusal is the 429 to answer.
    bool withinRate(const QString& bucket, QHttpServerResponse* refusal);
    void record(const QHttpServerRequest& request);
    void writeAccess(const QString& address, const QByteArray& method, const QString& route, int status,
                     const QString& account, qint64 nsecs);
    // A failure inside: the detail goes to the log, the client gets a generic answer.
    QHttpServerResponse internalError(const QString& detail) const;
    // 409 in_flight: the submission, or another of its mandate, is being checked; with Retry-After.
    static QHttpServerResponse inFlight(const QString& message);
    // A document change refused: the mandate went under review meanwhile (on any instance).
    static QHttpServerResponse underReview();

    /*
     * A login's password tried, throttled as kFreeLoginFailures and kFreeAddressFailures say
     * (the API's and the review desk's logins count together): the user, or none; while a delay
     * runs, no password is tried and waitSeconds says how long is left.
     */
    struct LoginAttempt
    {
        std::optional<PortalStore::User> user;
        qint64 waitSeconds = 0;
    };
    LoginAttempt attemptLogin(const QString& login, const QString& password, const QString& address);

    struct Attempts
    {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime lockedUntil;
    };
    void recordFailure(Attempts& a, int free, const QDateTime& now);
    void forgetOldAttempts(const QDateTime& now);

    // The user behind the bearer token, allowed to manage mandates; otherwise *refusal is set.
    std::optional<PortalStore::User> authorise(const PortalRequest& request, QHttpServerResponse* refusal,
                                               bool mandatesRight = true);
    QJsonObject mandateJson(const PortalStore::Mandate& m) const;
    std::optional<PortalStore::Mandate> ownMandate(const QString& id, const PortalStore::User& user) const;

    PortalStore& m_store;
    QHttpServer m_server;
    std::function<QDateTime()> m_now;
    // Guards what handler threads share below: m_rate, m_rateMinute, the login attempts, the
    // mandates being checked, the fault injection's counters.
    mutable QMutex m_lock;
    // Requests per valid token (or per address, without one) in the current minute; other
    // minutes' go.
    QHash<QString, int> m_rate;
    qint64 m_rateMinute = -1;
    int m_requestsPerMinute = kRequestsPerMinute;
    int m_connections = 0;
    QFile m_record;
    QSet<QByteArray> m_recordedBodies;
    QHash<QString, Attempts> m_loginAttempts;
    QHash<QString, Attempts> m_addressAttempts;
    bool m_behindProxy = false;
    qint64 m_attemptsPruned = 0;
    QFile m_accessLog;
    QString m_templatePath;
    // Answers owed (event loop only): the responder, the connection it writes to (gone if the
    // client left), and who asked what, for the access log.
    struct Waiting
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QString address;
        QByteArray method;
        QString route;
        QElapsedTimer timer;
    };
    QHash<quint64, Waiting> m_waiting;
    // Mandates whose documents are being checked here: they take no change until answered.
    QSet<QString> m_checking;
    std::atomic<int> m_checksRunning { 0 };
    quint64 m_nextTicket = 0;
    std::function<void()> m_checkHook;
    int m_failingSubmits = 0;
    int m_slowSubmits = 0;
    int m_delayMs = 0;
    int m_maintenanceAfter = -1;
    int m_maintenanceSeconds = 0;
    QDateTime m_maintenanceUntil;
    QString m_mappingPath;
    QThreadPool m_checks;
    // The operator's review desk (/desk): web pages over the same store and handler threads.
    std::unique_ptr<ReviewDesk> m_desk;
    void addDeskRoutes();
    QThreadPool m_handlers; // last: the pools' threads end before anything they use goes

public:
    // The default stated limit (serve --requests-per-minute changes it).
    static constexpr int kRequestsPerMinute = 600;
    // The operator's blank mandate and its field mapping (JSON {"fields": {...}}) served at /api/v1/template.
    // Fault injection for tests and demos: the next `failing` submissions answer 500 without
    // doing anything; the next `slow` ones are done, then answered `delayMs` late.
    void setFaults(int failing, int slow, int delayMs)
    {
        QMutexLocker lock(&m_lock);
        m_failingSubmits = failing;
        m_slowSubmits = slow;
        m_delayMs = delayMs;
    }
    // Fault injection: after `afterRequests` more requests with a valid token, the portal is
    // down for maintenance for `seconds` (its clock): those requests answer 503 with a
    // Retry-After date.
    void setMaintenance(int afterRequests, int seconds)
    {
        QMutexLocker lock(&m_lock);
        m_maintenanceAfter = afterRequests;
        m_maintenanceSeconds = seconds;
        m_maintenanceUntil = {};
    }
    void setTemplate(const QString& pdfPath, const QString& mappingPath)
    {
        m_templatePath = pdfPath;
        m_mappingPath = mappingPath;
    }
};

} // namespace Mandat
