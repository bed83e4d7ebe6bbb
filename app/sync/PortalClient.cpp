#include "PortalClient.h"

#include "core/Clock.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimeZone>
#include <QTimer>

namespace Mandat {

QString PortalClient::Reply::message() const
{
    if (status == 0)
        return networkError;
    const QString m = json.value(QStringLiteral("message")).toString();
    return m.isEmpty() ? tr("The portal answered %1.").arg(status) : m;
}

QByteArray PortalClient::keyHash(const QSslCertificate& certificate)
{
    const QSslKey key = certificate.publicKey();
    return key.isNull() ? QByteArray() : QCryptographicHash::hash(key.toDer(), QCryptographicHash::Sha256);
}

namespace {
// What a pinned key stands in for: the authority that would vouch for the certificate. The host
// name, the dates and the rest are still checked.
bool onlyUnknownIssuer(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    }
    return true;
}
} // namespace

PortalClient::PortalClient(const QUrl& base)
    : m_base(base)
    , m_nam(new QNetworkAccessManager)
    , m_ownsNetwork(true)
{ }

PortalClient::PortalClient(const QUrl& base, QNetworkAccessManager* network)
    : m_base(base)
    , m_nam(network)
    , m_ownsNetwork(false)
{ }

PortalClient::~PortalClient()
{
    if (m_ownsNetwork)
        delete m_nam;
}

qint64 PortalClient::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = true;
    for (const char c : v)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 seconds = v.size() <= 9 ? v.toLongLong(&ok) : 0;
        return ok ? seconds * 1000 : -1;
    }
    // The HTTP-date forms: IMF-fixdate, then the obsolete RFC 850 and asctime ones.
    const QString text = QString::fromLatin1(v).simplified();
    const QLocale c = QLocale::c();
    QDateTime at = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) {
        // Its weekday is left out: with a two-digit year, it would not match the century read.
        at = c.toDateTime(text.section(QStringLiteral(", "), 1), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        // A two-digit year is the one nearest in the past or within 50 years (RFC 9110 5.6.7).
        while (at.isValid() && at.date().year() < now.date().year() - 50)
            at = at.addYears(100);
    }
    if (!at.isValid())
        at = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, now.msecsTo(at));
}

PortalClient::Reply PortalClient::login(const QString& user, const QString& password)
{
    m_token.clear();
    m_user = user;
    // A login refused for too many attempts says so at once; it is not waited out.
    m_pacing = false;
    Reply r = call("POST", QStringLiteral("/api/v1/login"),
                   QJsonDocument(QJsonObject { { QStringLiteral("login"), user },
                                               { QStringLiteral("password"), password } })
                       .toJson(QJsonDocument::Compact));
    m_pacing = true;
    if (r.status == 200)
        m_token = r.json.value(QStringLiteral("token")).toString();
    return r;
}

PortalClient::Reply PortalClient::call(const QByteArray& verb, const QString& path, const QByteArray& body,
                                       const Headers& headers)
{
    const Request request { verb, path, body, headers };
    return paced(request, send(request));
}

PortalClient::Reply PortalClient::paced(const Request& request, Reply reply)
{
    for (int retry = 0;; ++retry) {
        if (!m_pacing || !reply.paced() || reply.retryAfterMs > kMaxPauseMs || retry >= kMaxPacedRetries)
            return reply;
        // The portal did nothing with it (429, 503) and says when to come back.
        m_slowedDown = true;
        qCInfo(lcSync) << "the portal asks to wait" << reply.retryAfterMs << "ms before" << request.verb
                       << request.path;
        m_pausedMs += reply.retryAfterMs;
        ++m_pauses;
        if (m_wait) {
            m_wait(reply.retryAfterMs);
        } else {
            // The window stays responsive meanwhile, as it does while a call is answered.
            QEventLoop loop;
            QTimer::singleShot(reply.retryAfterMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        reply = send(request);
    }
}

QList<PortalClient::Reply> PortalClient::callAll(const QList<Request>& requests,
                                                 const std::function<void()>& meanwhile)
{
    QList<Reply> replies;
    replies.reserve(requests.size());
    if (m_slowedDown && requests.size() > 1) {
        if (meanwhile)
            meanwhile();
        for (const Request& request : requests)
            replies.append(paced(request, send(request)));
        return replies;
    }
    std::vector<std::unique_ptr<InFlight>> flights;
    flights.reserve(size_t(requests.size()));
    for (const Request& request : requests)
        flights.push_back(begin(request));
    if (meanwhile)
        meanwhile();
    waitFor(flights);
    for (qsizetype i = 0; i < requests.size(); ++i)
        replies.append(answer(*flights[size_t(i)], requests.at(i)));
    // Those the portal sent back to come later: again, one at a time. Their waits ran together:
    // once one is waited out, the others go again at once (and wait if still too early).
    bool waited = false;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Reply& reply = replies.at(i);
        if (waited && m_pacing && reply.paced() && reply.retryAfterMs <= kMaxPauseMs) {
            replies[i] = paced(requests.at(i), send(requests.at(i)));
        } else {
            const int pausesBefore = m_pauses;
            replies[i] = paced(requests.at(i), reply);
            waited = waited || m_pauses > pausesBefore;
        }
    }
    return replies;
}

struct PortalClient::InFlight
{
    QNetworkReply* reply = nullptr; // null: answered without a call (early)
    Reply early;
    QList<QSslError> sslErrors;
    bool keyRefused = false;
    bool tooLarge = false;
    ~InFlight()
    {
        if (reply)
            reply->deleteLater();
    }
};

const QSslConfiguration& PortalClient::tls()
{
    if (!m_tls) {
        m_tls = QSslConfiguration::defaultConfiguration();
        // A pinned portal trusts its pinned authority only: a certificate that another
        // authority (one the system trusts) issued for the same host is refused.
        if (!m_pinned.isEmpty())
            m_tls->setCaCertificates(m_pinned);
    }
    return *m_tls;
}

std::unique_ptr<PortalClient::InFlight> PortalClient::begin(const Request& r)
{
    auto flight = std::make_unique<InFlight>();
    if (m_base.scheme() != QLatin1String("https")) {
        flight->early.networkError = tr("The portal's address must start with https://.");
        return flight;
    }
    QUrl url = m_base;
    url.setPath(r.path.section(u'?', 0, 0));
    if (r.path.contains(u'?'))
        url.setQuery(r.path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(tls());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto& h : r.headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, r.verb, r.body);
    flight->reply = reply;
    InFlight* f = flight.get();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [f](const QList<QSslError>& e) { f->sslErrors = e; });
    // What a stranger answers is capped before it is all in memory.
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [f, reply](qint64 received, qint64 total) {
                         if (received > kMaxAnswerBytes || total > kMaxAnswerBytes) {
                             f->tooLarge = true;
                             reply->abort();
                         }
                     });
    // A pinned key: the certificate must carry it, whoever signed it. Checked once the handshake
    // is done and before anything is sent, so that a certificate the system trusts but with
    // another key is refused too.
    if (!m_pinnedKey.isEmpty()) {
        const QByteArray pinnedKey = m_pinnedKey;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [f, reply, pinnedKey](const QList<QSslError>& e) {
                             if (keyHash(reply->sslConfiguration().peerCertificate()) != pinnedKey)
                                 f->keyRefused = true;
                             // The key the user pinned (and approved when it changed), and only an unknown
                             // issuer: host name and validity still count.
                             else if (onlyUnknownIssuer(e))
                                 reply->ignoreSslErrors(e);
                         });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [f, reply, pinnedKey] {
            if (keyHash(reply->sslConfiguration().peerCertificate()) != pinnedKey) {
                f->keyRefused = true;
                reply->abort();
            }
        });
    }
    return flight;
}

void PortalClient::waitFor(const std::vector<std::unique_ptr<InFlight>>& flights)
{
    int running = 0;
    QEventLoop loop;
    for (const auto& flight : flights) {
        if (!flight->reply || flight->reply->isFinished())
            continue;
        ++running;
        QObject::connect(flight->reply, &QNetworkReply::finished, &loop, [&running, &loop] {
            if (--running == 0)
                loop.quit();
        });
    }
    if (running > 0)
        loop.exec();
}

PortalClient::Reply PortalClient::send(const Request& request)
{
    std::vector<std::unique_ptr<InFlight>> flights;
    flights.push_back(begin(request));
    waitFor(flights);
    return answer(*flights.front(), request);
}

PortalClient::Reply PortalClient::answer(InFlight& flight, const Request& request)
{
    if (!flight.reply)
        return flight.early;
    QNetworkReply* reply = flight.reply;
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.etag = reply->rawHeader("ETag");
    if (r.status == 429 || r.status == 503) {
        // A date is read against the portal's own Date when it sends one: no clock skew.
        QDateTime now = QLocale::c().toDateTime(QString::fromLatin1(reply->rawHeader("Date")).simplified(),
                                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (now.isValid())
            now.setTimeZone(QTimeZone::utc());
        else
            now = Clock::instance().currentDateTimeUtc();
        r.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), now);
    }
    if (flight.tooLarge) {
        r = Reply();
        r.networkError = tr("The portal's answer is larger than %1 MiB: it is refused.")
                             .arg(kMaxAnswerBytes / (1024 * 1024));
    } else if (r.status == 0) {
        if (flight.keyRefused) {
            r.networkError = tr("The portal's certificate does not carry the pinned key (%1): it is refused.")
                                 .arg(QString::fromLatin1(m_pinnedKey.toHex(':')));
        } else if (!flight.sslErrors.isEmpty()) {
            QStringList details;
            for (const QSslError& e : std::as_const(flight.sslErrors))
                details.append(e.errorString());
            r.networkError
                = tr("The portal's certificate is not trusted: %1. Pin its authority in the settings "
                     "if you trust it.")
                      .arg(details.join(QStringLiteral("; ")));
        } else {
            r.networkError = tr("The portal cannot be reached: %1").arg(reply->errorString());
        }
    }
    if (r.status == 0)
        qCWarning(lcSync) << "portal call failed:" << request.verb << request.path << r.networkError;
    qCDebug(lcSync) << request.verb << request.path << r.status;
    if (m_trace)
        m_trace(request.verb, request.path, r.status);
    return r;
}

} // namespace Mandat
