#pragma once

#include <QString>

namespace Mandat {

class Database;

// Settings that belong to a profile (the portal it syncs with, the sync cursor), in its database.
class ProfileSettings
{
public:
    explicit ProfileSettings(Database& db);
    QString value(const QString& key, const QString& fallback = {}) const;
    bool setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace Mandat
