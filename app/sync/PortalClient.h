#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace Mandat {

/*
 * One call at a time to the operator's portal (docs/portal-api.md), over HTTPS only.
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
        bool transient() const { return status == 0 || status == 408 || status == 429 || status >= 500; }
        QString message() const;
    };

    explicit PortalClient(const QUrl& base);
    ~PortalClient();

    void setPinned(const QList<QSslCertificate>& certificates) { m_pinned = certificates; }
    // The SHA-256 of the server's public key (SubjectPublicKeyInfo, DER), as keyHash() makes it.
    void setPinnedKey(const QByteArray& sha256) { m_pinnedKey = sha256; }
    static QByteArray keyHash(const QSslCertificate& certificate); // empty for a null certificate
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Told of every call once it is answered (the verb, the path and the HTTP status, 0 for
    // none): what went over the wire, for the log and the tests.
    using Trace = std::function<void(const QByteArray& verb, const QString& path, int status)>;
    void setTrace(Trace trace) { m_trace = std::move(trace); }

    Reply login(const QString& user, const QString& password);
    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {});

private:
    QUrl m_base;
    QString m_token;
    QList<QSslCertificate> m_pinned;
    QByteArray m_pinnedKey;
    int m_timeoutMs = 30000;
    Trace m_trace;
    QNetworkAccessManager* m_nam;
};

} // namespace Mandat
