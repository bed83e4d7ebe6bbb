#pragma once

#include "print/DossierPrinter.h"

#include <QCoreApplication>

class QWidget;

namespace Mandat {

// Printing and PDF export from the windows: the print dialog, progress with cancel, errors shown.
class PrintJob
{
    Q_DECLARE_TR_FUNCTIONS(PrintJob)

public:
    // Returns the pages printed (0 when cancelled or failed).
    static int print(QWidget* parent, const QList<DossierPrinter::Source>& sources, const QString& title);
    // Asks where, and writes one PDF; returns the path written, or empty.
    static QString exportPdf(QWidget* parent, const QList<DossierPrinter::Source>& sources,
                             const QString& suggestedName);
};

} // namespace Mandat
