#include "Fixtures.h"
#include "documents/DocumentReadTask.h"
#include "documents/DocumentReader.h"

#include <QElapsedTimer>
#include <QLibrary>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace Mandat;

class TestDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sniffByContent();
    void textPdfMultiPage();
    void pageAndTimeCaps();
    void scannedPageUsesOcr();
    void imagesUseOcr_data();
    void imagesUseOcr();
    void refused_data();
    void refused();
    void encryptedRefused();
    void sizeCap();
    void cancelStopsOcr();
    void ocrWithinCaps();
    void taskRunsOffThread();
    void taskCancel();

private:
    QTemporaryDir m_dir;
};

void TestDocumentReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // OpenMP as a user leaves it (OcrEngine tunes it only then), before Tesseract is loaded.
    const QStringList environment = QProcessEnvironment::systemEnvironment().keys();
    for (const QString& name : environment) {
        if (name.startsWith(QLatin1String("OMP_")))
            qunsetenv(name.toLatin1().constData());
    }
}

void TestDocumentReader::sniffByContent()
{
    const QByteArray pdf = Fixtures::textPdf({ QStringLiteral("x") });
    QCOMPARE(DocumentReader::sniff(pdf), QStringLiteral("application/pdf"));
    QCOMPARE(DocumentReader::sniff(Fixtures::png(Fixtures::pageImage(QStringLiteral("x"), 50))),
             QStringLiteral("image/png"));
    QCOMPARE(DocumentReader::sniff(Fixtures::jpeg(Fixtures::pageImage(QStringLiteral("x"), 50))),
             QStringLiteral("image/jpeg"));
    QCOMPARE(DocumentReader::sniff("GIF89a..."), QString());
    // A PDF header after a little junk is still a PDF.
    QCOMPARE(DocumentReader::sniff("\r\n\r\n" + pdf), QStringLiteral("application/pdf"));
}

void TestDocumentReader::pageAndTimeCaps()
{
    // Documents from strangers (the portal) are read within caps: pages, then time.
    const QByteArray pdf
        = Fixtures::textPdf({ QStringLiteral("un"), QStringLiteral("deux"), QStringLiteral("trois") });
    DocumentReader::Text text;
    QString error;
    DocumentReader::Options options;
    options.maxPages = 2;
    QCOMPARE(DocumentReader::read(pdf, options, &text, &error), DocumentReader::Failure::TooManyPages);
    QVERIFY2(error.contains(QLatin1String("3 pages")), qPrintable(error));
    QCOMPARE(DocumentReader::failureCode(DocumentReader::Failure::TooManyPages),
             QStringLiteral("too_many_pages"));
    options.maxPages = 3;
    QCOMPARE(DocumentReader::read(pdf, options, &text, &error), DocumentReader::Failure::None);
    options.deadline = QDeadlineTimer(0); // already past
    QCOMPARE(DocumentReader::read(pdf, options, &text, &error), DocumentReader::Failure::TimedOut);
    QCOMPARE(DocumentReader::failureCode(DocumentReader::Failure::TimedOut), QStringLiteral("timed_out"));
}

void TestDocumentReader::textPdfMultiPage()
{
    const QByteArray pdf
        = Fixtures::textPdf({ QStringLiteral("Page un\nFacture"), QStringLiteral("Page deux"),
                              QStringLiteral("Lignes 01 62 12 34 56") });
    DocumentReader::Text text;
    QString error;
    QList<int> progress;
    DocumentReader::Options options;
    options.progress = [&](int done, int, int) { progress.append(done); };
    QCOMPARE(DocumentReader::read(pdf, options, &text, &error), DocumentReader::Failure::None);
    QCOMPARE(text.pageCount, 3);
    QCOMPARE(text.pages.size(), 3);
    QVERIFY(text.ocrPages.isEmpty());
    QVERIFY2(text.pages[0].contains(QStringLiteral("Facture")), qPrintable(text.pages[0]));
    QVERIFY(text.pages[2].contains(QStringLiteral("01 62 12 34 56")));
    QCOMPARE(progress.last(), 3);
}

void TestDocumentReader::scannedPageUsesOcr()
{
    // Page 1 has text, page 2 is a scan: only page 2 goes through OCR.
    const QByteArray textPage = Fixtures::textPdf({ QStringLiteral("Extrait Kbis") });
    const QByteArray scan
        = Fixtures::scannedPdf({ QStringLiteral("Date de facture : 05/11/2026\nLigne 01 62 12 34 56") });
    DocumentReader::Text text;
    QString error;
    QCOMPARE(DocumentReader::read(scan, {}, &text, &error), DocumentReader::Failure::None);
    QCOMPARE(text.ocrPages, QList<int> { 1 });
    QVERIFY2(text.pages[0].contains(QStringLiteral("05/11/2026")), qPrintable(text.pages[0]));
    QVERIFY2(text.pages[0].contains(QStringLiteral("01 62 12 34 56")), qPrintable(text.pages[0]));
    // Tesseract's OpenMP regions run on the page's own thread (OcrEngine): its threads would
    // otherwise outnumber the cores and spin.
    QLibrary gomp(QStringLiteral("gomp"), 1);
    auto levels = reinterpret_cast<int (*)()>(gomp.resolve("omp_get_max_active_levels"));
    QVERIFY2(levels, qPrintable(gomp.errorString()));
    QCOMPARE(levels(), 0);

    QCOMPARE(DocumentReader::read(textPage, {}, &text, &error), DocumentReader::Failure::None);
    QVERIFY(text.ocrPages.isEmpty());

    // Intake without OCR: fast, pages known, no text for the scan.
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    QCOMPARE(DocumentReader::read(scan, noOcr, &text, &error), DocumentReader::Failure::None);
    QVERIFY(text.ocrPages.isEmpty());
    QVERIFY(text.pages[0].trimmed().isEmpty());
}

void TestDocumentReader::imagesUseOcr_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mediaType");
    const QImage page = Fixtures::pageImage(QStringLiteral("Extrait Kbis à jour au 6 novembre 2026"));
    QTest::newRow("png") << Fixtures::png(page) << "image/png";
    QTest::newRow("jpeg") << Fixtures::jpeg(page) << "image/jpeg";
}

void TestDocumentReader::imagesUseOcr()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mediaType);
    DocumentReader::Text text;
    QString error;
    QCOMPARE(DocumentReader::read(bytes, {}, &text, &error), DocumentReader::Failure::None);
    QCOMPARE(text.mediaType, mediaType);
    QCOMPARE(text.ocrPages, QList<int> { 1 });
    QVERIFY2(text.pages[0].contains(QStringLiteral("6 novembre 2026")), qPrintable(text.pages[0]));
}

void TestDocumentReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("failure");
    const QByteArray pdf = Fixtures::textPdf({ QStringLiteral("Facture") });
    const QByteArray png = Fixtures::png(Fixtures::pageImage(QStringLiteral("x"), 50));
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("text file") << QByteArray("Bonjour, ceci n'est pas un PDF.\n") << "not_pdf_or_image";
    QTest::newRow("zip") << QByteArray("PK\x03\x04 not a document") << "not_pdf_or_image";
    QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 2) << "truncated";
    QTest::newRow("pdf header only") << QByteArray("%PDF-1.7\n%%EOF\n") << "damaged";
    QTest::newRow("truncated png") << png.left(png.size() / 2) << "truncated";
}

void TestDocumentReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, failure);
    DocumentReader::Text text;
    QString error;
    const DocumentReader::Failure f = DocumentReader::read(bytes, {}, &text, &error);
    QCOMPARE(DocumentReader::failureCode(f), failure);
    QVERIFY(!error.isEmpty());
}

void TestDocumentReader::encryptedRefused()
{
    const QByteArray locked
        = Fixtures::encrypted(Fixtures::textPdf({ QStringLiteral("Secret") }), m_dir.path());
    QVERIFY2(!locked.isEmpty(), "qpdf is needed to build the encrypted fixture");
    DocumentReader::Text text;
    QString error;
    QCOMPARE(DocumentReader::read(locked, {}, &text, &error), DocumentReader::Failure::Encrypted);
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
}

void TestDocumentReader::sizeCap()
{
    const QByteArray pdf = Fixtures::textPdf({ QStringLiteral("Facture") });
    DocumentReader::Options options;
    options.maxBytes = pdf.size() - 1;
    DocumentReader::Text text;
    QString error;
    QCOMPARE(DocumentReader::read(pdf, options, &text, &error), DocumentReader::Failure::TooLarge);
    options.maxBytes = pdf.size();
    QCOMPARE(DocumentReader::read(pdf, options, &text, &error), DocumentReader::Failure::None);
}

void TestDocumentReader::cancelStopsOcr()
{
    const QByteArray scan = Fixtures::scannedPdf(
        { QStringLiteral("Page 1"), QStringLiteral("Page 2"), QStringLiteral("Page 3") });
    std::atomic<bool> cancel { false };
    DocumentReader::Options options;
    options.cancel = &cancel;
    int pagesStarted = 0;
    options.progress = [&](int done, int, int percent) {
        if (percent == 0)
            pagesStarted = done + 1;
        if (done >= 1)
            cancel = true; // cancel once page 2 begins
    };
    DocumentReader::Text text;
    QString error;
    QCOMPARE(DocumentReader::read(scan, options, &text, &error), DocumentReader::Failure::Cancelled);
    QVERIFY(!error.isEmpty());
    QVERIFY2(pagesStarted < 3, "the third page must not be read after cancelling");
}

void TestDocumentReader::ocrWithinCaps()
{
    // A picture is one page: the deadline stops its OCR too, not only the loop over pages.
    const QByteArray picture
        = Fixtures::png(Fixtures::pageImage(QStringLiteral("Extrait Kbis à jour au 6 novembre 2026")));
    DocumentReader::Options options;
    options.deadline = QDeadlineTimer(0);
    DocumentReader::Text text;
    QString error;
    QCOMPARE(DocumentReader::read(picture, options, &text, &error), DocumentReader::Failure::TimedOut);
    QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));

    // A page without text declared 5 m × 5 m would be 3.6 billion pixels at 300 dpi: refused
    // at once, without rendering it.
    const QByteArray content = "%PDF-1.4\n";
    QByteArray pdf = content;
    QList<int> offsets;
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R /Resources << >> >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(int(pdf.size()));
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const int xref = int(pdf.size());
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (int o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(DocumentReader::read(pdf, {}, &text, &error), DocumentReader::Failure::TooLarge);
    QVERIFY2(error.contains(QStringLiteral("508 × 508 cm")), qPrintable(error));
    qInfo("5 m page refused in %lld ms", timer.elapsed());
}

void TestDocumentReader::taskRunsOffThread()
{
    const QByteArray scan = Fixtures::scannedPdf({ QStringLiteral("Date de facture : 05/11/2026") });
    DocumentReadTask task;
    QSignalSpy progress(&task, &DocumentReadTask::progress);
    QSignalSpy finished(&task, &DocumentReadTask::finished);
    QVERIFY(task.start(scan));
    QVERIFY(!task.start(scan)); // one document at a time
    // The event loop keeps running while the page is read: signals arrive here.
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<DocumentReader::Failure>(), DocumentReader::Failure::None);
    const auto text = finished.first().at(1).value<DocumentReader::Text>();
    QCOMPARE(text.ocrPages, QList<int> { 1 });
    QVERIFY(text.pages.first().contains(QStringLiteral("05/11/2026")));
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), 1);
}

void TestDocumentReader::taskCancel()
{
    const QByteArray scan = Fixtures::scannedPdf({ QStringLiteral("Page 1"), QStringLiteral("Page 2"),
                                                   QStringLiteral("Page 3"), QStringLiteral("Page 4") });
    DocumentReadTask task;
    QSignalSpy finished(&task, &DocumentReadTask::finished);
    connect(&task, &DocumentReadTask::progress, &task, [&task](int done) {
        if (done >= 1)
            task.cancel();
    });
    QVERIFY(task.start(scan));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<DocumentReader::Failure>(), DocumentReader::Failure::Cancelled);
}

QTEST_MAIN(TestDocumentReader)
#include "TestDocumentReader.moc"
