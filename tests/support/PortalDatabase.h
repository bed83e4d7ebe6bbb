#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Mandat::PortalDatabase {

// Where a test's portal keeps its data: a SQLite file in `dir` (the embedded default), or, when
// the environment's MANDAT_TEST_PORTAL_DB names a PostgreSQL database (the ctest run
// portal_on_postgresql, through scripts/portal-db.sh), a new database of the test's own on that
// server. Empty, with *error, when it could not be made.
QString location(const QString& dir, QString* error);
bool isPostgres(const QString& location);
// A connection of the test's own to the portal's data, to change behind its back what it holds.
QSqlDatabase raw(const QString& location, const QString& connectionName);
// The tables of the portal's data.
QStringList tables(const QSqlDatabase& db);

} // namespace Mandat::PortalDatabase
