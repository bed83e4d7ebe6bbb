#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace Mandat {

/*
 * Calls to the operator's portal (docs/portal-api.md), over HTTPS only: one at a time
 * (call()), or a few at once (callAll()) on kept-alive connections.
 * Certificates: the system's authorities, or, when the user pinned one, that authority
 * alone, or, when the user pinned the server's key, a certificate for the portal's host that
 * carries that key and no other. Otherwise a certificate error is never ignored: the call
 * fails and says why.
 */
class PortalClient
{
    Q_DECLARE_TR_FUNCTIONS(PortalClient)

public:
    struct Reply
    {
        int status = 0; // 0: no answer (network or TLS failure)
        QJsonObject json;
        QByteArray body; // the raw answer (a PDF template, for one)
        QByteArray etag;
        QString networkError; // for a person, when status is 0
        // What the portal's Retry-After asks (a 429 or a 503), in ms; -1 when it asks nothing.
        qint64 retryAfterMs = -1;
        bool transient() const { return status == 0 || status == 408 || status == 429 || status >= 500; }
        // The portal asked to come back later (429 or 503 with a Retry-After).
        bool paced() const { return (status == 429 || status == 503) && retryAfterMs >= 0; }
        QString message() const;
    };

    /*
     * Pacing: a 429 or 503 whose Retry-After is at most kMaxPauseMs is waited out and the
     * call sent again, up to kMaxPacedRetries times; a longer one is returned to the caller
     * (the sync leaves the rest for the next sync). The wait is injectable: tests move their
     * clock instead of sleeping.
     */
    static constexpr qint64 kMaxPauseMs = 2 * 60 * 1000;
    static constexpr int kMaxPacedRetries = 5;
    using Wait = std::function<void(qint64 ms)>;
    void setWait(Wait wait) { m_wait = std::move(wait); }
    // Paused so far at the portal's request (ms), and how many times.
    qint64 pausedMs() const { return m_pausedMs; }
    int pauses() const { return m_pauses; }
    // A Retry-After value (RFC 9110: delay-seconds or an HTTP-date, taken against `now`) in ms;
    // -1 when it is neither. A date already past is 0.
    static qint64 retryAfterMs(const QByteArray& value, const QDateTime& now);

    explicit PortalClient(const QUrl& base);
    // Calls go through `network`, the caller's, which outlives this client: a harness answers
    // them in process (fuzz/fuzz_sync.cpp).
    PortalClient(const QUrl& base, QNetworkAccessManager* network);
    ~PortalClient();

    void setPinned(const QList<QSslCertificate>& certificates)
    {
        m_pinned = certificates;
        m_tls.reset();
    }
    // The SHA-256 of the server's public key (SubjectPublicKeyInfo, DER), as keyHash() makes it.
    void setPinnedKey(const QByteArray& sha256) { m_pinnedKey = sha256; }
    static QByteArray keyHash(const QSslCertificate& certificate); // empty for a null certificate
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    // The login this client logged in with (empty when it was given a token instead).
    QString user() const { return m_user; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // An answer longer than this is cut off and refused (a document is at most 20 MiB).
    static constexpr qint64 kMaxAnswerBytes = 32 * 1024 * 1024;
    // Told of every call once it is answered (the verb, the path and the HTTP status, 0 for
    // none): what went over the wire, for the log and the tests.
    using Trace = std::function<void(const QByteArray& verb, const QString& path, int status)>;
    void setTrace(Trace trace) { m_trace = std::move(trace); }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Request
    {
        QByteArray verb;
        QString path;
        QByteArray body = {};
        Headers headers = {};
    };

    Reply login(const QString& user, const QString& password);
    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {},
               const Headers& headers = {});
    /*
     * Independent calls sent together, each on a kept-alive connection of its own (Qt keeps
     * at most six per host): the portal works on one while the next is on its way. Answers
     * come in the order asked, each paced as call() paces it. Once the portal asked to slow
     * down (a paced answer), this client sends one call at a time for the rest of its life.
     * `meanwhile` runs once the calls are on their way, before their answers are waited for:
     * local work the portal's need not wait for.
     */
    QList<Reply> callAll(const QList<Request>& requests, const std::function<void()>& meanwhile = {});
    bool slowedDown() const { return m_slowedDown; }

private:
    struct InFlight;
    std::unique_ptr<InFlight> begin(const Request& request);
    // Once `flight` is finished: its answer, told to the trace.
    Reply answer(InFlight& flight, const Request& request);
    void waitFor(const std::vector<std::unique_ptr<InFlight>>& flights);
    Reply send(const Request& request);
    // Waits and sends again while `reply` asks to come back soon (see kMaxPauseMs).
    Reply paced(const Request& request, Reply reply);
    const QSslConfiguration& tls();

    QUrl m_base;
    QString m_token;
    QString m_user;
    QList<QSslCertificate> m_pinned;
    QByteArray m_pinnedKey;
    int m_timeoutMs = 30000;
    Trace m_trace;
    Wait m_wait;
    qint64 m_pausedMs = 0;
    int m_pauses = 0;
    bool m_pacing = true;
    bool m_slowedDown = false;
    std::optional<QSslConfiguration> m_tls; // made once: the system's authorities, or the pinned one
    // One manager, so one kept-alive connection, for every call of this client.
    QNetworkAccessManager* m_nam;
    bool m_ownsNetwork;
};

} // namespace Mandat
