#pragma once

#include "Document.h"
#include "Dossier.h"

#include <QDate>
#include <QJsonObject>

namespace Mandat {

class NumberClassifier;

// The JSON shapes of the CLI contract (and, later, of archives and the portal).
namespace DossierJson {
QJsonObject dossier(const Dossier& dossier, const QDate& today, const NumberClassifier& classifier,
                    const QList<Document>& documents = {});
QJsonObject summary(const Dossier& dossier, const QDate& today);
QJsonObject document(const Document& document);
QJsonObject statusChange(const StatusChange& change);
} // namespace DossierJson

} // namespace Mandat
