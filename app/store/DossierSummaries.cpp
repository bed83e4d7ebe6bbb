#include "DossierSummaries.h"

#include "Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Mandat {

namespace {
// Numbers in the dossier's order, and the newest outbox item that is not done.
const char* const kSummarySelect
    = "SELECT d.id, d.name, c.legal_name, c.siren, d.status, d.rejection_reason, d.valid_until,"
      " (SELECT group_concat(e164, ' ') FROM"
      "   (SELECT e164 FROM dossier_numbers n WHERE n.dossier_id = d.id ORDER BY position)),"
      " o.state, o.attempts, o.last_error, d.changed_by, d.changed_what,"
      " EXISTS (SELECT 1 FROM conflicts x WHERE x.dossier_id = d.id)"
      " FROM dossiers d JOIN companies c ON c.id = d.client_id"
      " LEFT JOIN outbox o ON o.id = (SELECT max(id) FROM outbox WHERE dossier_id = d.id AND state != "
      "'done')";

// The newest outbox item that is not done: its state, how often it was tried, its last error.
void setSync(DossierSummary& s, const QString& state, int attempts, const QString& lastError)
{
    if (state == QLatin1String("failed"))
        s.syncState = DossierSummary::SyncState::Failed;
    else if (state == QLatin1String("queued"))
        s.syncState = attempts > 0 ? DossierSummary::SyncState::Retrying : DossierSummary::SyncState::Queued;
    s.syncError = lastError;
}

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
    setSync(s, q.value(8).toString(), q.value(9).toInt(), q.value(10).toString());
    s.changedBy = q.value(11).toString();
    s.changedWhat = q.value(12).toString();
    s.conflict = q.value(13).toBool();
    if (s.conflict)
        s.syncState = DossierSummary::SyncState::Conflict;
    return s;
}
} // namespace

int DossierSummaries::count(Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM dossiers")) || !execQuery(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<DossierSummary> DossierSummaries::first(Database& db, int limit, QString* error)
{
    // A subquery a dossier is quick for a screenful.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSummarySelect) + QLatin1String(" ORDER BY d.created_at, d.rowid LIMIT ?"));
    q.addBindValue(limit);
    QList<DossierSummary> out;
    if (!execQuery(q, error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<DossierSummary> DossierSummaries::all(Database& db, QString* error, const std::atomic_bool* cancel)
{
    PageKey key;
    return page(db, &key, -1, error, cancel);
}

QList<DossierSummary> DossierSummaries::page(Database& db, PageKey* after, int limit, QString* error,
                                             const std::atomic_bool* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    // Three passes, none correlated (a subquery per dossier costs a second at 100,000): the
    // page's dossiers in the order they were made, then their numbers, then their pending
    // changes, joined here on the dossier's id. The page is a range of the order (created_at,
    // rowid), read through its index.
    const bool first = after->rowid < 0;
    const QString range
        = first ? QStringLiteral("1") : QStringLiteral("(d.created_at, d.rowid) > (:after_at, :after_id)");
    QList<DossierSummary> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT d.id, d.name, c.legal_name, c.siren, d.status, d.rejection_reason, "
            "d.valid_until, d.created_at, d.rowid, d.changed_by, d.changed_what, EXISTS (SELECT 1 FROM "
            "conflicts x WHERE x.dossier_id = d.id) FROM dossiers d JOIN companies c ON c.id = d.client_id "
            "WHERE %1 ORDER BY d.created_at, d.rowid LIMIT :limit")
            .arg(range));
    if (!first) {
        q.bindValue(QStringLiteral(":after_at"), after->createdAt);
        q.bindValue(QStringLiteral(":after_id"), after->rowid);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!execQuery(q, error))
        return out;
    if (limit > 0)
        out.reserve(limit);
    QHash<QUuid, qsizetype> rowOf;
    PageKey last = *after;
    while (q.next()) {
        if (cancelled())
            return {};
        DossierSummary s;
        s.id = QUuid::fromString(q.value(0).toString());
        s.name = q.value(1).toString();
        s.client = q.value(2).toString();
        s.siren = q.value(3).toString();
        DossierStatus::fromCode(q.value(4).toString(), &s.status);
        s.rejectionReason = q.value(5).toString();
        s.validUntil = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        last.createdAt = q.value(7).toString();
        last.rowid = q.value(8).toLongLong();
        s.changedBy = q.value(9).toString();
        s.changedWhat = q.value(10).toString();
        s.conflict = q.value(11).toBool();
        rowOf.insert(s.id, out.size());
        out.append(std::move(s));
    }
    if (out.isEmpty())
        return out;

    // The same range again, up to the page's last dossier, for the numbers and the outbox
    // (every dossier's when the page is the whole book: no range to look up then).
    const bool everything = first && limit < 0;
    const QString inPage = everything
        ? QString()
        : QStringLiteral(" AND dossier_id IN (SELECT d.id FROM dossiers d WHERE %1 "
                         "AND (d.created_at, d.rowid) <= (:last_at, :last_id))")
              .arg(range);
    auto bindRange = [&](QSqlQuery& query) {
        if (everything)
            return;
        if (!first) {
            query.bindValue(QStringLiteral(":after_at"), after->createdAt);
            query.bindValue(QStringLiteral(":after_id"), after->rowid);
        }
        query.bindValue(QStringLiteral(":last_at"), last.createdAt);
        query.bindValue(QStringLiteral(":last_id"), last.rowid);
    };

    // In the order of their position: each dossier's numbers come in its own order.
    QSqlQuery n(db.connection());
    n.setForwardOnly(true);
    n.prepare(QStringLiteral("SELECT dossier_id, e164 FROM dossier_numbers WHERE 1%1 ORDER BY position")
                  .arg(inPage));
    bindRange(n);
    if (!execQuery(n, error))
        return {};
    while (n.next()) {
        if (cancelled())
            return {};
        const qsizetype row = rowOf.value(QUuid::fromString(n.value(0).toString()), -1);
        if (row >= 0)
            out[row].numbers.append(n.value(1).toString());
    }

    QSqlQuery o(db.connection());
    o.setForwardOnly(true);
    o.prepare(QStringLiteral("SELECT o.dossier_id, o.state, o.attempts, o.last_error FROM outbox o "
                             "WHERE o.id IN (SELECT max(id) FROM outbox WHERE state != 'done' "
                             "%1 GROUP BY dossier_id)")
                  .arg(inPage));
    bindRange(o);
    if (!execQuery(o, error))
        return {};
    while (o.next()) {
        const qsizetype row = rowOf.value(QUuid::fromString(o.value(0).toString()), -1);
        if (row >= 0)
            setSync(out[row], o.value(1).toString(), o.value(2).toInt(), o.value(3).toString());
    }
    for (DossierSummary& s : out) {
        if (s.conflict)
            s.syncState = DossierSummary::SyncState::Conflict;
    }
    *after = last;
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
