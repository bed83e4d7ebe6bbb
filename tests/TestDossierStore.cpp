#include "core/Clock.h"
#include "model/DossierJson.h"
#include "numbering/NumberClassifier.h"
#include "store/DossierSummaries.h"
#include "store/Profile.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

class TestDossierStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip();
    void reopenKeepsEverything();
    void updateReplacesNumbers();
    void statusHistoryPersisted();
    void refusedTransitionChangesNothing();
    void findByPrefix();
    void renewLinksDossiers();
    void documentsShareBytes();
    void sameBytesTwiceInOneDossier();
    void documentMovedToAnotherKind();
    void fullDossiersInFewQueries();
    void summariesInTheirOrder();
    void summariesReadByPages();
    void providerKeptInProfile();
    void walAndForeignKeys();
    void newerSchemaRefused();
    void failedWriteLeavesStatementsUsable();

private:
    Dossier sampleDossier() const;
    QString writeFile(const QString& name, const QByteArray& bytes);

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<Profile> m_profile;
    FixedClock* m_clock = nullptr;
};

void TestDossierStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDossierStore::init()
{
    m_clock = new FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    Clock::setInstance(m_clock);
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
    m_profile.reset(new Profile);
    QString error;
    QVERIFY2(m_profile->open(m_dir->filePath(QStringLiteral("profile")), &error), qPrintable(error));
}

void TestDossierStore::cleanup()
{
    m_profile.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

Dossier TestDossierStore::sampleDossier() const
{
    Dossier d;
    d.name = QStringLiteral("Campagne fidélité 2026");
    d.client.legalName = QStringLiteral("Boulangeries Réunies SAS");
    d.client.legalForm = QStringLiteral("SAS");
    d.client.shareCapital = QStringLiteral("10 000 €");
    d.client.address = QStringLiteral("12 rue de l'Été, 44000 Nantes");
    d.client.siren = QStringLiteral("518452750");
    d.client.rcsCity = QStringLiteral("Nantes");
    d.client.representativeName = QStringLiteral("Élodie Durand");
    d.client.representativeTitle = QStringLiteral("Présidente");
    d.numbers = { QStringLiteral("+33162123456"), QStringLiteral("+590590123456") };
    d.use = PhoneUse::Automated;
    return d;
}

QString TestDossierStore::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestDossierStore::roundTrip()
{
    Dossier d = sampleDossier();
    QString error;
    QVERIFY2(m_profile->dossiers().createDossier(d, QStringLiteral("alice"), &error), qPrintable(error));
    QVERIFY(!d.id.isNull());
    QVERIFY(d.client.id > 0);

    const std::optional<Dossier> loaded = m_profile->dossiers().dossier(d.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, d.name);
    QVERIFY(loaded->client == d.client);
    QCOMPARE(loaded->numbers, d.numbers);
    QCOMPARE(loaded->use, PhoneUse::Automated);
    QCOMPARE(loaded->status, DossierStatus::NotSubmitted);
    QCOMPARE(loaded->createdAt, m_clock->currentDateTimeUtc());
    QCOMPARE(loaded->history.size(), 1);
    QCOMPARE(loaded->history.first().hasFrom, false);
    QCOMPARE(loaded->history.first().by, QStringLiteral("alice"));
    QCOMPARE(m_profile->dossiers().dossierCount(), 1);
}

void TestDossierStore::reopenKeepsEverything()
{
    Dossier d = sampleDossier();
    QString error;
    QVERIFY(m_profile->dossiers().createDossier(d, QStringLiteral("alice"), &error));
    const QString dir = m_profile->directory();
    m_profile.reset(new Profile);
    QVERIFY2(m_profile->open(dir, &error), qPrintable(error));
    const std::optional<Dossier> loaded = m_profile->dossiers().dossier(d.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->client == d.client);
    QCOMPARE(loaded->numbers, d.numbers);
}

void TestDossierStore::updateReplacesNumbers()
{
    Dossier d = sampleDossier();
    QString error;
    QVERIFY(m_profile->dossiers().createDossier(d, {}, &error));
    d.numbers = { QStringLiteral("+33948123456") };
    d.name = QStringLiteral("Renamed");
    d.client.legalName = QStringLiteral("Boulangeries Réunies");
    QVERIFY2(m_profile->dossiers().updateDossier(d, &error), qPrintable(error));
    QCOMPARE(d.version, 2);
    const std::optional<Dossier> loaded = m_profile->dossiers().dossier(d.id, &error);
    QCOMPARE(loaded->numbers, QStringList { QStringLiteral("+33948123456") });
    QCOMPARE(loaded->name, QStringLiteral("Renamed"));
    QCOMPARE(loaded->client.legalName, QStringLiteral("Boulangeries Réunies"));

    // A duplicate number is refused by the store too, and the update rolls back whole.
    d.numbers = { QStringLiteral("+33948123456"), QStringLiteral("+33948123456") };
    d.name = QStringLiteral("Must not be saved");
    QVERIFY(!m_profile->dossiers().updateDossier(d, &error));
    QVERIFY(!error.isEmpty());
    const std::optional<Dossier> again = m_profile->dossiers().dossier(d.id, &error);
    QCOMPARE(again->name, QStringLiteral("Renamed"));
    QCOMPARE(again->numbers.size(), 1);
}

void TestDossierStore::statusHistoryPersisted()
{
    Dossier d = sampleDossier();
    QString error;
    QVERIFY(m_profile->dossiers().createDossier(d, {}, &error));
    DossierStore& store = m_profile->dossiers();
    QVERIFY(store.setStatus(d.id, DossierStatus::Queued, {}, {}, QStringLiteral("bob"), nullptr, &error));
    QVERIFY(
        store.setStatus(d.id, DossierStatus::UnderReview, {}, {}, QStringLiteral("portal"), nullptr, &error));
    QVERIFY(store.setStatus(d.id, DossierStatus::Rejected, {}, QStringLiteral("Facture de plus de 3 mois"),
                            QStringLiteral("portal"), nullptr, &error));
    QVERIFY(
        store.setStatus(d.id, DossierStatus::NotSubmitted, {}, {}, QStringLiteral("bob"), nullptr, &error));
    QVERIFY(store.setStatus(d.id, DossierStatus::Queued, {}, {}, QStringLiteral("bob"), nullptr, &error));
    QVERIFY(
        store.setStatus(d.id, DossierStatus::UnderReview, {}, {}, QStringLiteral("portal"), nullptr, &error));
    m_clock->advanceDays(3);
    Dossier updated;
    QVERIFY2(store.setStatus(d.id, DossierStatus::Valid, QDate(2026, 11, 25), {}, QStringLiteral("portal"),
                             &updated, &error),
             qPrintable(error));
    QCOMPARE(updated.validUntil, QDate(2027, 11, 25));

    const std::optional<Dossier> loaded = store.dossier(d.id, &error);
    QCOMPARE(loaded->history.size(), 8);
    QCOMPARE(loaded->history.at(3).to, DossierStatus::Rejected);
    QCOMPARE(loaded->history.at(3).reason, QStringLiteral("Facture de plus de 3 mois"));
    QCOMPARE(loaded->history.at(4).from, DossierStatus::Rejected);
    QCOMPARE(loaded->history.last().at, m_clock->currentDateTimeUtc());
    QCOMPARE(loaded->validatedOn, QDate(2026, 11, 25));
    QCOMPARE(loaded->validUntil, QDate(2027, 11, 25));
    QVERIFY(loaded->rejectionReason.isEmpty());
    QCOMPARE(loaded->effectiveStatus(QDate(2027, 11, 24)), DossierStatus::Valid);
    QCOMPARE(loaded->effectiveStatus(QDate(2027, 11, 25)), DossierStatus::Expired);
}

void TestDossierStore::refusedTransitionChangesNothing()
{
    Dossier d = sampleDossier();
    QString error;
    QVERIFY(m_profile->dossiers().createDossier(d, {}, &error));
    QVERIFY(!m_profile->dossiers().setStatus(d.id, DossierStatus::Valid, {}, {}, {}, nullptr, &error));
    QVERIFY(!error.isEmpty());
    const std::optional<Dossier> loaded = m_profile->dossiers().dossier(d.id, &error);
    QCOMPARE(loaded->status, DossierStatus::NotSubmitted);
    QCOMPARE(loaded->history.size(), 1);
    QCOMPARE(loaded->version, 1);
}

void TestDossierStore::findByPrefix()
{
    Dossier d = sampleDossier();
    QString error;
    QVERIFY(m_profile->dossiers().createDossier(d, {}, &error));
    const QString id = d.id.toString(QUuid::WithoutBraces);
    QCOMPARE(m_profile->dossiers().findDossier(id.left(8), &error)->id, d.id);
    QCOMPARE(m_profile->dossiers().findDossier(id.toUpper(), &error)->id, d.id);
    QVERIFY(!m_profile->dossiers().findDossier(QStringLiteral("zzzzzzzz"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_profile->dossiers().findDossier(QStringLiteral("%%%%"), &error));
}

void TestDossierStore::renewLinksDossiers()
{
    Dossier d = sampleDossier();
    QString error;
    DossierStore& store = m_profile->dossiers();
    QVERIFY(store.createDossier(d, {}, &error));
    QVERIFY2(!store.renew(d.id, {}, &error), "a dossier not yet valid cannot be renewed");
    QVERIFY(store.setStatus(d.id, DossierStatus::Queued, {}, {}, {}, nullptr, &error));
    QVERIFY(store.setStatus(d.id, DossierStatus::UnderReview, {}, {}, {}, nullptr, &error));
    QVERIFY(store.setStatus(d.id, DossierStatus::Valid, {}, {}, {}, nullptr, &error));
    m_clock->advanceMonths(13);
    const std::optional<Dossier> renewal = store.renew(d.id, QStringLiteral("alice"), &error);
    QVERIFY2(renewal, qPrintable(error));
    QCOMPARE(renewal->renewsId, d.id);
    QCOMPARE(renewal->numbers, d.numbers);
    QCOMPARE(renewal->status, DossierStatus::NotSubmitted);
    QVERIFY(renewal->client.id != d.client.id);
    QCOMPARE(store.dossier(renewal->id, &error)->renewsId, d.id);
    QCOMPARE(store.dossierCount(), 2);
}

void TestDossierStore::documentsShareBytes()
{
    QString error;
    Dossier a = sampleDossier();
    Dossier b = sampleDossier();
    QVERIFY(m_profile->dossiers().createDossier(a, {}, &error));
    QVERIFY(m_profile->dossiers().createDossier(b, {}, &error));
    const QByteArray bytes = "%PDF-1.4\n% the same Kbis in two dossiers\n%%EOF\n";
    const QString path = writeFile(QStringLiteral("kbis.pdf"), bytes);

    Document da;
    da.dossierId = a.id;
    da.kind = Document::Kind::Kbis;
    da.issueDate = QDate(2026, 11, 6);
    da.dateSource = Document::DateSource::FoundInText;
    da.dateSnippet = QStringLiteral("à jour au 6 novembre 2026");
    QVERIFY2(m_profile->dossiers().addDocument(da, path, &error), qPrintable(error));
    Document db;
    db.dossierId = b.id;
    db.kind = Document::Kind::Kbis;
    QVERIFY2(m_profile->dossiers().addDocument(db, path, &error), qPrintable(error));
    QCOMPARE(da.sha256, db.sha256);
    QCOMPARE(da.size, bytes.size());
    QCOMPARE(da.mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(m_profile->blobs().read(da.sha256, &error), bytes);

    const QList<Document> docs = m_profile->dossiers().documents(a.id, &error);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().issueDate, QDate(2026, 11, 6));
    QCOMPARE(docs.first().dateSource, Document::DateSource::FoundInText);
    QCOMPARE(docs.first().dateSnippet, da.dateSnippet);
    QCOMPARE(docs.first().originalName, QStringLiteral("kbis.pdf"));

    // Deleting one document keeps the bytes the other one uses.
    QVERIFY2(m_profile->dossiers().removeDocument(da.id, &error), qPrintable(error));
    QVERIFY(m_profile->blobs().contains(db.sha256));
    QVERIFY(m_profile->blobs().verify(db.sha256));
    // Deleting the last user removes them.
    QVERIFY(m_profile->dossiers().deleteDossier(b.id, &error));
    QVERIFY(!m_profile->blobs().contains(db.sha256));
}

void TestDossierStore::sameBytesTwiceInOneDossier()
{
    QString error;
    Dossier a = sampleDossier();
    QVERIFY(m_profile->dossiers().createDossier(a, {}, &error));
    const QString path = writeFile(QStringLiteral("facture.pdf"), "%PDF-1.4\nfacture\n%%EOF\n");
    Document first;
    first.dossierId = a.id;
    QVERIFY(m_profile->dossiers().addDocument(first, path, &error));
    Document second;
    second.dossierId = a.id;
    QVERIFY(!m_profile->dossiers().addDocument(second, path, &error));
    QVERIFY2(error.contains(QLatin1String("facture.pdf")), qPrintable(error));
    QCOMPARE(m_profile->dossiers().documents(a.id, &error).size(), 1);
}

void TestDossierStore::documentMovedToAnotherKind()
{
    // A scan dropped as the signed mandate, confirmed, is an invoice after all: its date is read
    // again as an invoice's, and the signature confirmation goes; a date typed by hand stays.
    QString error;
    Dossier a = sampleDossier();
    QVERIFY(m_profile->dossiers().createDossier(a, {}, &error));
    const QString path = writeFile(QStringLiteral("scan.pdf"), "%PDF-1.4\nscan\n%%EOF\n");
    Document doc;
    doc.dossierId = a.id;
    doc.kind = Document::Kind::SignedMandate;
    QVERIFY2(m_profile->dossiers().addDocument(
                 doc, path, &error, { QStringLiteral("Facture n° 12\nDate de facture : 06/11/2026") }),
             qPrintable(error));
    QVERIFY(m_profile->dossiers().setSignatureConfirmed(doc.id, true, QStringLiteral("alice"), &error));
    QVERIFY2(m_profile->dossiers().setDocumentKind(doc.id, Document::Kind::Invoice, &error),
             qPrintable(error));
    Document moved = *m_profile->dossiers().document(doc.id, &error);
    QCOMPARE(moved.kind, Document::Kind::Invoice);
    QCOMPARE(moved.issueDate, QDate(2026, 11, 6));
    QCOMPARE(moved.dateSource, Document::DateSource::FoundInText);
    QVERIFY(!moved.signatureConfirmed);
    QVERIFY(m_profile->dossiers().setDocumentDate(doc.id, QDate(2026, 11, 2), &error));
    QVERIFY(m_profile->dossiers().setDocumentKind(doc.id, Document::Kind::Kbis, &error));
    moved = *m_profile->dossiers().document(doc.id, &error);
    QCOMPARE(moved.kind, Document::Kind::Kbis);
    QCOMPARE(moved.issueDate, QDate(2026, 11, 2));
    QCOMPARE(moved.dateSource, Document::DateSource::EnteredByHand);
}

// Archives read many dossiers whole in a few queries (issue 15): the same as reading each one.
void TestDossierStore::fullDossiersInFewQueries()
{
    QString error;
    DossierStore& store = m_profile->dossiers();
    QList<QUuid> ids;
    for (int i = 0; i < 4; ++i) {
        Dossier d = sampleDossier();
        d.name += QString::number(i);
        d.client.siren = i % 2 ? QStringLiteral("732829320") : QStringLiteral("518452750");
        if (i == 2)
            d.numbers.append(QStringLiteral("+33948123456"));
        QVERIFY2(store.createDossier(d, QStringLiteral("alice"), &error), qPrintable(error));
        if (i != 1) { // one dossier without documents
            Document doc;
            doc.dossierId = d.id;
            doc.kind = Document::Kind::Kbis;
            doc.originalName = QStringLiteral("kbis.pdf");
            QVERIFY2(store.addDocument(doc, QByteArray("%PDF-1.4\nkbis ") + QByteArray::number(i), &error,
                                       { QStringLiteral("page 1 of %1").arg(i), QStringLiteral("page 2") }),
                     qPrintable(error));
            Document invoice;
            invoice.dossierId = d.id;
            invoice.kind = Document::Kind::Invoice;
            invoice.originalName = QStringLiteral("facture.pdf");
            QVERIFY(store.addDocument(invoice, QByteArray("%PDF-1.4\nshared invoice"), &error,
                                      { QStringLiteral("x") }));
        }
        QVERIFY(store.setStatus(d.id, DossierStatus::Queued, m_clock->today(), {}, QStringLiteral("bob"),
                                nullptr, &error));
        ids.append(d.id);
    }
    std::reverse(ids.begin(), ids.end()); // the order asked, not the order stored
    const std::optional<QList<DossierStore::FullDossier>> full = store.fullDossiers(ids, &error);
    QVERIFY2(full, qPrintable(error));
    QCOMPARE(full->size(), ids.size());
    const QDate today = m_clock->today();
    for (int i = 0; i < ids.size(); ++i) {
        const DossierStore::FullDossier& f = full->at(i);
        const Dossier one = *store.dossier(ids.at(i), &error);
        QCOMPARE(f.dossier.id, ids.at(i));
        QCOMPARE(DossierJson::dossier(f.dossier, today, NumberClassifier::builtIn(), {}),
                 DossierJson::dossier(one, today, NumberClassifier::builtIn(), {}));
        QVERIFY(f.dossier.client == one.client);
        QCOMPARE(f.dossier.history.size(), 2);
        const QList<Document> docs = store.documents(ids.at(i), &error);
        QCOMPARE(f.documents.size(), docs.size());
        for (int k = 0; k < docs.size(); ++k) {
            QCOMPARE(DossierJson::document(f.documents.at(k).document), DossierJson::document(docs.at(k)));
            QCOMPARE(f.documents.at(k).pages, store.documentPages(docs.at(k).id, &error));
        }
    }
    QCOMPARE(full->at(0).documents.first().pages.size(), 2);
    QVERIFY(full->at(2).documents.isEmpty());

    // An unknown id is said, not skipped.
    QVERIFY(!store.fullDossiers({ ids.first(), QUuid::createUuid() }, &error));
    QVERIFY2(error.contains(QLatin1String("No dossier")), qPrintable(error));
}

// The list's summaries (issue 15: read in three uncorrelated passes): dossiers in the order they
// were made, each one's numbers in the user's order, the newest pending outbox item.
void TestDossierStore::summariesInTheirOrder()
{
    QString error;
    DossierStore& store = m_profile->dossiers();
    QList<QUuid> made;
    for (int i = 0; i < 3; ++i) {
        m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(60));
        Dossier d = sampleDossier();
        d.name = QStringLiteral("Dossier %1").arg(i);
        d.numbers = i == 1 ? QStringList { QStringLiteral("+33948123456"), QStringLiteral("+33162121234"),
                                           QStringLiteral("+33562000000") }
                           : QStringList {};
        QVERIFY2(store.createDossier(d, {}, &error), qPrintable(error));
        made.append(d.id);
    }
    Dossier edited = *store.dossier(made.at(1), &error);
    edited.numbers = { QStringLiteral("+33562000000"), QStringLiteral("+33162121234") }; // reordered
    QVERIFY2(store.updateDossier(edited, &error), qPrintable(error));
    QSqlQuery q(m_profile->database().connection());
    QVERIFY(q.exec(
        QStringLiteral(
            "INSERT INTO outbox (dossier_id, kind, idempotency_key, state, attempts, "
            "next_attempt_at, last_error, created_at) VALUES ('%1', 'submit', 'k1', 'done', 1, '', '', ''), "
            "('%1', 'submit', 'k2', 'queued', 2, '', 'timeout', '')")
            .arg(made.at(2).toString(QUuid::WithoutBraces))));
    const QList<DossierSummary> all = DossierSummaries::all(m_profile->database(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(all.at(i).id, made.at(i));
    QCOMPARE(all.at(1).numbers, edited.numbers);
    QVERIFY(all.at(0).numbers.isEmpty());
    QCOMPARE(all.at(0).syncState, DossierSummary::SyncState::None);
    QCOMPARE(all.at(2).syncState, DossierSummary::SyncState::Retrying);
    QCOMPARE(all.at(2).syncError, QStringLiteral("timeout"));
    // One dossier read again gives the same.
    const std::optional<DossierSummary> one
        = DossierSummaries::one(m_profile->database(), made.at(1), &error);
    QVERIFY(one);
    QCOMPARE(one->numbers, all.at(1).numbers);
}

void TestDossierStore::summariesReadByPages()
{
    // Five dossiers, three of them made in the same second (the order then goes by rowid),
    // numbers out of their alphabetical order, a pending change on the fourth.
    QString error;
    DossierStore& store = m_profile->dossiers();
    QList<QUuid> made;
    for (int i = 0; i < 5; ++i) {
        if (i < 2)
            m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(60));
        Dossier d = sampleDossier();
        d.name = QStringLiteral("Dossier %1").arg(i);
        d.numbers = { QStringLiteral("+33562000000"), QStringLiteral("+3316212123%1").arg(i) };
        QVERIFY2(store.createDossier(d, {}, &error), qPrintable(error));
        made.append(d.id);
    }
    QSqlQuery q(m_profile->database().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (dossier_id, kind, idempotency_key, state, attempts, "
                                  "next_attempt_at, last_error, created_at) VALUES "
                                  "('%1', 'submit', 'k1', 'failed', 3, '', 'refused', '')")
                       .arg(made.at(3).toString(QUuid::WithoutBraces))));
    const QList<DossierSummary> all = DossierSummaries::all(m_profile->database(), &error);
    QCOMPARE(all.size(), 5);
    for (int limit : { 1, 2, 5, 7 }) {
        DossierSummaries::PageKey key;
        QList<DossierSummary> read;
        for (int pages = 0;; ++pages) {
            const QList<DossierSummary> page
                = DossierSummaries::page(m_profile->database(), &key, limit, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(page.size() <= limit);
            QVERIFY(pages <= 5);
            if (page.isEmpty())
                break;
            read += page;
        }
        QCOMPARE(read.size(), all.size());
        for (int i = 0; i < read.size(); ++i) {
            QCOMPARE(read.at(i).id, made.at(i));
            QCOMPARE(read.at(i).name, all.at(i).name);
            QCOMPARE(read.at(i).numbers, all.at(i).numbers);
            QCOMPARE(read.at(i).numbers.first(), QStringLiteral("+33562000000")); // their own order
            QCOMPARE(read.at(i).syncState,
                     i == 3 ? DossierSummary::SyncState::Failed : DossierSummary::SyncState::None);
        }
        QCOMPARE(read.at(3).syncError, QStringLiteral("refused"));
    }
}

void TestDossierStore::providerKeptInProfile()
{
    QString error;
    QVERIFY(!m_profile->dossiers().provider(&error));
    Company me;
    me.legalName = QStringLiteral("Centre d'Appels de l'Ouest SARL");
    me.siren = QStringLiteral("732829320");
    QVERIFY2(m_profile->dossiers().setProvider(me, &error), qPrintable(error));
    me.representativeName = QStringLiteral("Jean Martin");
    QVERIFY(m_profile->dossiers().setProvider(me, &error));
    const std::optional<Company> loaded = m_profile->dossiers().provider(&error);
    QVERIFY(loaded);
    QVERIFY(*loaded == me);
}

void TestDossierStore::walAndForeignKeys()
{
    QSqlQuery q(m_profile->database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A document cannot point at a dossier that does not exist.
    Document orphan;
    orphan.dossierId = QUuid::createUuid();
    QString error;
    QVERIFY(!m_profile->dossiers().addDocument(orphan, writeFile(QStringLiteral("x.png"), "\x89PNG\r\n"),
                                               &error));
    QVERIFY(!error.isEmpty());
}

void TestDossierStore::newerSchemaRefused()
{
    const QString dir = m_profile->directory();
    QSqlQuery q(m_profile->database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
    m_profile.reset(new Profile);
    QString error;
    QVERIFY(!m_profile->open(dir, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestDossierStore::failedWriteLeavesStatementsUsable()
{
    // Writes reuse prepared statements: one that failed half-bound must not shift the next one's values.
    QString error;
    Dossier twice = sampleDossier();
    twice.numbers = { QStringLiteral("+33162123456"), QStringLiteral("+33162123456") };
    QVERIFY(!m_profile->dossiers().createDossier(twice, QStringLiteral("me"), &error));
    QVERIFY(error.contains(QLatin1String("+33162123456")));
    QCOMPARE(m_profile->dossiers().dossierCount(), 0);
    Dossier ok = sampleDossier();
    ok.numbers = { QStringLiteral("+33948120001"), QStringLiteral("+33162123457") };
    QVERIFY2(m_profile->dossiers().createDossier(ok, QStringLiteral("me"), &error), qPrintable(error));
    const Dossier back = *m_profile->dossiers().dossier(ok.id, &error);
    QCOMPARE(back.numbers, ok.numbers);
    QCOMPARE(back.client.legalName, ok.client.legalName);
    QCOMPARE(back.history.size(), 1);
}

QTEST_GUILESS_MAIN(TestDossierStore)
#include "TestDossierStore.moc"
