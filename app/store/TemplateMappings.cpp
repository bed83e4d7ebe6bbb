#include "TemplateMappings.h"

#include "Database.h"

#include <QSqlQuery>

namespace Mandat {

TemplateMappings::TemplateMappings(Database& db)
    : m_db(db)
{ }

QMap<QString, QString> TemplateMappings::mapping(const QString& sha, QString* error) const
{
    QMap<QString, QString> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT field, value_key FROM template_mappings WHERE template_sha256 = ?"));
    q.addBindValue(sha);
    if (!execQuery(q, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool TemplateMappings::save(const QString& sha, const QMap<QString, QString>& mapping, QString* error)
{
    return m_db.transaction(
        [&](QString* err) {
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM template_mappings WHERE template_sha256 = ?"));
            del.addBindValue(sha);
            if (!execQuery(del, err))
                return false;
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral("INSERT INTO template_mappings (template_sha256, field, value_key) "
                                       "VALUES (?, ?, ?)"));
            for (auto it = mapping.begin(); it != mapping.end(); ++it) {
                ins.bindValue(0, sha);
                ins.bindValue(1, it.key());
                ins.bindValue(2, it.value());
                if (!execQuery(ins, err))
                    return false;
            }
            return true;
        },
        error);
}

QList<TemplateMappings::Placement> TemplateMappings::placements(const QString& sha, QString* error) const
{
    QList<Placement> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT value_key, page, x, y, size FROM template_placements WHERE template_sha256 = ? "
        "ORDER BY page, y, x"));
    q.addBindValue(sha);
    if (!execQuery(q, error))
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toDouble(),
                     q.value(4).toDouble() });
    return out;
}

bool TemplateMappings::savePlacements(const QString& sha, const QList<Placement>& placements, QString* error)
{
    return m_db.transaction(
        [&](QString* err) {
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM template_placements WHERE template_sha256 = ?"));
            del.addBindValue(sha);
            if (!execQuery(del, err))
                return false;
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral(
                "INSERT INTO template_placements (template_sha256, value_key, page, x, y, size) "
                "VALUES (?, ?, ?, ?, ?, ?)"));
            for (const Placement& p : placements) {
                ins.bindValue(0, sha);
                ins.bindValue(1, p.key);
                ins.bindValue(2, p.page);
                ins.bindValue(3, p.x);
                ins.bindValue(4, p.y);
                ins.bindValue(5, p.size);
                if (!execQuery(ins, err))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace Mandat
