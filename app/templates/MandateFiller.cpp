#include "MandateFiller.h"

#include "FormFiller.h"
#include "MandateTemplate.h"
#include "PdfAppearances.h"
#include "documents/DocumentReader.h"
#include "print/DossierPrinter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace Mandat {

namespace {
QString normalizedText(const QString& s)
{
    return s.simplified();
}

QStringList pagesText(const QByteArray& pdf)
{
    DocumentReader::Text text;
    QString error;
    DocumentReader::Options options;
    options.ocr = false;
    DocumentReader::read(pdf, options, &text, &error);
    QStringList out;
    for (const QString& p : std::as_const(text.pages))
        out.append(normalizedText(p));
    return out;
}
} // namespace

bool MandateFiller::parsePlacement(const QString& key, const QString& text, Placement* out)
{
    const QStringList parts = text.split(u',');
    if (parts.size() < 3 || parts.size() > 4)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    bool ok4 = true;
    out->key = key;
    out->page = parts.at(0).toInt(&ok1);
    out->position = QPointF(parts.at(1).toDouble(&ok2), parts.at(2).toDouble(&ok3));
    out->size = parts.size() == 4 ? parts.at(3).toDouble(&ok4) : 10;
    return ok1 && ok2 && ok3 && ok4 && out->page >= 1 && out->size > 0 && out->size < 100;
}

int MandateFiller::lineCapacity(const QByteArray& pdf, const QString& fieldName)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return 0;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        for (const auto& f : page->formFields()) {
            if (f->fullyQualifiedName() != fieldName || f->type() != Poppler::FormField::FormText)
                continue;
            const auto& text = static_cast<const Poppler::FormFieldText&>(*f);
            const qreal height = f->rect().height() * page->pageSizeF().height();
            const qreal fontSize = text.getFontSize() > 0 ? text.getFontSize() : 9;
            if (text.textType() != Poppler::FormFieldText::Multiline)
                return 1;
            return qMax(1, int((height - 2) / (fontSize * 1.16)));
        }
    }
    return 0;
}

QByteArray MandateFiller::annexPages(const QString& title, const QStringList& lines, int* pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("MandatDesk"));
    QPainter p(&writer);
    QFont bold(QStringLiteral("DejaVu Sans"));
    bold.setPointSizeF(12);
    bold.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    const qreal lineHeight = QFontMetricsF(body).lineSpacing() * 1.2;
    int count = 1;
    qreal y = 60;
    p.setFont(bold);
    p.drawText(QPointF(56, y), title);
    y += 30;
    p.setFont(body);
    for (const QString& line : lines) {
        if (y > 800) {
            writer.newPage();
            ++count;
            y = 60;
        }
        p.drawText(QPointF(56, y), line);
        y += lineHeight;
    }
    p.end();
    if (pages)
        *pages = count;
    return pdf;
}

bool MandateFiller::fill(const Request& request, Result* result, QString* error)
{
    *result = Result();
    const QList<FormFiller::Field> fields = FormFiller::fields(request.templatePdf, error);
    if (!error->isEmpty())
        return false;
    if (!fields.isEmpty())
        return fillForm(request, result, error);
    if (request.placements.isEmpty()) {
        *error = tr("The template has no form field: place the values on its pages first.");
        return false;
    }
    return drawPlacements(request, result, error);
}

bool MandateFiller::fillForm(const Request& request, Result* result, QString* error)
{
    const QList<FormFiller::Field> fields = FormFiller::fields(request.templatePdf, error);
    QString numbersField;
    bool hasAnnexField = false;
    for (auto it = request.mapping.begin(); it != request.mapping.end(); ++it) {
        if (it.value() == QLatin1String("numbers"))
            numbersField = it.key();
        hasAnnexField = hasAnnexField || it.value() == QLatin1String("numbers_annex");
    }
    const int total = int(request.input.dossier.numbers.size());
    int inField = total;
    if (hasAnnexField)
        inField = qMin(total,
                       qMax(1,
                            numbersField.isEmpty() ? MandateTemplate::kNumbersInBody
                                                   : lineCapacity(request.templatePdf, numbersField)));
    else if (!numbersField.isEmpty())
        inField = qMin(total, lineCapacity(request.templatePdf, numbersField));
    // Without an annex field, the last line of the field says where the others are.
    const bool annexPage = !hasAnnexField && inField < total;
    if (annexPage)
        inField = qMax(0, inField - 1);
    QMap<QString, QString> values = TemplateValues::build(request.input, inField);
    if (annexPage) {
        values[QStringLiteral("numbers")] += (inField > 0 ? QStringLiteral("\n") : QString())
            + tr("… and %n more number(s): see the annex", nullptr, total - inField);
    }

    QMap<QString, QString> byField;
    for (const FormFiller::Field& f : fields) {
        const QString key = request.mapping.value(f.name);
        if (key.isEmpty()) {
            if (f.type != QLatin1String("signature"))
                result->unmappedFields.append(f.name);
            continue;
        }
        byField.insert(f.name, values.value(key));
        if (values.value(key).isEmpty() && key != QLatin1String("numbers_annex"))
            result->emptyValues.append(key);
    }
    if (byField.isEmpty()) {
        *error = tr("None of the template's fields is mapped to a dossier value.");
        return false;
    }
    QByteArray filled;
    if (!FormFiller::fill(request.templatePdf, byField, &filled, error))
        return false;
    result->fieldsFilled = int(byField.size());

    // Every number fits in the body: the annex pages after the form's other fields, with no field
    // but the annex, are not printed empty (our template's last page).
    if (hasAnnexField && values.value(QStringLiteral("numbers_annex")).isEmpty()) {
        int lastOther = 0;
        QList<int> annexPages;
        for (const FormFiller::Field& f : fields) {
            if (request.mapping.value(f.name) != QLatin1String("numbers_annex"))
                lastOther = qMax(lastOther, f.page);
            else if (!annexPages.contains(f.page))
                annexPages.append(f.page);
        }
        annexPages.removeIf([lastOther](int page) { return page <= lastOther; });
        if (!annexPages.isEmpty()) {
            QByteArray without;
            if (!PdfAppearances::removePages(filled, annexPages, &without, error))
                return false;
            filled = without;
        }
    }

    if (annexPage) {
        const QStringList all
            = TemplateValues::build(request.input, total).value(QStringLiteral("numbers")).split(u'\n');
        const QStringList rest = all.mid(inField);
        const QByteArray annex = annexPages(
            tr("Annex — numbers covered by the mandate of %1").arg(request.input.dossier.client.legalName),
            rest, &result->annexPages);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("with-annex.pdf"));
        if (!DossierPrinter::mergePdf(
                { { QStringLiteral("form.pdf"), filled }, { QStringLiteral("annex.pdf"), annex } }, out,
                error))
            return false;
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        filled = f.readAll();
        // The form's values survive the merge, and every number is on an annex page.
        const QMap<QString, QString> back = FormFiller::read(filled, error);
        for (auto it = byField.begin(); it != byField.end(); ++it) {
            if (back.value(it.key()) != it.value()) {
                *error = tr("After adding the annex, the field \"%1\" lost its value.").arg(it.key());
                return false;
            }
        }
        const QString annexText = pagesText(filled).mid(pagesText(request.templatePdf).size()).join(u' ');
        for (const QString& line : rest) {
            if (!annexText.contains(line.section(QLatin1String("  "), 0, 0))) {
                *error = tr("The annex does not show %1.").arg(line);
                return false;
            }
        }
    }
    result->pdf = filled;
    return true;
}

bool MandateFiller::drawPlacements(const Request& request, Result* result, QString* error)
{
    const QMap<QString, QString> values
        = TemplateValues::build(request.input, int(request.input.dossier.numbers.size()));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(request.templatePdf);
    if (!doc || doc->isLocked()) {
        *error = tr("The template cannot be opened as a PDF.");
        return false;
    }
    for (const Placement& pl : request.placements) {
        if (pl.page > doc->numPages()) {
            *error = tr("\"%1\" is placed on page %2, but the template has %3 page(s).")
                         .arg(pl.key)
                         .arg(pl.page)
                         .arg(doc->numPages());
            return false;
        }
    }
    // The template's pages as they print (with their text layer), the values drawn on top.
    QByteArray out;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("MandatDesk"));
        QString paintError;
        auto overlay = [&](QPainter& p, int pageIndex, const QRectF& target, const QSizeF& points) {
            const qreal scale = target.width() / points.width();
            for (const Placement& pl : request.placements) {
                if (pl.page != pageIndex + 1)
                    continue;
                const QString value = pl.key.startsWith(QLatin1String("use."))
                    ? (values.value(pl.key) == QLatin1String("true") ? QStringLiteral("X") : QString())
                    : values.value(pl.key);
                if (value.isEmpty()) {
                    result->emptyValues.append(pl.key);
                    continue;
                }
                QFont font(QStringLiteral("DejaVu Sans"));
                font.setPixelSize(qMax(1, qRound(pl.size * scale)));
                p.setFont(font);
                p.setPen(Qt::black);
                const QFontMetricsF fm(font);
                qreal y = target.top() + pl.position.y() * scale;
                for (const QString& line : value.split(u'\n')) {
                    p.drawText(QPointF(target.left() + pl.position.x() * scale, y), line);
                    y += fm.lineSpacing();
                }
                ++result->valuesPlaced;
            }
        };
        if (!DossierPrinter::paint(&writer, { { QStringLiteral("template.pdf"), request.templatePdf } }, 300,
                                   nullptr, &paintError, {}, nullptr, overlay)) {
            *error = paintError;
            return false;
        }
    }
    // Every placed value is in the text of its page.
    const QStringList text = pagesText(out);
    for (const Placement& pl : request.placements) {
        const QString value = values.value(pl.key);
        if (value.isEmpty() || pl.key.startsWith(QLatin1String("use.")))
            continue;
        const QString first = normalizedText(value.section(u'\n', 0, 0));
        if (!text.value(pl.page - 1).contains(first)) {
            *error = tr("After filling, page %1 does not show \"%2\".").arg(pl.page).arg(first);
            return false;
        }
    }
    result->pdf = out;
    return true;
}

} // namespace Mandat
