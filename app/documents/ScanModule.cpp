#include "ScanModule.h"

#include "core/Module.h"

namespace Mandat {

namespace Scans {

namespace {
struct Entries
{
    ReadImageFn readImage = nullptr;
    ReadPdfPageFn readPdfPage = nullptr;
    CountSignedFn countSigned = nullptr;
    QString error;
};

// Resolved once, on the first scan of the process.
const Entries& entries()
{
    static const Entries e = [] {
        Entries r;
        r.readImage = Module::function<ReadImageFn>("scans", "mandatdesk_scans_read_image", &r.error);
        if (r.readImage)
            r.readPdfPage
                = Module::function<ReadPdfPageFn>("scans", "mandatdesk_scans_read_pdf_page", &r.error);
        if (r.readPdfPage)
            r.countSigned
                = Module::function<CountSignedFn>("scans", "mandatdesk_scans_count_signed", &r.error);
        return r;
    }();
    return e;
}

Result unavailable()
{
    Result r;
    r.failure = DocumentReader::Failure::OcrFailed;
    r.error = entries().error;
    return r;
}
} // namespace

Result readImage(const QByteArray& bytes, const DocumentReader::Options& options,
                 const std::function<void(int percent)>& progress)
{
    if (!entries().countSigned)
        return unavailable();
    Result r;
    entries().readImage(bytes, options, progress, &r);
    return r;
}

Result readPdfPage(const QByteArray& pdf, int index, const DocumentReader::Options& options,
                   const std::function<void(int percent)>& progress)
{
    if (!entries().countSigned)
        return unavailable();
    Result r;
    entries().readPdfPage(pdf, index, options, progress, &r);
    return r;
}

int countSigned(const QByteArray& pdf)
{
    return entries().countSigned ? entries().countSigned(pdf) : -1;
}

} // namespace Scans

} // namespace Mandat
