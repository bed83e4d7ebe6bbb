#include "StatusGroup.h"

#include "rules/DossierRules.h"

namespace Mandat {

StatusGroup::Group StatusGroup::of(DossierStatus::Status effective, const QDate& validUntil,
                                   const QDate& today)
{
    switch (effective) {
    case DossierStatus::NotSubmitted:
        return NotSubmitted;
    case DossierStatus::Queued:
    case DossierStatus::UnderReview:
        return InProgress;
    case DossierStatus::Rejected:
        return Rejected;
    case DossierStatus::Valid:
        return today.daysTo(validUntil) < DossierRules::builtIn().expiryReminderDays() ? ExpiringSoon : Valid;
    case DossierStatus::Expired:
        return Expired;
    }
    return NotSubmitted;
}

QString StatusGroup::label(Group group)
{
    switch (group) {
    case NotSubmitted:
        return tr("Not submitted");
    case InProgress:
        return tr("In progress");
    case Rejected:
        return DossierStatus::label(DossierStatus::Rejected);
    case Valid:
        return DossierStatus::label(DossierStatus::Valid);
    case ExpiringSoon:
        return tr("Expiring soon");
    case Expired:
        return DossierStatus::label(DossierStatus::Expired);
    case Count:
        break;
    }
    return {};
}

QColor StatusGroup::color(Group group)
{
    switch (group) {
    case NotSubmitted:
        return QColor(0x6b, 0x72, 0x80);
    case InProgress:
        return QColor(0x25, 0x63, 0xeb);
    case Rejected:
        return toneColor(Tone::Bad);
    case Valid:
        return toneColor(Tone::Good);
    case ExpiringSoon:
        return toneColor(Tone::Warning);
    case Expired:
        return QColor(0x7f, 0x1d, 0x1d);
    case Count:
        break;
    }
    return QColor(Qt::gray);
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x16, 0xa3, 0x4a);
    case Tone::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case Tone::Bad:
        break;
    }
    return QColor(0xdc, 0x26, 0x26);
}

QString toneHtml(Tone tone, const QString& text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(toneColor(tone).name(), text.toHtmlEscaped());
}

} // namespace Mandat
