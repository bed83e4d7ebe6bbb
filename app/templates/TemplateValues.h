#pragma once

#include "model/Company.h"
#include "model/Dossier.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Mandat {

/*
 * The values a mandate template can take from a dossier, by key: "client.legal_name",
 * "provider.siren", "numbers", "use.agents", "place", "date"… Templates map their fields
 * to these keys (ours by name, an operator's through a mapping).
 */
namespace TemplateValues {

QStringList keys();
// What a key means, for a person: "client.legal_name" -> "Client: company name".
QString label(const QString& key);
// Whether the key's value is a yes/no ("true"/"false"), for a check box.
bool isFlag(const QString& key);
// The key a field name means in MandatDesk's own template: "client_legal_name" -> "client.legal_name".
QString keyForOwnField(const QString& fieldName);

struct Input
{
    Dossier dossier;
    Company provider;
    QString place; // "Fait à …"
    QDate date; // "…, le …"
    QDate startDate;
};

// Text values; booleans are "true"/"false". `numbersInBody` numbers go to "numbers",
// the rest to "numbers_annex".
QMap<QString, QString> build(const Input& input, int numbersInBody);

} // namespace TemplateValues

} // namespace Mandat
