#include "PdfAppearances.h"

#include "core/Module.h"

namespace Mandat {

/*
 * The work is libqpdf's, in libmandatdesk_pdfforms.so (PdfFormsModuleMain.cpp): loaded the
 * first time a form is filled, flattened or trimmed, so that a window that only lists
 * dossiers does not map qpdf.
 */
namespace {
using TransformFn = bool (*)(const QByteArray&, QByteArray*, QString*);
using RemovePagesFn = bool (*)(const QByteArray&, const QList<int>&, QByteArray*, QString*);

struct Entries
{
    TransformFn generate = nullptr;
    TransformFn flatten = nullptr;
    RemovePagesFn removePages = nullptr;
    QString error;
};

// Resolved once, on the first form of the process.
const Entries& entries()
{
    static const Entries e = [] {
        Entries r;
        r.generate
            = Module::function<TransformFn>("pdfforms", "mandatdesk_pdfforms_generate_appearances", &r.error);
        if (r.generate)
            r.flatten = Module::function<TransformFn>("pdfforms", "mandatdesk_pdfforms_flatten", &r.error);
        if (r.flatten)
            r.removePages
                = Module::function<RemovePagesFn>("pdfforms", "mandatdesk_pdfforms_remove_pages", &r.error);
        return r;
    }();
    return e;
}

bool available(QString* error)
{
    if (entries().removePages)
        return true;
    *error = entries().error;
    return false;
}
} // namespace

bool PdfAppearances::generateAppearances(const QByteArray& in, QByteArray* out, QString* error)
{
    return available(error) && entries().generate(in, out, error);
}

bool PdfAppearances::flatten(const QByteArray& in, QByteArray* out, QString* error)
{
    return available(error) && entries().flatten(in, out, error);
}

bool PdfAppearances::removePages(const QByteArray& in, const QList<int>& pages, QByteArray* out,
                                 QString* error)
{
    return available(error) && entries().removePages(in, pages, out, error);
}

} // namespace Mandat
