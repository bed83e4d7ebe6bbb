#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Mandat {

/*
 * The fields of a PDF form, and filling them. Filling goes through Poppler, which writes the
 * values into a new PDF; libqpdf then gives every field its appearance stream
 * (PdfAppearances), so the values show in every viewer and in print, accents included. The
 * result is opened again and every value read back; a value that did not land is an error,
 * not a silent gap.
 */
class FormFiller
{
    Q_DECLARE_TR_FUNCTIONS(FormFiller)

public:
    struct Field
    {
        QString name; // fully qualified
        QString type; // text, checkbox, radio, button, choice, signature
        int page = 0; // 1-based
        QString tooltip;
        bool multiline = false;
        QJsonObject toJson() const;
    };

    static QList<Field> fields(const QByteArray& pdf, QString* error);

    /*
     * `values` maps field names to text ("true"/"false" for checkboxes). Writes the filled
     * PDF to *out. Fields not named in `values` are left as they are.
     */
    static bool fill(const QByteArray& templatePdf, const QMap<QString, QString>& values, QByteArray* out,
                     QString* error);
    // Reads the values of named fields back from a filled PDF.
    static QMap<QString, QString> read(const QByteArray& pdf, QString* error);
    /*
     * A copy to print or send: the values drawn into the pages, no field left. Checked: no
     * field remains and every line of every text value shows in the text of the pages. A
     * PDF without fields comes back as it is.
     */
    static bool flatten(const QByteArray& pdf, QByteArray* out, QString* error);
};

} // namespace Mandat
