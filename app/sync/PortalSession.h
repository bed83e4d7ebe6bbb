#pragma once

#include "PortalClient.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

namespace Mandat {

class CredentialStore;
class Profile;

/*
 * The profile's connection to the operator's portal: the address, the account and the
 * pinned authority or server key in the profile, the session token in the credential store. The window
 * and the CLI both log in and build their clients through here, so both share one session
 * and one set of checks.
 */
class PortalSession
{
    Q_DECLARE_TR_FUNCTIONS(PortalSession)

public:
    PortalSession(Profile& profile, CredentialStore& credentials);

    QUrl url() const;
    QString user() const;
    QByteArray pinnedPem() const;
    QByteArray pinnedKey() const; // the pinned server key's SHA-256, or empty
    // SHA-256, colon-separated, of the pinned authority or of the pinned key; empty when nothing
    // is pinned.
    QString pinnedFingerprint() const;

    // Checks and keeps the address, account and pin (an authority's PEM or a server key's
    // SHA-256, or neither) without logging in.
    bool configure(const QUrl& url, const QString& user, const QByteArray& caPem, const QByteArray& keySha256,
                   QString* error);
    // Logs in with the configured address, account and authority; keeps the token.
    bool login(const QString& password, QString* error);
    // The same, and returns the client that logged in, ready for what follows on the same
    // kept-alive connection (a sync after --password-stdin: one connection, one handshake);
    // null when the login failed.
    std::unique_ptr<PortalClient> loginClient(const QString& password, QString* error);
    // Logs in to `url` as `user` trusting `caPem` or the key `keySha256` (or neither), and keeps
    // them with the token only when the portal said yes; *reply is the portal's answer.
    bool login(const QUrl& url, const QString& user, const QByteArray& caPem, const QByteArray& keySha256,
               const QString& password, PortalClient::Reply* reply, QString* error);
    void logout();
    bool isLoggedIn() const;
    // A client with the pinned authority and the session token, or null when not logged in.
    std::unique_ptr<PortalClient> client() const;
    // Whether the token outlives the application (a system keychain).
    bool sessionKept() const { return m_kept; }
    // Why the last login's session is kept for this run only (no keychain), or empty.
    QString keepError() const { return m_keepError; }

    static QString fingerprint(const QByteArray& pem);
    // The SHA-256 of the public key of the certificate in `pem`; empty when it holds none.
    static QByteArray keyHash(const QByteArray& pem);
    static QString keyFingerprint(const QByteArray& keySha256);
    // An https:// address with a host, an account name, and an authority that is a PEM
    // certificate (or none); otherwise false and *error says which.
    static bool checkAddress(const QUrl& url, const QString& user, const QByteArray& caPem, QString* error);
    // checkAddress(), and a key pin that is a SHA-256, never with an authority pin.
    static bool checkPin(const QUrl& url, const QString& user, const QByteArray& caPem,
                         const QByteArray& keySha256, QString* error);

private:
    static QString tokenKey(const QUrl& url);
    void pin(PortalClient& client) const;
    QString tokenKey() const { return tokenKey(url()); }
    Profile& m_profile;
    CredentialStore& m_credentials;
    bool m_kept = false;
    QString m_keepError;
};

} // namespace Mandat
