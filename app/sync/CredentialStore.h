#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Mandat {

/*
 * Where the portal's session token is kept. The system keychain (QtKeychain) on a
 * desktop; a machine without a secret service (a server, CI) cannot keep it, says so,
 * and the token lives for the session only (MemoryCredentialStore).
 */
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual bool save(const QString& key, const QString& secret, QString* error) = 0;
    virtual QString load(const QString& key) = 0;
    virtual void remove(const QString& key) = 0;
    virtual bool persistent() const = 0;
};

class MemoryCredentialStore : public CredentialStore
{
public:
    bool save(const QString& key, const QString& secret, QString*) override
    {
        m_secrets.insert(key, secret);
        return true;
    }
    QString load(const QString& key) override { return m_secrets.value(key); }
    void remove(const QString& key) override { m_secrets.remove(key); }
    bool persistent() const override { return false; }

private:
    QMap<QString, QString> m_secrets;
};

/*
 * The desktop's choice: the system keychain when there is one, and the session's memory
 * always, so a machine without a secret service still works until the application quits.
 */
class DesktopCredentialStore : public CredentialStore
{
public:
    bool save(const QString& key, const QString& secret, QString* error) override;
    QString load(const QString& key) override;
    void remove(const QString& key) override;
    bool persistent() const override { return m_kept; }

private:
    MemoryCredentialStore m_memory;
    bool m_kept = false;
};

class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)

public:
    bool save(const QString& key, const QString& secret, QString* error) override;
    QString load(const QString& key) override;
    void remove(const QString& key) override;
    bool persistent() const override { return true; }
};

} // namespace Mandat
