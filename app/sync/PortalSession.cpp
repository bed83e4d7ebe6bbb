#include "PortalSession.h"

#include "CredentialStore.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"

#include <QCryptographicHash>

namespace Mandat {

PortalSession::PortalSession(Profile& profile, CredentialStore& credentials)
    : m_profile(profile)
    , m_credentials(credentials)
{ }

QUrl PortalSession::url() const
{
    return ProfileSettings(m_profile.database()).portalUrl();
}

QString PortalSession::user() const
{
    return ProfileSettings(m_profile.database()).portalUser();
}

QByteArray PortalSession::pinnedPem() const
{
    return ProfileSettings(m_profile.database()).portalCaPem();
}

QByteArray PortalSession::pinnedKey() const
{
    return ProfileSettings(m_profile.database()).portalKeySha256();
}

QByteArray PortalSession::keyHash(const QByteArray& pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    return certs.isEmpty() ? QByteArray() : PortalClient::keyHash(certs.first());
}

QString PortalSession::keyFingerprint(const QByteArray& keySha256)
{
    return QString::fromLatin1(keySha256.toHex(':'));
}

void PortalSession::pin(PortalClient& client) const
{
    const QByteArray pem = pinnedPem();
    if (!pem.isEmpty())
        client.setPinned(QSslCertificate::fromData(pem, QSsl::Pem));
    client.setPinnedKey(pinnedKey());
}

QString PortalSession::fingerprint(const QByteArray& pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    return certs.isEmpty() ? QString()
                           : QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':'));
}

QString PortalSession::pinnedFingerprint() const
{
    const QByteArray key = pinnedKey();
    return key.isEmpty() ? fingerprint(pinnedPem()) : keyFingerprint(key);
}

QString PortalSession::tokenKey(const QUrl& url)
{
    // One session per portal, whichever program logged in.
    return QStringLiteral("portal-token@") + url.toString();
}

bool PortalSession::checkAddress(const QUrl& url, const QString& user, const QByteArray& caPem,
                                 QString* error)
{
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        *error = tr("The portal's address is an https:// URL, not \"%1\".").arg(url.toString());
        return false;
    }
    if (user.trimmed().isEmpty()) {
        *error = tr("Enter the account name the operator gave you.");
        return false;
    }
    if (!caPem.isEmpty() && QSslCertificate::fromData(caPem, QSsl::Pem).isEmpty()) {
        *error = tr("The pinned authority is not a PEM certificate.");
        return false;
    }
    return true;
}

bool PortalSession::checkPin(const QUrl& url, const QString& user, const QByteArray& caPem,
                             const QByteArray& keySha256, QString* error)
{
    if (!checkAddress(url, user, caPem, error))
        return false;
    if (!keySha256.isEmpty() && (keySha256.size() != 32 || !caPem.isEmpty())) {
        *error = tr("Pin either the portal's authority or its server key, not both.");
        return false;
    }
    return true;
}

bool PortalSession::configure(const QUrl& url, const QString& user, const QByteArray& caPem,
                              const QByteArray& keySha256, QString* error)
{
    if (!checkPin(url, user, caPem, keySha256, error))
        return false;
    if (url != this->url() || user.trimmed() != this->user())
        logout();
    if (!ProfileSettings(m_profile.database()).setPortal(url, user.trimmed(), caPem, keySha256)) {
        *error = tr("The portal settings could not be saved in the profile.");
        return false;
    }
    return true;
}

bool PortalSession::login(const QString& password, QString* error)
{
    return loginClient(password, error) != nullptr;
}

std::unique_ptr<PortalClient> PortalSession::loginClient(const QString& password, QString* error)
{
    const QUrl base = url();
    if (base.isEmpty()) {
        *error = tr("Enter the portal's address first.");
        return nullptr;
    }
    auto client = std::make_unique<PortalClient>(base);
    pin(*client);
    const PortalClient::Reply r = client->login(user(), password);
    if (r.status != 200) {
        *error = r.message();
        return nullptr;
    }
    m_keepError.clear();
    m_kept = m_credentials.save(tokenKey(), client->token(), &m_keepError) && m_credentials.persistent();
    return client;
}

bool PortalSession::login(const QUrl& url, const QString& user, const QByteArray& caPem,
                          const QByteArray& keySha256, const QString& password, PortalClient::Reply* reply,
                          QString* error)
{
    if (!checkPin(url, user, caPem, keySha256, error))
        return false;
    PortalClient client(url);
    if (!caPem.isEmpty())
        client.setPinned(QSslCertificate::fromData(caPem, QSsl::Pem));
    client.setPinnedKey(keySha256);
    *reply = client.login(user.trimmed(), password);
    if (reply->status != 200) {
        *error = reply->message();
        return false;
    }
    if (url != this->url() || user.trimmed() != this->user())
        logout();
    if (!ProfileSettings(m_profile.database()).setPortal(url, user.trimmed(), caPem, keySha256)) {
        *error = tr("The portal settings could not be saved in the profile.");
        return false;
    }
    m_keepError.clear();
    m_kept = m_credentials.save(tokenKey(url), client.token(), &m_keepError) && m_credentials.persistent();
    return true;
}

void PortalSession::logout()
{
    m_credentials.remove(tokenKey());
}

bool PortalSession::isLoggedIn() const
{
    return !url().isEmpty() && !m_credentials.load(tokenKey()).isEmpty();
}

std::unique_ptr<PortalClient> PortalSession::client() const
{
    const QString token = url().isEmpty() ? QString() : m_credentials.load(tokenKey());
    if (token.isEmpty())
        return nullptr;
    auto client = std::make_unique<PortalClient>(url());
    pin(*client);
    client->setToken(token);
    return client;
}

} // namespace Mandat
