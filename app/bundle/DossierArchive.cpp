#include "DossierArchive.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/BlobStore.h"
#include "store/Profile.h"
#include "sync/Outbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <limits>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Mandat {

namespace {
const QString kManifest = QStringLiteral("manifest.json");
const QString kFormat = QStringLiteral("mandatdesk-archive");
const QString kDocumentsDir = QStringLiteral("documents/");
constexpr qint64 kMaxManifestBytes = 256LL * 1024 * 1024;

QString iso(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString uuid(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject historyJson(const StatusChange& c)
{
    return QJsonObject {
        { QStringLiteral("at"), iso(c.at) },
        { QStringLiteral("from"), c.hasFrom ? QJsonValue(DossierStatus::code(c.from)) : QJsonValue() },
        { QStringLiteral("to"), DossierStatus::code(c.to) },
        { QStringLiteral("reason"), c.reason },
        { QStringLiteral("by"), c.by },
    };
}

QJsonObject documentJson(const Document& d, const QStringList& pages)
{
    QJsonArray ocr;
    for (int p : d.ocrPages)
        ocr.append(p);
    return QJsonObject {
        { QStringLiteral("id"), uuid(d.id) },
        { QStringLiteral("kind"), Document::kindCode(d.kind) },
        { QStringLiteral("original_name"), d.originalName },
        { QStringLiteral("size"), d.size },
        { QStringLiteral("sha256"), d.sha256 },
        { QStringLiteral("media_type"), d.mediaType },
        { QStringLiteral("issue_date"),
          d.issueDate.isValid() ? QJsonValue(isoDate(d.issueDate)) : QJsonValue() },
        { QStringLiteral("date_source"), Document::dateSourceCode(d.dateSource) },
        { QStringLiteral("date_snippet"), d.dateSnippet },
        { QStringLiteral("added_at"), iso(d.addedAt) },
        { QStringLiteral("signature_confirmed"), d.signatureConfirmed },
        { QStringLiteral("signature_confirmed_at"),
          d.signatureConfirmedAt.isValid() ? iso(d.signatureConfirmedAt) : QString() },
        { QStringLiteral("signature_confirmed_by"), d.signatureConfirmedBy },
        { QStringLiteral("ocr_pages"), ocr },
        { QStringLiteral("pages"), QJsonArray::fromStringList(pages) },
        { QStringLiteral("file"), kDocumentsDir + d.sha256 },
    };
}

// Reads the manifest strictly: a wrong type is an error, never a default.
class ManifestReader
{
public:
    QString error;

    QString string(const QJsonObject& o, const char* key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        fail(QLatin1String(key));
        return {};
    }
    // A whole number from 0 to `max` (JSON numbers are doubles: above 2^53 they are not exact).
    // Compared as a double before any conversion: a number out of range is refused, never cast.
    qint64 integer(const QJsonObject& o, const char* key, qint64 max = qint64(1) << 53)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= 0 && d <= double(max)) || d != std::floor(d)) {
            fail(QLatin1String(key));
            return 0;
        }
        return qint64(d);
    }
    QDate date(const QJsonObject& o, const char* key)
    {
        const QString s = string(o, key, false);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(QLatin1String(key));
        return d;
    }
    QDateTime dateTime(const QJsonObject& o, const char* key)
    {
        QDateTime dt = QDateTime::fromString(string(o, key), Qt::ISODateWithMs);
        if (!dt.isValid())
            fail(QLatin1String(key));
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }
    QUuid id(const QJsonObject& o, const char* key, bool required = true)
    {
        const QString s = string(o, key, required);
        if (s.isEmpty() && !required)
            return {};
        const QUuid u = QUuid::fromString(s);
        if (u.isNull())
            fail(QLatin1String(key));
        return u;
    }
    QJsonArray array(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            fail(QLatin1String(key));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue& v, const QString& what)
    {
        if (!v.isObject())
            fail(what);
        return v.toObject();
    }
    void fail(const QString& key)
    {
        if (error.isEmpty())
            error = DossierArchive::tr("the field \"%1\" is missing or has the wrong type").arg(key);
    }
    bool ok() const { return error.isEmpty(); }
};

struct ArchivedDossier
{
    Dossier dossier;
    QList<ImportedDocument> documents;
};

bool parseManifest(const QByteArray& bytes, QList<ArchivedDossier>* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = DossierArchive::tr("manifest.json is not JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    ManifestReader r;
    if (r.string(root, "format") != kFormat || !r.ok()) {
        *error = DossierArchive::tr("this is not a MandatDesk archive (format \"%1\")")
                     .arg(root.value(QStringLiteral("format")).toString());
        return false;
    }
    const qint64 version = r.integer(root, "version");
    if (!r.ok() || version < 1 || version > DossierArchive::formatVersion) {
        *error = DossierArchive::tr("archive format version %1 is not one this version of MandatDesk reads "
                                    "(it reads up to %2)")
                     .arg(version)
                     .arg(DossierArchive::formatVersion);
        return false;
    }
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QUuid> ids, documentIds;
    for (const QJsonValue& v : r.array(root, "dossiers")) {
        const QJsonObject o = r.object(v, QStringLiteral("dossiers"));
        ArchivedDossier a;
        Dossier& d = a.dossier;
        d.id = r.id(o, "id");
        d.name = r.string(o, "name");
        d.client = Company::fromJson(r.object(o.value(QStringLiteral("client")), QStringLiteral("client")));
        if (d.client.legalName.isEmpty())
            r.fail(QStringLiteral("client.legal_name"));
        for (const QJsonValue& n : r.array(o, "numbers")) {
            if (!n.isString() || !n.toString().startsWith(u'+'))
                r.fail(QStringLiteral("numbers"));
            d.numbers.append(n.toString());
        }
        if (!phoneUseFromCode(r.string(o, "use"), &d.use))
            r.fail(QStringLiteral("use"));
        if (!DossierStatus::fromCode(r.string(o, "status"), &d.status))
            r.fail(QStringLiteral("status"));
        d.rejectionReason = r.string(o, "rejection_reason", false);
        d.validatedOn = r.date(o, "validated_on");
        d.validUntil = r.date(o, "valid_until");
        d.renewsId = r.id(o, "renews_id", false);
        d.createdAt = r.dateTime(o, "created_at");
        d.updatedAt = r.dateTime(o, "updated_at");
        d.version = int(r.integer(o, "version", std::numeric_limits<int>::max()));
        for (const QJsonValue& hv : r.array(o, "history")) {
            const QJsonObject h = r.object(hv, QStringLiteral("history"));
            StatusChange c;
            c.at = r.dateTime(h, "at");
            const QString from = r.string(h, "from", false);
            c.hasFrom = !from.isEmpty();
            if (c.hasFrom && !DossierStatus::fromCode(from, &c.from))
                r.fail(QStringLiteral("history.from"));
            if (!DossierStatus::fromCode(r.string(h, "to"), &c.to))
                r.fail(QStringLiteral("history.to"));
            c.reason = r.string(h, "reason", false);
            c.by = r.string(h, "by", false);
            d.history.append(c);
        }
        if (d.history.isEmpty())
            r.fail(QStringLiteral("history"));
        for (const QJsonValue& dv : r.array(o, "documents")) {
            const QJsonObject j = r.object(dv, QStringLiteral("documents"));
            ImportedDocument imported;
            Document& doc = imported.document;
            doc.id = r.id(j, "id");
            doc.dossierId = d.id;
            if (!Document::kindFromCode(r.string(j, "kind"), &doc.kind))
                r.fail(QStringLiteral("documents.kind"));
            doc.originalName = r.string(j, "original_name");
            doc.size = r.integer(j, "size");
            doc.sha256 = r.string(j, "sha256");
            if (!sha.match(doc.sha256).hasMatch())
                r.fail(QStringLiteral("documents.sha256"));
            if (r.string(j, "file") != kDocumentsDir + doc.sha256)
                r.fail(QStringLiteral("documents.file"));
            doc.mediaType = r.string(j, "media_type");
            doc.issueDate = r.date(j, "issue_date");
            doc.dateSource = Document::dateSourceFromCode(r.string(j, "date_source"));
            doc.dateSnippet = r.string(j, "date_snippet", false);
            doc.addedAt = r.dateTime(j, "added_at");
            const QJsonValue confirmed = j.value(QStringLiteral("signature_confirmed"));
            if (!confirmed.isBool())
                r.fail(QStringLiteral("documents.signature_confirmed"));
            doc.signatureConfirmed = confirmed.toBool();
            // Optional (archives from before they were kept).
            const QString confirmedAt = r.string(j, "signature_confirmed_at", false);
            if (!confirmedAt.isEmpty())
                doc.signatureConfirmedAt = r.dateTime(j, "signature_confirmed_at");
            doc.signatureConfirmedBy = r.string(j, "signature_confirmed_by", false);
            for (const QJsonValue& p : r.array(j, "ocr_pages"))
                doc.ocrPages.append(p.toInt());
            for (const QJsonValue& p : r.array(j, "pages")) {
                if (!p.isString())
                    r.fail(QStringLiteral("documents.pages"));
                imported.pages.append(p.toString());
            }
            doc.pages = int(imported.pages.size());
            if (documentIds.contains(doc.id))
                r.fail(QStringLiteral("documents.id"));
            documentIds.insert(doc.id);
            a.documents.append(imported);
        }
        if (!r.ok())
            break;
        if (ids.contains(d.id)) {
            *error = DossierArchive::tr("the dossier %1 appears twice").arg(uuid(d.id));
            return false;
        }
        ids.insert(d.id);
        out->append(a);
    }
    if (!r.ok()) {
        *error = DossierArchive::tr("manifest.json: %1").arg(r.error);
        return false;
    }
    return true;
}

// Why a name from an archive cannot be used, or empty.
QString unsafeName(const QString& name)
{
    if (name.isEmpty())
        return DossierArchive::tr("an entry has no name");
    if (name.contains(u'\\'))
        return DossierArchive::tr("\"%1\" contains a backslash").arg(name);
    if (name.startsWith(u'/'))
        return DossierArchive::tr("\"%1\" is an absolute path").arg(name);
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return DossierArchive::tr("\"%1\" names a drive").arg(name);
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return DossierArchive::tr("\"%1\" contains control characters").arg(name.toHtmlEscaped());
    const QStringList parts = name.split(u'/');
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String(".."))
            return DossierArchive::tr("\"%1\" goes up a folder (\"..\")").arg(name);
        if (parts.at(i) == QLatin1String(".") || (parts.at(i).isEmpty() && i < parts.size() - 1))
            return DossierArchive::tr("\"%1\" is not a plain path").arg(name);
    }
    return {};
}

// Reads the current entry, refusing more than `limit` bytes whatever its header says.
bool readEntry(QuaZip& zip, qint64 limit, QByteArray* out, QCryptographicHash* hash, QString* error)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DossierArchive::tr("\"%1\" cannot be read (error %2)")
                     .arg(zip.getCurrentFileName())
                     .arg(file.getZipError());
        return false;
    }
    qint64 total = 0;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0) {
            *error = DossierArchive::tr("\"%1\" is damaged").arg(zip.getCurrentFileName());
            return false;
        }
        if (n == 0)
            break;
        total += n;
        if (total > limit) {
            *error
                = DossierArchive::tr("\"%1\" is larger than its header says").arg(zip.getCurrentFileName());
            return false;
        }
        if (hash)
            hash->addData(QByteArrayView(buffer, n));
        if (out)
            out->append(buffer, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        *error = DossierArchive::tr("\"%1\" is damaged (checksum)").arg(zip.getCurrentFileName());
        return false;
    }
    return true;
}
} // namespace

int DossierArchive::ImportSummary::count(ImportedDossier::Outcome outcome) const
{
    return int(std::count_if(dossiers.begin(), dossiers.end(),
                             [outcome](const ImportedDossier& d) { return d.outcome == outcome; }));
}

bool DossierArchive::readManifest(const QByteArray& bytes, int* dossiers, int* documents, QString* error)
{
    QList<ArchivedDossier> archived;
    if (!parseManifest(bytes, &archived, error))
        return false;
    *dossiers = int(archived.size());
    *documents = 0;
    for (const ArchivedDossier& a : std::as_const(archived))
        *documents += int(a.documents.size());
    return true;
}

QString DossierArchive::refusalCode(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Unreadable:
        return QStringLiteral("unreadable");
    case Refusal::UnsafeName:
        return QStringLiteral("unsafe_name");
    case Refusal::SymbolicLink:
        return QStringLiteral("symbolic_link");
    case Refusal::Encrypted:
        return QStringLiteral("encrypted");
    case Refusal::TooManyEntries:
        return QStringLiteral("too_many_entries");
    case Refusal::TooLarge:
        return QStringLiteral("too_large");
    case Refusal::RatioTooHigh:
        return QStringLiteral("compression_ratio");
    case Refusal::BadManifest:
        return QStringLiteral("bad_manifest");
    case Refusal::MissingFile:
        return QStringLiteral("missing_file");
    case Refusal::UnexpectedEntry:
        return QStringLiteral("unexpected_entry");
    case Refusal::SizeMismatch:
        return QStringLiteral("size_mismatch");
    case Refusal::HashMismatch:
        return QStringLiteral("hash_mismatch");
    case Refusal::Store:
        return QStringLiteral("store");
    }
    return {};
}

bool DossierArchive::exportTo(Profile& profile, const QList<QUuid>& ids, const QString& path,
                              ExportSummary* summary, QString* error,
                              const std::function<void(int, int)>& progress)
{
    *summary = ExportSummary();
    // Every dossier whole in a few queries (10,000 dossiers: not 90,000 queries).
    const std::optional<QList<DossierStore::FullDossier>> full = profile.dossiers().fullDossiers(ids, error);
    if (!full)
        return false;
    QJsonArray dossiers;
    QStringList files; // distinct hashes, in order
    QSet<QString> seen;
    for (const DossierStore::FullDossier& f : *full) {
        const Dossier* d = &f.dossier;
        QJsonArray history, documents;
        for (const StatusChange& c : d->history)
            history.append(historyJson(c));
        for (const ImportedDocument& doc : f.documents) {
            documents.append(documentJson(doc.document, doc.pages));
            if (!seen.contains(doc.document.sha256)) {
                seen.insert(doc.document.sha256);
                files.append(doc.document.sha256);
            }
        }
        dossiers.append(QJsonObject {
            { QStringLiteral("id"), uuid(d->id) },
            { QStringLiteral("name"), d->name },
            { QStringLiteral("client"), d->client.toJson() },
            { QStringLiteral("numbers"), QJsonArray::fromStringList(d->numbers) },
            { QStringLiteral("use"), phoneUseCode(d->use) },
            { QStringLiteral("status"), DossierStatus::code(d->status) },
            { QStringLiteral("rejection_reason"), d->rejectionReason },
            { QStringLiteral("validated_on"),
              d->validatedOn.isValid() ? QJsonValue(isoDate(d->validatedOn)) : QJsonValue() },
            { QStringLiteral("valid_until"),
              d->validUntil.isValid() ? QJsonValue(isoDate(d->validUntil)) : QJsonValue() },
            { QStringLiteral("renews_id"),
              d->renewsId.isNull() ? QJsonValue() : QJsonValue(uuid(d->renewsId)) },
            { QStringLiteral("created_at"), iso(d->createdAt) },
            { QStringLiteral("updated_at"), iso(d->updatedAt) },
            { QStringLiteral("version"), d->version },
            { QStringLiteral("history"), history },
            { QStringLiteral("documents"), documents },
        });
    }
    const QJsonObject manifest {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("exported_at"), iso(Clock::instance().currentDateTimeUtc()) },
        { QStringLiteral("application"),
          QStringLiteral("MandatDesk %1").arg(QStringLiteral(MANDATDESK_VERSION)) },
        { QStringLiteral("dossiers"), dossiers },
    };

    // Written beside the target, then renamed: a failed export never leaves half an archive.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    {
        QuaZip zip(part);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate)) {
            *error = tr("Cannot write %1 (error %2).").arg(path).arg(zip.getZipError());
            return false;
        }
        auto add = [&](const QString& name, const QByteArray& bytes) {
            QuaZipFile out(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = Clock::instance().currentDateTimeUtc().toLocalTime();
            info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
            if (!out.open(QIODevice::WriteOnly, info) || out.write(bytes) != bytes.size()) {
                *error = tr("Cannot write %1 (error %2).").arg(path).arg(out.getZipError());
                return false;
            }
            out.close();
            return out.getZipError() == ZIP_OK;
        };
        bool ok = add(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        for (int i = 0; ok && i < files.size(); ++i) {
            const QByteArray bytes = profile.blobs().read(files.at(i), error);
            ok = !bytes.isNull() && add(kDocumentsDir + files.at(i), bytes);
            if (progress)
                progress(i + 1, int(files.size()));
        }
        zip.close();
        if (!ok || zip.getZipError() != ZIP_OK) {
            if (error->isEmpty())
                *error = tr("Cannot write %1 (error %2).").arg(path).arg(zip.getZipError());
            QFile::remove(part);
            return false;
        }
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        *error = tr("Cannot write %1.").arg(path);
        QFile::remove(part);
        return false;
    }
    summary->dossiers = int(full->size());
    summary->documents = int(files.size());
    summary->bytes = QFileInfo(path).size();
    return true;
}

bool DossierArchive::importFrom(Profile& profile, const QString& path, bool replace, ImportSummary* summary,
                                QString* error, Refusal* refusal, const Limits& limits)
{
    *summary = ImportSummary();
    Refusal ignored;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::None;
    auto refuse = [&](Refusal r, const QString& message) {
        why = r;
        *error = tr("The archive is refused: %1.").arg(message);
        qCWarning(lcStore) << "archive refused:" << path << refusalCode(r) << message;
        return false;
    };

    QuaZip zip(path);
    if (!QFileInfo(path).isFile())
        return refuse(Refusal::Unreadable, tr("%1 does not exist").arg(path));
    if (!zip.open(QuaZip::mdUnzip))
        return refuse(Refusal::Unreadable, tr("it is not a zip file, or it is damaged"));

    // 1. Every entry's header, before reading any content.
    if (zip.getEntriesCount() > limits.maxEntries)
        return refuse(
            Refusal::TooManyEntries,
            tr("it holds %1 entries (at most %2)").arg(zip.getEntriesCount()).arg(limits.maxEntries));
    QHash<QString, qint64> sizes;
    qint64 total = 0;
    int entries = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return refuse(Refusal::Unreadable, tr("an entry cannot be read"));
        if (++entries > limits.maxEntries)
            return refuse(Refusal::TooManyEntries,
                          tr("it holds more than %1 entries").arg(limits.maxEntries));
        const QString unsafe = unsafeName(info.name);
        if (!unsafe.isEmpty())
            return refuse(Refusal::UnsafeName, unsafe);
        if (info.isSymbolicLink())
            return refuse(Refusal::SymbolicLink, tr("\"%1\" is a symbolic link").arg(info.name));
        if (info.isEncrypted())
            return refuse(Refusal::Encrypted, tr("\"%1\" is encrypted").arg(info.name));
        total += qint64(info.uncompressedSize);
        if (qint64(info.uncompressedSize) > limits.maxTotalBytes || total > limits.maxTotalBytes)
            return refuse(Refusal::TooLarge,
                          tr("it would take more than %1 MB once uncompressed")
                              .arg(limits.maxTotalBytes / 1000 / 1000));
        if (qint64(info.uncompressedSize) >= limits.ratioFromBytes
            && (info.compressedSize == 0
                || double(info.uncompressedSize) / double(info.compressedSize) > limits.maxRatio))
            return refuse(Refusal::RatioTooHigh,
                          tr("\"%1\" is compressed more than %2 to 1 (a zip bomb)")
                              .arg(info.name)
                              .arg(limits.maxRatio));
        if (info.name.endsWith(u'/'))
            continue; // a folder: nothing is ever created from it
        if (sizes.contains(info.name))
            return refuse(Refusal::UnexpectedEntry, tr("\"%1\" appears twice").arg(info.name));
        sizes.insert(info.name, qint64(info.uncompressedSize));
    }
    if (zip.getZipError() != UNZ_OK)
        return refuse(Refusal::Unreadable, tr("it is damaged"));

    // 2. The manifest, strictly.
    if (!sizes.contains(kManifest))
        return refuse(Refusal::BadManifest, tr("it has no manifest.json"));
    if (sizes.value(kManifest) > kMaxManifestBytes)
        return refuse(Refusal::TooLarge, tr("manifest.json is too large"));
    QByteArray manifestBytes;
    QString readError;
    if (!zip.setCurrentFile(kManifest)
        || !readEntry(zip, sizes.value(kManifest), &manifestBytes, nullptr, &readError))
        return refuse(Refusal::Unreadable, readError);
    QList<ArchivedDossier> dossiers;
    QString manifestError;
    if (!parseManifest(manifestBytes, &dossiers, &manifestError))
        return refuse(Refusal::BadManifest, manifestError);

    // 3. Every file the manifest names: present, of its size and hash; nothing else in the archive.
    QHash<QString, qint64> files; // sha -> size
    for (const ArchivedDossier& a : std::as_const(dossiers)) {
        for (const ImportedDocument& d : a.documents) {
            const QString name = kDocumentsDir + d.document.sha256;
            if (!sizes.contains(name))
                return refuse(Refusal::MissingFile,
                              tr("%1 (%2) is not in the archive").arg(name, d.document.originalName));
            if (sizes.value(name) != d.document.size)
                return refuse(Refusal::SizeMismatch,
                              tr("%1 is %2 bytes, the manifest says %3")
                                  .arg(name)
                                  .arg(sizes.value(name))
                                  .arg(d.document.size));
            files.insert(d.document.sha256, d.document.size);
        }
    }
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        // Only under documents/: a name that merely ends with a document's hash is not one.
        if (it.key() != kManifest
            && (!it.key().startsWith(kDocumentsDir) || !files.contains(it.key().mid(kDocumentsDir.size()))))
            return refuse(Refusal::UnexpectedEntry, tr("\"%1\" is not part of any dossier").arg(it.key()));
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!zip.setCurrentFile(kDocumentsDir + it.key())
            || !readEntry(zip, it.value(), nullptr, &hash, &readError))
            return refuse(Refusal::Unreadable, readError);
        if (QString::fromLatin1(hash.result().toHex()) != it.key())
            return refuse(Refusal::HashMismatch,
                          tr("%1 does not match its SHA-256").arg(kDocumentsDir + it.key()));
    }

    // 4. Write: the files under their hash, then every row in one transaction.
    DossierStore& store = profile.dossiers();
    BlobStore& blobs = profile.blobs();
    QStringList created; // files this import added: removed again if it fails
    QStringList released;
    Outbox outbox(profile.database());
    QSet<QUuid> inArchive;
    for (const ArchivedDossier& a : std::as_const(dossiers))
        inArchive.insert(a.dossier.id);
    QString storeError;
    const bool ok = profile.database().transaction(
        [&](QString* err) {
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                if (blobs.contains(it.key()))
                    continue;
                QByteArray bytes;
                QString sha;
                if (!zip.setCurrentFile(kDocumentsDir + it.key())
                    || !readEntry(zip, it.value(), &bytes, nullptr, err) || !blobs.put(bytes, &sha, err))
                    return false;
                if (sha != it.key()) {
                    *err = tr("%1 changed while it was read").arg(it.key());
                    return false;
                }
                created.append(sha);
            }
            // A renewal after the dossier it renews, so the link holds.
            QList<ArchivedDossier> ordered;
            QSet<QUuid> placed;
            while (ordered.size() < dossiers.size()) {
                const qsizetype before = ordered.size();
                for (const ArchivedDossier& a : std::as_const(dossiers)) {
                    const QUuid renews = a.dossier.renewsId;
                    if (!placed.contains(a.dossier.id)
                        && (renews.isNull() || !inArchive.contains(renews) || placed.contains(renews))) {
                        ordered.append(a);
                        placed.insert(a.dossier.id);
                    }
                }
                if (ordered.size() == before) {
                    *err = tr("the renewal links of the archive go round in a circle");
                    return false;
                }
            }
            for (ArchivedDossier& a : ordered) {
                ImportedDossier entry { a.dossier.id, a.dossier.name, ImportedDossier::Outcome::Imported };
                const bool exists = store.dossier(a.dossier.id, nullptr).has_value();
                if (exists && !replace) {
                    entry.outcome = ImportedDossier::Outcome::Skipped;
                    summary->dossiers.append(entry);
                    continue;
                }
                if (!a.dossier.renewsId.isNull() && !inArchive.contains(a.dossier.renewsId)
                    && !store.dossier(a.dossier.renewsId, nullptr)) {
                    summary->notes.append(
                        tr("%1: the dossier it renews is not in this profile; the link is dropped.")
                            .arg(a.dossier.name));
                    a.dossier.renewsId = QUuid();
                }
                // The history travels, the portal's word does not: a status only the portal
                // decides waits for a sync to confirm it, and what waited to be sent is queued
                // again here (another profile's outbox did not travel).
                a.dossier.statusUnconfirmed = DossierStatus::decidedByPortal(a.dossier.status);
                if (!store.insertImported(a.dossier, a.documents, replace, &released, err))
                    return false;
                if (a.dossier.status == DossierStatus::Queued
                    && !outbox.enqueue(a.dossier.id, QStringLiteral("submit"),
                                       Clock::instance().currentDateTimeUtc(), err))
                    return false;
                entry.outcome
                    = exists ? ImportedDossier::Outcome::Replaced : ImportedDossier::Outcome::Imported;
                summary->dossiers.append(entry);
            }
            return true;
        },
        &storeError);
    if (!ok) {
        for (const QString& sha : std::as_const(created))
            blobs.remove(sha, nullptr);
        *summary = ImportSummary();
        why = Refusal::Store;
        *error = tr("Nothing was imported: %1").arg(storeError);
        return false;
    }
    store.releaseBlobs(released);
    summary->documents = int(created.size());
    return true;
}

} // namespace Mandat
