#include "ExpiryReminder.h"

#include <QLocale>
#include <algorithm>

namespace Mandat {

QList<ExpiryReminder::Due> ExpiryReminder::due(const QList<DossierSummary>& dossiers, const QDate& today,
                                               int reminderDays)
{
    QList<Due> out;
    for (const DossierSummary& d : dossiers) {
        if (d.effectiveStatus(today) != DossierStatus::Valid || !d.validUntil.isValid())
            continue;
        const int left = int(today.daysTo(d.validUntil));
        if (left <= reminderDays)
            out.append({ d.id, d.name, d.validUntil, left });
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Due& a, const Due& b) { return a.validUntil < b.validUntil; });
    return out;
}

QString ExpiryReminder::message(const QList<Due>& due)
{
    if (due.isEmpty())
        return {};
    const Due& first = due.first();
    const QString soonest = tr("The mandate \"%1\" ends on %2 (in %n day(s)).", nullptr, first.daysLeft)
                                .arg(first.name, QLocale().toString(first.validUntil, QLocale::LongFormat));
    if (due.size() == 1)
        return soonest;
    return soonest + u' ' + tr("%n other mandate(s) end soon.", nullptr, int(due.size() - 1));
}

} // namespace Mandat
