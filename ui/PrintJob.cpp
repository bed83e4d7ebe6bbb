#include "PrintJob.h"

#include "MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <atomic>

namespace Mandat {

int PrintJob::print(QWidget* parent, const QList<DossierPrinter::Source>& sources, const QString& title)
{
    QString error;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    std::atomic<bool> cancel { false };
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancel] { cancel = true; });
    int pages = 0;
    const bool ok = DossierPrinter::paint(
        &printer, sources, qMin(printer.resolution(), 600), &pages, &error,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        },
        &cancel);
    if (!ok && !cancel)
        MessageBox::warning(parent, tr("Print"), tr("The dossier could not be printed.\n\n%1").arg(error));
    // Printed to a file, nothing comes out of a printer: say where the file is.
    if (ok && printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        MessageBox::information(parent, tr("Print"),
                                tr("%n page(s) printed to %1.", nullptr, pages)
                                    .arg(QDir::toNativeSeparators(printer.outputFileName())));
    return ok ? pages : 0;
}

QString PrintJob::exportPdf(QWidget* parent, const QList<DossierPrinter::Source>& sources,
                            const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export as one PDF"), suggestedName,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!DossierPrinter::mergePdf(sources, path, &error)) {
        MessageBox::warning(parent, tr("Export"), tr("The PDF could not be written.\n\n%1").arg(error));
        return {};
    }
    return path;
}

} // namespace Mandat
