#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Mandat {

class Database;

/*
 * Settings that belong to a profile, in its database. The portal's are typed (the
 * address, the account, the pinned authority or key, the changes cursor) so that no caller spells
 * their keys; other modules keep their own keys with value()/setValue().
 */
class ProfileSettings
{
public:
    explicit ProfileSettings(Database& db);
    QString value(const QString& key, const QString& fallback = {}) const;
    bool setValue(const QString& key, const QString& value);

    QUrl portalUrl() const;
    QString portalUser() const;
    QByteArray portalCaPem() const; // empty when nothing is pinned
    QByteArray portalKeySha256() const; // the pinned server key's SHA-256; empty when none
    // The file the pin was read from, shown again in Settings; empty when unknown or nothing is pinned.
    QString portalPinFile() const;
    bool setPortalPinFile(const QString& path);
    QString portalCursor() const;
    bool setPortalCursor(const QString& cursor);
    // Whether the team sees this desktop's drafts at the next sync ("at_once"), or a dossier
    // only from its submission on ("at_submission", the default).
    bool shareDrafts() const;
    bool setShareDrafts(bool atOnce);
    // The portal, the account and the pin (an authority or a server key, or neither) at once. The
    // changes cursor belongs to one portal and one account: it starts again from the beginning
    // when either changes.
    bool setPortal(const QUrl& url, const QString& user, const QByteArray& caPem,
                   const QByteArray& keySha256);

private:
    Database& m_db;
};

} // namespace Mandat
