#include "Fixtures.h"
#include "checks/DocumentCheck.h"
#include "store/BlobStore.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

namespace {
QStringList codes(const DocumentCheck::Result& r)
{
    QStringList out;
    for (const Problem& p : r.problems)
        out.append(p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
    return out;
}
} // namespace

class TestDocumentCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kbisLayouts_data();
    void kbisLayouts();
    void kbisFreshness_data();
    void kbisFreshness();
    void kbisOtherCompany();
    void problemPointsAtItsPage();
    void kbisStruckOff();
    void invoiceNumbers_data();
    void invoiceNumbers();
    void invoiceWithoutDateFailsClosed();
    void manualDateWins();
    void unreadableStillReports();
    void mandateUnsignedHash();
    void mandateScanNeedsConfirmation();
    void mandateDigitallySigned();

private:
    DocumentCheck::Input input(Document::Kind kind, const QDate& day) const;
    QTemporaryDir m_dir;
};

void TestDocumentCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

DocumentCheck::Input TestDocumentCheck::input(Document::Kind kind, const QDate& day) const
{
    DocumentCheck::Input in;
    in.kind = kind;
    in.fileName = QStringLiteral("doc.pdf");
    in.checkDay = day;
    in.expectedSiren = QStringLiteral("518452750");
    return in;
}

void TestDocumentCheck::kbisLayouts_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("role");
    const QDate issued(2026, 11, 6);
    QTest::newRow("à jour au") << Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }) << "kbis_up_to_date";
    QTest::newRow("délivré le, next line")
        << Fixtures::textPdf({ Fixtures::kbisDeliveredOnNextLine(issued) }) << "kbis_delivered";
    QTest::newRow("footer only") << Fixtures::textPdf({ Fixtures::kbisFooterOnly(issued) }) << "kbis_footer";
    QTest::newRow("two pages, date on page 2") << Fixtures::textPdf(
        { QStringLiteral("Greffe du Tribunal de Commerce"), Fixtures::kbisUpToDate(issued) })
                                               << "kbis_up_to_date";
    QTest::newRow("scanned") << Fixtures::scannedPdf({ Fixtures::kbisUpToDate(issued) }) << "kbis_up_to_date";
}

void TestDocumentCheck::kbisLayouts()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, role);
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 23)));
    QVERIFY2(r.ok(), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.date, QDate(2026, 11, 6));
    QCOMPARE(r.dateRole, role);
    QCOMPARE(r.dateSource, Document::DateSource::FoundInText);
    QVERIFY(!r.dateText.isEmpty());
    QCOMPARE(r.siren, QStringLiteral("518452750"));
    QVERIFY(r.freshness.isFresh());
    QCOMPARE(r.freshness.staleOn, QDate(2027, 2, 6));
    if (QByteArray(QTest::currentDataTag()) == "scanned")
        QCOMPARE(r.ocrPages, QList<int> { 1 });
    if (role == QLatin1String("kbis_up_to_date"))
        QCOMPARE(r.verificationCode, QStringLiteral("HTpZkQ9a3e"));
}

void TestDocumentCheck::kbisFreshness_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ok");
    // Kbis "à jour au 6 novembre 2026"
    QTest::newRow("fresh") << QDate(2026, 12, 1) << QStringList {} << true;
    QTest::newRow("13 days left") << QDate(2027, 1, 24) << QStringList { "stale_soon" } << true;
    QTest::newRow("last day") << QDate(2027, 2, 5) << QStringList { "stale_soon" } << true;
    QTest::newRow("stale") << QDate(2027, 2, 6) << QStringList { "stale!" } << false;
    QTest::newRow("checked before its date")
        << QDate(2026, 11, 5) << QStringList { "date_in_future!" } << false;
}

void TestDocumentCheck::kbisFreshness()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    static const QByteArray pdf = Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6)) });
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, day));
    QCOMPARE(codes(r), expected);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(r.toJson()[QStringLiteral("stale_on")].toString(), QStringLiteral("2027-02-06"));
    QCOMPARE(r.toJson()[QStringLiteral("fresh")].toBool(), ok);
}

void TestDocumentCheck::problemPointsAtItsPage()
{
    // The issue date stands on page 2: a stale Kbis sends the preview to page 2.
    const QByteArray pdf = Fixtures::textPdf(
        { QStringLiteral("Greffe du Tribunal de Commerce"), Fixtures::kbisStruckOff(QDate(2026, 1, 6)) });
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 23)));
    QCOMPARE(codes(r), (QStringList { "stale!", "struck_off!" }));
    QCOMPARE(r.problems.at(0).page, 2);
    QCOMPARE(r.problems.at(1).page, 2);
    QCOMPARE(r.problems.at(0).toJson()[QStringLiteral("page")].toInt(), 2);
}

void TestDocumentCheck::kbisOtherCompany()
{
    const QByteArray pdf
        = Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6), QStringLiteral("732829320")) });
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 20)));
    QCOMPARE(codes(r), QStringList { "siren_mismatch!" });
    QCOMPARE(r.siren, QStringLiteral("732829320"));
}

void TestDocumentCheck::kbisStruckOff()
{
    const QByteArray pdf = Fixtures::textPdf({ Fixtures::kbisStruckOff(QDate(2026, 11, 6)) });
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 20)));
    QCOMPARE(codes(r), QStringList { "struck_off!" });
    QVERIFY(r.problems.first().message.contains(QStringLiteral("radiée")));
}

void TestDocumentCheck::invoiceNumbers_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QStringList>("missing");
    const QDate d(2026, 11, 5);
    const QStringList notations {
        QStringLiteral("01 62 12 34 56"),       QStringLiteral("01.62.12.34.57"),
        QStringLiteral("+33 (0)1 62 12 34 58"), QStringLiteral("0033 1 62 12 34 59"),
        QStringLiteral("0162123460"),           QStringLiteral("0590 12 34 56")
    };
    QTest::newRow("operator layout, every notation")
        << Fixtures::textPdf({ Fixtures::invoiceOperator(d, notations) }) << QStringList {};
    QTest::newRow("short month layout")
        << Fixtures::textPdf({ Fixtures::invoiceShortMonth(d, notations) }) << QStringList {};
    QTest::newRow("two-digit year layout")
        << Fixtures::textPdf({ Fixtures::invoiceTwoDigitYear(d, notations) }) << QStringList {};
    QTest::newRow("numbers on page 3") << Fixtures::textPdf(
        { Fixtures::invoiceOperator(d, {}), QStringLiteral("Détail"), notations.join(u'\n') })
                                       << QStringList {};
    QTest::newRow("two numbers missing")
        << Fixtures::textPdf({ Fixtures::invoiceOperator(d, notations.mid(0, 4)) })
        << QStringList { "+33162123460", "+590590123456" };
    QTest::newRow("scanned") << Fixtures::scannedPdf({ Fixtures::invoiceOperator(d, notations.mid(0, 2)) })
                             << QStringList { "+33162123458", "+33162123459", "+33162123460",
                                              "+590590123456" };
}

void TestDocumentCheck::invoiceNumbers()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QStringList, missing);
    DocumentCheck::Input in = input(Document::Kind::Invoice, QDate(2026, 11, 23));
    in.expectedNumbers
        = { "+33162123456", "+33162123457", "+33162123458", "+33162123459", "+33162123460", "+590590123456" };
    const DocumentCheck::Result r = DocumentCheck::run(pdf, in);
    QCOMPARE(r.date, QDate(2026, 11, 5));
    QCOMPARE(r.numbersMissing, missing);
    for (const QString& e164 : in.expectedNumbers)
        QCOMPARE(r.numbersFound.contains(e164), !missing.contains(e164));
    QCOMPARE(r.ok(), missing.isEmpty());
    int numberProblems = 0;
    for (const Problem& p : r.problems) {
        if (p.code == QLatin1String("number_missing")) {
            ++numberProblems;
            QVERIFY(missing.contains(p.subject));
        }
    }
    QCOMPARE(numberProblems, int(missing.size()));
}

void TestDocumentCheck::invoiceWithoutDateFailsClosed()
{
    const QByteArray pdf = Fixtures::textPdf(
        { Fixtures::invoiceWithoutIssueDate(QDate(2026, 10, 1), { QStringLiteral("01 62 12 34 56") }) });
    const DocumentCheck::Result r
        = DocumentCheck::run(pdf, input(Document::Kind::Invoice, QDate(2026, 11, 23)));
    QVERIFY(!r.date.isValid());
    QCOMPARE(codes(r), QStringList { "date_unknown!" });
    QCOMPARE(r.toJson()[QStringLiteral("date")].isNull(), true);
    QCOMPARE(r.toJson()[QStringLiteral("fresh")].isNull(), true);
    // Every date it saw is reported with its role, none taken as the invoice date.
    QVERIFY(r.datesFound.size() >= 3);
    for (const DateRoles::Found& f : r.datesFound)
        QVERIFY(f.role != DateRoles::InvoiceDate);
}

void TestDocumentCheck::manualDateWins()
{
    const QByteArray pdf = Fixtures::textPdf(
        { Fixtures::invoiceWithoutIssueDate(QDate(2026, 10, 1), { QStringLiteral("01 62 12 34 56") }) });
    DocumentCheck::Input in = input(Document::Kind::Invoice, QDate(2026, 11, 23));
    in.manualDate = QDate(2026, 11, 2);
    const DocumentCheck::Result r = DocumentCheck::run(pdf, in);
    QVERIFY(r.ok());
    QCOMPARE(r.date, QDate(2026, 11, 2));
    QCOMPARE(r.dateSource, Document::DateSource::EnteredByHand);
}

void TestDocumentCheck::unreadableStillReports()
{
    DocumentCheck::Input in = input(Document::Kind::Invoice, QDate(2026, 11, 23));
    in.expectedNumbers = { QStringLiteral("+33162123456") };
    const DocumentCheck::Result r = DocumentCheck::run("not a pdf", in);
    QCOMPARE(codes(r), QStringList { "unreadable!" });
    const QJsonObject json = r.toJson();
    QCOMPARE(json[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(json[QStringLiteral("unreadable_reason")].toString(), QStringLiteral("not_pdf_or_image"));
    QCOMPARE(json[QStringLiteral("numbers_missing")].toArray().size(), 1);
}

void TestDocumentCheck::mandateUnsignedHash()
{
    const QByteArray generated
        = Fixtures::textPdf({ QStringLiteral("MANDAT\nFait à Nantes, le 12/11/2026") });
    DocumentCheck::Input in = input(Document::Kind::SignedMandate, QDate(2026, 11, 23));
    in.unsignedHashes = { BlobStore::sha256Hex(generated) };
    in.signatureConfirmed = true; // even confirmed: the bytes are the blank we generated
    const DocumentCheck::Result r = DocumentCheck::run(generated, in);
    QCOMPARE(codes(r), QStringList { "mandate_unsigned!" });
    QCOMPARE(r.date, QDate(2026, 11, 12)); // "Fait à …, le …"
}

void TestDocumentCheck::mandateScanNeedsConfirmation()
{
    const QByteArray scan
        = Fixtures::scannedPdf({ QStringLiteral("MANDAT\nFait à Nantes, le 12/11/2026\nSignature") });
    DocumentCheck::Input in = input(Document::Kind::SignedMandate, QDate(2026, 11, 23));
    DocumentCheck::Result r = DocumentCheck::run(scan, in);
    QCOMPARE(codes(r), QStringList { "signature_unconfirmed!" });
    in.signatureConfirmed = true;
    r = DocumentCheck::run(scan, in);
    QVERIFY(r.ok());
}

void TestDocumentCheck::mandateDigitallySigned()
{
    QTemporaryDir work;
    const QByteArray pdf
        = Fixtures::textPdf({ QStringLiteral("MANDAT DE PRÉSENTATION DE NUMÉRO\nFait à Nantes, le "
                                             "12/11/2026") });
    const QByteArray signedPdf = Fixtures::signedPdf(pdf, work.path());
    QVERIFY2(!signedPdf.isEmpty(), "openssl, NSS tools and pdfsig are needed to sign the fixture");
    DocumentCheck::Input in = input(Document::Kind::SignedMandate, QDate(2026, 11, 23));
    DocumentCheck::Result r = DocumentCheck::run(signedPdf, in);
    QCOMPARE(r.signatures.size(), 1);
    QCOMPARE(r.signatures.first().signer, QStringLiteral("Elodie Durand"));
    QVERIFY(r.signatures.first().valid);
    QVERIFY(!r.signatures.first().trusted); // a certificate made for the test
    QVERIFY(r.signatures.first().signedAt.isValid());
    QVERIFY(qAbs(r.signatures.first().signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(codes(r), QStringList { "signature_untrusted" });
    QVERIFY(r.ok());

    // One byte changed inside the signed range (in a content stream): the signature no longer holds.
    QByteArray tampered = signedPdf;
    const qsizetype at = tampered.indexOf("stream\n");
    QVERIFY(at > 0);
    tampered[at + 20] = char(tampered[at + 20] ^ 0x20);
    r = DocumentCheck::run(tampered, in);
    QVERIFY(!r.ok());
    QVERIFY2(codes(r).contains(QStringLiteral("signature_invalid!")), qPrintable(codes(r).join(u' ')));
}

QTEST_MAIN(TestDocumentCheck)
#include "TestDocumentCheck.moc"
