#include "MainWindow.h"

#include "DocumentPreview.h"
#include "DossierListModel.h"
#include "core/Clock.h"
#include "print/DossierPrinter.h"
#include "store/Profile.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

MainWindow::MainWindow(Profile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profile(profile)
    , m_model(new DossierListModel(this))
{
    m_ui->setupUi(this);
    m_ui->dossierView->setModel(m_model);
    m_ui->dossierView->horizontalHeader()->setStretchLastSection(true);
    m_ui->dossierView->verticalHeader()->hide();
    QFont title = m_ui->emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->emptyTitle->setFont(title);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPreview, &QAction::triggered, this, &MainWindow::previewDocuments);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printDossier);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    setWindowTitle(tr("MandatDesk — %1").arg(QDir::toNativeSeparators(profile.directory())));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    m_model->reload(m_profile.dossiers(), Clock::instance().today());
    const bool empty = m_model->rowCount() == 0;
    m_ui->stack->setCurrentWidget(empty ? m_ui->emptyPage : m_ui->listPage);
    m_ui->statusBar->showMessage(tr("%n dossier(s)", nullptr, m_model->rowCount()));
}

QUuid MainWindow::currentDossier() const
{
    const QModelIndex index = m_ui->dossierView->currentIndex();
    return index.isValid() ? m_model->dossierId(index.row()) : QUuid();
}

void MainWindow::previewDocuments()
{
    const QUuid id = currentDossier();
    if (id.isNull())
        return;
    DocumentPreview preview(m_profile, id, this);
    connect(&preview, &DocumentPreview::printRequested, this,
            [this](const QString& name, const QByteArray& pdf) {
                printSources({ { name, pdf } }, tr("Print %1").arg(name));
            });
    if (preview.documentCount() == 0) {
        QMessageBox::information(this, tr("Preview"), tr("This dossier has no document yet."));
        return;
    }
    preview.exec();
}

void MainWindow::printDossier()
{
    const QUuid id = currentDossier();
    if (id.isNull())
        return;
    QString error;
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), id, &error);
    if (sources.isEmpty()) {
        QMessageBox::information(this, tr("Print"),
                                 error.isEmpty() ? tr("This dossier has no document to print.") : error);
        return;
    }
    printSources(sources, tr("Print the dossier"));
}

void MainWindow::printSources(const QList<DossierPrinter::Source>& sources, const QString& title)
{
    QString error;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    std::atomic<bool> cancel { false };
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    int pages = 0;
    const bool ok = DossierPrinter::paint(
        &printer, sources, qMin(printer.resolution(), 600), &pages, &error,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        },
        &cancel);
    if (!ok && !cancel)
        QMessageBox::warning(this, tr("Print"), tr("The dossier could not be printed.\n\n%1").arg(error));
    else if (ok)
        statusBar()->showMessage(tr("%n page(s) sent to the printer.", nullptr, pages), 5000);
}

void MainWindow::exportPdf()
{
    const QUuid id = currentDossier();
    if (id.isNull())
        return;
    QString error;
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), id, &error);
    if (sources.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("This dossier has no document to export."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dossier as one PDF"), QString(),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!DossierPrinter::mergePdf(sources, path, &error))
        QMessageBox::warning(this, tr("Export"), tr("The dossier could not be exported.\n\n%1").arg(error));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}
