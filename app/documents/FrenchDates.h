#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * Finds the dates written in a French document's text: dd/mm/yyyy, dd.mm.yyyy,
 * dd-mm-yyyy, yyyy-mm-dd and yyyy/mm/dd (a time after them too), two-digit years, and French
 * month names with or without accents, in any case, abbreviated with or without the dot
 * ("sept.", "févr.", "juill", "DÉC."), with "1er", a weekday before ("mardi 3 mars 2026"),
 * and line breaks between the parts. Impossible dates (31/02) are not dates.
 */
namespace FrenchDates {

struct Match
{
    QDate date;
    qsizetype start = 0;
    qsizetype length = 0;
};

QList<Match> find(const QString& text);
// Lower case, without accents: "Délivré" -> "delivre". Keeps the length of plain text.
QString fold(const QString& text);

} // namespace FrenchDates

} // namespace Mandat
