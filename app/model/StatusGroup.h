#pragma once

#include "model/DossierStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Mandat {

/*
 * How dossiers are grouped for people (the window's filters, the badges, the editor's
 * title) and the colours every view gives the groups and the checks' outcomes. Defined
 * once here so the list, the editor and the dialogs never disagree.
 */
class StatusGroup
{
    Q_DECLARE_TR_FUNCTIONS(StatusGroup)

public:
    enum Group { NotSubmitted, InProgress, Rejected, Valid, ExpiringSoon, Expired, Count };

    // A valid dossier within DossierRules' reminder period is "expiring soon".
    static Group of(DossierStatus::Status effective, const QDate& validUntil, const QDate& today);
    static QString label(Group group);
    static QColor color(Group group);
};

// The outcome of a check as a colour: the SIREN typed, a number, a document's problems.
enum class Tone { Good, Warning, Bad };

QColor toneColor(Tone tone);
// The text escaped and coloured, for rich-text labels.
QString toneHtml(Tone tone, const QString& text);

} // namespace Mandat
