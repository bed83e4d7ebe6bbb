#pragma once

#include <QJsonObject>
#include <QString>

namespace Mandat {

/*
 * A company's legal identity as a mandate states it: the client that holds the numbers,
 * or the provider (the user's own company, kept in the profile).
 */
struct Company
{
    qint64 id = 0; // row in the store; 0 until saved
    QString legalName;
    QString legalForm;
    QString shareCapital;
    QString address;
    QString siren; // 9 digits, no spaces
    QString rcsCity;
    QString representativeName;
    QString representativeTitle;

    QString tvaNumber() const;
    QJsonObject toJson() const;
    static Company fromJson(const QJsonObject& json);
    bool operator==(const Company& other) const;
};

} // namespace Mandat
