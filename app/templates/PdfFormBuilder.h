#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace Mandat {

/*
 * Adds interactive form fields (AcroForm) to a PDF written by QPdfWriter, as an
 * incremental update: the original bytes stay as they are, new objects and a new xref
 * section follow them. QPdfWriter draws the page (text in any script, embedded fonts);
 * this gives it fields a viewer, Poppler or an operator's portal can fill in.
 *
 * Only QPdfWriter's plain layout is supported (classic xref table, one /Annots array
 * object per page): the input is always our own, made the moment before.
 */
class PdfFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PdfFormBuilder)

public:
    struct Field
    {
        enum Type { Text, MultilineText, Checkbox, Signature };
        QString name; // no '.': a flat name
        QString tooltip; // what the field is for (/TU), shown by viewers, used to propose mappings
        Type type = Text;
        int page = 0; // 0-based
        QRectF rect; // PDF points, origin at the bottom left of the page
        qreal fontSize = 10; // 0: auto
    };

    static QByteArray addFields(const QByteArray& pdf, const QList<Field>& fields, QString* error);
};

} // namespace Mandat
