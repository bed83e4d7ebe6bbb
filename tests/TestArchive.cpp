// Dossier archives: a round trip gives identical dossiers, histories and bytes; every
// hostile archive (built here, entry by entry) is refused whole with its reason, and
// nothing is imported from it or written outside the profile.
#include "Fixtures.h"
#include "bundle/DossierArchive.h"
#include "core/Clock.h"
#include "demo/DemoData.h"
#include "store/Profile.h"
#include "sync/Outbox.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Mandat;

namespace {
struct Entry
{
    Entry(const QString& n, const QByteArray& b, quint32 mode = 0100644, int compression = 6)
        : name(n)
        , bytes(b)
        , unixMode(mode)
        , level(compression)
    { }
    QString name;
    QByteArray bytes;
    quint32 unixMode; // 0100644 a regular file, 0120777 a symbolic link
    QByteArray password; // encrypts the entry
    int level; // 0: stored
};

bool writeZip(const QString& path, const QList<Entry>& entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Entry& e : entries) {
        QuaZipFile out(&zip);
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.unixMode << 16;
        const bool ok = e.password.isEmpty()
            ? out.open(QIODevice::WriteOnly, info, nullptr, 0, e.level ? Z_DEFLATED : 0, e.level)
            : out.open(QIODevice::WriteOnly, info, e.password.constData(), 0, Z_DEFLATED, e.level);
        if (!ok || out.write(e.bytes) != e.bytes.size())
            return false;
        out.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QList<Entry> entriesOf(const QString& path)
{
    QList<Entry> out;
    QuaZip zip(path);
    zip.open(QuaZip::mdUnzip);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        out.append({ zip.getCurrentFileName(), f.readAll() });
    }
    return out;
}

// An empty profile an archive is imported into, with what the import said.
struct Target
{
    QTemporaryDir dir;
    Profile profile;
    DossierArchive::ImportSummary summary;
    DossierArchive::Refusal refusal = DossierArchive::Refusal::None;
    QString error;

    Target() { profile.open(dir.path(), &error); }
    bool import(const QString& path, bool replace = false)
    {
        return DossierArchive::importFrom(profile, path, replace, &summary, &error, &refusal);
    }
};

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}
} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripGivesIdenticalDossiers();
    void presentDossiersAreKeptUnlessReplacing();
    void hostileArchivesAreRefused_data();
    void hostileArchivesAreRefused();
    void tooManyEntriesIsRefused();
    void headerLyingAboutSizeIsRefused();
    void storeFailureImportsNothing();
    void importedDossiersWaitForThePortal();

private:
    QString exportDemo(const QString& name);
    void checkNothingImported(const QString& why);

    QTemporaryDir m_dir;
    Profile m_source;
    QString m_archive;
};

void TestArchive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
    QString error;
    QVERIFY(m_source.open(m_dir.filePath(QStringLiteral("source")), &error));
    QVERIFY2(DemoData::populate(m_source, 12, &error), qPrintable(error));
    // A renewal, so the archive carries a link between two of its dossiers.
    const QList<Dossier> all = m_source.dossiers().dossiers(&error);
    for (const Dossier& d : all) {
        if (d.effectiveStatus(QDate(2026, 11, 23)) == DossierStatus::Valid) {
            QVERIFY(m_source.dossiers().renew(d.id, QStringLiteral("test"), &error));
            break;
        }
    }
    m_archive = exportDemo(QStringLiteral("all.zip"));
}

QString TestArchive::exportDemo(const QString& name)
{
    QString error;
    QList<QUuid> ids;
    for (const Dossier& d : m_source.dossiers().dossiers(&error))
        ids.append(d.id);
    const QString path = m_dir.filePath(name);
    DossierArchive::ExportSummary summary;
    if (!DossierArchive::exportTo(m_source, ids, path, &summary, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestArchive::roundTripGivesIdenticalDossiers()
{
    QTemporaryDir target;
    Profile copy;
    QString error;
    QVERIFY(copy.open(target.path(), &error));
    DossierArchive::ImportSummary summary;
    QVERIFY2(DossierArchive::importFrom(copy, m_archive, false, &summary, &error), qPrintable(error));
    const QList<Dossier> before = m_source.dossiers().dossiers(&error);
    const QList<Dossier> after = copy.dossiers().dossiers(&error);
    QCOMPARE(summary.count(DossierArchive::ImportedDossier::Outcome::Imported), int(before.size()));
    QCOMPARE(after.size(), before.size());
    int documents = 0;
    for (const Dossier& a : before) {
        const std::optional<Dossier> b = copy.dossiers().dossier(a.id, &error);
        QVERIFY(b);
        QCOMPARE(b->name, a.name);
        QVERIFY(b->client == a.client);
        QCOMPARE(b->numbers, a.numbers);
        QCOMPARE(b->use, a.use);
        QCOMPARE(b->status, a.status);
        QCOMPARE(b->rejectionReason, a.rejectionReason);
        QCOMPARE(b->validatedOn, a.validatedOn);
        QCOMPARE(b->validUntil, a.validUntil);
        QCOMPARE(b->renewsId, a.renewsId);
        QCOMPARE(b->createdAt, a.createdAt);
        QCOMPARE(b->updatedAt, a.updatedAt);
        QCOMPARE(b->version, a.version);
        QCOMPARE(b->history.size(), a.history.size());
        for (int i = 0; i < a.history.size(); ++i) {
            QCOMPARE(b->history.at(i).at, a.history.at(i).at);
            QCOMPARE(b->history.at(i).hasFrom, a.history.at(i).hasFrom);
            QCOMPARE(b->history.at(i).from, a.history.at(i).from);
            QCOMPARE(b->history.at(i).to, a.history.at(i).to);
            QCOMPARE(b->history.at(i).reason, a.history.at(i).reason);
            QCOMPARE(b->history.at(i).by, a.history.at(i).by);
        }
        const QList<Document> da = m_source.dossiers().documents(a.id, &error);
        const QList<Document> db = copy.dossiers().documents(a.id, &error);
        QCOMPARE(db.size(), da.size());
        for (int i = 0; i < da.size(); ++i) {
            QCOMPARE(db.at(i).id, da.at(i).id);
            QCOMPARE(db.at(i).kind, da.at(i).kind);
            QCOMPARE(db.at(i).originalName, da.at(i).originalName);
            QCOMPARE(db.at(i).sha256, da.at(i).sha256);
            QCOMPARE(db.at(i).issueDate, da.at(i).issueDate);
            QCOMPARE(db.at(i).dateSource, da.at(i).dateSource);
            QCOMPARE(db.at(i).dateSnippet, da.at(i).dateSnippet);
            QCOMPARE(db.at(i).addedAt, da.at(i).addedAt);
            QCOMPARE(db.at(i).signatureConfirmed, da.at(i).signatureConfirmed);
            QCOMPARE(copy.dossiers().documentPages(db.at(i).id, &error),
                     m_source.dossiers().documentPages(da.at(i).id, &error));
            QCOMPARE(copy.blobs().read(db.at(i).sha256, &error),
                     m_source.blobs().read(da.at(i).sha256, &error));
            ++documents;
        }
    }
    QVERIFY(documents > 20);
    // The archive itself: the manifest first, then each file once under its hash.
    const QList<Entry> entries = entriesOf(m_archive);
    QCOMPARE(entries.first().name, QStringLiteral("manifest.json"));
    const QJsonObject manifest = QJsonDocument::fromJson(entries.first().bytes).object();
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("mandatdesk-archive"));
    QCOMPARE(manifest.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("dossiers")).toArray().size(), before.size());
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i).name.startsWith(QLatin1String("documents/")));
}

void TestArchive::presentDossiersAreKeptUnlessReplacing()
{
    QTemporaryDir target;
    Profile copy;
    QString error;
    QVERIFY(copy.open(target.path(), &error));
    DossierArchive::ImportSummary summary;
    QVERIFY(DossierArchive::importFrom(copy, m_archive, false, &summary, &error));
    // Changed here; a second import leaves it as it is.
    Dossier d = copy.dossiers().dossiers(&error).first();
    d.name = QStringLiteral("Renamed here");
    QVERIFY(copy.dossiers().updateDossier(d, &error));
    QVERIFY(DossierArchive::importFrom(copy, m_archive, false, &summary, &error));
    QCOMPARE(summary.count(DossierArchive::ImportedDossier::Outcome::Skipped), int(summary.dossiers.size()));
    QCOMPARE(summary.documents, 0);
    QCOMPARE(copy.dossiers().dossier(d.id, &error)->name, QStringLiteral("Renamed here"));
    // Replacing takes the archive's version; the files stay shared, none is lost or doubled.
    const QStringList blobsBefore = filesUnder(target.filePath(QStringLiteral("documents")));
    QVERIFY(DossierArchive::importFrom(copy, m_archive, true, &summary, &error));
    QCOMPARE(summary.count(DossierArchive::ImportedDossier::Outcome::Replaced), int(summary.dossiers.size()));
    QCOMPARE(copy.dossiers().dossier(d.id, &error)->name, m_source.dossiers().dossier(d.id, &error)->name);
    QCOMPARE(filesUnder(target.filePath(QStringLiteral("documents"))), blobsBefore);
    QCOMPARE(copy.dossiers().dossierCount(), m_source.dossiers().dossierCount());
}

void TestArchive::hostileArchivesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("parent folder") << "dotdot"
                                   << "unsafe_name";
    QTest::newRow("absolute path") << "absolute"
                                   << "unsafe_name";
    QTest::newRow("drive letter") << "drive"
                                  << "unsafe_name";
    QTest::newRow("backslash") << "backslash"
                               << "unsafe_name";
    QTest::newRow("symbolic link") << "symlink"
                                   << "symbolic_link";
    QTest::newRow("encrypted entry") << "encrypted"
                                     << "encrypted";
    QTest::newRow("zip bomb ratio") << "ratio"
                                    << "compression_ratio";
    QTest::newRow("tampered document") << "tampered"
                                       << "hash_mismatch";
    QTest::newRow("missing document") << "missing"
                                      << "missing_file";
    QTest::newRow("extra entry") << "extra"
                                 << "unexpected_entry";
    QTest::newRow("a document outside documents/") << "outside"
                                                   << "unexpected_entry";
    QTest::newRow("manifest not JSON") << "badjson"
                                       << "bad_manifest";
    QTest::newRow("manifest wrong type") << "badtype"
                                         << "bad_manifest";
    QTest::newRow("newer format") << "version"
                                  << "bad_manifest";
    // Found by fuzz_archive_manifest: numbers out of range were cast before being checked.
    QTest::newRow("size beyond any integer") << "hugesize"
                                             << "bad_manifest";
    QTest::newRow("version beyond an int") << "hugeversion"
                                           << "bad_manifest";
    QTest::newRow("not a zip") << "notzip"
                               << "unreadable";
    QTest::newRow("truncated") << "truncated"
                               << "unreadable";
}

void TestArchive::hostileArchivesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    // The real archive, changed one way. Each dangerous name, if it were ever used as a path,
    // would land in m_dir (a sibling of the profile): the test checks nothing appears there.
    QList<Entry> entries = entriesOf(m_archive);
    QJsonObject manifest = QJsonDocument::fromJson(entries.first().bytes).object();
    auto setManifest = [&](const QJsonObject& m) { entries[0].bytes = QJsonDocument(m).toJson(); };
    const QString escape = QStringLiteral("../escaped.txt");
    if (kind == QLatin1String("dotdot"))
        entries.append({ QStringLiteral("documents/../../") + escape, "x" });
    else if (kind == QLatin1String("absolute"))
        entries.append({ m_dir.filePath(QStringLiteral("absolute.txt")), "x" });
    else if (kind == QLatin1String("drive"))
        entries.append({ QStringLiteral("C:/Windows/evil.txt"), "x" });
    else if (kind == QLatin1String("backslash"))
        entries.append({ QStringLiteral("documents\\..\\evil.txt"), "x" });
    else if (kind == QLatin1String("symlink"))
        entries.append({ QStringLiteral("documents/link"), m_dir.path().toUtf8(), 0120777 });
    else if (kind == QLatin1String("encrypted"))
        entries[1].password = "secret";
    else if (kind == QLatin1String("ratio"))
        entries.append({ QStringLiteral("documents/zeros"), QByteArray(8 * 1024 * 1024, '\0') });
    else if (kind == QLatin1String("tampered"))
        entries[1].bytes[entries[1].bytes.size() / 2] = entries[1].bytes[entries[1].bytes.size() / 2] ^ 0x20;
    else if (kind == QLatin1String("missing"))
        entries.removeAt(1);
    else if (kind == QLatin1String("extra"))
        entries.append({ QStringLiteral("notes.txt"), "hello" });
    else if (kind == QLatin1String("outside")) // a name as long as "documents/", then a hash it holds
        entries.append(
            { QStringLiteral("elsewhere/") + entries[1].name.section(u'/', -1), entries[1].bytes });
    else if (kind == QLatin1String("badjson"))
        entries[0].bytes = "{ \"format\": \"mandatdesk-archive\", ";
    else if (kind == QLatin1String("badtype")) {
        QJsonArray dossiers = manifest.value(QStringLiteral("dossiers")).toArray();
        QJsonObject first = dossiers.at(0).toObject();
        first.insert(QStringLiteral("numbers"), QStringLiteral("+33162123456")); // a string, not a list
        dossiers.replace(0, first);
        manifest.insert(QStringLiteral("dossiers"), dossiers);
        setManifest(manifest);
    } else if (kind == QLatin1String("version")) {
        manifest.insert(QStringLiteral("version"), 99);
        setManifest(manifest);
    } else if (kind == QLatin1String("hugesize") || kind == QLatin1String("hugeversion")) {
        QJsonArray dossiers = manifest.value(QStringLiteral("dossiers")).toArray();
        QJsonObject first = dossiers.at(0).toObject();
        if (kind == QLatin1String("hugeversion")) {
            first.insert(QStringLiteral("version"), 3e9); // an int would make it negative
        } else {
            QJsonArray documents = first.value(QStringLiteral("documents")).toArray();
            QJsonObject document = documents.at(0).toObject();
            document.insert(QStringLiteral("size"), 1.35924e126);
            documents.replace(0, document);
            first.insert(QStringLiteral("documents"), documents);
        }
        dossiers.replace(0, first);
        manifest.insert(QStringLiteral("dossiers"), dossiers);
        setManifest(manifest);
    }
    const QString path = m_dir.filePath(kind + QStringLiteral(".zip"));
    if (kind == QLatin1String("notzip")) {
        Fixtures::writeFile(path, "This is a text file, not an archive.\n");
    } else if (kind == QLatin1String("truncated")) {
        QByteArray bytes = Fixtures::readFile(m_archive);
        bytes.truncate(bytes.size() / 2);
        Fixtures::writeFile(path, bytes);
    } else {
        QVERIFY(writeZip(path, entries));
    }

    const QStringList around = filesUnder(m_dir.path());
    Target target;
    QVERIFY(!target.import(path));
    QCOMPARE(DossierArchive::refusalCode(target.refusal), reason);
    QVERIFY2(target.error.startsWith(QLatin1String("The archive is refused")), qPrintable(target.error));
    QCOMPARE(target.profile.dossiers().dossierCount(), 0);
    QVERIFY(target.summary.dossiers.isEmpty());
    QCOMPARE(filesUnder(target.dir.filePath(QStringLiteral("documents"))), QStringList());
    QCOMPARE(filesUnder(m_dir.path()), around);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("escaped.txt"))));
}

void TestArchive::tooManyEntriesIsRefused()
{
    QList<Entry> entries = entriesOf(m_archive);
    for (int i = 0; i < 10001; ++i)
        entries.append({ QStringLiteral("documents/%1").arg(i), QByteArray(), 0100644, 0 });
    const QString path = m_dir.filePath(QStringLiteral("many.zip"));
    QVERIFY(writeZip(path, entries));
    Target target;
    QVERIFY(!target.import(path));
    QCOMPARE(target.refusal, DossierArchive::Refusal::TooManyEntries);
    QCOMPARE(target.profile.dossiers().dossierCount(), 0);
}

void TestArchive::headerLyingAboutSizeIsRefused()
{
    // An entry whose headers claim 1.5 GB: refused from the headers, before anything is read.
    QList<Entry> entries = entriesOf(m_archive);
    entries.append({ QStringLiteral("documents/huge"), QByteArray(1000, 'a'), 0100644, 0 });
    const QString path = m_dir.filePath(QStringLiteral("huge.zip"));
    QVERIFY(writeZip(path, entries));
    QByteArray bytes = Fixtures::readFile(path);
    // Patch the uncompressed size (local header offset 22, central directory offset 24) of that entry.
    const QByteArray name = "documents/huge";
    const quint32 claimed = 1500u * 1000 * 1000;
    int patched = 0;
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        const bool local = bytes.mid(at - 30, 4) == QByteArray("PK\x03\x04", 4);
        const bool central = bytes.mid(at - 46, 4) == QByteArray("PK\x01\x02", 4);
        const qsizetype field = local ? at - 30 + 22 : central ? at - 46 + 24 : -1;
        if (field < 0)
            continue;
        for (int b = 0; b < 4; ++b)
            bytes[field + b] = char((claimed >> (8 * b)) & 0xff);
        ++patched;
    }
    QCOMPARE(patched, 2);
    Fixtures::writeFile(path, bytes);
    Target target;
    QVERIFY(!target.import(path));
    QCOMPARE(target.refusal, DossierArchive::Refusal::TooLarge);
    QVERIFY2(target.error.contains(QLatin1String("1000 MB")), qPrintable(target.error));
    QCOMPARE(target.profile.dossiers().dossierCount(), 0);
}

void TestArchive::storeFailureImportsNothing()
{
    // The profile refuses one dossier (a trigger stands for a full disk or a broken row):
    // the whole import is rolled back and the files it had stored are removed again.
    QTemporaryDir target;
    Profile copy;
    QString error;
    QVERIFY(copy.open(target.path(), &error));
    const QString last = m_source.dossiers().dossiers(&error).last().name;
    QSqlQuery q(copy.database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON dossiers WHEN NEW.name = '%1' "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                       .arg(QString(last).replace(u'\'', QStringLiteral("''")))));
    DossierArchive::ImportSummary summary;
    DossierArchive::Refusal refusal;
    QVERIFY(!DossierArchive::importFrom(copy, m_archive, false, &summary, &error, &refusal));
    QCOMPARE(refusal, DossierArchive::Refusal::Store);
    QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
    QCOMPARE(copy.dossiers().dossierCount(), 0);
    QCOMPARE(filesUnder(target.filePath(QStringLiteral("documents"))), QStringList());
}

// A QGuiApplication: the demo dossiers' documents are painted PDFs.
void TestArchive::importedDossiersWaitForThePortal()
{
    // Issue 12.6: what waited for the portal is queued again, and a status only the portal
    // decides is not taken on the archive's word.
    Target target;
    QVERIFY2(target.import(m_archive), qPrintable(target.error));
    QString error;
    Outbox outbox(target.profile.database());
    int queued = 0;
    int decided = 0;
    for (const Dossier& d : target.profile.dossiers().dossiers(&error)) {
        const std::optional<Dossier> source = m_source.dossiers().dossier(d.id, nullptr);
        QVERIFY(source);
        QCOMPARE(d.history.size(), source->history.size()); // the history is kept
        QCOMPARE(d.status, source->status);
        const QList<Outbox::Item> items = outbox.forDossier(d.id);
        if (d.status == DossierStatus::Queued) {
            ++queued;
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().state, Outbox::State::Queued);
        } else {
            QVERIFY(items.isEmpty());
        }
        const bool portalDecides = d.status == DossierStatus::UnderReview
            || d.status == DossierStatus::Rejected || d.status == DossierStatus::Valid
            || d.status == DossierStatus::Expired;
        decided += portalDecides ? 1 : 0;
        QCOMPARE(d.statusUnconfirmed, portalDecides);
    }
    QVERIFY(queued > 0);
    QVERIFY(decided > 0);
}

QTEST_MAIN(TestArchive)
#include "TestArchive.moc"
