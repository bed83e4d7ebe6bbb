#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

namespace Mandat {

/*
 * Test documents made by code: Kbis extracts and invoices in several layouts, multi-page,
 * scanned (image-only) pages, broken and encrypted files. Nothing comes from outside the
 * repository. Needs a QGuiApplication (fonts).
 */
namespace Fixtures {

// A text PDF, one entry of `pages` per page, each page's lines separated by '\n'.
QByteArray textPdf(const QStringList& pages);
// A PDF whose pages are pictures of the text, with no text layer (a scan).
QByteArray scannedPdf(const QStringList& pages);
// A picture of a page of text at `dpi`, as a scanner or a phone gives it.
QImage pageImage(const QString& page, int dpi = 300);
QByteArray png(const QImage& image);
QByteArray jpeg(const QImage& image);

QString kbisUpToDate(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString kbisDeliveredOnNextLine(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString kbisFooterOnly(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString kbisStruckOff(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString invoiceOperator(const QDate& issued, const QStringList& numbers);
QString invoiceShortMonth(const QDate& issued, const QStringList& numbers);
QString invoiceTwoDigitYear(const QDate& issued, const QStringList& numbers);
QString invoiceWithoutIssueDate(const QDate& period, const QStringList& numbers);
// Issue 13 layouts. A '\t' in a line starts the next table column (drawn at a column stop).
QString kbisWrapped(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString invoiceDuplicata(const QDate& issued, const QDate& printed, const QStringList& numbers);
QString invoicePrintDateOnly(const QDate& printed, const QStringList& numbers);
QString invoicePeriodOnly(const QDate& periodStart, const QStringList& numbers);
QString invoiceTable(const QDate& issued, const QStringList& numbers);
// Documents that stand in the Kbis's place for a holder not on the RCS.
QString rneExtract(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString sireneNotice(const QDate& issued, const QString& siren = QStringLiteral("518452750"));
QString rnaReceipt(const QDate& issued, const QString& siren = QStringLiteral("518452750"));

// French long date: "6 novembre 2026", "1er décembre 2026".
QString frenchDate(const QDate& d, bool abbreviated = false);

// Writes bytes to a file (tests hand files to the code under test); false on failure.
bool writeFile(const QString& path, const QByteArray& bytes);
// A file's bytes, or nothing.
QByteArray readFile(const QString& path);

// An operator's mandate form as another producer makes it: tests/data/operator-form.ps
// written to `path` by Ghostscript (gs). Returns its bytes, or empty when gs failed.
QByteArray operatorForm(const QString& path);

// Encrypts with a user password through the qpdf tool; empty when qpdf is missing.
QByteArray encrypted(const QByteArray& pdf, const QString& workDir);

// Signs with a certificate made for the occasion (openssl, NSS tools, pdfsig); empty on failure.
QByteArray signedPdf(const QByteArray& pdf, const QString& workDir,
                     const QString& signer = QStringLiteral("Elodie Durand"));

} // namespace Fixtures

} // namespace Mandat
