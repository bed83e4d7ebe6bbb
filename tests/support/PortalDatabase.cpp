#include "PortalDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Mandat::PortalDatabase {

namespace {
QSqlDatabase connect(const QUrl& url, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}
} // namespace

bool isPostgres(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"));
}

QString location(const QString& dir, QString* error)
{
    const QString server = qEnvironmentVariable("MANDAT_TEST_PORTAL_DB");
    if (server.isEmpty())
        return dir + QStringLiteral("/portal.sqlite");
    QUrl url(server);
    const QString database = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString name = QStringLiteral("make-") + database;
    {
        QSqlDatabase db = connect(url, name);
        QSqlQuery q(db);
        if (!db.isOpen() || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(database))) {
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
            return {};
        }
    }
    QSqlDatabase::removeDatabase(name);
    url.setPath(u'/' + database);
    return url.toString();
}

QSqlDatabase raw(const QString& location, const QString& connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        return QSqlDatabase::database(connectionName);
    if (isPostgres(location))
        return connect(QUrl(location), connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(location);
    db.open();
    return db;
}

QStringList tables(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(
        db.driverName() == QLatin1String("QPSQL")
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace Mandat::PortalDatabase
