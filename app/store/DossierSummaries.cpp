#include "DossierSummaries.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Mandat {

namespace {
// Numbers in the dossier's order, and the newest outbox item that is not done.
const char* const kSummarySelect
    = "SELECT d.id, d.name, c.legal_name, c.siren, d.status, d.rejection_reason, d.valid_until,"
      " (SELECT group_concat(e164, ' ') FROM"
      "   (SELECT e164 FROM dossier_numbers n WHERE n.dossier_id = d.id ORDER BY position)),"
      " o.state, o.attempts, o.last_error"
      " FROM dossiers d JOIN companies c ON c.id = d.client_id"
      " LEFT JOIN outbox o ON o.id = (SELECT max(id) FROM outbox WHERE dossier_id = d.id AND state != "
      "'done')";

DossierSummary fromRow(const QSqlQuery& q)
{
    DossierSummary s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.name = q.value(1).toString();
    s.client = q.value(2).toString();
    s.siren = q.value(3).toString();
    DossierStatus::fromCode(q.value(4).toString(), &s.status);
    s.rejectionReason = q.value(5).toString();
    s.validUntil = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.numbers = q.value(7).toString().split(u' ', Qt::SkipEmptyParts);
    const QString state = q.value(8).toString();
    if (state == QLatin1String("failed"))
        s.syncState = DossierSummary::SyncState::Failed;
    else if (state == QLatin1String("queued"))
        s.syncState = q.value(9).toInt() > 0 ? DossierSummary::SyncState::Retrying
                                             : DossierSummary::SyncState::Queued;
    s.syncError = q.value(10).toString();
    return s;
}
} // namespace

QList<DossierSummary> DossierSummaries::all(Database& db, QString* error)
{
    QList<DossierSummary> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSummarySelect) + QLatin1String(" ORDER BY d.created_at, d.rowid"));
    if (!execQuery(q, error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<DossierSummary> DossierSummaries::one(Database& db, const QUuid& id, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QLatin1String(kSummarySelect) + QLatin1String(" WHERE d.id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!execQuery(q, error) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

} // namespace Mandat
