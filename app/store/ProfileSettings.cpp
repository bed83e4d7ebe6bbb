#include "ProfileSettings.h"

#include "Database.h"

#include <QSqlQuery>

namespace Mandat {

namespace {
const QString kPortalUrl = QStringLiteral("portal.url");
const QString kPortalUser = QStringLiteral("portal.user");
const QString kPortalCa = QStringLiteral("portal.ca");
const QString kPortalKey = QStringLiteral("portal.key_sha256");
const QString kPortalCursor = QStringLiteral("portal.cursor");
const QString kShareDrafts = QStringLiteral("portal.share_drafts");
const QString kPortalPinFile = QStringLiteral("portal.pin_file");
} // namespace

ProfileSettings::ProfileSettings(Database& db)
    : m_db(db)
{ }

QString ProfileSettings::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (execQuery(q, nullptr) && q.next())
        return q.value(0).toString();
    return fallback;
}

bool ProfileSettings::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return execQuery(q, nullptr);
}

QUrl ProfileSettings::portalUrl() const
{
    return QUrl(value(kPortalUrl));
}

QString ProfileSettings::portalUser() const
{
    return value(kPortalUser);
}

QByteArray ProfileSettings::portalCaPem() const
{
    return value(kPortalCa).toLatin1();
}

QByteArray ProfileSettings::portalKeySha256() const
{
    return QByteArray::fromHex(value(kPortalKey).toLatin1());
}

QString ProfileSettings::portalPinFile() const
{
    return value(kPortalPinFile);
}

bool ProfileSettings::setPortalPinFile(const QString& path)
{
    return setValue(kPortalPinFile, path);
}

QString ProfileSettings::portalCursor() const
{
    return value(kPortalCursor);
}

bool ProfileSettings::setPortalCursor(const QString& cursor)
{
    return setValue(kPortalCursor, cursor);
}

bool ProfileSettings::shareDrafts() const
{
    return value(kShareDrafts) == QLatin1String("at_once");
}

bool ProfileSettings::setShareDrafts(bool atOnce)
{
    return setValue(kShareDrafts, atOnce ? QStringLiteral("at_once") : QStringLiteral("at_submission"));
}

bool ProfileSettings::setPortal(const QUrl& url, const QString& user, const QByteArray& caPem,
                                const QByteArray& keySha256)
{
    return m_db.transaction(
        [&](QString*) {
            const bool samePortal = portalUrl() == url && portalUser() == user;
            return setValue(kPortalUrl, url.toString()) && setValue(kPortalUser, user)
                && setValue(kPortalCa, QString::fromLatin1(caPem))
                && setValue(kPortalKey, QString::fromLatin1(keySha256.toHex()))
                && (samePortal || setValue(kPortalCursor, QString()));
        },
        nullptr);
}

} // namespace Mandat
