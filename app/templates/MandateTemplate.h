#pragma once

#include "PdfFormBuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * MandatDesk's own French mandate template: the text of a third-party caller-ID
 * presentation mandate, laid out with QPdfWriter, and form fields for everything that
 * varies (both parties' legal identity, the numbers, the use, the start date, "Fait à …
 * le …", signatures; the last page is the numbers' annex, left out when empty). Generated at build time by
 * make_mandate_template and embedded in the application as :/templates/mandat-mandatdesk-fr.pdf; needs a
 * QGuiApplication (fonts).
 *
 * Field names are the dossier values they take, with '_' for '.': "client_legal_name"
 * takes "client.legal_name" (see TemplateValues).
 */
namespace MandateTemplate {
// How many numbers fit in the "numbers" field; the others go to "numbers_annex".
constexpr int kNumbersInBody = 8;

QByteArray generate(QList<PdfFormBuilder::Field>* fields = nullptr, QString* error = nullptr);
} // namespace MandateTemplate

} // namespace Mandat
