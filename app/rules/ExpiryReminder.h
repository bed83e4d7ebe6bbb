#pragma once

#include "store/DossierSummaries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Mandat {

/*
 * Which valid mandates end within the user's reminder delay, soonest first, and the
 * sentence that reminds of them. The delay defaults to the rules' "expire bientôt" delay.
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
    };

    static QList<Due> due(const QList<DossierSummary>& dossiers, const QDate& today, int reminderDays);
    // One line for a notification: the soonest, and how many others.
    static QString message(const QList<Due>& due);
};

} // namespace Mandat
