#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlQuery;

namespace Mandat {

/*
 * The profile's SQLite database: one connection per instance, WAL journal, foreign keys
 * on, and a schema version kept in PRAGMA user_version. Opening migrates forward one
 * step at a time, each step in its own transaction, so an interrupted upgrade leaves the
 * last complete version.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestVersion();

    // Opens (creating if needed) and migrates up to targetVersion (default: latest).
    bool open(const QString& path, QString* error, int targetVersion = -1);
    void close();
    bool isOpen() const;
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs `work` in one transaction; commits when it returns true, rolls back otherwise.
    // Inside another transaction, `work` becomes part of it: the outermost one decides, so
    // several user actions (an import) can be one transaction.
    bool transaction(const std::function<bool(QString*)>& work, QString* error);

private:
    bool migrate(int targetVersion, QString* error);

    QString m_connectionName;
    int m_depth = 0;
};

// Runs a statement, logging and reporting its error in one place.
bool execQuery(QSqlQuery& query, QString* error);
bool execSql(const QSqlDatabase& db, const QString& sql, QString* error);

} // namespace Mandat
