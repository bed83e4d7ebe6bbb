#include "Company.h"

#include "CompanyIdentifier.h"

namespace Mandat {

QString Company::tvaNumber() const
{
    return CompanyIdentifier::tvaNumberForSiren(siren);
}

QJsonObject Company::toJson() const
{
    return QJsonObject {
        { QStringLiteral("legal_name"), legalName },
        { QStringLiteral("legal_form"), legalForm },
        { QStringLiteral("share_capital"), shareCapital },
        { QStringLiteral("address"), address },
        { QStringLiteral("siren"), siren },
        { QStringLiteral("tva"), tvaNumber() },
        { QStringLiteral("rcs_city"), rcsCity },
        { QStringLiteral("representative_name"), representativeName },
        { QStringLiteral("representative_title"), representativeTitle },
    };
}

Company Company::fromJson(const QJsonObject& json)
{
    Company c;
    c.legalName = json.value(QStringLiteral("legal_name")).toString();
    c.legalForm = json.value(QStringLiteral("legal_form")).toString();
    c.shareCapital = json.value(QStringLiteral("share_capital")).toString();
    c.address = json.value(QStringLiteral("address")).toString();
    c.siren = json.value(QStringLiteral("siren")).toString();
    c.rcsCity = json.value(QStringLiteral("rcs_city")).toString();
    c.representativeName = json.value(QStringLiteral("representative_name")).toString();
    c.representativeTitle = json.value(QStringLiteral("representative_title")).toString();
    return c;
}

bool Company::operator==(const Company& o) const
{
    return legalName == o.legalName && legalForm == o.legalForm && shareCapital == o.shareCapital
        && address == o.address && siren == o.siren && rcsCity == o.rcsCity
        && representativeName == o.representativeName && representativeTitle == o.representativeTitle;
}

} // namespace Mandat
