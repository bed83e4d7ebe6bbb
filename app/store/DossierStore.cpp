#include "DossierStore.h"

#include "BlobStore.h"
#include "Database.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "documents/DateRoles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Mandat {

namespace {
// SQLite columns are NOT NULL '' by default: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString isoDateTime(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateTimeFrom(const QVariant& v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

const char* const kDocumentColumns
    = "id, dossier_id, kind, original_name, size, sha256, media_type, issue_date, date_source, date_snippet, "
      "added_at, pages, signature_confirmed, signature_confirmed_at, signature_confirmed_by, "
      "(SELECT group_concat(page) FROM document_pages p WHERE p.document_id = documents.id AND p.ocr = 1)";

const char* const kDossierColumns
    = "id, name, client_id, use, status, rejection_reason, validated_on, "
      "valid_until, renews_id, created_at, updated_at, version, status_unconfirmed";

Dossier dossierFromRow(const QSqlQuery& q, qint64* clientId)
{
    Dossier d;
    d.id = QUuid::fromString(q.value(0).toString());
    d.name = q.value(1).toString();
    *clientId = q.value(2).toLongLong();
    phoneUseFromCode(q.value(3).toString(), &d.use);
    DossierStatus::fromCode(q.value(4).toString(), &d.status);
    d.rejectionReason = q.value(5).toString();
    d.validatedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    d.validUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    if (!q.value(8).isNull())
        d.renewsId = QUuid::fromString(q.value(8).toString());
    d.createdAt = dateTimeFrom(q.value(9));
    d.updatedAt = dateTimeFrom(q.value(10));
    d.version = q.value(11).toInt();
    d.statusUnconfirmed = q.value(12).toBool();
    return d;
}

Document documentFromRow(const QSqlQuery& q)
{
    Document doc;
    doc.id = QUuid::fromString(q.value(0).toString());
    doc.dossierId = QUuid::fromString(q.value(1).toString());
    Document::kindFromCode(q.value(2).toString(), &doc.kind);
    doc.originalName = q.value(3).toString();
    doc.size = q.value(4).toLongLong();
    doc.sha256 = q.value(5).toString();
    doc.mediaType = q.value(6).toString();
    doc.issueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    doc.dateSource = Document::dateSourceFromCode(q.value(8).toString());
    doc.dateSnippet = q.value(9).toString();
    doc.addedAt = dateTimeFrom(q.value(10));
    doc.pages = q.value(11).toInt();
    doc.signatureConfirmed = q.value(12).toBool();
    doc.signatureConfirmedAt = dateTimeFrom(q.value(13));
    doc.signatureConfirmedBy = q.value(14).toString();
    for (const QString& p : q.value(15).toString().split(u',', Qt::SkipEmptyParts))
        doc.ocrPages.append(p.toInt());
    std::sort(doc.ocrPages.begin(), doc.ocrPages.end());
    return doc;
}
} // namespace

DossierStore::DossierStore(Database& db, BlobStore& blobs)
    : m_db(db)
    , m_blobs(blobs)
{ }

QSqlQuery& DossierStore::prepared(const QString& sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        it = m_prepared.emplace(sql, QSqlQuery(m_db.connection())).first;
        it->second.prepare(sql);
    }
    return it->second;
}

bool DossierStore::saveCompany(Company& c, QString* error)
{
    QSqlQuery& q = prepared(
        c.id == 0 ? QStringLiteral("INSERT INTO companies (legal_name, legal_form, share_capital, "
                                   "address, siren, rcs_city, representative_name, "
                                   "representative_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("UPDATE companies SET legal_name = ?, legal_form = ?, "
                                   "share_capital = ?, address = ?, siren = ?, rcs_city = ?, "
                                   "representative_name = ?, representative_title = ? WHERE id = ?"));
    q.addBindValue(text(c.legalName));
    q.addBindValue(text(c.legalForm));
    q.addBindValue(text(c.shareCapital));
    q.addBindValue(text(c.address));
    q.addBindValue(text(c.siren));
    q.addBindValue(text(c.rcsCity));
    q.addBindValue(text(c.representativeName));
    q.addBindValue(text(c.representativeTitle));
    if (c.id != 0)
        q.addBindValue(c.id);
    if (!execQuery(q, error))
        return false;
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    return true;
}

bool DossierStore::loadCompany(qint64 id, Company* c, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, legal_name, legal_form, share_capital, address, siren, rcs_city, "
                             "representative_name, representative_title FROM companies WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("The company record %1 is missing from the database.").arg(id);
        return false;
    }
    c->id = q.value(0).toLongLong();
    c->legalName = q.value(1).toString();
    c->legalForm = q.value(2).toString();
    c->shareCapital = q.value(3).toString();
    c->address = q.value(4).toString();
    c->siren = q.value(5).toString();
    c->rcsCity = q.value(6).toString();
    c->representativeName = q.value(7).toString();
    c->representativeTitle = q.value(8).toString();
    return true;
}

bool DossierStore::writeNumbers(const Dossier& d, QString* error, bool replace)
{
    if (replace) {
        QSqlQuery& del = prepared(QStringLiteral("DELETE FROM dossier_numbers WHERE dossier_id = ?"));
        del.addBindValue(uuidText(d.id));
        if (!execQuery(del, error))
            return false;
    }
    QSqlQuery& ins = prepared(
        QStringLiteral("INSERT INTO dossier_numbers (dossier_id, position, e164) VALUES (?, ?, ?)"));
    for (int i = 0; i < d.numbers.size(); ++i) {
        ins.bindValue(0, uuidText(d.id));
        ins.bindValue(1, i);
        ins.bindValue(2, d.numbers.at(i));
        if (!execQuery(ins, error)) {
            if (error)
                *error = tr("The number %1 appears twice in the dossier.").arg(d.numbers.at(i));
            return false;
        }
    }
    return true;
}

bool DossierStore::writeHistoryEntry(const QUuid& dossierId, const StatusChange& c, QString* error)
{
    QSqlQuery& q
        = prepared(QStringLiteral("INSERT INTO status_history (dossier_id, at, from_status, to_status, "
                                  "reason, by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(dossierId));
    q.addBindValue(isoDateTime(c.at));
    q.addBindValue(c.hasFrom ? QVariant(DossierStatus::code(c.from))
                             : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(DossierStatus::code(c.to));
    q.addBindValue(text(c.reason));
    q.addBindValue(text(c.by));
    return execQuery(q, error);
}

bool DossierStore::createDossier(Dossier& d, const QString& by, QString* error)
{
    Dossier copy = d;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    const QDateTime now = Clock::instance().currentDateTimeUtc();
    copy.createdAt = now;
    copy.updatedAt = now;
    copy.version = 1;
    if (copy.history.isEmpty()) {
        StatusChange created;
        created.at = now;
        created.to = copy.status;
        created.by = by;
        copy.history.append(created);
    }
    const bool ok = m_db.transaction([&](QString* err) { return insertDossier(copy, err); }, error);
    if (ok)
        d = copy;
    return ok;
}

bool DossierStore::insertDossier(Dossier& copy, QString* err)
{
    if (!saveCompany(copy.client, err))
        return false;
    QSqlQuery& q
        = prepared(QStringLiteral("INSERT INTO dossiers (id, name, client_id, use, status, rejection_reason, "
                                  "validated_on, valid_until, renews_id, created_at, updated_at, version, "
                                  "status_unconfirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(copy.id));
    q.addBindValue(text(copy.name));
    q.addBindValue(copy.client.id);
    q.addBindValue(phoneUseCode(copy.use));
    q.addBindValue(DossierStatus::code(copy.status));
    q.addBindValue(text(copy.rejectionReason));
    q.addBindValue(nullableDate(copy.validatedOn));
    q.addBindValue(nullableDate(copy.validUntil));
    q.addBindValue(copy.renewsId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(uuidText(copy.renewsId)));
    q.addBindValue(isoDateTime(copy.createdAt));
    q.addBindValue(isoDateTime(copy.updatedAt));
    q.addBindValue(copy.version);
    q.addBindValue(copy.statusUnconfirmed ? 1 : 0);
    if (!execQuery(q, err)) {
        if (err && dossier(copy.id, nullptr))
            *err = tr("A dossier with the id %1 already exists.").arg(uuidText(copy.id));
        return false;
    }
    if (!writeNumbers(copy, err, false))
        return false;
    for (const StatusChange& c : std::as_const(copy.history)) {
        if (!writeHistoryEntry(copy.id, c, err))
            return false;
    }
    return true;
}

bool DossierStore::createDossiers(QList<Dossier>& dossiers, const QString& by, QString* error,
                                  const std::function<void(int, int)>& progress)
{
    QList<Dossier> created = dossiers;
    const bool ok = m_db.transaction(
        [&](QString* err) {
            for (int i = 0; i < created.size(); ++i) {
                if (!createDossier(created[i], by, err))
                    return false;
                if (progress)
                    progress(i + 1, int(created.size()));
            }
            return true;
        },
        error);
    if (ok)
        dossiers = created;
    return ok;
}

bool DossierStore::insertImported(Dossier dossier, const QList<ImportedDocument>& documents, bool replace,
                                  QStringList* releasedHashes, QString* error)
{
    return m_db.transaction(
        [&](QString* err) {
            if (std::optional<Dossier> existing = this->dossier(dossier.id, nullptr)) {
                if (!replace) {
                    if (err)
                        *err = tr("A dossier with the id %1 already exists.").arg(uuidText(dossier.id));
                    return false;
                }
                for (const Document& doc : this->documents(dossier.id, nullptr))
                    releasedHashes->append(doc.sha256);
                // A renewal may point at this dossier: the link is checked at commit, once the
                // dossier is back under the same id.
                if (!execSql(m_db.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON"), err))
                    return false;
                QSqlQuery del(m_db.connection());
                del.prepare(QStringLiteral("DELETE FROM dossiers WHERE id = ?"));
                del.addBindValue(uuidText(dossier.id));
                if (!execQuery(del, err))
                    return false;
            }
            dossier.client.id = 0;
            if (!insertDossier(dossier, err))
                return false;
            for (const ImportedDocument& imported : documents) {
                Document doc = imported.document;
                doc.dossierId = dossier.id;
                if (!m_blobs.contains(doc.sha256)) {
                    if (err)
                        *err = tr("The stored document %1 is missing.").arg(doc.sha256);
                    return false;
                }
                if (!insertDocument(doc, imported.pages, err))
                    return false;
            }
            return true;
        },
        error);
}

void DossierStore::releaseBlobs(const QStringList& hashes)
{
    for (const QString& sha : hashes) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE sha256 = ?"));
        q.addBindValue(sha);
        if (execQuery(q, nullptr) && q.next() && q.value(0).toInt() == 0)
            m_blobs.remove(sha, nullptr);
    }
}

bool DossierStore::updateDossier(Dossier& d, QString* error)
{
    Dossier copy = d;
    copy.updatedAt = Clock::instance().currentDateTimeUtc();
    ++copy.version;
    const bool ok = m_db.transaction(
        [&](QString* err) {
            if (!saveCompany(copy.client, err))
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE dossiers SET name = ?, use = ?, updated_at = ?, version = ? "
                                     "WHERE id = ?"));
            q.addBindValue(text(copy.name));
            q.addBindValue(phoneUseCode(copy.use));
            q.addBindValue(isoDateTime(copy.updatedAt));
            q.addBindValue(copy.version);
            q.addBindValue(uuidText(copy.id));
            if (!execQuery(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                if (err)
                    *err = tr("The dossier %1 no longer exists.").arg(uuidText(copy.id));
                return false;
            }
            return writeNumbers(copy, err);
        },
        error);
    if (ok)
        d = copy;
    return ok;
}

bool DossierStore::deleteDossier(const QUuid& id, QString* error)
{
    QStringList hashes;
    for (const Document& doc : documents(id, nullptr))
        hashes.append(doc.sha256);
    const bool ok = m_db.transaction(
        [&](QString* err) {
            // Shared with the portal: remembered, so that the sync does not bring it back.
            QSqlQuery f(m_db.connection());
            f.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO forgotten_mandates (id, at) SELECT id, ? FROM dossiers "
                "WHERE id = ? AND remote_version > 0"));
            f.addBindValue(isoDateTime(Clock::instance().currentDateTimeUtc()));
            f.addBindValue(uuidText(id));
            if (!execQuery(f, err))
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM dossiers WHERE id = ?"));
            q.addBindValue(uuidText(id));
            if (!execQuery(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                if (err)
                    *err = tr("The dossier %1 does not exist.").arg(uuidText(id));
                return false;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    // Bytes go only once no row refers to them, and only after the rows are gone for good.
    releaseBlobs(hashes);
    return true;
}

bool DossierStore::loadDetails(Dossier& d, QString* error) const
{
    QSqlQuery n(m_db.connection());
    n.prepare(QStringLiteral("SELECT e164 FROM dossier_numbers WHERE dossier_id = ? ORDER BY position"));
    n.addBindValue(uuidText(d.id));
    if (!execQuery(n, error))
        return false;
    while (n.next())
        d.numbers.append(n.value(0).toString());

    QSqlQuery h(m_db.connection());
    h.prepare(QStringLiteral("SELECT at, from_status, to_status, reason, by FROM status_history "
                             "WHERE dossier_id = ? ORDER BY id"));
    h.addBindValue(uuidText(d.id));
    if (!execQuery(h, error))
        return false;
    while (h.next()) {
        StatusChange c;
        c.at = dateTimeFrom(h.value(0));
        c.hasFrom = !h.value(1).isNull();
        if (c.hasFrom)
            DossierStatus::fromCode(h.value(1).toString(), &c.from);
        DossierStatus::fromCode(h.value(2).toString(), &c.to);
        c.reason = h.value(3).toString();
        c.by = h.value(4).toString();
        d.history.append(c);
    }
    return true;
}

std::optional<Dossier> DossierStore::dossier(const QUuid& id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM dossiers WHERE id = ?").arg(QLatin1String(kDossierColumns)));
    q.addBindValue(uuidText(id));
    if (!execQuery(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = tr("No dossier has the id %1.").arg(uuidText(id));
        return std::nullopt;
    }
    qint64 clientId = 0;
    Dossier d = dossierFromRow(q, &clientId);
    if (!loadCompany(clientId, &d.client, error) || !loadDetails(d, error))
        return std::nullopt;
    return d;
}

std::optional<Dossier> DossierStore::findDossier(const QString& idOrPrefix, QString* error) const
{
    const QString text = idOrPrefix.trimmed().toLower().remove(u'{').remove(u'}');
    if (text.size() < 4) {
        if (error)
            *error = tr("Give at least the first 4 characters of the dossier id.");
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM dossiers WHERE id LIKE ? ESCAPE '\\' LIMIT 2"));
    QString pattern = text;
    pattern.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    q.addBindValue(pattern + u'%');
    if (!execQuery(q, error))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty()) {
        if (error)
            *error = tr("No dossier has the id %1.").arg(idOrPrefix);
        return std::nullopt;
    }
    if (ids.size() > 1) {
        if (error)
            *error
                = tr("Several dossiers have an id starting with %1: give more characters.").arg(idOrPrefix);
        return std::nullopt;
    }
    return dossier(QUuid::fromString(ids.first()), error);
}

QList<Dossier> DossierStore::dossiers(QString* error) const
{
    QList<Dossier> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM dossiers ORDER BY created_at, rowid")
                  .arg(QLatin1String(kDossierColumns)));
    if (!execQuery(q, error))
        return list;
    while (q.next()) {
        qint64 clientId = 0;
        Dossier d = dossierFromRow(q, &clientId);
        if (!loadCompany(clientId, &d.client, error) || !loadDetails(d, error))
            return {};
        list.append(d);
    }
    return list;
}

QList<QUuid> DossierStore::unconfirmedStatuses(QString* error) const
{
    QList<QUuid> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM dossiers WHERE status_unconfirmed = 1 ORDER BY created_at, rowid"));
    if (!execQuery(q, error))
        return ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

std::optional<QList<DossierStore::FullDossier>> DossierStore::fullDossiers(const QList<QUuid>& ids,
                                                                           QString* error) const
{
    // The ids travel as one JSON array: each query joins json_each() to its table's index
    // (json_each has an "id" column of its own: the tables' columns are qualified or kept apart).
    QJsonArray idArray;
    QHash<QString, int> indexOf;
    for (const QUuid& id : ids) {
        const QString text = uuidText(id);
        if (indexOf.contains(text))
            continue;
        indexOf.insert(text, int(idArray.size()));
        idArray.append(text);
    }
    const QString wanted = QString::fromUtf8(QJsonDocument(idArray).toJson(QJsonDocument::Compact));
    QList<FullDossier> list(idArray.size());
    QList<bool> found(idArray.size(), false);
    auto run = [&](QSqlQuery& q, const QString& sql) {
        q.prepare(sql);
        q.addBindValue(wanted);
        return execQuery(q, error);
    };

    QSqlQuery d(m_db.connection());
    d.setForwardOnly(true);
    const QString dossierColumns
        = QString::fromLatin1(kDossierColumns).replace(QLatin1String(", "), QLatin1String(", d."));
    if (!run(d,
             QStringLiteral(
                 "SELECT d.%1, c.id, c.legal_name, c.legal_form, c.share_capital, c.address, c.siren, "
                 "c.rcs_city, c.representative_name, c.representative_title "
                 "FROM json_each(?) w JOIN dossiers d ON d.id = w.value "
                 "JOIN companies c ON c.id = d.client_id")
                 .arg(dossierColumns)))
        return std::nullopt;
    while (d.next()) {
        qint64 clientId = 0;
        const int i = indexOf.value(d.value(0).toString(), -1);
        if (i < 0)
            continue;
        Dossier& dossier = list[i].dossier;
        dossier = dossierFromRow(d, &clientId);
        Company& c = dossier.client;
        c.id = d.value(13).toLongLong();
        c.legalName = d.value(14).toString();
        c.legalForm = d.value(15).toString();
        c.shareCapital = d.value(16).toString();
        c.address = d.value(17).toString();
        c.siren = d.value(18).toString();
        c.rcsCity = d.value(19).toString();
        c.representativeName = d.value(20).toString();
        c.representativeTitle = d.value(21).toString();
        found[i] = true;
    }
    for (int i = 0; i < found.size(); ++i) {
        if (!found.at(i)) {
            if (error)
                *error = tr("No dossier has the id %1.").arg(idArray.at(i).toString());
            return std::nullopt;
        }
    }

    QSqlQuery n(m_db.connection());
    n.setForwardOnly(true);
    if (!run(n,
             QStringLiteral(
                 "SELECT n.dossier_id, n.e164 FROM json_each(?) w "
                 "JOIN dossier_numbers n ON n.dossier_id = w.value ORDER BY n.dossier_id, n.position")))
        return std::nullopt;
    while (n.next())
        list[indexOf.value(n.value(0).toString())].dossier.numbers.append(n.value(1).toString());

    QSqlQuery h(m_db.connection());
    h.setForwardOnly(true);
    if (!run(h,
             QStringLiteral("SELECT h.dossier_id, h.at, h.from_status, h.to_status, h.reason, h.by "
                            "FROM json_each(?) w JOIN status_history h ON h.dossier_id = w.value "
                            "ORDER BY h.dossier_id, h.id")))
        return std::nullopt;
    while (h.next()) {
        StatusChange c;
        c.at = dateTimeFrom(h.value(1));
        c.hasFrom = !h.value(2).isNull();
        if (c.hasFrom)
            DossierStatus::fromCode(h.value(2).toString(), &c.from);
        DossierStatus::fromCode(h.value(3).toString(), &c.to);
        c.reason = h.value(4).toString();
        c.by = h.value(5).toString();
        list[indexOf.value(h.value(0).toString())].dossier.history.append(c);
    }

    QSqlQuery docs(m_db.connection());
    docs.setForwardOnly(true);
    if (!run(docs,
             QStringLiteral("SELECT %1 FROM documents WHERE dossier_id IN (SELECT value FROM json_each(?)) "
                            "ORDER BY dossier_id, added_at, rowid")
                 .arg(QString::fromLatin1(kDocumentColumns))))
        return std::nullopt;
    QHash<QString, QPair<int, int>> documentAt; // document id → (dossier index, document index)
    while (docs.next()) {
        const Document doc = documentFromRow(docs);
        const int i = indexOf.value(docs.value(1).toString());
        documentAt.insert(docs.value(0).toString(), { i, int(list.at(i).documents.size()) });
        list[i].documents.append({ doc, {} });
    }

    QSqlQuery pages(m_db.connection());
    pages.setForwardOnly(true);
    if (!run(pages,
             QStringLiteral("SELECT p.document_id, p.text FROM json_each(?) w "
                            "JOIN documents ON documents.dossier_id = w.value "
                            "JOIN document_pages p ON p.document_id = documents.id "
                            "ORDER BY p.document_id, p.page")))
        return std::nullopt;
    while (pages.next()) {
        const QPair<int, int> at = documentAt.value(pages.value(0).toString(), { -1, -1 });
        if (at.first >= 0)
            list[at.first].documents[at.second].pages.append(pages.value(1).toString());
    }
    return list;
}

int DossierStore::dossierCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM dossiers")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool DossierStore::setStatus(const QUuid& id, DossierStatus::Status to, const QDate& on,
                             const QString& reason, const QString& by, Dossier* updated, QString* error,
                             const std::function<bool(QString*)>& alsoInTransaction)
{
    std::optional<Dossier> loaded;
    const bool ok = m_db.transaction(
        [&](QString* err) {
            loaded = dossier(id, err);
            if (!loaded)
                return false;
            const QDateTime now = Clock::instance().currentDateTimeUtc();
            const QDate day = on.isValid() ? on : Clock::instance().today();
            if (!loaded->applyTransition(to, now, day, reason, by, err))
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("UPDATE dossiers SET status = ?, rejection_reason = ?, validated_on = ?, "
                               "valid_until = ?, updated_at = ?, version = ?, status_unconfirmed = 0 "
                               "WHERE id = ?"));
            q.addBindValue(DossierStatus::code(loaded->status));
            q.addBindValue(text(loaded->rejectionReason));
            q.addBindValue(nullableDate(loaded->validatedOn));
            q.addBindValue(nullableDate(loaded->validUntil));
            q.addBindValue(isoDateTime(loaded->updatedAt));
            q.addBindValue(loaded->version);
            q.addBindValue(uuidText(id));
            return execQuery(q, err) && writeHistoryEntry(id, loaded->history.last(), err)
                && (!alsoInTransaction || alsoInTransaction(err));
        },
        error);
    if (ok && updated)
        *updated = *loaded;
    return ok;
}

bool DossierStore::addHistoryNote(const QUuid& id, const QString& note, const QString& by, QString* error)
{
    return m_db.transaction(
        [&](QString* err) {
            const std::optional<Dossier> d = dossier(id, err);
            if (!d)
                return false;
            StatusChange entry;
            entry.at = Clock::instance().currentDateTimeUtc();
            entry.hasFrom = true;
            entry.from = d->status;
            entry.to = d->status;
            entry.by = by;
            entry.reason = note;
            return writeHistoryEntry(id, entry, err);
        },
        error);
}

bool DossierStore::confirmStatus(const QUuid& id, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE dossiers SET status_unconfirmed = 0 WHERE id = ?"));
    q.addBindValue(uuidText(id));
    return execQuery(q, error);
}

QString DossierStore::renewalName(const Dossier& old, const QDate& today)
{
    // Named after the period it will cover (from the old mandate's end, or today once it has
    // expired), so that the two rows differ; a renewal of a renewal does not stack suffixes.
    const QDate start = old.validUntil.isValid() && old.validUntil > today ? old.validUntil : today;
    const QString suffix = tr("(renewal %1)");
    QString base = old.name.trimmed();
    // escape() escapes every non-word character, "%" included.
    const QString pattern = QRegularExpression::escape(suffix).replace(QStringLiteral("\\%1"),
                                                                       QStringLiteral("\\d{4}\\D\\d{4}"));
    base.remove(QRegularExpression(QStringLiteral("\\s*") + pattern + QStringLiteral("$")));
    const QString period = QStringLiteral("%1–%2").arg(start.year()).arg(start.year() + 1);
    return (base.isEmpty() ? old.client.legalName : base) + u' ' + suffix.arg(period);
}

std::optional<Dossier> DossierStore::renew(const QUuid& id, const QString& by, QString* error)
{
    const std::optional<Dossier> old = dossier(id, error);
    if (!old)
        return std::nullopt;
    const DossierStatus::Status status = old->effectiveStatus(Clock::instance().today());
    if (status != DossierStatus::Valid && status != DossierStatus::Expired) {
        if (error)
            *error = tr("Only a valid or expired mandate can be renewed; this one is \"%1\".")
                         .arg(DossierStatus::label(status));
        return std::nullopt;
    }
    Dossier renewal;
    renewal.name = renewalName(*old, Clock::instance().today());
    renewal.client = old->client;
    renewal.client.id = 0;
    renewal.numbers = old->numbers;
    renewal.use = old->use;
    renewal.renewsId = old->id;
    if (!createDossier(renewal, by, error))
        return std::nullopt;
    return renewal;
}

bool DossierStore::addDocument(Document& doc, const QString& filePath, QString* error,
                               const QStringList& pageTexts)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(filePath, file.errorString());
        return false;
    }
    Document named = doc;
    if (named.originalName.isEmpty())
        named.originalName = QFileInfo(filePath).fileName();
    const bool ok = addDocument(named, file.readAll(), error, pageTexts);
    if (ok)
        doc = named;
    return ok;
}

bool DossierStore::addDocument(Document& doc, const QByteArray& bytes, QString* error,
                               const QStringList& pageTexts)
{
    QString sha;
    // Bytes first: a row is written only once its file is complete under its final name.
    if (!m_blobs.put(bytes, &sha, error))
        return false;
    Document copy = doc;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    copy.sha256 = sha;
    copy.size = bytes.size();
    if (copy.mediaType.isEmpty())
        copy.mediaType = QMimeDatabase().mimeTypeForData(bytes).name();
    copy.addedAt = Clock::instance().currentDateTimeUtc();

    const bool ok = m_db.transaction(
        [&](QString* err) {
            QSqlQuery dup(m_db.connection());
            dup.prepare(
                QStringLiteral("SELECT original_name FROM documents WHERE dossier_id = ? AND sha256 = ?"));
            dup.addBindValue(uuidText(copy.dossierId));
            dup.addBindValue(sha);
            if (!execQuery(dup, err))
                return false;
            if (dup.next()) {
                if (err)
                    *err = tr("This file is already in the dossier, as \"%1\".").arg(dup.value(0).toString());
                return false;
            }
            return insertDocument(copy, pageTexts, err);
        },
        error);
    if (ok) {
        if (!pageTexts.isEmpty())
            copy.pages = int(pageTexts.size());
        doc = copy;
    }
    return ok;
}

bool DossierStore::insertDocument(const Document& copy, const QStringList& pageTexts, QString* err)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO documents (id, dossier_id, kind, original_name, size, sha256, "
                             "media_type, issue_date, date_source, date_snippet, added_at, pages, "
                             "signature_confirmed, signature_confirmed_at, signature_confirmed_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(copy.id));
    q.addBindValue(uuidText(copy.dossierId));
    q.addBindValue(Document::kindCode(copy.kind));
    q.addBindValue(text(copy.originalName));
    q.addBindValue(copy.size);
    q.addBindValue(copy.sha256);
    q.addBindValue(text(copy.mediaType));
    q.addBindValue(nullableDate(copy.issueDate));
    q.addBindValue(Document::dateSourceCode(copy.dateSource));
    q.addBindValue(text(copy.dateSnippet));
    q.addBindValue(isoDateTime(copy.addedAt));
    q.addBindValue(pageTexts.isEmpty() ? copy.pages : int(pageTexts.size()));
    q.addBindValue(copy.signatureConfirmed ? 1 : 0);
    q.addBindValue(copy.signatureConfirmedAt.isValid() ? QVariant(isoDateTime(copy.signatureConfirmedAt))
                                                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(text(copy.signatureConfirmedBy));
    if (!execQuery(q, err)) {
        if (err && !dossier(copy.dossierId, nullptr))
            *err = tr("No dossier has the id %1.").arg(uuidText(copy.dossierId));
        return false;
    }
    QSqlQuery p(m_db.connection());
    p.prepare(
        QStringLiteral("INSERT INTO document_pages (document_id, page, text, ocr) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < pageTexts.size(); ++i) {
        p.bindValue(0, uuidText(copy.id));
        p.bindValue(1, i + 1);
        p.bindValue(2, text(pageTexts.at(i)));
        p.bindValue(3, copy.ocrPages.contains(i + 1) ? 1 : 0);
        if (!execQuery(p, err))
            return false;
    }
    return true;
}

QList<Document> DossierStore::documents(const QUuid& dossierId, QString* error) const
{
    QList<Document> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE dossier_id = ? ORDER BY added_at, rowid")
                  .arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(uuidText(dossierId));
    if (!execQuery(q, error))
        return list;
    while (q.next())
        list.append(documentFromRow(q));
    return list;
}

std::optional<Document> DossierStore::document(const QUuid& documentId, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(uuidText(documentId));
    if (!execQuery(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = tr("The document %1 does not exist.").arg(uuidText(documentId));
        return std::nullopt;
    }
    return documentFromRow(q);
}

QStringList DossierStore::documentPages(const QUuid& documentId, QString* error) const
{
    QStringList pages;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM document_pages WHERE document_id = ? ORDER BY page"));
    q.addBindValue(uuidText(documentId));
    if (!execQuery(q, error))
        return pages;
    while (q.next())
        pages.append(q.value(0).toString());
    return pages;
}

bool DossierStore::updateDocument(const QUuid& documentId, const QString& assignments,
                                  const QVariantList& values, QString* error)
{
    return m_db.transaction(
        [&](QString* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE documents SET %1 WHERE id = ?").arg(assignments));
            for (const QVariant& v : values)
                q.addBindValue(v);
            q.addBindValue(uuidText(documentId));
            if (!execQuery(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                if (err)
                    *err = tr("The document %1 does not exist.").arg(uuidText(documentId));
                return false;
            }
            return true;
        },
        error);
}

bool DossierStore::setDocumentDate(const QUuid& documentId, const QDate& date, QString* error)
{
    const auto source = date.isValid() ? Document::DateSource::EnteredByHand : Document::DateSource::Unknown;
    return updateDocument(documentId, QStringLiteral("issue_date = ?, date_source = ?, date_snippet = ''"),
                          { nullableDate(date), Document::dateSourceCode(source) }, error);
}

bool DossierStore::setDocumentKind(const QUuid& documentId, Document::Kind kind, QString* error)
{
    return m_db.transaction(
        [&](QString* err) {
            const std::optional<Document> doc = document(documentId, err);
            if (!doc)
                return false;
            if (doc->kind == kind)
                return true;
            QDate date = doc->issueDate;
            Document::DateSource source = doc->dateSource;
            QString snippet = doc->dateSnippet;
            if (source != Document::DateSource::EnteredByHand) {
                const QStringList pages = documentPages(documentId, err);
                const DateRoles::Result found = DateRoles::issueDate(pages.join(QLatin1Char('\n')), kind);
                date = found.date;
                source = found.date.isValid() ? Document::DateSource::FoundInText
                                              : Document::DateSource::Unknown;
                snippet = found.date.isValid() ? found.snippet : QString();
            }
            return updateDocument(
                documentId,
                QStringLiteral("kind = ?, issue_date = ?, date_source = ?, date_snippet = ?, "
                               "signature_confirmed = 0, signature_confirmed_at = NULL, "
                               "signature_confirmed_by = ''"),
                { Document::kindCode(kind), nullableDate(date), Document::dateSourceCode(source), snippet },
                err);
        },
        error);
}

bool DossierStore::setSignatureConfirmed(const QUuid& documentId, bool confirmed, const QString& by,
                                         QString* error)
{
    const QDateTime now = Clock::instance().currentDateTimeUtc();
    return m_db.transaction(
        [&](QString* err) {
            const std::optional<Document> doc = document(documentId, err);
            if (!doc)
                return false;
            if (doc->kind != Document::Kind::SignedMandate) {
                if (err)
                    *err = tr("Only a signed mandate has a signature to confirm; %1 is not one.")
                               .arg(doc->originalName);
                return false;
            }
            if (doc->signatureConfirmed == confirmed)
                return true; // nothing changes, nothing recorded
            const std::optional<Dossier> d = dossier(doc->dossierId, err);
            if (!d)
                return false;
            if (!updateDocument(
                    documentId,
                    QStringLiteral("signature_confirmed = ?, signature_confirmed_at = ?, "
                                   "signature_confirmed_by = ?"),
                    { confirmed ? 1 : 0,
                      confirmed ? QVariant(isoDateTime(now)) : QVariant(QMetaType(QMetaType::QString)),
                      text(confirmed ? by : QString()) },
                    err))
                return false;
            // The dossier's history keeps it, with when and by whom; the status does not change.
            StatusChange entry;
            entry.at = now;
            entry.hasFrom = true;
            entry.from = d->status;
            entry.to = d->status;
            entry.by = by;
            entry.reason = confirmed
                ? tr("Signature and stamp confirmed on the scan %1").arg(doc->originalName)
                : tr("Confirmation of signature and stamp withdrawn for %1").arg(doc->originalName);
            return writeHistoryEntry(d->id, entry, err);
        },
        error);
}

bool DossierStore::removeDocument(const QUuid& documentId, QString* error)
{
    QString sha;
    bool stillUsed = true;
    const bool ok = m_db.transaction(
        [&](QString* err) {
            QSqlQuery s(m_db.connection());
            s.prepare(QStringLiteral("SELECT sha256 FROM documents WHERE id = ?"));
            s.addBindValue(uuidText(documentId));
            if (!execQuery(s, err))
                return false;
            if (!s.next()) {
                if (err)
                    *err = tr("The document %1 does not exist.").arg(uuidText(documentId));
                return false;
            }
            sha = s.value(0).toString();
            QSqlQuery d(m_db.connection());
            d.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
            d.addBindValue(uuidText(documentId));
            if (!execQuery(d, err))
                return false;
            QSqlQuery c(m_db.connection());
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE sha256 = ?"));
            c.addBindValue(sha);
            if (!execQuery(c, err) || !c.next())
                return false;
            stillUsed = c.value(0).toInt() > 0;
            return true;
        },
        error);
    if (!ok)
        return false;
    if (!stillUsed && !m_blobs.remove(sha, error))
        qCWarning(lcStore) << "document row removed, bytes left behind:" << sha;
    return true;
}

std::optional<Company> DossierStore::provider(QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT company_id FROM provider WHERE id = 1"));
    if (!execQuery(q, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    Company c;
    if (!loadCompany(q.value(0).toLongLong(), &c, error))
        return std::nullopt;
    return c;
}

bool DossierStore::setProvider(Company& company, QString* error)
{
    Company copy = company;
    const bool ok = m_db.transaction(
        [&](QString* err) {
            if (!saveCompany(copy, err))
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO provider (id, company_id) VALUES (1, ?) "
                                     "ON CONFLICT(id) DO UPDATE SET company_id = excluded.company_id"));
            q.addBindValue(copy.id);
            return execQuery(q, err);
        },
        error);
    if (ok)
        company = copy;
    return ok;
}

} // namespace Mandat
