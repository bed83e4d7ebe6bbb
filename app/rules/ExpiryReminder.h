#pragma once

#include "store/DossierSummaries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Mandat {

/*
 * Which valid mandates end within the user's reminder delay, soonest first, and the
 * sentence that reminds of them. The delay defaults to the rules' "expire bientôt" delay.
 * Each says which of its numbers leave the list of authorised numbers (ARCEP decision
 * 2025-2215) on its end: those no other valid mandate of the same client covers beyond it.
 */
class ExpiryReminder
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryReminder)

public:
    struct Due
    {
        QUuid id;
        QString name;
        QDate validUntil;
        int daysLeft = 0;
        QStringList leavingNumbers; // E.164; they leave the list on validUntil
    };

    static QList<Due> due(const QList<DossierSummary>& dossiers, const QDate& today, int reminderDays);
    // One line for a notification: the soonest, and how many others.
    static QString message(const QList<Due>& due);
    // Which numbers leave the list on the mandate's end ("From that day, 01 62 … leaves …"),
    // or that they all stay under another valid mandate.
    static QString leavingText(const Due& due);
};

} // namespace Mandat
