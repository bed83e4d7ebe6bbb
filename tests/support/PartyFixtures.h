#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Mandat {

/*
 * Texts of the documents that name the parties: an operator's invoice with its holder's
 * lines as given (and the operator's own SIREN and SIRET in its footer, which are not the
 * holder's), and a signed mandate listing numbers. Draw them with Fixtures::textPdf.
 */
namespace Fixtures {

// The operator's own identity, printed in the invoice's footer.
inline constexpr char kOperatorSiren[] = "380129866";

// `holder`: the holder's lines ("Client : ACME TÉLÉCOM…"), may be empty; `lines`: how the
// numbers are written (one or several lines).
QString invoiceWithHolder(const QDate& issued, const QString& holder, const QString& lines);
// "MANDAT DE PRÉSENTATION DE NUMÉRO": the client and the provider, `numbers` as written,
// "Fait à Nantes, le <signedOn>" (no date when invalid), signature and stamp.
QString signedMandate(const QDate& signedOn, const QStringList& numbers);

} // namespace Fixtures

} // namespace Mandat
