#include "DossierStatus.h"

#include "rules/DossierRules.h"

#include <array>

namespace Mandat {

namespace {
struct StatusName
{
    DossierStatus::Status status;
    const char* code;
    const char* portalLabel; // the operator portal's French label, accepted on input
};

constexpr std::array<StatusName, 6> kNames { {
    { DossierStatus::NotSubmitted, "not_submitted", "Mandat non soumis" },
    { DossierStatus::Queued, "queued", "En attente d'envoi" },
    { DossierStatus::UnderReview, "under_review", "En cours" },
    { DossierStatus::Rejected, "rejected", "Rejeté" },
    { DossierStatus::Valid, "valid", "Valide" },
    { DossierStatus::Expired, "expired", "Expiré" },
} };
} // namespace

QString DossierStatus::code(Status s)
{
    for (const auto& n : kNames) {
        if (n.status == s)
            return QString::fromLatin1(n.code);
    }
    return {};
}

bool DossierStatus::fromCode(const QString& text, Status* out)
{
    const QString t = text.trimmed();
    for (const auto& n : kNames) {
        if (t.compare(QLatin1String(n.code), Qt::CaseInsensitive) == 0
            || t.compare(QString::fromUtf8(n.portalLabel), Qt::CaseInsensitive) == 0) {
            *out = n.status;
            return true;
        }
    }
    return false;
}

QString DossierStatus::label(Status s)
{
    switch (s) {
    case NotSubmitted:
        return tr("Not submitted");
    case Queued:
        return tr("Queued for sending");
    case UnderReview:
        return tr("Under review");
    case Rejected:
        return tr("Rejected");
    case Valid:
        return tr("Valid");
    case Expired:
        return tr("Expired");
    }
    return {};
}

QList<DossierStatus::Status> DossierStatus::all()
{
    return { NotSubmitted, Queued, UnderReview, Rejected, Valid, Expired };
}

bool DossierStatus::canTransition(Status from, Status to, QString* error)
{
    bool ok = false;
    switch (from) {
    case NotSubmitted:
        ok = to == Queued;
        break;
    case Queued:
        ok = to == UnderReview || to == NotSubmitted;
        break;
    case UnderReview:
        ok = to == Rejected || to == Valid;
        break;
    case Rejected:
        ok = to == NotSubmitted;
        break;
    case Valid:
        ok = to == Expired;
        break;
    case Expired:
        ok = false;
        break;
    }
    if (!ok && error) {
        if (from == to)
            *error = tr("The dossier is already \"%1\".").arg(label(from));
        else if (from == Expired || (from == Valid && to != Expired))
            *error = tr("A dossier cannot go from \"%1\" to \"%2\": renew it instead, which creates a new "
                        "dossier.")
                         .arg(label(from), label(to));
        else
            *error = tr("A dossier cannot go from \"%1\" to \"%2\".").arg(label(from), label(to));
    }
    return ok;
}

DossierStatus::Status DossierStatus::effective(Status stored, const QDate& validUntil, const QDate& today)
{
    if (stored == Valid && validUntil.isValid() && today >= validUntil)
        return Expired;
    return stored;
}

QDate DossierStatus::validUntilFor(const QDate& validatedOn)
{
    return DossierRules::builtIn().validUntil(validatedOn);
}

} // namespace Mandat
