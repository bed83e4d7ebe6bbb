#include "ProfileSettings.h"

#include "Database.h"

#include <QSqlQuery>

namespace Mandat {

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

} // namespace Mandat
