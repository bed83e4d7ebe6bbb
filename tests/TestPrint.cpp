#include "Fixtures.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "documents/DocumentReader.h"
#include "print/DossierPrinter.h"
#include "store/Profile.h"
#include "templates/FormFiller.h"
#include "templates/MandateTemplate.h"
#include "templates/TemplateValues.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * A whole dossier printed to PDF in one job: one A4 page per source page, in order
 * (mandate, Kbis, invoices), form values visible, text checkable page by page; and the
 * merged export keeps the mandate fillable.
 */
class TestPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printDossierToPdf();
    void mergedExportKeepsForm();
    void nothingToPrint();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    Profile m_profile;
    Dossier m_dossier;
};

QString TestPrint::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    return Fixtures::writeFile(path, bytes) ? path : QString();
}

void TestPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
    QString error;
    QVERIFY(m_profile.open(m_dir.filePath(QStringLiteral("profile")), &error));
    m_dossier.name = QStringLiteral("Impression");
    m_dossier.client.legalName = QStringLiteral("Boulangeries Réunies SAS");
    m_dossier.client.siren = QStringLiteral("518452750");
    m_dossier.numbers = { QStringLiteral("+33162123456") };
    QVERIFY(m_profile.dossiers().createDossier(m_dossier, {}, &error));

    // The filled mandate (3 pages), a Kbis (1 page), an invoice scan as PNG (1 page), a 2-page invoice.
    QFile t(QStringLiteral(":/templates/mandat-mandatdesk-fr.pdf"));
    QVERIFY(t.open(QIODevice::ReadOnly));
    TemplateValues::Input in;
    in.dossier = m_dossier;
    in.place = QStringLiteral("Nantes");
    in.date = QDate(2026, 11, 23);
    QMap<QString, QString> byField;
    const QMap<QString, QString> values = TemplateValues::build(in, MandateTemplate::kNumbersInBody);
    for (auto it = values.begin(); it != values.end(); ++it)
        byField.insert(QString(it.key()).replace(u'.', u'_'), it.value());
    QByteArray filled;
    QVERIFY2(FormFiller::fill(t.readAll(), byField, &filled, &error), qPrintable(error));
    const QDate d(2026, 11, 5);
    for (const auto& [kind, name, bytes] :
         { std::tuple { Document::Kind::FilledMandate, QStringLiteral("mandat.pdf"), filled },
           std::tuple { Document::Kind::Kbis, QStringLiteral("kbis.pdf"),
                        Fixtures::textPdf({ Fixtures::kbisUpToDate(d) }) },
           std::tuple { Document::Kind::Invoice, QStringLiteral("scan.png"),
                        Fixtures::png(Fixtures::pageImage(QStringLiteral("Facture scannée"), 100)) },
           std::tuple {
               Document::Kind::Invoice, QStringLiteral("facture.pdf"),
               Fixtures::textPdf({ Fixtures::invoiceOperator(d, { QStringLiteral("01 62 12 34 56") }),
                                   QStringLiteral("Détail des communications") }) } }) {
        DocumentReader::Options noOcr;
        noOcr.ocr = false;
        const DocumentIntake::Outcome out
            = DocumentIntake::add(m_profile.dossiers(), m_dossier.id, kind, write(name, bytes), noOcr);
        QVERIFY2(out.document, qPrintable(out.error));
    }
}

void TestPrint::printDossierToPdf()
{
    QString error;
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), m_dossier.id, &error);
    QCOMPARE(sources.size(), 4);
    QCOMPARE(sources.first().name, QStringLiteral("mandat.pdf"));
    QCOMPARE(sources.at(1).name, QStringLiteral("kbis.pdf"));

    const QString out = m_dir.filePath(QStringLiteral("printed.pdf"));
    int pages = 0;
    QVERIFY2(DossierPrinter::toPdf(sources, out, 150, &pages, &error), qPrintable(error));
    DocumentReader::Text text;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    QCOMPARE(DocumentReader::read(Fixtures::readFile(out), noOcr, &text, &error),
             DocumentReader::Failure::None);
    QCOMPARE(pages, 3 + 1 + 1 + 2);
    QCOMPARE(text.pageCount, pages);
    // Page by page: the mandate with its values, the Kbis, the scan (a picture), the invoice.
    QVERIFY2(text.pages.at(0).contains(QStringLiteral("MANDAT")), qPrintable(text.pages.at(0).left(200)));
    QVERIFY2(text.pages.at(0).contains(QStringLiteral("Boulangeries")),
             qPrintable(text.pages.at(0).left(400)));
    QVERIFY(text.pages.at(0).contains(QStringLiteral("Réunies")));
    QVERIFY(text.pages.at(3).contains(QStringLiteral("518")));
    QVERIFY(text.pages.at(3).contains(QStringLiteral("Kbis"), Qt::CaseInsensitive)
            || text.pages.at(3).contains(QStringLiteral("REGISTRE")));
    QVERIFY(text.pages.at(4).trimmed().isEmpty()); // the scan has no text layer
    QVERIFY(text.pages.at(5).contains(QStringLiteral("06/11/2026"))
            || text.pages.at(5).contains(QStringLiteral("05/11/2026")));
    QVERIFY(text.pages.at(6).contains(QStringLiteral("communications")));
}

void TestPrint::mergedExportKeepsForm()
{
    QString error;
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), m_dossier.id, &error);
    const QString out = m_dir.filePath(QStringLiteral("merged.pdf"));
    QVERIFY2(DossierPrinter::mergePdf(sources, out, &error), qPrintable(error));
    const QByteArray merged = Fixtures::readFile(out);
    QVERIFY(!merged.isEmpty());
    const QMap<QString, QString> values = FormFiller::read(merged, &error);
    QCOMPARE(values.value(QStringLiteral("client_legal_name")), QStringLiteral("Boulangeries Réunies SAS"));
    DocumentReader::Text text;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    DocumentReader::read(merged, noOcr, &text, &error);
    QCOMPARE(text.pageCount, 7);
}

void TestPrint::nothingToPrint()
{
    int pages = 0;
    QString error;
    QVERIFY(!DossierPrinter::toPdf({}, m_dir.filePath(QStringLiteral("empty.pdf")), 150, &pages, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.pdf"))));
    QVERIFY(!DossierPrinter::toPdf({ { QStringLiteral("junk.pdf"), QByteArray("%PDF-1.4 junk") } },
                                   m_dir.filePath(QStringLiteral("junk-out.pdf")), 150, &pages, &error));
}

QTEST_MAIN(TestPrint)
#include "TestPrint.moc"
