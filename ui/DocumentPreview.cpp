#include "DocumentPreview.h"

#include "MessageBox.h"
#include "WindowGeometry.h"
#include "checks/ReadinessReport.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "documents/DocumentReader.h"
#include "print/DossierPrinter.h"
#include "store/Profile.h"
#include "templates/FormFiller.h"
#include "templates/PdfAppearances.h"
#include "ui_DocumentPreview.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>

namespace Mandat {

DocumentPreview::DocumentPreview(Profile& profile, const QUuid& dossierId, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DocumentPreview)
    , m_document(new QPdfDocument(this))
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("preview"));
    m_ui->pdfView->setDocument(m_document);
    m_ui->pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_ui->pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_ui->fitWidthButton->setChecked(true);

    QString error;
    const std::optional<Dossier> dossier = profile.dossiers().dossier(dossierId, &error);
    if (dossier) {
        setWindowTitle(tr("Preview — %1").arg(dossier->name));
        const ReadinessReport report = ReadinessReport::build(*dossier, profile.dossiers(), profile.blobs(),
                                                              Clock::instance().today());
        const QList<Document> docs = profile.dossiers().documents(dossierId, &error);
        int firstProblem = -1;
        for (const Document& d : docs) {
            Entry e;
            e.name = QStringLiteral("%1 — %2").arg(Document::kindLabel(d.kind), d.originalName);
            e.fileName = d.originalName;
            QByteArray bytes = profile.blobs().read(d.sha256, &error);
            if (DocumentReader::sniff(bytes) != QLatin1String("application/pdf")) {
                // A scan or a photo: shown as an A4 page.
                QByteArray pdf;
                QBuffer buffer(&pdf);
                buffer.open(QIODevice::WriteOnly);
                QPdfWriter writer(&buffer);
                writer.setResolution(150);
                if (DossierPrinter::paint(&writer, { { d.originalName, bytes } }, 150, nullptr, &error))
                    bytes = pdf;
            }
            e.pdf = bytes;
            for (const DocumentCheck::Result& r : report.documents) {
                if (r.sha256 != d.sha256)
                    continue;
                for (const Problem& p : r.problems) {
                    e.problem = p.message;
                    e.problemPage = qMax(1, p.page);
                    break;
                }
            }
            if (firstProblem < 0 && !e.problem.isEmpty())
                firstProblem = int(m_entries.size());
            m_entries.append(e);
            m_ui->documentBox->addItem(e.problem.isEmpty() ? e.name : QStringLiteral("⚠ ") + e.name);
        }
        connect(m_ui->documentBox, &QComboBox::currentIndexChanged, this, [this](int i) { showDocument(i); });
        if (!m_entries.isEmpty()) {
            const int start = qMax(0, firstProblem);
            showDocument(start, qMax(0, m_entries.at(start).problemPage - 1));
        }
    }
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        const int i = currentDocument();
        if (i >= 0 && i < m_entries.size())
            emit printRequested(m_entries.at(i).name, m_entries.at(i).pdf);
    });
    connect(m_ui->flattenButton, &QPushButton::clicked, this, &DocumentPreview::saveFlattenedCopyAs);
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] {
        if (currentPage() > 0)
            m_ui->pdfView->pageNavigator()->jump(currentPage() - 1, {}, m_ui->pdfView->zoomFactor());
    });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] {
        if (currentPage() + 1 < pageCount())
            m_ui->pdfView->pageNavigator()->jump(currentPage() + 1, {}, m_ui->pdfView->zoomFactor());
    });
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] {
        m_ui->fitWidthButton->setChecked(false);
        m_ui->pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_ui->pdfView->setZoomFactor(m_ui->pdfView->zoomFactor() * 1.25);
    });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] {
        m_ui->fitWidthButton->setChecked(false);
        m_ui->pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_ui->pdfView->setZoomFactor(m_ui->pdfView->zoomFactor() / 1.25);
    });
    connect(m_ui->fitWidthButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->pdfView->setZoomMode(on ? QPdfView::ZoomMode::FitToWidth : QPdfView::ZoomMode::Custom);
    });
    connect(m_ui->pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &DocumentPreview::updatePageLabel);
}

DocumentPreview::~DocumentPreview()
{
    m_ui->pdfView->setDocument(nullptr);
    m_document->close();
}

void DocumentPreview::showDocument(int index, int page)
{
    if (index < 0 || index >= m_entries.size())
        return;
    if (m_ui->documentBox->currentIndex() != index) {
        const QSignalBlocker block(m_ui->documentBox);
        m_ui->documentBox->setCurrentIndex(index);
    }
    Entry& e = m_entries[index];
    if (e.shown.isEmpty()) {
        // QtPdf draws no form field: the values are drawn into the pages for it.
        QString error;
        e.hasForm = !FormFiller::fields(e.pdf, &error).isEmpty();
        if (!PdfAppearances::flatten(e.pdf, &e.shown, &error)) {
            qCWarning(lcDocuments) << "preview shown without flattening:" << error;
            e.shown = e.pdf;
        }
    }
    m_document->close();
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(e.shown);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_ui->flattenButton->setEnabled(e.hasForm);
    m_ui->problemLabel->setVisible(!e.problem.isEmpty());
    m_ui->problemLabel->setText(e.problemPage > 0 ? tr("Page %1: %2").arg(e.problemPage).arg(e.problem)
                                                  : e.problem);
    m_ui->pdfView->pageNavigator()->jump(qBound(0, page, qMax(0, pageCount() - 1)), {}, 0);
    updatePageLabel();
}

void DocumentPreview::updatePageLabel()
{
    m_ui->pageLabel->setText(tr("%1 / %2").arg(currentPage() + 1).arg(qMax(1, pageCount())));
    m_ui->previousButton->setEnabled(currentPage() > 0);
    m_ui->nextButton->setEnabled(currentPage() + 1 < pageCount());
}

QByteArray DocumentPreview::currentPdf() const
{
    const int i = currentDocument();
    return i >= 0 && i < m_entries.size() ? m_entries.at(i).pdf : QByteArray();
}

bool DocumentPreview::currentHasForm() const
{
    const int i = currentDocument();
    return i >= 0 && i < m_entries.size() && m_entries.at(i).hasForm;
}

bool DocumentPreview::saveFlattenedCopy(const QString& path, QString* error)
{
    QByteArray flat;
    if (!FormFiller::flatten(currentPdf(), &flat, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(flat) != flat.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DocumentPreview::saveFlattenedCopyAs()
{
    const int i = currentDocument();
    if (i < 0 || i >= m_entries.size() || !m_entries.at(i).hasForm)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1-flattened.pdf").arg(QFileInfo(m_entries.at(i).fileName).completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a flattened copy"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveFlattenedCopy(path, &error))
        MessageBox::warning(this, tr("Save a flattened copy"),
                            tr("The flattened copy could not be saved.\n\n%1").arg(error));
}

int DocumentPreview::documentCount() const
{
    return int(m_entries.size());
}

int DocumentPreview::currentDocument() const
{
    return m_ui->documentBox->currentIndex();
}

int DocumentPreview::currentPage() const
{
    return m_ui->pdfView->pageNavigator()->currentPage();
}

int DocumentPreview::pageCount() const
{
    return m_document->pageCount();
}

QString DocumentPreview::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

} // namespace Mandat
