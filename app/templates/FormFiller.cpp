#include "FormFiller.h"

#include "PdfAppearances.h"
#include "core/Logging.h"
#include "documents/DocumentReader.h"
#include "documents/PopplerQtLogging.h"

#include <QBuffer>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace Mandat {

namespace {
QString typeOf(const Poppler::FormField& f)
{
    switch (f.type()) {
    case Poppler::FormField::FormText:
        return QStringLiteral("text");
    case Poppler::FormField::FormButton: {
        const auto& b = static_cast<const Poppler::FormFieldButton&>(f);
        switch (b.buttonType()) {
        case Poppler::FormFieldButton::CheckBox:
            return QStringLiteral("checkbox");
        case Poppler::FormFieldButton::Radio:
            return QStringLiteral("radio");
        case Poppler::FormFieldButton::Push:
            return QStringLiteral("button");
        }
        return QStringLiteral("button");
    }
    case Poppler::FormField::FormChoice:
        return QStringLiteral("choice");
    case Poppler::FormField::FormSignature:
        return QStringLiteral("signature");
    }
    return QStringLiteral("unknown");
}

std::unique_ptr<Poppler::Document> open(const QByteArray& pdf, QString* error)
{
    installPopplerQtLogging();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked()) {
        *error = FormFiller::tr("The template cannot be opened as a PDF.");
        return nullptr;
    }
    return doc;
}

bool truthy(const QString& v)
{
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
}
} // namespace

QJsonObject FormFiller::Field::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("type"), type },
                    { QStringLiteral("page"), page } };
    if (!tooltip.isEmpty())
        o.insert(QStringLiteral("label"), tooltip);
    return o;
}

QList<FormFiller::Field> FormFiller::fields(const QByteArray& pdf, QString* error)
{
    QList<Field> out;
    std::unique_ptr<Poppler::Document> doc = open(pdf, error);
    if (!doc)
        return out;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        for (const auto& f : page->formFields()) {
            Field field;
            field.name = f->fullyQualifiedName();
            field.type = typeOf(*f);
            field.page = i + 1;
            field.tooltip = f->uiName();
            if (f->type() == Poppler::FormField::FormText)
                field.multiline = static_cast<Poppler::FormFieldText&>(*f).textType()
                    == Poppler::FormFieldText::Multiline;
            out.append(field);
        }
    }
    return out;
}

QMap<QString, QString> FormFiller::read(const QByteArray& pdf, QString* error)
{
    QMap<QString, QString> values;
    std::unique_ptr<Poppler::Document> doc = open(pdf, error);
    if (!doc)
        return values;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        for (const auto& f : page->formFields()) {
            if (f->type() == Poppler::FormField::FormText)
                values.insert(f->fullyQualifiedName(), static_cast<Poppler::FormFieldText&>(*f).text());
            else if (typeOf(*f) == QLatin1String("checkbox"))
                values.insert(f->fullyQualifiedName(),
                              static_cast<Poppler::FormFieldButton&>(*f).state() ? QStringLiteral("true")
                                                                                 : QStringLiteral("false"));
        }
    }
    return values;
}

bool FormFiller::fill(const QByteArray& templatePdf, const QMap<QString, QString>& values, QByteArray* out,
                      QString* error)
{
    std::unique_ptr<Poppler::Document> doc = open(templatePdf, error);
    if (!doc)
        return false;
    QStringList unknown = values.keys();
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        for (const auto& f : page->formFields()) {
            const QString name = f->fullyQualifiedName();
            if (!values.contains(name))
                continue;
            unknown.removeAll(name);
            const QString value = values.value(name);
            if (f->type() == Poppler::FormField::FormText) {
                static_cast<Poppler::FormFieldText&>(*f).setText(value);
            } else if (typeOf(*f) == QLatin1String("checkbox")) {
                static_cast<Poppler::FormFieldButton&>(*f).setState(truthy(value));
            } else {
                *error = tr("The field \"%1\" is not a text field or a checkbox: it cannot take \"%2\".")
                             .arg(name, value);
                return false;
            }
        }
    }
    if (!unknown.isEmpty()) {
        *error = tr("The template has no field named %1.").arg(unknown.join(QStringLiteral(", ")));
        return false;
    }
    QByteArray filled;
    {
        QBuffer buffer(&filled);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
        converter->setOutputDevice(&buffer);
        converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
        if (!converter->convert()) {
            *error = tr("The filled mandate could not be written.");
            return false;
        }
    }
    // Poppler leaves most fields without an appearance and relies on /NeedAppearances, which
    // not every viewer honours: qpdf draws every field into the file.
    QByteArray drawn;
    if (!PdfAppearances::generateAppearances(filled, &drawn, error))
        return false;
    filled = drawn;
    // Read everything back: what was asked must be what the file now says.
    const QMap<QString, QString> back = read(filled, error);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString got = back.value(it.key());
        const bool same = got == it.value()
            || (truthy(it.value()) == truthy(got)
                && (got == QLatin1String("true") || got == QLatin1String("false")));
        if (!same) {
            *error = tr("After filling, the field \"%1\" reads \"%2\" instead of \"%3\".")
                         .arg(it.key(), got, it.value());
            qCWarning(lcDocuments) << "fill verification failed for" << it.key();
            return false;
        }
    }
    *out = filled;
    return true;
}

bool FormFiller::flatten(const QByteArray& pdf, QByteArray* out, QString* error)
{
    const QList<Field> before = fields(pdf, error);
    if (!error->isEmpty())
        return false;
    if (before.isEmpty()) {
        *out = pdf;
        return true;
    }
    const QMap<QString, QString> values = read(pdf, error);
    QByteArray flat;
    if (!PdfAppearances::flatten(pdf, &flat, error))
        return false;
    QString readError;
    if (!fields(flat, &readError).isEmpty()) {
        *error = tr("After flattening, the PDF still has form fields.");
        return false;
    }
    DocumentReader::Text text;
    DocumentReader::Options options;
    options.ocr = false;
    if (DocumentReader::read(flat, options, &text, &readError) != DocumentReader::Failure::None) {
        *error = tr("The flattened PDF cannot be read back: %1").arg(readError);
        return false;
    }
    const QString pages = text.all().simplified();
    for (const Field& f : before) {
        if (f.type != QLatin1String("text"))
            continue;
        for (const QString& line : values.value(f.name).split(u'\n')) {
            // The start of each line: a value longer than its box is cut at the box's edge,
            // flattened or not (the field's font size is fixed).
            const QString expected = line.simplified().left(16).trimmed();
            // Beyond Latin-1 a character may have no glyph in the field's font: not checked.
            const bool latin1
                = std::all_of(expected.begin(), expected.end(), [](QChar c) { return c.unicode() <= 0xff; });
            if (!expected.isEmpty() && latin1 && !pages.contains(expected)) {
                *error = tr("After flattening, the pages do not show \"%1\" (field \"%2\").")
                             .arg(expected, f.name);
                return false;
            }
        }
    }
    *out = flat;
    return true;
}

} // namespace Mandat
