#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace Mandat {

/*
 * Reads what a document says. PDF pages give their text through Poppler; pages without
 * text (scans, photos) and JPEG/PNG images are rendered at 300 dpi and read by Tesseract.
 * The result says which pages came from OCR. The file is recognised by its content, never
 * by its name, and refused with a reason when it is empty, truncated, too large,
 * password-protected, or neither a PDF nor an image.
 *
 * Reading may take seconds per scanned page: call it off the UI thread; it reports
 * progress and stops when the cancel flag is raised.
 */
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    enum class Failure {
        None,
        Empty,
        TooLarge,
        NotSupported,
        Truncated,
        Encrypted,
        Damaged,
        Cancelled,
        OcrFailed,
        TooManyPages, // over Options::maxPages
        TimedOut // past Options::deadline
    };

    // A page to OCR is rendered with at most this many pixels (A3 at 300 dpi: 17.4 million),
    // its resolution lowered to fit; below kMinOcrDpi it is too large to be read.
    static constexpr double kMaxRenderPixels = 36e6;
    static constexpr int kMinOcrDpi = 100;

    struct Options
    {
        qint64 maxBytes = 20 * 1024 * 1024;
        int ocrDpi = 300;
        bool ocr = true; // false: text layer only (fast intake)
        const std::atomic<bool>* cancel = nullptr;
        // Caps for documents from strangers (the portal): pages read at most (0: no cap), and
        // a deadline checked before each page and during its OCR.
        int maxPages = 0;
        QDeadlineTimer deadline { QDeadlineTimer::Forever };
        // Called with (pages done, pages in all) and a percent of the page being read.
        std::function<void(int done, int total, int pagePercent)> progress;
    };

    struct Text
    {
        QString mediaType;
        int pageCount = 0;
        QStringList pages; // one entry per page
        QList<int> ocrPages; // 1-based numbers of the pages read by OCR
        QString all() const { return pages.join(QLatin1Char('\n')); }
    };

    // "application/pdf", "image/jpeg", "image/png", or empty.
    static QString sniff(const QByteArray& bytes);
    static QString failureCode(Failure failure);
    static QString tooLargeError(qint64 size, qint64 maxBytes);

    static Failure read(const QByteArray& bytes, const Options& options, Text* out, QString* error);

    // Routes Poppler's own messages to our logging category (once per process).
    static void installPopplerLogging();
};

} // namespace Mandat

Q_DECLARE_METATYPE(Mandat::DocumentReader::Failure)
Q_DECLARE_METATYPE(Mandat::DocumentReader::Text)
