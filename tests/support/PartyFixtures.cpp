#include "PartyFixtures.h"

namespace Mandat {

namespace Fixtures {

QString invoiceWithHolder(const QDate& issued, const QString& holder, const QString& lines)
{
    return QStringLiteral("TÉLÉCOM OUEST — Facture n° 2026-11-0077\n"
                          "%1\n"
                          "Date de facture : %2\n"
                          "Référence contrat : TRK-5521\n"
                          "Offre : Trunk SIP entreprise\n"
                          "Détail des numéros\n"
                          "%3\n"
                          "Abonnement mensuel 49,00 €\n"
                          "Montant TTC 123,45 €\n"
                          "À payer avant le %4\n"
                          "TÉLÉCOM OUEST SAS au capital de 1 000 000 € — RCS Paris 380 129 866 — "
                          "SIRET 380 129 866 00006\n")
        .arg(holder, issued.toString(QStringLiteral("dd/MM/yyyy")), lines,
             issued.addDays(15).toString(QStringLiteral("dd/MM/yyyy")));
}

QString signedMandate(const QDate& signedOn, const QStringList& numbers)
{
    const QString done = signedOn.isValid()
        ? QStringLiteral("Fait à Nantes, le %1").arg(signedOn.toString(QStringLiteral("dd/MM/yyyy")))
        : QStringLiteral("Fait à Nantes");
    return QStringLiteral("MANDAT DE PRÉSENTATION DE NUMÉRO TIERS\n"
                          "Le mandant : ACME TÉLÉCOM, SAS, SIREN 518 452 750, représenté par Élodie Durand\n"
                          "autorise le mandataire : Centre d'Appels de l'Ouest SARL, SIREN 732 829 320\n"
                          "à présenter les numéros suivants :\n"
                          "%1\n"
                          "%2\n"
                          "Signature et cachet du mandant : Élodie Durand — [signé] [cachet]\n")
        .arg(numbers.join(u'\n'), done);
}

} // namespace Fixtures

} // namespace Mandat
