#include "OcrEngine.h"

#include "core/Logging.h"

#include <QCoreApplication>

#include <clocale>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

struct OcrEngine::Private
{
    tesseract::TessBaseAPI api;
    bool initialised = false;
    bool failed = false;
};

namespace {
struct CancelContext
{
    const std::atomic<bool>* cancel = nullptr;
    const std::function<void(int)>* progress = nullptr;
    tesseract::ETEXT_DESC* monitor = nullptr;
    int lastProgress = -1;
};

bool cancelCallback(void* data, int /*words*/)
{
    auto* ctx = static_cast<CancelContext*>(data);
    if (ctx->progress && *ctx->progress && ctx->monitor->progress != ctx->lastProgress) {
        ctx->lastProgress = ctx->monitor->progress;
        (*ctx->progress)(ctx->lastProgress);
    }
    return ctx->cancel && ctx->cancel->load();
}
} // namespace

OcrEngine::OcrEngine()
    : d(new Private)
{
}

OcrEngine::~OcrEngine()
{
    d->api.End();
    delete d;
}

bool OcrEngine::isAvailable()
{
    if (d->initialised)
        return true;
    if (d->failed)
        return false;
    // Tesseract parses its model files with the C library: numbers need the C locale.
    std::setlocale(LC_NUMERIC, "C");
    if (d->api.Init(nullptr, "fra", tesseract::OEM_DEFAULT) != 0) {
        d->failed = true;
        m_error = QCoreApplication::translate("OcrEngine",
                                              "Text recognition (Tesseract with French data) is not installed: "
                                              "scanned pages cannot be read.");
        qCWarning(lcDocuments) << "tesseract init failed";
        return false;
    }
    d->initialised = true;
    return true;
}

bool OcrEngine::recognize(const QImage& image, int dpi, QString* text, const std::atomic<bool>* cancel,
                          const std::function<void(int)>& progress)
{
    if (!isAvailable())
        return false;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    d->api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    d->api.SetSourceResolution(dpi > 0 ? dpi : 300);

    tesseract::ETEXT_DESC monitor;
    CancelContext ctx;
    ctx.cancel = cancel;
    ctx.progress = &progress;
    ctx.monitor = &monitor;
    monitor.cancel = &cancelCallback;
    monitor.cancel_this = &ctx;
    const int rc = d->api.Recognize(&monitor);
    if (cancel && cancel->load()) {
        d->api.Clear();
        m_error = QCoreApplication::translate("OcrEngine", "Text recognition was cancelled.");
        return false;
    }
    if (rc != 0) {
        d->api.Clear();
        m_error = QCoreApplication::translate("OcrEngine", "Text recognition failed on this page.");
        return false;
    }
    char* out = d->api.GetUTF8Text();
    *text = QString::fromUtf8(out);
    delete[] out;
    d->api.Clear();
    if (progress)
        progress(100);
    return true;
}
