#include "OcrEngine.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QProcessEnvironment>
#include <clocale>
#include <tesseract/capi.h>

namespace Mandat {

/*
 * Tesseract is loaded when the first scanned page needs it, through its C API: it pulls
 * some forty libraries (Leptonica, image codecs, curl…) that every start of the
 * application and every `check` of a text PDF would otherwise pay for. A machine without
 * Tesseract still runs; scanned pages then say OCR is unavailable.
 */
namespace {
struct TesseractApi
{
    decltype(&TessBaseAPICreate) create = nullptr;
    decltype(&TessBaseAPIDelete) destroy = nullptr;
    decltype(&TessBaseAPIInit3) init = nullptr;
    decltype(&TessBaseAPISetImage) setImage = nullptr;
    decltype(&TessBaseAPISetSourceResolution) setResolution = nullptr;
    decltype(&TessBaseAPIRecognize) recognize = nullptr;
    decltype(&TessBaseAPIGetUTF8Text) text = nullptr;
    decltype(&TessDeleteText) deleteText = nullptr;
    decltype(&TessBaseAPIClear) clear = nullptr;
    decltype(&TessMonitorCreate) monitorCreate = nullptr;
    decltype(&TessMonitorDelete) monitorDelete = nullptr;
    decltype(&TessMonitorSetCancelFunc) setCancel = nullptr;
    decltype(&TessMonitorSetCancelThis) setCancelThis = nullptr;
    decltype(&TessMonitorGetProgress) progress = nullptr;
    bool loaded = false;
};

/*
 * Debian's Tesseract is built with OpenMP and opens parallel regions inside parallel
 * regions: on a machine of two cores its threads outnumber the cores and spin waiting for
 * each other (a 300 dpi page took 3.4 s instead of 0.8 s). Pages are read one per thread by
 * DocumentReader already, so OpenMP's own regions run on the thread that opens them, unless
 * the user tuned OpenMP through its environment (OMP_*), which then stands.
 */
void serializeOpenMp()
{
    const QStringList environment = QProcessEnvironment::systemEnvironment().keys();
    for (const QString& name : environment) {
        if (name.startsWith(QLatin1String("OMP_")))
            return;
    }
    QLibrary gomp(QStringLiteral("gomp"), 1);
    using SetLevels = void (*)(int);
    if (auto set = reinterpret_cast<SetLevels>(gomp.resolve("omp_set_max_active_levels")))
        set(0);
    else
        qCInfo(lcDocuments) << "no OpenMP runtime beside libtesseract:" << gomp.errorString();
}

const TesseractApi& api()
{
    static const TesseractApi a = [] {
        TesseractApi t;
        QLibrary lib(QStringLiteral("tesseract"), 5);
        if (!lib.load()) {
            qCWarning(lcDocuments) << "cannot load libtesseract:" << lib.errorString();
            return t;
        }
        auto get = [&](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(lib.resolve(name));
            return fn != nullptr;
        };
        t.loaded = get(t.create, "TessBaseAPICreate") && get(t.destroy, "TessBaseAPIDelete")
            && get(t.init, "TessBaseAPIInit3") && get(t.setImage, "TessBaseAPISetImage")
            && get(t.setResolution, "TessBaseAPISetSourceResolution")
            && get(t.recognize, "TessBaseAPIRecognize") && get(t.text, "TessBaseAPIGetUTF8Text")
            && get(t.deleteText, "TessDeleteText") && get(t.clear, "TessBaseAPIClear")
            && get(t.monitorCreate, "TessMonitorCreate") && get(t.monitorDelete, "TessMonitorDelete")
            && get(t.setCancel, "TessMonitorSetCancelFunc")
            && get(t.setCancelThis, "TessMonitorSetCancelThis") && get(t.progress, "TessMonitorGetProgress");
        if (!t.loaded)
            qCWarning(lcDocuments) << "libtesseract lacks a function of its C API";
        else
            serializeOpenMp();
        return t;
    }();
    return a;
}

struct CancelContext
{
    const std::atomic<bool>* cancel = nullptr;
    QDeadlineTimer deadline;
    bool timedOut = false;
    const std::function<void(int)>* progress = nullptr;
    ETEXT_DESC* monitor = nullptr;
    int lastProgress = -1;
};

bool cancelCallback(void* data, int /*words*/)
{
    auto* ctx = static_cast<CancelContext*>(data);
    if (ctx->progress && *ctx->progress) {
        const int p = api().progress(ctx->monitor);
        if (p != ctx->lastProgress) {
            ctx->lastProgress = p;
            (*ctx->progress)(p);
        }
    }
    if (ctx->deadline.hasExpired())
        ctx->timedOut = true;
    return ctx->timedOut || (ctx->cancel && ctx->cancel->load());
}
} // namespace

struct OcrEngine::Private
{
    TessBaseAPI* handle = nullptr;
    bool failed = false;
};

OcrEngine::OcrEngine()
    : d(new Private)
{ }

OcrEngine::~OcrEngine()
{
    if (d->handle)
        api().destroy(d->handle);
    delete d;
}

bool OcrEngine::isAvailable()
{
    if (d->handle)
        return true;
    if (d->failed)
        return false;
    const TesseractApi& t = api();
    // Tesseract parses its model files with the C library: numbers need the C locale.
    std::setlocale(LC_NUMERIC, "C");
    TessBaseAPI* handle = t.loaded ? t.create() : nullptr;
    if (!handle || t.init(handle, nullptr, "fra") != 0) {
        if (handle)
            t.destroy(handle);
        d->failed = true;
        m_error
            = QCoreApplication::translate("OcrEngine",
                                          "Text recognition (Tesseract with French data) is not installed: "
                                          "scanned pages cannot be read.");
        qCWarning(lcDocuments) << "tesseract unavailable";
        return false;
    }
    d->handle = handle;
    return true;
}

bool OcrEngine::recognize(const QImage& image, int dpi, QString* text, const std::atomic<bool>* cancel,
                          const std::function<void(int)>& progress, QDeadlineTimer deadline)
{
    m_timedOut = false;
    if (!isAvailable())
        return false;
    const TesseractApi& t = api();
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    t.setImage(d->handle, gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    t.setResolution(d->handle, dpi > 0 ? dpi : 300);

    ETEXT_DESC* monitor = t.monitorCreate();
    CancelContext ctx;
    ctx.cancel = cancel;
    ctx.deadline = deadline;
    ctx.progress = &progress;
    ctx.monitor = monitor;
    t.setCancel(monitor, &cancelCallback);
    t.setCancelThis(monitor, &ctx);
    const int rc = t.recognize(d->handle, monitor);
    t.monitorDelete(monitor);
    if (ctx.timedOut) {
        t.clear(d->handle);
        m_timedOut = true;
        m_error = QCoreApplication::translate("OcrEngine", "Text recognition took too long.");
        return false;
    }
    if (cancel && cancel->load()) {
        t.clear(d->handle);
        m_error = QCoreApplication::translate("OcrEngine", "Text recognition was cancelled.");
        return false;
    }
    if (rc != 0) {
        t.clear(d->handle);
        m_error = QCoreApplication::translate("OcrEngine", "Text recognition failed on this page.");
        return false;
    }
    char* out = t.text(d->handle);
    *text = QString::fromUtf8(out);
    t.deleteText(out);
    t.clear(d->handle);
    if (progress)
        progress(100);
    return true;
}

} // namespace Mandat
