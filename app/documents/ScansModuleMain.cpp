// libmandatdesk_scans.so: what reading scans needs (Qt Gui for images, Poppler-qt6 to render
// a page, Tesseract through OcrEngine), loaded the first time a document needs it.
#include "OcrEngine.h"
#include "PopplerQtLogging.h"
#include "ScanModule.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QThreadStorage>
#include <cmath>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace Mandat {

namespace {
// One Tesseract engine per thread, kept for the next document.
OcrEngine& threadOcr()
{
    static QThreadStorage<OcrEngine*> engines;
    if (!engines.hasLocalData())
        engines.setLocalData(new OcrEngine);
    return *engines.localData();
}

void recognize(const QImage& image, int dpi, const DocumentReader::Options& options,
               const std::function<void(int)>& progress, Scans::Result* r)
{
    OcrEngine& ocr = threadOcr();
    if (ocr.recognize(image, dpi, &r->text, options.cancel, progress, options.deadline))
        return;
    r->error = ocr.errorString();
    r->failure = options.cancel && options.cancel->load() ? DocumentReader::Failure::Cancelled
        : ocr.timedOut()                                  ? DocumentReader::Failure::TimedOut
                                                          : DocumentReader::Failure::OcrFailed;
}
} // namespace

} // namespace Mandat

using namespace Mandat;

extern "C" Q_DECL_EXPORT void mandatdesk_scans_read_image(const QByteArray& bytes,
                                                          const DocumentReader::Options& options,
                                                          const std::function<void(int)>& progress,
                                                          Scans::Result* r)
{
    const bool jpeg = bytes.startsWith("\xFF\xD8\xFF");
    const bool complete = jpeg ? bytes.right(64).contains("\xFF\xD9") : bytes.right(64).contains("IEND");
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QImage image = complete ? reader.read() : QImage();
    if (image.isNull()) {
        r->failure = DocumentReader::Failure::Truncated;
        r->error = DocumentReader::tr("The image is truncated or damaged.");
        return;
    }
    if (!options.ocr)
        return;
    // The resolution the image declares, as the tesseract command reads it.
    const int dpi = image.dotsPerMeterX() > 0 ? qRound(image.dotsPerMeterX() * 0.0254) : options.ocrDpi;
    recognize(image, dpi, options, progress, r);
}

extern "C" Q_DECL_EXPORT void mandatdesk_scans_read_pdf_page(const QByteArray& pdf, int index,
                                                             const DocumentReader::Options& options,
                                                             const std::function<void(int)>& progress,
                                                             Scans::Result* r)
{
    installPopplerQtLogging();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    std::unique_ptr<Poppler::Page> page = doc && !doc->isLocked() ? doc->page(index) : nullptr;
    if (!page) {
        r->failure = DocumentReader::Failure::OcrFailed;
        r->error = DocumentReader::tr("Page %1 cannot be rendered.").arg(index + 1);
        return;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    // A page is rendered at the OCR resolution, or lower for a page larger than A3, so that a
    // page of a stranger's PDF declared metres wide cannot take gigabytes.
    const QSizeF points = page->pageSizeF();
    const double pixels = points.width() / 72.0 * options.ocrDpi * points.height() / 72.0 * options.ocrDpi;
    int dpi = options.ocrDpi;
    if (pixels > DocumentReader::kMaxRenderPixels)
        dpi = int(options.ocrDpi * std::sqrt(DocumentReader::kMaxRenderPixels / pixels));
    if (dpi < DocumentReader::kMinOcrDpi) {
        r->failure = DocumentReader::Failure::TooLarge;
        r->error = DocumentReader::tr("Page %1 is too large to be read (%2 × %3 cm).")
                       .arg(index + 1)
                       .arg(qRound(points.width() / 72.0 * 2.54))
                       .arg(qRound(points.height() / 72.0 * 2.54));
        return;
    }
    const QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull()) {
        r->failure = options.cancel && options.cancel->load() ? DocumentReader::Failure::Cancelled
                                                              : DocumentReader::Failure::OcrFailed;
        r->error = DocumentReader::tr("Page %1 cannot be rendered.").arg(index + 1);
        return;
    }
    recognize(image, dpi, options, progress, r);
}

extern "C" Q_DECL_EXPORT int mandatdesk_scans_count_signed(const QByteArray& pdf)
{
    installPopplerQtLogging();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return 0;
    int n = 0;
    for (const auto& field : doc->signatures())
        n += field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature ? 0 : 1;
    return n;
}
