#include "DocumentPreview.h"
#include "Fixtures.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "print/DossierPrinter.h"
#include "store/Profile.h"
#include "templates/FormFiller.h"
#include "templates/MandateGenerator.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Mandat;

/*
 * The preview opens on the first document with a problem, at the problem's page; the
 * buttons page through it. The print path on a real QPrinter gives one page per source page.
 * A generated mandate shows its values, though QtPdf draws no form field.
 */
class TestDocumentPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheProblem();
    void printsOnAQPrinter();
    void showsAFilledFormsValues();

private:
    void add(Document::Kind kind, const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    Profile m_profile;
    Dossier m_dossier;
};

void TestDocumentPreview::add(Document::Kind kind, const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QVERIFY(Fixtures::writeFile(path, bytes));
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    QVERIFY(DocumentIntake::add(m_profile.dossiers(), m_dossier.id, kind, path, noOcr).document);
}

void TestDocumentPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
    QString error;
    QVERIFY(m_profile.open(m_dir.filePath(QStringLiteral("profile")), &error));
    m_dossier.name = QStringLiteral("Aperçu");
    m_dossier.client.legalName = QStringLiteral("ACME");
    m_dossier.client.siren = QStringLiteral("518452750");
    m_dossier.numbers = { QStringLiteral("+33162123456") };
    QVERIFY(m_profile.dossiers().createDossier(m_dossier, {}, &error));
    add(Document::Kind::Kbis, QStringLiteral("kbis.pdf"),
        Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6)) }));
    // An old invoice whose date stands on page 2 of 3.
    add(Document::Kind::Invoice, QStringLiteral("facture.pdf"),
        Fixtures::textPdf(
            { QStringLiteral("Sommaire"),
              Fixtures::invoiceOperator(QDate(2026, 5, 5), { QStringLiteral("01 62 12 34 56") }),
              QStringLiteral("Détail") }));
    add(Document::Kind::Invoice, QStringLiteral("scan.png"),
        Fixtures::png(Fixtures::pageImage(QStringLiteral("x"), 60)));
}

void TestDocumentPreview::opensOnTheProblem()
{
    DocumentPreview preview(m_profile, m_dossier.id);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(preview.documentCount(), 3);
    QCOMPARE(preview.currentDocument(), 1); // the invoice, not the fine Kbis
    QCOMPARE(preview.pageCount(), 3);
    QCOMPARE(preview.currentPage(), 1); // page 2, where its date is
    QVERIFY2(preview.problemText().startsWith(QStringLiteral("Page 2")), qPrintable(preview.problemText()));
    // To look at it: MANDATDESK_SCREENSHOTS=DIR keeps a picture of the window.
    if (qEnvironmentVariableIsSet("MANDATDESK_SCREENSHOTS")) {
        QTest::qWait(1500); // QPdfView renders on a thread of its own
        preview.grab().save(qEnvironmentVariable("MANDATDESK_SCREENSHOTS") + QStringLiteral("/preview.png"));
    }

    auto* next = preview.findChild<QToolButton*>(QStringLiteral("nextButton"));
    auto* previous = preview.findChild<QToolButton*>(QStringLiteral("previousButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(preview.currentPage(), 2);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(preview.currentPage(), 0);

    // "Print this document" hands the document shown to the print job.
    QSignalSpy print(&preview, &DocumentPreview::printRequested);
    QTest::mouseClick(preview.findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
    QCOMPARE(print.size(), 1);
    QVERIFY(print.first().at(0).toString().contains(QStringLiteral("facture.pdf")));
    QCOMPARE(print.first().at(1).toByteArray(), preview.currentPdf());

    // The scan is shown as a page of its own.
    preview.showDocument(2);
    QCOMPARE(preview.pageCount(), 1);
    // Neither an invoice nor a scan has a form to flatten.
    QVERIFY(!preview.currentHasForm());
    QVERIFY(!preview.findChild<QPushButton*>(QStringLiteral("flattenButton"))->isEnabled());
}

void TestDocumentPreview::printsOnAQPrinter()
{
    QString error;
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), m_dossier.id, &error);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString out = m_dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(out);
    int pages = 0;
    QVERIFY2(DossierPrinter::paint(&printer, sources, 150, &pages, &error), qPrintable(error));
    QCOMPARE(pages, 1 + 3 + 1);
    DocumentReader::Text text;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    QCOMPARE(DocumentReader::read(Fixtures::readFile(out), noOcr, &text, &error),
             DocumentReader::Failure::None);
    QCOMPARE(text.pageCount, 5);
    QVERIFY(text.pages.at(2).contains(QStringLiteral("Date de facture")));
}

void TestDocumentPreview::showsAFilledFormsValues()
{
    // A dossier and its mandate, generated as "Générer le mandat" does.
    QString error;
    Company provider;
    provider.legalName = QStringLiteral("Centre d'Appels de l'Ouest SARL");
    provider.siren = QStringLiteral("732829320");
    provider.rcsCity = QStringLiteral("Nantes");
    QVERIFY(m_profile.dossiers().setProvider(provider, &error));
    Dossier dossier;
    dossier.name = QStringLiteral("Mandat à l'aperçu");
    dossier.client.legalName = QStringLiteral("Boulangeries Réunies SAS");
    dossier.client.siren = QStringLiteral("518452750");
    dossier.numbers = { QStringLiteral("+33162123456"), QStringLiteral("+33162123457") };
    dossier.use = PhoneUse::Automated;
    QVERIFY(m_profile.dossiers().createDossier(dossier, {}, &error));
    TemplateValues::Input input;
    input.dossier = dossier;
    input.date = QDate(2026, 11, 23);
    input.startDate = QDate(2026, 12, 1);
    const std::optional<MandateGenerator::Outcome> out
        = MandateGenerator::generate(m_profile, MandateGenerator::builtInTemplate(), input, &error);
    QVERIFY2(out, qPrintable(error));
    QVERIFY(DocumentIntake::add(m_profile.dossiers(), dossier.id, Document::Kind::FilledMandate,
                                QStringLiteral("mandat.pdf"), out->fill.pdf)
                .document);

    DocumentPreview preview(m_profile, dossier.id);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(preview.documentCount(), 1);
    QCOMPARE(preview.currentPdf(), out->fill.pdf); // printing gets the mandate itself
    QVERIFY(preview.currentHasForm());

    // What QtPdf is given shows the values: in its text, and in its pixels.
    QPdfDocument* shown = preview.findChild<QPdfView*>(QStringLiteral("pdfView"))->document();
    QCOMPARE(shown->status(), QPdfDocument::Status::Ready);
    const QString text = shown->getAllText(0).text().simplified();
    for (const QString& expected : { u"Boulangeries Réunies SAS"_qs, u"518 452 750"_qs, u"01 62 12 34 56"_qs,
                                     u"01 62 12 34 57"_qs, u"1 décembre 2026"_qs, u"Mandat à l'aperçu"_qs })
        QVERIFY2(text.contains(expected), qPrintable(expected + u" / "_qs + text));
    // The same mandate given to QtPdf as it is: no value drawn (what issue 11 saw).
    QBuffer raw;
    raw.setData(out->fill.pdf);
    raw.open(QIODevice::ReadOnly);
    QPdfDocument rawDocument;
    rawDocument.load(&raw);
    QCOMPARE(rawDocument.status(), QPdfDocument::Status::Ready);
    QVERIFY(!rawDocument.getAllText(0).text().contains(QStringLiteral("Boulangeries")));
    const QSize size(595, 842);
    QPdfDocumentRenderOptions withAnnotations;
    withAnnotations.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
    const QImage bare = rawDocument.render(0, size, withAnnotations);
    const QImage drawn = shown->render(0, size);
    int darker = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            darker += qGray(drawn.pixel(x, y)) + 80 < qGray(bare.pixel(x, y));
    QVERIFY2(darker > 500, qPrintable(QString::number(darker)));

    // A flattened copy, to print or send: no field left, the values in its pages.
    auto* flattenButton = preview.findChild<QPushButton*>(QStringLiteral("flattenButton"));
    QVERIFY(flattenButton->isEnabled());
    const QString copy = m_dir.filePath(QStringLiteral("mandat-flattened.pdf"));
    QVERIFY2(preview.saveFlattenedCopy(copy, &error), qPrintable(error));
    const QByteArray flat = Fixtures::readFile(copy);
    QVERIFY(!flat.isEmpty());
    QVERIFY(FormFiller::fields(flat, &error).isEmpty());
    DocumentReader::Text flatText;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    QCOMPARE(DocumentReader::read(flat, noOcr, &flatText, &error), DocumentReader::Failure::None);
    QVERIFY(flatText.all().contains(QStringLiteral("Boulangeries Réunies SAS")));
    if (qEnvironmentVariableIsSet("MANDATDESK_SCREENSHOTS")) {
        QTest::qWait(1500);
        preview.grab().save(qEnvironmentVariable("MANDATDESK_SCREENSHOTS")
                            + QStringLiteral("/preview-mandate.png"));
    }
}

QTEST_MAIN(TestDocumentPreview)
#include "TestDocumentPreview.moc"
