#include "DossierPrinter.h"

#include "core/Logging.h"
#include "documents/DocumentReader.h"
#include "documents/PopplerQtLogging.h"
#include "store/BlobStore.h"
#include "store/DossierStore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <poppler-qt6.h>

namespace Mandat {

namespace {
QRectF fitted(const QSizeF& content, const QRectF& page)
{
    const QSizeF size = content.scaled(page.size(), Qt::KeepAspectRatio);
    return QRectF(page.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

// Words drawn in a fully transparent pen over the picture of the page, where they stand.
void drawTextLayer(QPainter& p, Poppler::Page& page, const QRectF& target)
{
    const QSizeF pagePoints = page.pageSizeF();
    if (pagePoints.isEmpty())
        return;
    const qreal scale = target.width() / pagePoints.width();
    p.save();
    p.setPen(QColor(0, 0, 0, 0));
    for (const auto& box : page.textList()) {
        const QRectF r = box->boundingBox();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(qMax(1, qRound(r.height() * scale * 0.85)));
        p.setFont(font);
        p.drawText(QPointF(target.left() + r.left() * scale,
                           target.top() + r.bottom() * scale - r.height() * scale * 0.2),
                   box->text());
    }
    p.restore();
}
} // namespace

QList<DossierPrinter::Source> DossierPrinter::dossierSources(DossierStore& store, BlobStore& blobs,
                                                             const QUuid& dossierId, QString* error)
{
    const QList<Document> docs = store.documents(dossierId, error);
    QList<const Document*> ordered;
    // One mandate: the latest signed one, else the latest filled one (documents come oldest first).
    const Document* mandate = nullptr;
    for (const Document& d : docs) {
        if (d.kind == Document::Kind::SignedMandate
            || (d.kind == Document::Kind::FilledMandate
                && (!mandate || mandate->kind == Document::Kind::FilledMandate)))
            mandate = &d;
    }
    if (mandate)
        ordered.append(mandate);
    for (const Document::Kind kind : { Document::Kind::Kbis, Document::Kind::Invoice }) {
        for (const Document& d : docs) {
            if (d.kind == kind)
                ordered.append(&d);
        }
    }
    QList<Source> out;
    for (const Document* d : std::as_const(ordered)) {
        const QByteArray bytes = blobs.read(d->sha256, error);
        if (bytes.isEmpty())
            return {};
        out.append(Source { d->originalName, bytes });
    }
    return out;
}

bool DossierPrinter::paint(QPagedPaintDevice* device, const QList<Source>& sources, int dpi, int* pages,
                           QString* error, const std::function<void(int, int)>& progress,
                           const std::atomic<bool>* cancel, const Overlay& overlay)
{
    installPopplerQtLogging();
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    // Count the pages first, for the progress.
    std::vector<std::unique_ptr<Poppler::Document>> docs;
    int total = 0;
    for (const Source& s : sources) {
        if (DocumentReader::sniff(s.bytes) == QLatin1String("application/pdf")) {
            std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(s.bytes);
            if (!doc || doc->isLocked()) {
                *error = tr("%1 cannot be printed: it is not a readable PDF.").arg(s.name);
                return false;
            }
            doc->setRenderHint(Poppler::Document::Antialiasing);
            doc->setRenderHint(Poppler::Document::TextAntialiasing);
            total += doc->numPages();
            docs.push_back(std::move(doc));
        } else {
            docs.push_back(nullptr);
            total += 1;
        }
    }
    if (total == 0) {
        *error = tr("There is nothing to print.");
        return false;
    }
    QPainter p;
    if (!p.begin(device)) {
        *error = tr("The printer cannot be opened.");
        return false;
    }
    const QRectF pageRect(QPointF(0, 0), QSizeF(device->width(), device->height()));
    int done = 0;
    for (int i = 0; i < sources.size(); ++i) {
        Poppler::Document* doc = docs.at(size_t(i)).get();
        const int count = doc ? doc->numPages() : 1;
        for (int n = 0; n < count; ++n) {
            if (cancel && cancel->load()) {
                p.end();
                *error = tr("Printing was cancelled.");
                return false;
            }
            if (done > 0 && !device->newPage()) {
                *error = tr("The printer refused a new page.");
                return false;
            }
            if (doc) {
                std::unique_ptr<Poppler::Page> page = doc->page(n);
                const QSizeF points = page->pageSizeF();
                const QRectF target = fitted(points, pageRect);
                // Rendered for the device's pixels, up to `dpi` (a 1200 dpi printer needs no 500 MB page).
                const qreal renderDpi = qMin<qreal>(dpi, 72.0 * target.width() / points.width());
                const QImage image = page->renderToImage(renderDpi, renderDpi);
                p.drawImage(target, image);
                drawTextLayer(p, *page, target);
                if (overlay)
                    overlay(p, n, target, points);
            } else {
                QBuffer buffer;
                buffer.setData(sources.at(i).bytes);
                QImageReader reader(&buffer);
                reader.setAutoTransform(true);
                const QImage image = reader.read();
                if (image.isNull()) {
                    p.end();
                    *error = tr("%1 cannot be printed: the image is unreadable.").arg(sources.at(i).name);
                    return false;
                }
                p.drawImage(fitted(image.size(), pageRect), image);
            }
            ++done;
            if (progress)
                progress(done, total);
        }
    }
    p.end();
    if (pages)
        *pages = done;
    return true;
}

bool DossierPrinter::toPdf(const QList<Source>& sources, const QString& outPath, int dpi, int* pages,
                           QString* error)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setCreator(QStringLiteral("MandatDesk"));
        if (!paint(&writer, sources, dpi, pages, error))
            return false;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(outPath, out.errorString());
        return false;
    }
    return true;
}

bool DossierPrinter::mergePdf(const QList<Source>& sources, const QString& outPath, QString* error)
{
    const QString pdfunite = QStandardPaths::findExecutable(QStringLiteral("pdfunite"));
    if (pdfunite.isEmpty()) {
        *error = tr("Poppler's pdfunite is missing: the PDF cannot be merged.");
        return false;
    }
    QTemporaryDir dir;
    QStringList args;
    for (int i = 0; i < sources.size(); ++i) {
        QByteArray bytes = sources.at(i).bytes;
        if (DocumentReader::sniff(bytes) != QLatin1String("application/pdf")) {
            // A scan or a photo becomes an A4 page of its own.
            bytes.clear();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            if (!paint(&writer, { sources.at(i) }, 300, nullptr, error))
                return false;
        }
        const QString path = dir.filePath(QStringLiteral("%1.pdf").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            *error = tr("Cannot write a temporary file: %1").arg(f.errorString());
            return false;
        }
        args.append(path);
    }
    if (args.isEmpty()) {
        *error = tr("There is nothing to print.");
        return false;
    }
    // pdfunite wants at least two inputs.
    const QString merged = args.size() == 1 ? args.first() : dir.filePath(QStringLiteral("merged.pdf"));
    if (args.size() > 1) {
        QProcess process;
        process.start(pdfunite, args + QStringList { merged });
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            *error = tr("The PDF could not be merged: %1")
                         .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
            return false;
        }
    }
    QFile in(merged);
    QSaveFile out(outPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || out.write(in.readAll()) != in.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(outPath, out.errorString());
        return false;
    }
    return true;
}

} // namespace Mandat
