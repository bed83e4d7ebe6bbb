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
 * The profile's connection to the operator's portal, as the CLI's `portal login` leaves
 * it: the address, the account and the pinned authority in the profile, the session token
 * in the credential store. The application logs in and builds its clients through here.
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
    void logout();
    bool isLoggedIn() const;
    // A client with the pinned authority and the session token, or null when not logged in.
    std::unique_ptr<PortalClient> client() const;
    // Whether the token outlives the application (a system keychain).
    bool sessionKept() const { return m_kept; }

    static QString fingerprint(const QByteArray& pem);

private:
    QString tokenKey() const;
    Profile& m_profile;
    CredentialStore& m_credentials;
    bool m_kept = false;
};

} // namespace Mandat
