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
 * pinned authority in the profile, the session token in the credential store. The window
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
    QString pinnedFingerprint() const; // SHA-256, colon-separated; empty when nothing is pinned

    // Checks and keeps the address, account and authority (PEM, may be empty) without logging in.
    bool configure(const QUrl& url, const QString& user, const QByteArray& caPem, QString* error);
    // Logs in with the configured address, account and authority; keeps the token.
    bool login(const QString& password, QString* error);
    // Logs in to `url` as `user` trusting `caPem` (may be empty), and keeps them with the
    // token only when the portal said yes; *reply is the portal's answer.
    bool login(const QUrl& url, const QString& user, const QByteArray& caPem, const QString& password,
               PortalClient::Reply* reply, QString* error);
    void logout();
    bool isLoggedIn() const;
    // A client with the pinned authority and the session token, or null when not logged in.
    std::unique_ptr<PortalClient> client() const;
    // Whether the token outlives the application (a system keychain).
    bool sessionKept() const { return m_kept; }
    // Why the last login's session is kept for this run only (no keychain), or empty.
    QString keepError() const { return m_keepError; }

    static QString fingerprint(const QByteArray& pem);
    // An https:// address with a host, an account name, and an authority that is a PEM
    // certificate (or none); otherwise false and *error says which.
    static bool checkAddress(const QUrl& url, const QString& user, const QByteArray& caPem, QString* error);

private:
    static QString tokenKey(const QUrl& url);
    QString tokenKey() const { return tokenKey(url()); }
    Profile& m_profile;
    CredentialStore& m_credentials;
    bool m_kept = false;
    QString m_keepError;
};

} // namespace Mandat
