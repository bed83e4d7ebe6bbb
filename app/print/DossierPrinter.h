#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QSizeF;

namespace Mandat {

class BlobStore;
class DossierStore;

/*
 * Prints documents — one, or a whole dossier (mandate, Kbis, invoices) in one job — on
 * any paged device: a QPrinter from the print dialog, or a QPdfWriter for "print to PDF".
 * Every page is rendered by Poppler at the device's resolution with its form values
 * visible, fitted to the A4 page; an invisible text layer keeps the printed PDF
 * searchable and checkable. Needs a QGuiApplication (painting).
 */
class DossierPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DossierPrinter)

public:
    struct Source
    {
        QString name;
        QByteArray bytes; // PDF, JPEG or PNG
    };

    // The dossier's documents in print order: the mandate (signed if there is one, else the
    // filled one), the Kbis extracts, then the invoices.
    static QList<Source> dossierSources(DossierStore& store, BlobStore& blobs, const QUuid& dossierId,
                                        QString* error);

    // Draws over a page once it is painted: (painter, page index in its source, where the
    // page stands on the device, the page's size in points).
    using Overlay = std::function<void(QPainter&, int, const QRectF&, const QSizeF&)>;

    // Paints every page of every source; *pages counts the device pages.
    static bool paint(QPagedPaintDevice* device, const QList<Source>& sources, int dpi, int* pages,
                      QString* error, const std::function<void(int done, int total)>& progress = {},
                      const std::atomic<bool>* cancel = nullptr, const Overlay& overlay = {});
    // Print to PDF, A4, written through QSaveFile.
    static bool toPdf(const QList<Source>& sources, const QString& outPath, int dpi, int* pages,
                      QString* error);
    // The sources' own pages in one PDF, vector and fillable as they are (Poppler's pdfunite).
    static bool mergePdf(const QList<Source>& sources, const QString& outPath, QString* error);
};

} // namespace Mandat
