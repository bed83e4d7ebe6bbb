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
{ }

PortalClient::~PortalClient()
{
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
                                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    for (int retry = 0;; ++retry) {
        Reply r = send(verb, path, body, headers);
        if (!m_pacing || !r.paced() || r.retryAfterMs > kMaxPauseMs || retry >= kMaxPacedRetries)
            return r;
        // The portal did nothing with it (429, 503) and says when to come back.
        qCInfo(lcSync) << "the portal asks to wait" << r.retryAfterMs << "ms before" << verb << path;
        m_pausedMs += r.retryAfterMs;
        ++m_pauses;
        if (m_wait) {
            m_wait(r.retryAfterMs);
        } else {
            // The window stays responsive meanwhile, as it does while a call is answered.
            QEventLoop loop;
            QTimer::singleShot(r.retryAfterMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
}

PortalClient::Reply PortalClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    Reply r;
    if (m_base.scheme() != QLatin1String("https")) {
        r.networkError = tr("The portal's address must start with https://.");
        return r;
    }
    QUrl url = m_base;
    url.setPath(path.section(u'?', 0, 0));
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // A pinned portal trusts its pinned authority only: a certificate that another authority
    // (one the system trusts) issued for the same host is refused.
    if (!m_pinned.isEmpty())
        tls.setCaCertificates(m_pinned);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, verb, body);
    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&sslErrors](const QList<QSslError>& e) { sslErrors = e; });
    // A pinned key: the certificate must carry it, whoever signed it. Checked once the handshake
    // is done and before anything is sent, so that a certificate the system trusts but with
    // another key is refused too.
    bool keyRefused = false;
    if (!m_pinnedKey.isEmpty()) {
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [this, reply, &keyRefused](const QList<QSslError>& e) {
                             if (keyHash(reply->sslConfiguration().peerCertificate()) != m_pinnedKey)
                                 keyRefused = true;
                             // The key the user pinned (and approved when it changed), and
                             // only an unknown issuer: host name and validity still count.
                             else if (onlyUnknownIssuer(e))
                                 reply->ignoreSslErrors(e);
                         });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply, &keyRefused] {
            if (keyHash(reply->sslConfiguration().peerCertificate()) != m_pinnedKey) {
                keyRefused = true;
                reply->abort();
            }
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
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
    if (r.status == 0) {
        if (keyRefused) {
            r.networkError = tr("The portal's certificate does not carry the pinned key (%1): it is refused.")
                                 .arg(QString::fromLatin1(m_pinnedKey.toHex(':')));
        } else if (!sslErrors.isEmpty()) {
            QStringList details;
            for (const QSslError& e : std::as_const(sslErrors))
                details.append(e.errorString());
            r.networkError
                = tr("The portal's certificate is not trusted: %1. Pin its authority in the settings "
                     "if you trust it.")
                      .arg(details.join(QStringLiteral("; ")));
        } else {
            r.networkError = tr("The portal cannot be reached: %1").arg(reply->errorString());
        }
        qCWarning(lcSync) << "portal call failed:" << verb << path << r.networkError;
    }
    qCDebug(lcSync) << verb << path << r.status;
    if (m_trace)
        m_trace(verb, path, r.status);
    reply->deleteLater();
    return r;
}

} // namespace Mandat
