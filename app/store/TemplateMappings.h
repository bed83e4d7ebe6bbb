#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace Mandat {

class Database;

/*
 * The field-to-value mappings the user confirmed, one per template, keyed by the
 * template's SHA-256 so the same operator form maps the same way wherever it is stored.
 */
class TemplateMappings
{
    Q_DECLARE_TR_FUNCTIONS(TemplateMappings)

public:
    explicit TemplateMappings(Database& db);

    QMap<QString, QString> mapping(const QString& templateSha256, QString* error) const;
    // Replaces the template's mapping whole, in one transaction.
    bool save(const QString& templateSha256, const QMap<QString, QString>& mapping, QString* error);

    struct Placement
    {
        QString key;
        int page = 1;
        double x = 0;
        double y = 0;
        double size = 10;
    };
    QList<Placement> placements(const QString& templateSha256, QString* error) const;
    bool savePlacements(const QString& templateSha256, const QList<Placement>& placements, QString* error);

private:
    Database& m_db;
};

} // namespace Mandat
