#include "Fixtures.h"
#include "PartyFixtures.h"
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
    void invoiceNumberBlocks_data();
    void invoiceNumberBlocks();
    void invoiceWithoutDateFailsClosed();
    void manualDateWins();
    void unreadableStillReports();
    void mandateUnsignedHash();
    void mandateScanNeedsConfirmation();
    void mandateDigitallySigned();
    void invoiceLayouts_data();
    void invoiceLayouts();
    void kbisStates_data();
    void kbisStates();
    void identityDocuments_data();
    void identityDocuments();
    void identityDocumentStale();
    void mandateDateAndNumbers_data();
    void mandateDateAndNumbers();
    void wrongSlotComesFirst_data();
    void wrongSlotComesFirst();

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
    QTest::newRow("à jour / au wrapped")
        << Fixtures::textPdf({ Fixtures::kbisWrapped(issued) }) << "kbis_up_to_date";
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

void TestDocumentCheck::invoiceNumberBlocks_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QString>("block"); // the block that shows the first expected number
    const QString arrow = QStringLiteral("04 78 00 10 00 → 04 78 00 10 49");
    QTest::newRow("SDA, arrow") << "SDA " + arrow << QStringList { "+33478001025", "+33478001049" }
                                << QStringList {} << arrow;
    QTest::newRow("first à last") << "Vos SDA : 04 78 00 10 00 à 04 78 00 10 49"
                                  << QStringList { "+33478001025" } << QStringList {}
                                  << "04 78 00 10 00 à 04 78 00 10 49";
    QTest::newRow("de … à …") << "Numéros de 04.78.00.10.00 à 04.78.00.10.49"
                              << QStringList { "+33478001000", "+33478001010" } << QStringList {}
                              << QString(); // the first number is written out
    QTest::newRow("final digits after a slash")
        << "SDA 04 78 00 10 00/49" << QStringList { "+33478001049" } << QStringList {} << "04 78 00 10 00/49";
    QTest::newRow("final digits after à") << "Tranche 04 78 00 10 00 à 49" << QStringList { "+33478001001" }
                                          << QStringList {} << "04 78 00 10 00 à 49";
    QTest::newRow("dash, named a block")
        << "Plage SDA 04 78 00 10 00 - 04 78 00 10 49" << QStringList { "+33478001030" } << QStringList {}
        << "04 78 00 10 00 - 04 78 00 10 49";
    QTest::newRow("overseas block") << "SDA 0590 12 34 00 → 0590 12 34 99" << QStringList { "+590590123450" }
                                    << QStringList {} << "0590 12 34 00 → 0590 12 34 99";
    QTest::newRow("one past the block") << "SDA " + arrow << QStringList { "+33478001025", "+33478001050" }
                                        << QStringList { "+33478001050" } << arrow;
    QTest::newRow("10,000 numbers is a block, 10,001 is not")
        << "SDA 04 78 00 00 00 → 04 78 00 99 99\nSDA 05 68 00 00 00 → 05 68 01 00 00"
        << QStringList { "+33478005000", "+33568005000" } << QStringList { "+33568005000" }
        << "04 78 00 00 00 → 04 78 00 99 99";
    QTest::newRow("an amount is not final digits")
        << "SDA 04 78 00 10 00/49\nForfait 04 78 00 20 10 à 25,00 €"
        << QStringList { "+33478001030", "+33478002020" } << QStringList { "+33478002020" }
        << "04 78 00 10 00/49";
    QTest::newRow("a dash in a list is not a block")
        << "SDA 04 78 00 10 00/49\nLignes : 01 62 12 34 56 - 01 62 12 34 58"
        << QStringList { "+33478001001", "+33162123457" } << QStringList { "+33162123457" }
        << "04 78 00 10 00/49";
    QTest::newRow("bare international digits")
        << "Ligne 33162123456\nLigne 33 1 62 12 34 57" << QStringList { "+33162123456", "+33162123457" }
        << QStringList {} << QString();
}

void TestDocumentCheck::invoiceNumberBlocks()
{
    QFETCH(QString, lines);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, missing);
    QFETCH(QString, block);
    const QByteArray pdf = Fixtures::textPdf(
        { Fixtures::invoiceWithHolder(QDate(2026, 11, 5), QStringLiteral("Client : ACME TÉLÉCOM"), lines) });
    DocumentCheck::Input in = input(Document::Kind::Invoice, QDate(2026, 11, 23));
    in.expectedNumbers = expected;
    const DocumentCheck::Result r = DocumentCheck::run(pdf, in);
    QCOMPARE(r.numbersMissing, missing);
    QCOMPARE(r.ok(), missing.isEmpty());
    for (const QString& e164 : expected)
        QCOMPARE(r.numbersFound.contains(e164), !missing.contains(e164));
    // Which block showed it, in the JSON contract.
    const QJsonObject json = r.toJson();
    QVERIFY(json[QStringLiteral("number_blocks")].isArray());
    QCOMPARE(json[QStringLiteral("numbers_in_blocks")].toObject().value(expected.first()).toString(), block);
    for (const QString& e164 : missing)
        QVERIFY(!json[QStringLiteral("numbers_in_blocks")].toObject().contains(e164));
}

void TestDocumentCheck::invoiceWithoutDateFailsClosed()
{
    const QByteArray pdf = Fixtures::textPdf(
        { Fixtures::invoiceWithoutIssueDate(QDate(2026, 10, 1), { QStringLiteral("01 62 12 34 56") }) });
    const DocumentCheck::Result r
        = DocumentCheck::run(pdf, input(Document::Kind::Invoice, QDate(2026, 11, 23)));
    QVERIFY(!r.date.isValid());
    // The statement names no holder either: a warning beside the blocking date.
    QCOMPARE(codes(r), (QStringList { "date_unknown!", "invoice_holder_unknown" }));
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

void TestDocumentCheck::invoiceLayouts_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QDate>("date"); // invalid: unknown, the user is asked
    QTest::addColumn<QStringList>("expected");
    const QStringList numbers { QStringLiteral("01 62 12 34 56") };
    // Checked on 23 November 2026.
    QTest::newRow("duplicata: the old invoice date, not the recent print date")
        << Fixtures::textPdf({ Fixtures::invoiceDuplicata(QDate(2026, 7, 1), QDate(2026, 11, 20), numbers) })
        << QDate(2026, 7, 1) << QStringList { "stale!" };
    QTest::newRow("duplicata, fresh")
        << Fixtures::textPdf({ Fixtures::invoiceDuplicata(QDate(2026, 11, 2), QDate(2026, 11, 20), numbers) })
        << QDate(2026, 11, 2) << QStringList {};
    QTest::newRow("download date only")
        << Fixtures::textPdf({ Fixtures::invoicePrintDateOnly(QDate(2026, 11, 20), numbers) }) << QDate()
        << QStringList { "date_unknown!" };
    QTest::newRow("billing period only")
        << Fixtures::textPdf({ Fixtures::invoicePeriodOnly(QDate(2026, 10, 1), numbers) }) << QDate()
        << QStringList { "date_unknown!" };
    QTest::newRow("table: header row, values below")
        << Fixtures::textPdf({ Fixtures::invoiceTable(QDate(2026, 11, 5), numbers) }) << QDate(2026, 11, 5)
        << QStringList {};
    QTest::newRow("table, scanned") << Fixtures::scannedPdf(
        { Fixtures::invoiceTable(QDate(2026, 11, 5), numbers) })
                                    << QDate(2026, 11, 5) << QStringList {};
}

void TestDocumentCheck::invoiceLayouts()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    DocumentCheck::Input in = input(Document::Kind::Invoice, QDate(2026, 11, 23));
    in.expectedNumbers = { QStringLiteral("+33162123456") };
    in.clientName = QStringLiteral("ACME TÉLÉCOM"); // the holder every layout names
    const DocumentCheck::Result r = DocumentCheck::run(pdf, in);
    QCOMPARE(r.date, date);
    QCOMPARE(codes(r), expected);
    if (date.isValid()) {
        QCOMPARE(r.dateRole, QStringLiteral("invoice_date"));
    } else {
        // The user is told why: the date read is a print date or a period, not the invoice's.
        const QString why = r.problems.first().message;
        QVERIFY2(why.contains(QStringLiteral("print")) || why.contains(QStringLiteral("period")),
                 qPrintable(why));
    }
}

void TestDocumentCheck::kbisStates_data()
{
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("liquidation judiciaire")
        << "Liquidation judiciaire : jugement du 02/10/2026, liquidateur Me Martin"
        << QStringList { "liquidation!" };
    QTest::newRow("LIQUIDATION upper case")
        << "PROCÉDURE COLLECTIVE : LIQUIDATION JUDICIAIRE" << QStringList { "liquidation!" };
    QTest::newRow("redressement judiciaire")
        << "Redressement judiciaire : jugement d'ouverture du 02/10/2026" << QStringList { "receivership" };
    QTest::newRow("sauvegarde") << "Procédure de sauvegarde ouverte le 02/10/2026"
                                << QStringList { "safeguard" };
    QTest::newRow("dissolution") << "Dissolution anticipée à compter du 30/09/2026"
                                 << QStringList { "dissolved!" };
    QTest::newRow("cessation d'activité")
        << "Cessation d'activité à compter du 30/09/2026" << QStringList { "activity_ceased" };
    QTest::newRow("mise en sommeil") << "Mise en sommeil à compter du 30/09/2026"
                                     << QStringList { "dormant" };
    QTest::newRow("secondary establishment struck off, one line")
        << "Établissement secondaire 3 rue des Lilas 69003 Lyon radié le 01/03/2026" << QStringList {};
    QTest::newRow("radiation d'un établissement")
        << "Mention du 01/03/2026 : radiation d'un établissement secondaire" << QStringList {};
    QTest::newRow("secondary establishment section")
        << "ÉTABLISSEMENT SECONDAIRE\nAdresse 3 rue des Lilas 69003 Lyon\nRadié le 01/03/2026"
        << QStringList {};
    QTest::newRow("company struck off still blocks")
        << "Immatriculation radiée le 27/10/2026" << QStringList { "struck_off!" };
    QTest::newRow("struck off after the secondary establishment's section")
        << "ÉTABLISSEMENT SECONDAIRE\nRadié le 01/03/2026\nOBSERVATIONS ET RENSEIGNEMENTS "
           "COMPLÉMENTAIRES\nImmatriculation radiée le 27/10/2026"
        << QStringList { "struck_off!" };
    QTest::newRow("secondary establishment's activity ceased")
        << "Établissement secondaire : cessation d'activité le 01/03/2026" << QStringList {};
    // Words that name no proceeding.
    QTest::newRow("backups as an activity")
        << "Activité : sauvegarde de données informatiques" << QStringList {};
    QTest::newRow("stock clearance as an activity")
        << "Activité : achat et revente de lots, liquidation de stocks" << QStringList {};
    QTest::newRow("néant") << "Liquidation judiciaire : néant" << QStringList {};
}

void TestDocumentCheck::kbisStates()
{
    QFETCH(QString, mention);
    QFETCH(QStringList, expected);
    const QByteArray pdf
        = Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6)) + u'\n' + mention });
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 20)));
    QCOMPARE(codes(r), expected);
    QCOMPARE(r.date, QDate(2026, 11, 6)); // the mention's dates are not the issue date
    for (const Problem& p : r.problems) {
        // The message quotes the mention and names the document.
        QVERIFY2(p.message.contains(mention.split(u'\n').last().left(12), Qt::CaseInsensitive),
                 qPrintable(p.message));
        QVERIFY2(p.message.contains(QStringLiteral("Kbis")), qPrintable(p.message));
        QCOMPARE(p.page, 1);
    }
}

void TestDocumentCheck::identityDocuments_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("role");
    const QDate issued(2026, 11, 6);
    QTest::newRow("Kbis") << Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }) << "kbis"
                          << "kbis_up_to_date";
    QTest::newRow("extrait RNE") << Fixtures::textPdf({ Fixtures::rneExtract(issued) }) << "rne_extract"
                                 << "kbis_up_to_date";
    QTest::newRow("avis de situation SIRENE")
        << Fixtures::textPdf({ Fixtures::sireneNotice(issued) }) << "sirene_notice"
        << "situation_at";
    QTest::newRow("récépissé RNA") << Fixtures::textPdf({ Fixtures::rnaReceipt(issued) }) << "rna_receipt"
                                   << "kbis_delivered";
    QTest::newRow("RNE extract, scanned")
        << Fixtures::scannedPdf({ Fixtures::rneExtract(issued) }) << "rne_extract"
        << "kbis_up_to_date";
}

void TestDocumentCheck::identityDocuments()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, identity);
    QFETCH(QString, role);
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 20)));
    // Recognised in the Kbis's place: dated, fresh, the client's SIREN, no "not a Kbis" warning.
    QVERIFY2(r.ok() && r.problems.isEmpty(), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.date, QDate(2026, 11, 6));
    QCOMPARE(r.dateRole, role);
    QCOMPARE(r.siren, QStringLiteral("518452750"));
    QCOMPARE(r.freshness.staleOn, QDate(2027, 2, 6));
    const QJsonObject json = r.toJson();
    QCOMPARE(json[QStringLiteral("identity_document")].toString(), identity);
    QCOMPARE(json[QStringLiteral("kind")].toString(), QStringLiteral("kbis")); // the slot is unchanged
}

void TestDocumentCheck::identityDocumentStale()
{
    // The same 3 months; the problem names the document recognised.
    const QByteArray pdf = Fixtures::textPdf({ Fixtures::sireneNotice(QDate(2026, 6, 6)) });
    const DocumentCheck::Result r = DocumentCheck::run(pdf, input(Document::Kind::Kbis, QDate(2026, 11, 20)));
    QCOMPARE(codes(r), QStringList { "stale!" });
    QVERIFY2(r.problems.first().message.contains(QStringLiteral("SIRENE")),
             qPrintable(r.problems.first().message));
    QCOMPARE(r.freshness.staleOn, QDate(2026, 9, 6));

    // Neither a Kbis nor another register's document: no identity recognised, a warning.
    const QByteArray other = Fixtures::textPdf({ QStringLiteral("Attestation\nà jour au 6 novembre 2026") });
    const DocumentCheck::Result o
        = DocumentCheck::run(other, input(Document::Kind::Kbis, QDate(2026, 11, 20)));
    QVERIFY(codes(o).contains(QStringLiteral("not_a_kbis")));
    QVERIFY(o.toJson()[QStringLiteral("identity_document")].isNull());
    const DocumentCheck::Result inv
        = DocumentCheck::run(Fixtures::textPdf({ Fixtures::invoiceOperator(QDate(2026, 11, 5), {}) }),
                             input(Document::Kind::Invoice, QDate(2026, 11, 20)));
    QVERIFY(inv.toJson()[QStringLiteral("identity_document")].isNull());
}

void TestDocumentCheck::mandateDateAndNumbers_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QStringList>("expected");
    const QStringList both { QStringLiteral("01 62 12 34 56"), QStringLiteral("01.62.12.34.57") };
    // Checked on 23 November 2026, for the numbers 01 62 12 34 56 and 57; no dossier date.
    QTest::newRow("signed on the day, both numbers")
        << Fixtures::textPdf({ Fixtures::signedMandate(QDate(2026, 11, 23), both) }) << QStringList {};
    QTest::newRow("signed tomorrow") << Fixtures::textPdf(
        { Fixtures::signedMandate(QDate(2026, 11, 24), both) })
                                     << QStringList { "mandate_date_in_future!" };
    QTest::newRow("one number missing")
        << Fixtures::textPdf({ Fixtures::signedMandate(QDate(2026, 11, 12), both.mid(0, 1)) })
        << QStringList { "mandate_number_missing!" };
    QTest::newRow("numbers in a block") << Fixtures::textPdf(
        { Fixtures::signedMandate(QDate(2026, 11, 12), { QStringLiteral("01 62 12 34 50 à 59") }) })
                                        << QStringList {};
    QTest::newRow("an extra number") << Fixtures::textPdf({ Fixtures::signedMandate(
        QDate(2026, 11, 12), both + QStringList { QStringLiteral("01 62 12 34 99") }) })
                                     << QStringList { "mandate_number_extra" };
    QTest::newRow("no date, no number") << Fixtures::textPdf({ QStringLiteral("Mandat signé") })
                                        << QStringList { "mandate_date_unknown", "mandate_numbers_unknown" };
    QTest::newRow("a scan OCR cannot read")
        << Fixtures::scannedPdf({ QString() })
        << QStringList { "mandate_date_unknown", "mandate_numbers_unknown" };
}

void TestDocumentCheck::mandateDateAndNumbers()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QStringList, expected);
    DocumentCheck::Input in = input(Document::Kind::SignedMandate, QDate(2026, 11, 23));
    in.expectedNumbers = { QStringLiteral("+33162123456"), QStringLiteral("+33162123457") };
    in.signatureConfirmed = true;
    const DocumentCheck::Result r = DocumentCheck::run(pdf, in);
    QCOMPARE(codes(r), expected);
    if (expected.contains(QStringLiteral("mandate_number_extra"))) {
        QCOMPARE(r.toJson()[QStringLiteral("numbers_extra")].toArray(), QJsonArray { "+33162123499" });
        QCOMPARE(r.problems.first().subject, QStringLiteral("+33162123499"));
    }
    if (expected.contains(QStringLiteral("mandate_number_missing!")))
        QCOMPARE(r.problems.first().subject, QStringLiteral("+33162123457"));
}

void TestDocumentCheck::wrongSlotComesFirst_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the first problem's code; empty: no wrong-slot problem
    QTest::addColumn<QString>("quoted"); // what the message quotes of the document
    const QDate d(2026, 11, 5);
    const QStringList numbers { QStringLiteral("01 62 12 34 56") };
    const QString invoice = Fixtures::invoiceOperator(d, numbers);
    const QString kbis = Fixtures::kbisUpToDate(d);
    const QString mandate = Fixtures::signedMandate(d, numbers);
    const int kbisSlot = int(Document::Kind::Kbis);
    const int invoiceSlot = int(Document::Kind::Invoice);
    const int mandateSlot = int(Document::Kind::SignedMandate);
    // Issue 14.10: "not a Kbis" was a warning after "enter the date by hand".
    QTest::newRow("invoice among the Kbis") << kbisSlot << invoice << "not_a_kbis!"
                                            << "Facture n°";
    QTest::newRow("mandate among the Kbis") << kbisSlot << mandate << "not_a_kbis!"
                                            << "MANDAT DE";
    QTest::newRow("Kbis among the invoices") << invoiceSlot << kbis << "not_an_invoice!"
                                             << "EXTRAIT";
    QTest::newRow("SIRENE notice among the invoices")
        << invoiceSlot << Fixtures::sireneNotice(d) << "not_an_invoice!"
        << "Sirene";
    QTest::newRow("mandate among the invoices") << invoiceSlot << mandate << "not_an_invoice!"
                                                << "MANDAT";
    QTest::newRow("invoice as the signed mandate") << mandateSlot << invoice << "not_a_mandate!"
                                                   << "Facture";
    QTest::newRow("Kbis as the signed mandate") << mandateSlot << kbis << "not_a_mandate!"
                                                << "EXTRAIT";
    // Nothing recognisable among the Kbis: still said first, as a warning.
    QTest::newRow("unknown among the Kbis")
        << kbisSlot << QStringLiteral("Attestation\nà jour au 6 novembre 2026") << "not_a_kbis" << QString();
    // In their slots, whatever else they mention.
    QTest::newRow("invoice") << invoiceSlot << invoice << QString() << QString();
    QTest::newRow("invoice with caller ID presentation")
        << invoiceSlot
        << QStringLiteral("Votre facture du 05/11/2026\nOption présentation du numéro : 0,00 €\n")
            + numbers.first()
        << QString() << QString();
    QTest::newRow("Kbis") << kbisSlot << kbis << QString() << QString();
    QTest::newRow("mandate") << mandateSlot << mandate << QString() << QString();
    QTest::newRow("operator's form listing the documents")
        << mandateSlot
        << QStringLiteral("Pièces à joindre : extrait Kbis de moins de 3 mois, facture de moins de 3 mois\n"
                          "MANDAT — Le titulaire autorise le prestataire\nFait à Nantes, le 05/11/2026")
        << QString() << QString();
}

void TestDocumentCheck::wrongSlotComesFirst()
{
    QFETCH(int, slot);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, quoted);
    DocumentCheck::Input in = input(Document::Kind(slot), QDate(2026, 11, 20));
    in.expectedNumbers = { QStringLiteral("+33162123456") };
    const DocumentCheck::Result r = DocumentCheck::run(Fixtures::textPdf({ text }), in);
    const QStringList found = codes(r);
    const qsizetype wrong = std::count_if(r.problems.cbegin(), r.problems.cend(), DocumentCheck::isWrongSlot);
    if (expected.isEmpty()) {
        QVERIFY2(wrong == 0, qPrintable(found.join(u' ')));
        return;
    }
    QCOMPARE(wrong, 1);
    // First, before anything said of it as the slot's kind (a date to enter by hand…).
    QVERIFY2(!found.isEmpty() && found.first() == expected, qPrintable(found.join(u' ')));
    QCOMPARE(r.problems.first().subject, QStringLiteral("doc.pdf"));
    if (quoted.isEmpty())
        return;
    // It says what the document is, quoting its title, on the page of that title.
    QVERIFY2(r.problems.first().message.contains(quoted), qPrintable(r.problems.first().message));
    QCOMPARE(r.problems.first().page, 1);
}

QTEST_MAIN(TestDocumentCheck)
#include "TestDocumentCheck.moc"
