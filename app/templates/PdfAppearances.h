#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * What a filled form looks like, drawn into the PDF by libqpdf rather than left to the
 * viewer. A form that only says /NeedAppearances shows empty boxes in viewers that do not
 * honour it (Aperçu), and QtPdf draws no form widget at all, whatever the file carries.
 *
 * generateAppearances() gives every text and choice field an appearance stream made from
 * its value (qpdf's generator, plus line breaks for multi-line fields, which it draws on one
 * line); flatten() then draws those appearances into the pages and removes the form, for a
 * copy to print, send or preview. qpdf encodes text in the field's font encoding: a field
 * whose font cannot show an accented value is given a standard Helvetica in
 * WinAnsiEncoding, which holds French. Nothing here throws; errors come back as messages.
 */
class PdfAppearances
{
    Q_DECLARE_TR_FUNCTIONS(PdfAppearances)

public:
    // A PDF without a form comes back unchanged.
    static bool generateAppearances(const QByteArray& in, QByteArray* out, QString* error);
    // Values and other annotations drawn into the pages, no field left. Appearances are made
    // first when the form lacks some; a PDF without form or drawn annotation comes back unchanged.
    static bool flatten(const QByteArray& in, QByteArray* out, QString* error);
    // The PDF without the given pages (1-based), their widgets taken out of the form with them:
    // a form's annex page left empty is not printed.
    static bool removePages(const QByteArray& in, const QList<int>& pages, QByteArray* out, QString* error);
};

} // namespace Mandat
