#pragma once

#include "model/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * Which date of a Kbis or an invoice is its issue date. Every date found gets a role
 * from the label written before it (on the same line or the line above); the issue date
 * is taken only from the roles that mean it, in order of trust, and only when they agree:
 * otherwise the date is unknown and the user must enter it (fail closed).
 *
 *  Kbis:    "à jour au" > "délivré le" > the footer timestamp "R.C.S. Ville - jj/mm/aaaa - hh:mm"
 *           never: registration, start of activity, duration ("jusqu'au"), financial year
 *           end, modification, striking-off dates.
 *  Invoice: "Date de facture", "Facture du", "Date d'émission", "Établie le", "Émise le"…
 *           never: billing period, due date, direct debit, "à payer avant", porting date.
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
    static Result issueDate(const QString& text, Document::Kind kind);
    static QString roleCode(Role role);
};

} // namespace Mandat
