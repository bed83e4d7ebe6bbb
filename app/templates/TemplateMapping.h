#pragma once

#include "FormFiller.h"

#include <QMap>
#include <QString>

namespace Mandat {

/*
 * Which dossier value each field of an operator's template takes. MandatDesk proposes
 * it from the field's name and label ("Denomination du titulaire" -> client.legal_name,
 * "Raison sociale du prestataire" -> provider.legal_name); the user corrects it once and
 * it is remembered for that template (by its SHA-256, see TemplateMappings).
 */
namespace TemplateMapping {
// Field name -> value key (TemplateValues::keys()); fields it cannot place are left out.
QMap<QString, QString> propose(const QList<FormFiller::Field>& fields);
QString proposeFor(const FormFiller::Field& field);
} // namespace TemplateMapping

} // namespace Mandat
