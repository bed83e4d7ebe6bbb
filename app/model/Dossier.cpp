#include "Dossier.h"

namespace Mandat {

QString phoneUseCode(PhoneUse use)
{
    return use == PhoneUse::Automated ? QStringLiteral("automated") : QStringLiteral("agents");
}

bool phoneUseFromCode(const QString& code, PhoneUse* out)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("agents")) {
        *out = PhoneUse::Agents;
        return true;
    }
    if (c == QLatin1String("automated")) {
        *out = PhoneUse::Automated;
        return true;
    }
    return false;
}

bool Dossier::addNumber(const QString& e164, QString* error)
{
    if (numbers.contains(e164)) {
        if (error)
            *error = tr("The number %1 is already in this dossier.").arg(e164);
        return false;
    }
    numbers.append(e164);
    return true;
}

bool Dossier::applyTransition(DossierStatus::Status to, const QDateTime& at, const QDate& on,
                              const QString& reason, const QString& by, QString* error)
{
    const DossierStatus::Status current = effectiveStatus(on.isValid() ? on : at.toLocalTime().date());
    // A derived expiry is recorded as it stands before anything else happens to it.
    const DossierStatus::Status from
        = (status == DossierStatus::Valid && to == DossierStatus::Expired) ? DossierStatus::Valid : current;
    if (!DossierStatus::canTransition(from, to, error))
        return false;
    if (to == DossierStatus::Rejected && reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("A rejection needs its reason, as the operator gave it.");
        return false;
    }
    StatusChange change;
    change.at = at;
    change.from = from;
    change.hasFrom = true;
    change.to = to;
    change.reason = reason.trimmed();
    change.by = by;
    history.append(change);

    status = to;
    if (to == DossierStatus::Rejected)
        rejectionReason = change.reason;
    else if (to == DossierStatus::NotSubmitted || to == DossierStatus::Valid)
        rejectionReason.clear();
    if (to == DossierStatus::Valid) {
        validatedOn = on.isValid() ? on : at.toLocalTime().date();
        validUntil = DossierStatus::validUntilFor(validatedOn);
    }
    updatedAt = at;
    ++version;
    return true;
}

} // namespace Mandat
