#include "ExpiryReminder.h"

#include "numbering/NumberClassifier.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace Mandat {

QList<ExpiryReminder::Due> ExpiryReminder::due(const QList<DossierSummary>& dossiers, const QDate& today,
                                               int reminderDays)
{
    // For each client's number, the valid mandates covering it (index into `dossiers`).
    QHash<QString, QList<int>> coveredBy;
    for (int i = 0; i < dossiers.size(); ++i) {
        const DossierSummary& d = dossiers.at(i);
        if (d.effectiveStatus(today) != DossierStatus::Valid)
            continue;
        for (const QString& n : d.numbers)
            coveredBy[d.siren + u'|' + n].append(i);
    }
    QList<Due> out;
    for (int i = 0; i < dossiers.size(); ++i) {
        const DossierSummary& d = dossiers.at(i);
        if (d.effectiveStatus(today) != DossierStatus::Valid || !d.validUntil.isValid())
            continue;
        const int left = int(today.daysTo(d.validUntil));
        if (left > reminderDays)
            continue;
        Due entry { d.id, d.name, d.validUntil, left, {} };
        for (const QString& n : d.numbers) {
            const QList<int> others = coveredBy.value(d.siren + u'|' + n);
            const bool kept = std::any_of(others.begin(), others.end(), [&](int o) {
                return o != i && dossiers.at(o).validUntil.isValid()
                    && dossiers.at(o).validUntil > d.validUntil;
            });
            if (!kept)
                entry.leavingNumbers.append(n);
        }
        out.append(entry);
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
    QString soonest = tr("The mandate \"%1\" ends on %2 (in %n day(s)).", nullptr, first.daysLeft)
                          .arg(first.name, QLocale().toString(first.validUntil, QLocale::LongFormat));
    soonest += u' ' + leavingText(first);
    if (due.size() == 1)
        return soonest;
    return soonest + u' ' + tr("%n other mandate(s) end soon.", nullptr, int(due.size() - 1));
}

QString ExpiryReminder::leavingText(const Due& due)
{
    if (due.leavingNumbers.isEmpty())
        return tr("Its numbers stay on the list of authorised numbers under another valid mandate.");
    constexpr int shown = 3;
    QStringList national;
    for (const QString& n : due.leavingNumbers.mid(0, shown))
        national.append(NumberClassifier::builtIn().national(n));
    QString numbers = national.join(QStringLiteral(", "));
    const int more = int(due.leavingNumbers.size()) - shown;
    if (more > 0)
        numbers += u' ' + tr("and %n other(s)", nullptr, more);
    return tr("From that day, %1 leave(s) the list of authorised numbers: renew it to keep presenting them.",
              nullptr, int(due.leavingNumbers.size()))
        .arg(numbers);
}

} // namespace Mandat
