#pragma once

#include "DocumentReader.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace Mandat {

/*
 * What needs Qt Gui, Poppler-qt6 and Tesseract (the scans) lives in a module of its own,
 * libmandatdesk_scans.so, loaded the first time a document has a page without text, is
 * an image, or may be signed: reading a text PDF loads none of them.
 */
namespace Scans {

struct Result
{
    DocumentReader::Failure failure = DocumentReader::Failure::None;
    QString text;
    QString error;
};

// An image (JPEG, PNG): decoded (Truncated when it cannot be), then read by OCR unless
// options.ocr is false.
Result readImage(const QByteArray& bytes, const DocumentReader::Options& options,
                 const std::function<void(int percent)>& progress);
// Page `index` (0-based) of a PDF rendered at the OCR resolution and read by OCR.
Result readPdfPage(const QByteArray& pdf, int index, const DocumentReader::Options& options,
                   const std::function<void(int percent)>& progress);
// The signature fields of a PDF that hold a signature (-1 when the module cannot be loaded).
int countSigned(const QByteArray& pdf);

// The module's entry points.
using ReadImageFn
    = void (*)(const QByteArray&, const DocumentReader::Options&, const std::function<void(int)>&, Result*);
using ReadPdfPageFn = void (*)(const QByteArray&, int, const DocumentReader::Options&,
                               const std::function<void(int)>&, Result*);
using CountSignedFn = int (*)(const QByteArray&);

} // namespace Scans

} // namespace Mandat
