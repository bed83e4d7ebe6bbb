#include "DocumentReader.h"

#include "ScanModule.h"
#include "core/Logging.h"

#include <QLocale>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace Mandat {

namespace {
void popplerMessage(const std::string& message, void*)
{
    qCDebug(lcDocuments) << "poppler:" << QString::fromStdString(message);
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

// The text layer of a page in its physical layout (the rows of a table stay rows, as
// Poppler-qt6 gave them), without its page break.
QString pageText(const poppler::page& page)
{
    const poppler::byte_array utf8 = page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    while (text.endsWith(u'\f') || text.endsWith(u'\n'))
        text.chop(1);
    return text;
}
} // namespace

void DocumentReader::installPopplerLogging()
{
    static const bool installed = [] {
        poppler::set_debug_error_function(popplerMessage, nullptr);
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
        // Decoding and OCR live in the scans module (Qt Gui, Tesseract).
        out->pageCount = 1;
        out->pages.append(QString());
        if (options.ocr)
            progress(0, 1, 0);
        const Scans::Result r = Scans::readImage(bytes, options, [&](int p) { progress(0, 1, p); });
        if (r.failure != Failure::None) {
            *out = Text { out->mediaType, 0, {}, {} };
            *error = r.error;
            return r.failure;
        }
        if (!options.ocr)
            return Failure::None;
        out->pages[0] = normalized(r.text);
        out->ocrPages.append(1);
        progress(1, 1, 100);
        return Failure::None;
    }

    // A complete PDF ends with %%EOF (possibly followed by a little whitespace).
    if (!bytes.right(2048).contains("%%EOF")) {
        *error = tr("The PDF is truncated: its end is missing (an interrupted download or copy?).");
        return Failure::Truncated;
    }
    // Poppler's C++ interface reads the text layer: it needs no Qt Gui, which only scans load.
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!doc) {
        *error = tr("The PDF is damaged and cannot be opened.");
        return Failure::Damaged;
    }
    if (doc->is_locked()) {
        *error = tr("The PDF is protected by a password: save an unprotected copy and add that one.");
        return Failure::Encrypted;
    }
    out->pageCount = doc->pages();
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
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        QString text = page ? pageText(*page) : QString();
        if (text.trimmed().isEmpty() && page && options.ocr) {
            const Scans::Result r
                = Scans::readPdfPage(bytes, i, options, [&](int p) { progress(i, out->pageCount, p); });
            if (r.failure != Failure::None) {
                *error = r.error;
                return r.failure;
            }
            text = r.text;
            out->ocrPages.append(i + 1);
        }
        out->pages.append(normalized(text));
    }
    progress(out->pageCount, out->pageCount, 100);
    return Failure::None;
}

} // namespace Mandat
