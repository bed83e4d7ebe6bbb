#pragma once

#include "IdentityDocument.h"
#include "model/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * Which date of a Kbis or an invoice is its issue date. Every date found gets a role
 * from the label written before it (on the same line, or the line above, a label wrapped
 * over two lines too) or, in a table, from the label heading its column on the row above;
 * the issue date is taken only from the roles that mean it, in order of trust, and only
 * when they agree: otherwise the date is unknown and the user must enter it (fail closed).
 *
 *  Kbis:    "à jour au" > "délivré le" > the footer timestamp "R.C.S. Ville - jj/mm/aaaa - hh:mm"
 *           never: registration, start of activity, duration ("jusqu'au"), financial year
 *           end, modification, striking-off dates. In the Kbis's place, an RNE extract
 *           ("à jour au"), a SIRENE notice ("situation au"), an RNA receipt ("délivré le").
 *  Invoice: "Date de facture", "Facture du", "Date d'émission", "Établie le", "Émise le"…
 *           never: billing period (also "Facture du … au …"), due date, direct debit,
 *           "à payer avant", porting date, the print or download date of a reprint
 *           ("Date d'édition", "DUPLICATA du", "téléchargée le").
 */
class DateRoles
{
    Q_DECLARE_TR_FUNCTIONS(DateRoles)

public:
    enum Role {
        Other,
        KbisUpToDate, // "à jour au"
        KbisDelivered, // "délivré le"
        KbisFooter, // "R.C.S. Nantes - 07/11/2024 - 14:44:07"
        Registration,
        ActivityStart,
        CompanyDuration,
        FinancialYearEnd,
        Modification,
        StruckOff,
        InvoiceDate,
        BillingPeriod,
        DueDate,
        DirectDebit,
        Porting,
        SignedOn, // "Fait à …, le …" on a mandate
        BirthDate,
        PrintDate, // "Date d'édition", "imprimé le", "téléchargée le": when a copy was made
        SituationAt, // "situation au" on a SIRENE notice
    };

    struct Found
    {
        QDate date;
        Role role = Other;
        QString snippet; // the label and the date, as written
        qsizetype start = 0;
    };

    struct Result
    {
        QDate date; // invalid when not confident
        Role role = Other;
        QString snippet;
        qsizetype start = -1; // where the date stands in the text
        QString why; // when unknown: why, in the user's language
        QList<Found> all;
    };

    static QList<Found> classify(const QString& text);
    // For a Kbis, the identity document is recognised from the text.
    static Result issueDate(const QString& text, Document::Kind kind);
    static Result issueDate(const QString& text, Document::Kind kind, IdentityDocument::Type identity);
    static QString roleCode(Role role);
};

} // namespace Mandat
