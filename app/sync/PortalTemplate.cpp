#include "PortalTemplate.h"

#include "PortalClient.h"
#include "documents/DocumentReader.h"
#include "templates/MandateGenerator.h"

#include <QJsonObject>

namespace Mandat {

bool PortalTemplate::fetch(Profile& profile, PortalClient& client, Result* result, QString* error,
                           Failure* failure)
{
    Failure ignored;
    Failure& why = failure ? *failure : ignored;
    why = Failure::None;
    const PortalClient::Reply pdf = client.call("GET", QStringLiteral("/api/v1/template"));
    if (pdf.status != 200) {
        *error = pdf.message();
        why = Failure::Unreachable;
        return false;
    }
    if (DocumentReader::sniff(pdf.body) != QLatin1String("application/pdf")) {
        *error = tr("The portal's answer is not a PDF: no template was kept.");
        why = Failure::Unreachable;
        return false;
    }
    // The mapping is optional: a portal serving forms named as MandatDesk's gives none.
    const PortalClient::Reply mapping = client.call("GET", QStringLiteral("/api/v1/template/mapping"));
    QMap<QString, QString> fields;
    const QJsonObject given = mapping.json.value(QStringLiteral("fields")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    Result out;
    if (!MandateGenerator::keepPortalTemplate(profile, pdf.body, fields, &out.sha256, error)) {
        why = Failure::Store;
        return false;
    }
    out.size = pdf.body.size();
    out.mappedFields = int(fields.size());
    if (result)
        *result = out;
    return true;
}

} // namespace Mandat
