#include "Fixtures.h"
#include "PartyFixtures.h"
#include "checks/ReadinessReport.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "store/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * The readiness report of a whole dossier, built from documents added through the intake
 * (bytes stored, text read once) at chosen dates.
 */
class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDossierListsWhatIsMissing();
    void completeDossierIsReady();
    void staleInvoiceLeavesNumbersUncovered();
    void mobileAndAutomatedRules();
    void numberRulesOfTheCheckDay();
    void unreadableFileIsNotStored();
    void generatedMandateIsNotSigned();
    void manualDateAndConfirmation();
    void invoiceHolder_data();
    void invoiceHolder();
    void numbersInAnSdaBlock();
    void signedMandateAgainstTheDossier_data();
    void signedMandateAgainstTheDossier();
    void wrongSlotComesFirst();

private:
    QString write(const QString& name, const QByteArray& bytes);
    Document add(Document::Kind kind, const QString& name, const QByteArray& bytes);
    QStringList codes(const ReadinessReport& r) const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<Profile> m_profile;
    Dossier m_dossier;
};

void TestReadiness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReadiness::init()
{
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
    m_dir.reset(new QTemporaryDir);
    m_profile.reset(new Profile);
    QString error;
    QVERIFY2(m_profile->open(m_dir->filePath(QStringLiteral("profile")), &error), qPrintable(error));
    m_dossier = Dossier();
    m_dossier.name = QStringLiteral("Campagne");
    m_dossier.client.legalName = QStringLiteral("ACME TÉLÉCOM");
    m_dossier.client.siren = QStringLiteral("518452750");
    m_dossier.numbers = { QStringLiteral("+33162123456"), QStringLiteral("+33162123457") };
    QVERIFY(m_profile->dossiers().createDossier(m_dossier, {}, &error));
}

void TestReadiness::cleanup()
{
    m_profile.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

QString TestReadiness::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    return Fixtures::writeFile(path, bytes) ? path : QString();
}

Document TestReadiness::add(Document::Kind kind, const QString& name, const QByteArray& bytes)
{
    const DocumentIntake::Outcome out
        = DocumentIntake::add(m_profile->dossiers(), m_dossier.id, kind, write(name, bytes));
    if (!out.document)
        qWarning("intake refused %s: %s", qPrintable(name), qPrintable(out.error));
    return out.document.value_or(Document());
}

QStringList TestReadiness::codes(const ReadinessReport& r) const
{
    QStringList out;
    for (const Problem& p : r.problems)
        out.append(p.code);
    out.sort();
    return out;
}

void TestReadiness::emptyDossierListsWhatIsMissing()
{
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(!r.ready());
    QCOMPARE(codes(r), (QStringList { "missing_invoice", "missing_kbis", "missing_signed_mandate" }));
}

void TestReadiness::completeDossierIsReady()
{
    const QDate issued(2026, 11, 5);
    QVERIFY(!add(Document::Kind::Kbis, QStringLiteral("kbis.pdf"),
                 Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }))
                 .id.isNull());
    // The numbers are split across two invoices: each must be on at least one.
    QVERIFY(
        !add(Document::Kind::Invoice, QStringLiteral("facture-1.pdf"),
             Fixtures::textPdf({ Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) }))
             .id.isNull());
    const Document scan = add(Document::Kind::Invoice, QStringLiteral("facture-2.png"),
                              Fixtures::png(Fixtures::pageImage(Fixtures::invoiceShortMonth(
                                  issued, { QStringLiteral("01.62.12.34.57") }))));
    QCOMPARE(scan.ocrPages, QList<int> { 1 });
    QCOMPARE(scan.issueDate, issued);
    const Document mandate
        = add(Document::Kind::SignedMandate, QStringLiteral("mandat-signe.pdf"),
              Fixtures::scannedPdf({ QStringLiteral("MANDAT\nNuméros : 01 62 12 34 56 et 01 62 12 34 57\n"
                                                    "Fait à Nantes, le 23/11/2026") }));
    QString error;
    QVERIFY(m_profile->dossiers().setSignatureConfirmed(mandate.id, true, QStringLiteral("tester"), &error));

    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY2(r.ready(), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.invoicesByNumber.value(QStringLiteral("+33162123456")), QStringList { "facture-1.pdf" });
    QCOMPARE(r.invoicesByNumber.value(QStringLiteral("+33162123457")), QStringList { "facture-2.png" });
    QCOMPARE(r.toJson()[QStringLiteral("ready")].toBool(), true);

    // Planned for later: the documents go stale on 5 Feb 2027.
    const ReadinessReport later
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2027, 2, 1));
    QVERIFY(later.ready());
    // Three documents soon stale, and the scanned invoice names no holder.
    QCOMPARE(later.warningCount(), 4);
    QVERIFY(codes(later).contains(QStringLiteral("invoice_holder_unknown")));
    const ReadinessReport tooLate
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2027, 2, 5));
    QVERIFY(!tooLate.ready());
    QVERIFY(codes(tooLate).contains(QStringLiteral("stale")));
    QVERIFY(codes(tooLate).contains(QStringLiteral("number_not_on_invoice")));
}

void TestReadiness::staleInvoiceLeavesNumbersUncovered()
{
    add(Document::Kind::Invoice, QStringLiteral("old.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceOperator(
            QDate(2026, 6, 5), { QStringLiteral("01 62 12 34 56"), QStringLiteral("01 62 12 34 57") }) }));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QCOMPARE(codes(r).count(QStringLiteral("number_not_on_invoice")), 2);
    QVERIFY(codes(r).contains(QStringLiteral("stale")));
}

void TestReadiness::mobileAndAutomatedRules()
{
    QString error;
    m_dossier.numbers = { QStringLiteral("+33612345678"), QStringLiteral("+33123456789"),
                          QStringLiteral("+33162123456"), QStringLiteral("+33937123456") };
    m_dossier.use = PhoneUse::Automated;
    QVERIFY(m_profile->dossiers().updateDossier(m_dossier, &error));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QHash<QString, QString> bySubject;
    for (const Problem& p : r.problems) {
        if (!p.subject.isEmpty())
            bySubject.insert(p.subject, p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
    }
    QCOMPARE(bySubject.value(QStringLiteral("+33612345678")), QStringLiteral("number_mobile!"));
    QCOMPARE(bySubject.value(QStringLiteral("+33123456789")), QStringLiteral("number_automated_forbidden!"));
    QVERIFY(!bySubject.contains(QStringLiteral("+33162123456"))); // NPV: allowed
    // Neither agents nor automated systems may present a platform number: it blocks an
    // automated dossier.
    QCOMPARE(bySubject.value(QStringLiteral("+33937123456")), QStringLiteral("number_platform!"));

    // For agents' calls, a geographic number is fine, and a platform number only a warning
    // (shared/domain.md's table).
    m_dossier.use = PhoneUse::Agents;
    const ReadinessReport agents
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(!codes(agents).contains(QStringLiteral("number_automated_forbidden")));
    QVERIFY(codes(agents).contains(QStringLiteral("number_mobile")));
    bool platformWarned = false;
    for (const Problem& p : agents.problems) {
        if (p.subject == QLatin1String("+33937123456")) {
            QCOMPARE(p.code, QStringLiteral("number_platform"));
            QVERIFY(!p.isBlocking());
            platformWarned = true;
        }
    }
    QVERIFY(platformWarned);
}

void TestReadiness::numberRulesOfTheCheckDay()
{
    // The numbers are judged by the rules in force on the check day, not the clock's
    // (2026-11-23): decision 2022-1583 bars automated systems from 01–05 and creates the
    // platform numbers from 2023-01-01 only.
    QString error;
    m_dossier.numbers = { QStringLiteral("+33123456789"), QStringLiteral("+33937123456") };
    m_dossier.use = PhoneUse::Automated;
    QVERIFY(m_profile->dossiers().updateDossier(m_dossier, &error));
    auto numberProblems = [](const ReadinessReport& r) {
        QStringList out;
        for (const Problem& p : r.problems) {
            if (p.subject.startsWith(u'+') && p.code != QLatin1String("number_not_on_invoice"))
                out.append(p.subject + u' ' + p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
        }
        out.sort();
        return out;
    };
    const ReadinessReport eve
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2022, 12, 31));
    QCOMPARE(numberProblems(eve), QStringList());
    const ReadinessReport inForce
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2023, 1, 1));
    QCOMPARE(numberProblems(inForce),
             (QStringList { QStringLiteral("+33123456789 number_automated_forbidden!"),
                            QStringLiteral("+33937123456 number_platform!") }));
}

void TestReadiness::unreadableFileIsNotStored()
{
    for (const QByteArray& bytes :
         { QByteArray(), QByteArray("%PDF-1.7\nbroken"), QByteArray("plain text") }) {
        const DocumentIntake::Outcome out
            = DocumentIntake::add(m_profile->dossiers(), m_dossier.id, Document::Kind::Kbis,
                                  write(QStringLiteral("bad.pdf"), bytes));
        QVERIFY(!out.document);
        QVERIFY(out.failure != DocumentReader::Failure::None);
        QVERIFY(!out.error.isEmpty());
    }
    QString error;
    QVERIFY(m_profile->dossiers().documents(m_dossier.id, &error).isEmpty());
    QVERIFY(QDir(m_profile->blobs().root()).entryList(QDir::AllDirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestReadiness::generatedMandateIsNotSigned()
{
    const QByteArray blank = Fixtures::textPdf({ QStringLiteral("MANDAT\nFait à ..., le ...") });
    add(Document::Kind::FilledMandate, QStringLiteral("mandat.pdf"), blank);
    // The same bytes uploaded as "signed": the same dossier refuses the same bytes twice,
    // so the user copied it under another name into another folder — same hash.
    QTemporaryDir other;
    const QString copy = other.filePath(QStringLiteral("mandat-signe.pdf"));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(blank);
    f.close();
    const DocumentIntake::Outcome out
        = DocumentIntake::add(m_profile->dossiers(), m_dossier.id, Document::Kind::SignedMandate, copy);
    QVERIFY2(!out.document, "the same bytes twice in one dossier are refused");
    QVERIFY2(out.error.contains(QLatin1String("mandat.pdf")), qPrintable(out.error));
}

void TestReadiness::manualDateAndConfirmation()
{
    const Document inv = add(
        Document::Kind::Invoice, QStringLiteral("releve.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceWithoutIssueDate(
            QDate(2026, 10, 1), { QStringLiteral("01 62 12 34 56"), QStringLiteral("01 62 12 34 57") }) }));
    QCOMPARE(inv.dateSource, Document::DateSource::Unknown);
    ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(codes(r).contains(QStringLiteral("date_unknown")));
    QString error;
    QVERIFY(m_profile->dossiers().setDocumentDate(inv.id, QDate(2026, 11, 2), &error));
    QCOMPARE(m_profile->dossiers().document(inv.id, &error)->dateSource, Document::DateSource::EnteredByHand);
    r = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(!codes(r).contains(QStringLiteral("date_unknown")));
    QVERIFY(!codes(r).contains(QStringLiteral("number_not_on_invoice")));
}

void TestReadiness::invoiceHolder_data()
{
    // The client: ACME TÉLÉCOM, SIREN 518 452 750. Every invoice's footer carries the
    // operator's own SIREN and SIRET (380 129 866): never taken for the holder's.
    QTest::addColumn<QString>("holder");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("problem"); // code, "!" when blocking; empty for none
    QTest::addColumn<QStringList>("inMessage");
    QTest::newRow("same name, other case, accents and legal form")
        << "Client : Acme Telecom S.A.S., 12 rue de la Paix, 44000 Nantes"
        << "same" << QString() << QStringList {};
    QTest::newRow("label alone, name on the next line")
        << "Facturé à :\nACME TÉLÉCOM SAS\n12 rue de la Paix\n44000 Nantes"
        << "same" << QString() << QStringList {};
    QTest::newRow("the client's SIRET beats another name")
        << "Titulaire du compte : ACME GROUPE\n12 rue de la Paix\nSIRET : 518 452 750 00012"
        << "same" << QString() << QStringList {};
    QTest::newRow("the client's SIRET labelled apart") << "Votre n° SIRET : 518 452 750 00012"
                                                       << "same" << QString() << QStringList {};
    QTest::newRow("same name, another SIREN")
        << "Client : ACME TÉLÉCOM\n3 avenue Foch\n69006 Lyon\nSIREN 732 829 320"
        << "other"
        << "invoice_holder_mismatch!"
        << QStringList { "ACME TÉLÉCOM (SIREN 732 829 320)", "ACME TÉLÉCOM (SIREN 518 452 750)" };
    QTest::newRow("another company's name")
        << "Raison sociale : Centre d'Appels de l'Ouest SARL"
        << "other"
        << "invoice_holder_mismatch!"
        << QStringList { "Centre d'Appels de l'Ouest SARL", "ACME TÉLÉCOM (SIREN 518 452 750)" };
    QTest::newRow("a longer name, no SIREN")
        << "Société : ACME TÉLÉCOM HOLDING"
        << "unsure"
        << "invoice_holder_unsure" << QStringList { "ACME TÉLÉCOM HOLDING" };
    QTest::newRow("no holder, only the operator's SIREN")
        << ""
        << "unknown"
        << "invoice_holder_unknown" << QStringList { "ACME TÉLÉCOM" };
}

void TestReadiness::invoiceHolder()
{
    QFETCH(QString, holder);
    QFETCH(QString, match);
    QFETCH(QString, problem);
    QFETCH(QStringList, inMessage);
    add(Document::Kind::Invoice, QStringLiteral("facture.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceWithHolder(QDate(2026, 11, 5), holder,
                                                        QStringLiteral("01 62 12 34 56\n01 62 12 34 57")) }));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QStringList got;
    QString message;
    for (const Problem& p : r.problems) {
        if (p.code.startsWith(QLatin1String("invoice_holder"))) {
            got.append(p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
            message = p.message;
            QCOMPARE(p.subject, QStringLiteral("facture.pdf"));
        }
    }
    QCOMPARE(got, problem.isEmpty() ? QStringList {} : QStringList { problem });
    for (const QString& part : inMessage)
        QVERIFY2(message.contains(part), qPrintable(message));
    const QJsonObject doc = r.toJson()[QStringLiteral("documents")][0].toObject();
    QCOMPARE(doc[QStringLiteral("holder")][QStringLiteral("match")].toString(), match);
    if (match == QLatin1String("unknown"))
        QVERIFY(doc[QStringLiteral("holder")][QStringLiteral("siren")].isNull());
}

void TestReadiness::numbersInAnSdaBlock()
{
    QString error;
    m_dossier.numbers = { QStringLiteral("+33478001025"), QStringLiteral("+33162123456") };
    QVERIFY(m_profile->dossiers().updateDossier(m_dossier, &error));
    add(Document::Kind::Invoice, QStringLiteral("trunk.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceWithHolder(
            QDate(2026, 11, 5), QStringLiteral("Client : ACME TÉLÉCOM"),
            QStringLiteral("SDA 04 78 00 10 00 → 04 78 00 10 49\nStandard 01 62 12 34 56")) }));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY2(!codes(r).contains(QStringLiteral("number_not_on_invoice")), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.invoicesByNumber.value(QStringLiteral("+33478001025")), QStringList { "trunk.pdf" });
    const QJsonArray numbers = r.toJson()[QStringLiteral("numbers")].toArray();
    for (const QJsonValue& n : numbers) {
        const QJsonArray via = n[QStringLiteral("via_blocks")].toArray();
        if (n[QStringLiteral("e164")].toString() == QLatin1String("+33478001025")) {
            QCOMPARE(via.size(), 1);
            QCOMPARE(via[0][QStringLiteral("invoice")].toString(), QStringLiteral("trunk.pdf"));
            QCOMPARE(via[0][QStringLiteral("block")].toString(),
                     QStringLiteral("04 78 00 10 00 → 04 78 00 10 49"));
        } else {
            QVERIFY(via.isEmpty()); // written out
        }
    }
}

void TestReadiness::signedMandateAgainstTheDossier_data()
{
    QTest::addColumn<QDate>("signedOn");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QStringList>("expected");
    // The dossier is created on 2 November 2026 for 01 62 12 34 56 and 57, checked on the 23rd.
    const QStringList both { QStringLiteral("01 62 12 34 56"), QStringLiteral("01 62 12 34 57") };
    QTest::newRow("signed after the dossier, both numbers") << QDate(2026, 11, 12) << both << QStringList {};
    QTest::newRow("signed on the day the dossier was created")
        << QDate(2026, 11, 2) << both << QStringList {};
    QTest::newRow("signed before the dossier")
        << QDate(2026, 11, 1) << both << QStringList { "mandate_date_before_dossier" };
    QTest::newRow("signed after the check day")
        << QDate(2026, 11, 24) << both << QStringList { "mandate_date_in_future!" };
    QTest::newRow("a number missing")
        << QDate(2026, 11, 12) << both.mid(1) << QStringList { "mandate_number_missing!" };
    QTest::newRow("a number not in the dossier")
        << QDate(2026, 11, 12) << both + QStringList { QStringLiteral("+33 1 62 12 34 99") }
        << QStringList { "mandate_number_extra" };
    QTest::newRow("no date") << QDate() << both << QStringList { "mandate_date_unknown" };
}

void TestReadiness::signedMandateAgainstTheDossier()
{
    QFETCH(QDate, signedOn);
    QFETCH(QStringList, numbers);
    QFETCH(QStringList, expected);
    // A dossier created earlier than the check day.
    QString error;
    Clock::setInstance(new FixedClock(QDate(2026, 11, 2)));
    Dossier d = m_dossier;
    d.id = QUuid();
    d.name = QStringLiteral("Créé le 2 novembre");
    QVERIFY(m_profile->dossiers().createDossier(d, {}, &error));
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
    m_dossier = *m_profile->dossiers().dossier(d.id, &error);
    const Document mandate = add(Document::Kind::SignedMandate, QStringLiteral("mandat.pdf"),
                                 Fixtures::textPdf({ Fixtures::signedMandate(signedOn, numbers) }));
    QVERIFY(m_profile->dossiers().setSignatureConfirmed(mandate.id, true, QStringLiteral("tester"), &error));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QStringList got;
    for (const Problem& p : r.problems) {
        if (p.code.startsWith(QLatin1String("mandate_")))
            got.append(p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
    }
    QCOMPARE(got, expected);
    // The numbers read on the mandate are reported with it.
    const QJsonObject doc = r.toJson()[QStringLiteral("documents")][0].toObject();
    QVERIFY(doc[QStringLiteral("numbers_found")].toArray().contains(QStringLiteral("+33162123457")));
}

void TestReadiness::wrongSlotComesFirst()
{
    // Issue 14.10: an invoice in the Kbis slot and a Kbis in the invoices' are said first, before
    // the client's and the numbers' problems and before "enter the date by hand".
    m_dossier.numbers.append(QStringLiteral("+33612345678")); // a mobile: a problem of its own
    QString error;
    QVERIFY2(m_profile->dossiers().updateDossier(m_dossier, &error), qPrintable(error));
    const QDate issued(2026, 11, 5);
    add(Document::Kind::Invoice, QStringLiteral("kbis.pdf"),
        Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }));
    add(Document::Kind::Kbis, QStringLiteral("facture.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) }));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QStringList inOrder;
    for (const Problem& p : r.problems)
        inOrder.append(p.code);
    QVERIFY2(inOrder.size() > 2, qPrintable(inOrder.join(u' ')));
    QCOMPARE(QSet<QString>(inOrder.cbegin(), inOrder.cbegin() + 2),
             (QSet<QString> { QStringLiteral("not_a_kbis"), QStringLiteral("not_an_invoice") }));
    QVERIFY2(inOrder.contains(QStringLiteral("date_unknown")), qPrintable(inOrder.join(u' ')));
    QVERIFY2(inOrder.contains(QStringLiteral("number_mobile")), qPrintable(inOrder.join(u' ')));
    QVERIFY(r.problems.first().isBlocking());
    QCOMPARE(r.firstBlocking(), r.problems.first().message);
    // The document's own problems put it first too.
    for (const DocumentCheck::Result& d : r.documents)
        QVERIFY2(DocumentCheck::isWrongSlot(d.problems.first()), qPrintable(d.problems.first().message));
}

QTEST_MAIN(TestReadiness)
#include "TestReadiness.moc"
