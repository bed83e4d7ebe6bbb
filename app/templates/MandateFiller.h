#pragma once

#include "TemplateValues.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace Mandat {

/*
 * Fills a mandate template with a dossier's values and checks the result:
 *  - a template with form fields (ours, or an operator's through a mapping) gets its fields
 *    set by Poppler; numbers that do not fit go to the annex field, or to annex pages
 *    appended after the form; an annex page left empty is left out;
 *  - a template without fields gets the values drawn at their placements on a copy of
 *    its pages.
 * The result is opened again and every value is looked for; a missing one is an error.
 * Painting needs a QGuiApplication.
 */
class MandateFiller
{
    Q_DECLARE_TR_FUNCTIONS(MandateFiller)

public:
    struct Placement
    {
        QString key; // a TemplateValues key
        int page = 1; // 1-based
        QPointF position; // points from the top left of the page: the first line's baseline start
        qreal size = 10; // font size, points
    };

    struct Request
    {
        QByteArray templatePdf;
        TemplateValues::Input input;
        QMap<QString, QString> mapping; // field name -> value key (forms)
        QList<Placement> placements; // value positions (templates without fields)
    };

    struct Result
    {
        QByteArray pdf;
        int fieldsFilled = 0;
        int valuesPlaced = 0;
        int annexPages = 0;
        QStringList unmappedFields;
        QStringList emptyValues; // keys with nothing to put
    };

    static bool fill(const Request& request, Result* result, QString* error);

    // How many lines of text a form field holds (its height and font size).
    static int lineCapacity(const QByteArray& pdf, const QString& fieldName);
    // Pages listing numbers, for what a form's numbers field cannot hold.
    static QByteArray annexPages(const QString& title, const QStringList& lines, int* pages);
    // Parses "PAGE,X,Y[,SIZE]".
    static bool parsePlacement(const QString& key, const QString& text, Placement* out);

private:
    static bool fillForm(const Request& request, Result* result, QString* error);
    static bool drawPlacements(const Request& request, Result* result, QString* error);
};

} // namespace Mandat
