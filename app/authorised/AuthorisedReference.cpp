#include "AuthorisedReference.h"

#include "AuthorisedList.h"
#include "core/Clock.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Mandat {

std::optional<AuthorisedReference> AuthorisedReference::last(Database& db, QString* error)
{
    if (error)
        error->clear();
    QSqlQuery head(db.connection());
    head.prepare(QStringLiteral(
        "SELECT recorded_at, on_date, via, by FROM authorised_exports ORDER BY id DESC LIMIT 1"));
    if (!execQuery(head, error) || !head.next())
        return std::nullopt;
    AuthorisedReference ref;
    ref.recordedAt = QDateTime::fromString(head.value(0).toString(), Qt::ISODateWithMs);
    ref.recordedAt.setTimeSpec(Qt::UTC);
    ref.on = QDate::fromString(head.value(1).toString(), Qt::ISODate);
    ref.via = head.value(2).toString();
    ref.by = head.value(3).toString();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT siren, e164, client_name, dossier_id, dossier_name, valid_until"
                             " FROM authorised_reference ORDER BY siren, e164"));
    if (!execQuery(q, error))
        return std::nullopt;
    while (q.next()) {
        Entry e;
        e.siren = q.value(0).toString();
        e.e164 = q.value(1).toString();
        e.clientName = q.value(2).toString();
        e.dossierId = QUuid::fromString(q.value(3).toString());
        e.dossierName = q.value(4).toString();
        e.validUntil = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        ref.entries.append(e);
    }
    return ref;
}

bool AuthorisedReference::record(Database& db, const AuthorisedList& list, const QString& via,
                                 const QString& by, QString* error)
{
    return db.transaction(
        [&](QString* err) {
            if (!execSql(db.connection(), QStringLiteral("DELETE FROM authorised_reference"), err))
                return false;
            QSqlQuery insert(db.connection());
            insert.prepare(
                QStringLiteral("INSERT INTO authorised_reference (siren, e164, client_name,"
                               " dossier_id, dossier_name, valid_until) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const AuthorisedClient& c : list.clients()) {
                for (const AuthorisedNumber& n : c.numbers) {
                    insert.bindValue(0, c.siren);
                    insert.bindValue(1, n.e164);
                    insert.bindValue(2, c.legalName);
                    insert.bindValue(3, n.mandate.dossierId.toString(QUuid::WithoutBraces));
                    insert.bindValue(4, n.mandate.name);
                    insert.bindValue(5,
                                     n.mandate.validUntil.isValid()
                                         ? QVariant(n.mandate.validUntil.toString(Qt::ISODate))
                                         : QVariant());
                    if (!execQuery(insert, err))
                        return false;
                }
            }
            QSqlQuery head(db.connection());
            head.prepare(QStringLiteral("INSERT INTO authorised_exports (recorded_at, on_date, via, by, "
                                        "numbers) VALUES (?, ?, ?, ?, ?)"));
            head.addBindValue(Clock::instance().currentDateTimeUtc().toString(Qt::ISODateWithMs));
            head.addBindValue(list.on().toString(Qt::ISODate));
            // A null QString binds as NULL: "not said" is stored as empty.
            head.addBindValue(via.isNull() ? QStringLiteral("") : via);
            head.addBindValue(by.isNull() ? QStringLiteral("") : by);
            head.addBindValue(list.numberCount());
            return execQuery(head, err);
        },
        error);
}

} // namespace Mandat
