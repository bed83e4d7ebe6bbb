#include "DocumentPreview.h"
#include "Fixtures.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "print/DossierPrinter.h"
#include "store/Profile.h"

#include <QFile>
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
 */
class TestDocumentPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheProblem();
    void printsOnAQPrinter();

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

QTEST_MAIN(TestDocumentPreview)
#include "TestDocumentPreview.moc"
