#include "CredentialStore.h"

#include "core/Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Mandat {

namespace {
const QString kService = QStringLiteral("MandatDesk");

template<typename Job> bool runJob(Job& job, QString* error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}
} // namespace

bool KeychainCredentialStore::save(const QString& key, const QString& secret, QString* error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    QString why;
    if (runJob(job, &why))
        return true;
    qCWarning(lcSync) << "keychain unavailable:" << why;
    if (error)
        *error = tr("This computer has no keychain (secret service) to keep the portal's session: it is kept "
                    "for "
                    "this session only. (%1)")
                     .arg(why);
    return false;
}

QString KeychainCredentialStore::load(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    return runJob(job, nullptr) ? job.textData() : QString();
}

void KeychainCredentialStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job, nullptr);
}

bool DesktopCredentialStore::save(const QString& key, const QString& secret, QString* error)
{
    m_memory.save(key, secret, error);
    m_kept = KeychainCredentialStore().save(key, secret, error);
    if (!m_kept)
        qCInfo(lcSync) << "the session is kept for this run only:" << (error ? *error : QString());
    return true;
}

QString DesktopCredentialStore::load(const QString& key)
{
    const QString secret = m_memory.load(key);
    if (!secret.isEmpty())
        return secret;
    const QString kept = KeychainCredentialStore().load(key);
    if (!kept.isEmpty())
        m_memory.save(key, kept, nullptr);
    return kept;
}

void DesktopCredentialStore::remove(const QString& key)
{
    m_memory.remove(key);
    KeychainCredentialStore().remove(key);
}

} // namespace Mandat
