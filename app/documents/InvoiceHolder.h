#pragma once

#include <QJsonObject>
#include <QString>

namespace Mandat {

/*
 * Whom an invoice is made out to, read from its text: the name after a holder label
 * ("Client :", "Titulaire :", "Raison sociale :", "Société :", "Facturé à :"…, or the
 * label alone with the name on the next line), and a SIREN or SIRET printed with it (in
 * the lines of the holder's address, or labelled as the client's). A SIREN elsewhere on
 * the page is the operator's and is not taken. Names compare after normalisation (case,
 * accents, punctuation, legal form words such as SAS, SARL, SA); a SIREN, when printed,
 * decides over the name.
 */
struct InvoiceHolder
{
    enum class Match {
        Same, // the SIREN, or the normalised name, is the client's
        Other, // another company: another SIREN, or a name with nothing in common
        Unsure, // names differ only in part ("ACME" and "ACME HOLDING"), no SIREN to decide
        Unknown, // nothing to compare: no holder read, or no client identity given
    };

    QString name; // as written on the invoice
    QString siren; // 9 digits, from the SIREN or the SIRET printed with the holder
    QString text; // the line the holder was read from
    qsizetype start = -1; // position of that line in the text

    bool found() const { return !name.isEmpty() || !siren.isEmpty(); }
    Match compare(const QString& clientName, const QString& clientSiren) const;
    // "ACME SERVICES (SIREN 732 829 320)", for messages.
    QString describe() const;
    QJsonObject toJson() const;

    static InvoiceHolder read(const QString& text);
    // "Acme Télécom S.A.S." -> "acme telecom"
    static QString normalisedName(const QString& legalName);
    static QString matchCode(Match m);
};

} // namespace Mandat
