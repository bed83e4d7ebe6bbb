#include "PortalClient.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
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

PortalClient::Reply PortalClient::login(const QString& user, const QString& password)
{
    m_token.clear();
    Reply r = call("POST", QStringLiteral("/api/v1/login"),
                   QJsonDocument(QJsonObject { { QStringLiteral("login"), user },
                                               { QStringLiteral("password"), password } })
                       .toJson(QJsonDocument::Compact));
    if (r.status == 200)
        m_token = r.json.value(QStringLiteral("token")).toString();
    return r;
}

PortalClient::Reply PortalClient::call(const QByteArray& verb, const QString& path, const QByteArray& body,
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
