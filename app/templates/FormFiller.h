#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Mandat {

/*
 * The fields of a PDF form, and filling them. Filling goes through Poppler: it writes the
 * values and their appearance streams (so accents show in every viewer and in print) into
 * a new PDF, then opens the result again and reads every value back; a value that did not
 * land is an error, not a silent gap.
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
};

} // namespace Mandat
