#include "FormFiller.h"

#include "core/Logging.h"
#include "documents/DocumentReader.h"

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
    DocumentReader::installPopplerLogging();
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

} // namespace Mandat
