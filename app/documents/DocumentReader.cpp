#include "DocumentReader.h"

#include "OcrEngine.h"
#include "core/Logging.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QThreadStorage>
#include <poppler-qt6.h>

namespace Mandat {

namespace {
void popplerMessage(const QString& message, const QVariant&)
{
    qCDebug(lcDocuments) << "poppler:" << message;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Ligatures ("ﬁ" in "vériﬁcation") and compatibility forms become plain letters, so
// every later rule reads the words people see.
QString normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

// One Tesseract engine per thread, kept for the next document.
OcrEngine& threadOcr()
{
    static QThreadStorage<OcrEngine*> engines;
    if (!engines.hasLocalData())
        engines.setLocalData(new OcrEngine);
    return *engines.localData();
}
} // namespace

void DocumentReader::installPopplerLogging()
{
    static const bool installed = [] {
        Poppler::setDebugErrorFunction(popplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(installed)
}

QString DocumentReader::sniff(const QByteArray& bytes)
{
    // A PDF header may follow a little junk; the spec allows it within the first 1024 bytes.
    if (bytes.left(1024).contains("%PDF-"))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

QString DocumentReader::failureCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Empty:
        return QStringLiteral("empty");
    case Failure::TooLarge:
        return QStringLiteral("too_large");
    case Failure::NotSupported:
        return QStringLiteral("not_pdf_or_image");
    case Failure::Truncated:
        return QStringLiteral("truncated");
    case Failure::Encrypted:
        return QStringLiteral("encrypted");
    case Failure::Damaged:
        return QStringLiteral("damaged");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::OcrFailed:
        return QStringLiteral("ocr_failed");
    case Failure::TooManyPages:
        return QStringLiteral("too_many_pages");
    case Failure::TimedOut:
        return QStringLiteral("timed_out");
    }
    return {};
}

QString DocumentReader::tooLargeError(qint64 size, qint64 maxBytes)
{
    return tr("The file is too large (%1; the limit is %2).").arg(sizeText(size), sizeText(maxBytes));
}

DocumentReader::Failure DocumentReader::read(const QByteArray& bytes, const Options& options, Text* out,
                                             QString* error)
{
    installPopplerLogging();
    *out = Text();
    if (bytes.isEmpty()) {
        *error = tr("The file is empty.");
        return Failure::Empty;
    }
    if (options.maxBytes > 0 && bytes.size() > options.maxBytes) {
        *error = tooLargeError(bytes.size(), options.maxBytes);
        return Failure::TooLarge;
    }
    out->mediaType = sniff(bytes);
    auto progress = [&](int done, int total, int percent) {
        if (options.progress)
            options.progress(done, total, percent);
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    if (out->mediaType.isEmpty()) {
        *error = tr("The file is neither a PDF nor a JPEG or PNG image.");
        return Failure::NotSupported;
    }

    if (out->mediaType != QLatin1String("application/pdf")) {
        const bool complete = out->mediaType == QLatin1String("image/jpeg")
            ? bytes.right(64).contains("\xFF\xD9")
            : bytes.right(64).contains("IEND");
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        QImage image = complete ? reader.read() : QImage();
        if (image.isNull()) {
            *error = tr("The image is truncated or damaged.");
            return Failure::Truncated;
        }
        out->pageCount = 1;
        out->pages.append(QString());
        if (!options.ocr)
            return Failure::None;
        progress(0, 1, 0);
        // The resolution the image declares, as the tesseract command reads it.
        const int dpi = image.dotsPerMeterX() > 0 ? qRound(image.dotsPerMeterX() * 0.0254) : options.ocrDpi;
        QString text;
        OcrEngine& ocr = threadOcr();
        if (!ocr.recognize(
                image, dpi, &text, options.cancel, [&](int p) { progress(0, 1, p); }, options.deadline)) {
            *error = ocr.errorString();
            return cancelled() ? Failure::Cancelled : ocr.timedOut() ? Failure::TimedOut : Failure::OcrFailed;
        }
        out->pages[0] = normalized(text);
        out->ocrPages.append(1);
        progress(1, 1, 100);
        return Failure::None;
    }

    // A complete PDF ends with %%EOF (possibly followed by a little whitespace).
    if (!bytes.right(2048).contains("%%EOF")) {
        *error = tr("The PDF is truncated: its end is missing (an interrupted download or copy?).");
        return Failure::Truncated;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        *error = tr("The PDF is damaged and cannot be opened.");
        return Failure::Damaged;
    }
    if (doc->isLocked()) {
        *error = tr("The PDF is protected by a password: save an unprotected copy and add that one.");
        return Failure::Encrypted;
    }
    out->pageCount = doc->numPages();
    if (out->pageCount <= 0) {
        *error = tr("The PDF has no page.");
        return Failure::Damaged;
    }
    if (options.maxPages > 0 && out->pageCount > options.maxPages) {
        *error = tr("The PDF has %1 pages; at most %2 are read.").arg(out->pageCount).arg(options.maxPages);
        return Failure::TooManyPages;
    }
    for (int i = 0; i < out->pageCount; ++i) {
        if (cancelled()) {
            *error = tr("Reading was cancelled.");
            return Failure::Cancelled;
        }
        if (options.deadline.hasExpired()) {
            *error = tr("Reading took too long (page %1 of %2).").arg(i + 1).arg(out->pageCount);
            return Failure::TimedOut;
        }
        progress(i, out->pageCount, 0);
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        QString text = page ? page->text(QRectF()) : QString();
        if (text.trimmed().isEmpty() && page && options.ocr) {
            doc->setRenderHint(Poppler::Document::Antialiasing, true);
            doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
            // A page is rendered at the OCR resolution, or lower for a page larger than A3,
            // so that a page of a stranger's PDF declared metres wide cannot take gigabytes.
            const QSizeF points = page->pageSizeF();
            const double pixels
                = points.width() / 72.0 * options.ocrDpi * points.height() / 72.0 * options.ocrDpi;
            int dpi = options.ocrDpi;
            if (pixels > kMaxRenderPixels)
                dpi = int(options.ocrDpi * std::sqrt(kMaxRenderPixels / pixels));
            if (dpi < kMinOcrDpi) {
                *error = tr("Page %1 is too large to be read (%2 × %3 cm).")
                             .arg(i + 1)
                             .arg(qRound(points.width() / 72.0 * 2.54))
                             .arg(qRound(points.height() / 72.0 * 2.54));
                return Failure::TooLarge;
            }
            const QImage image = page->renderToImage(dpi, dpi);
            OcrEngine& ocr = threadOcr();
            if (image.isNull()
                || !ocr.recognize(
                    image, dpi, &text, options.cancel, [&](int p) { progress(i, out->pageCount, p); },
                    options.deadline)) {
                *error = image.isNull() ? tr("Page %1 cannot be rendered.").arg(i + 1) : ocr.errorString();
                return cancelled()   ? Failure::Cancelled
                    : image.isNull() ? Failure::OcrFailed
                    : ocr.timedOut() ? Failure::TimedOut
                                     : Failure::OcrFailed;
            }
            out->ocrPages.append(i + 1);
        }
        out->pages.append(normalized(text));
    }
    progress(out->pageCount, out->pageCount, 100);
    return Failure::None;
}

} // namespace Mandat
