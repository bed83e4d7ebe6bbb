#include "DateRoles.h"

#include "FrenchDates.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
struct Label
{
    const char* text; // folded: lower case, no accents
    DateRoles::Role role;
};

// Longer, more specific labels first; the one nearest the date wins.
const Label kLabels[] = {
    { "a jour au", DateRoles::KbisUpToDate },
    { "mis a jour au", DateRoles::KbisUpToDate },
    { "delivre le", DateRoles::KbisDelivered },
    { "delivree le", DateRoles::KbisDelivered },
    { "extrait delivre", DateRoles::KbisDelivered },
    { "date d'immatriculation", DateRoles::Registration },
    { "immatricule le", DateRoles::Registration },
    { "immatriculee le", DateRoles::Registration },
    { "date de debut d'activite", DateRoles::ActivityStart },
    { "debut d'activite", DateRoles::ActivityStart },
    { "commencement d'activite", DateRoles::ActivityStart },
    { "date de commencement", DateRoles::ActivityStart },
    { "jusqu'au", DateRoles::CompanyDuration },
    { "duree de la personne morale", DateRoles::CompanyDuration },
    { "duree", DateRoles::CompanyDuration },
    { "cloture de l'exercice", DateRoles::FinancialYearEnd },
    { "date de cloture", DateRoles::FinancialYearEnd },
    { "exercice social", DateRoles::FinancialYearEnd },
    { "modification", DateRoles::Modification },
    { "modifie le", DateRoles::Modification },
    { "derniere mise a jour", DateRoles::Modification },
    { "mention", DateRoles::Modification },
    { "radiee le", DateRoles::StruckOff },
    { "radie le", DateRoles::StruckOff },
    { "radiation", DateRoles::StruckOff },
    { "date de naissance", DateRoles::BirthDate },
    { "ne le", DateRoles::BirthDate },
    { "nee le", DateRoles::BirthDate },
    { "date de facture", DateRoles::InvoiceDate },
    { "date de la facture", DateRoles::InvoiceDate },
    { "date de facturation", DateRoles::InvoiceDate },
    { "facture du", DateRoles::InvoiceDate },
    { "facture emise le", DateRoles::InvoiceDate },
    { "date d'emission", DateRoles::InvoiceDate },
    { "emise le", DateRoles::InvoiceDate },
    { "emis le", DateRoles::InvoiceDate },
    { "etablie le", DateRoles::InvoiceDate },
    { "etabli le", DateRoles::InvoiceDate },
    { "date d'edition", DateRoles::InvoiceDate },
    { "editee le", DateRoles::InvoiceDate },
    { "periode de facturation", DateRoles::BillingPeriod },
    { "periode du", DateRoles::BillingPeriod },
    { "periode", DateRoles::BillingPeriod },
    { "consommations du", DateRoles::BillingPeriod },
    { "abonnement du", DateRoles::BillingPeriod },
    { "date d'echeance", DateRoles::DueDate },
    { "echeance", DateRoles::DueDate },
    { "date limite de paiement", DateRoles::DueDate },
    { "date limite", DateRoles::DueDate },
    { "a payer avant le", DateRoles::DueDate },
    { "a payer avant", DateRoles::DueDate },
    { "a regler avant", DateRoles::DueDate },
    { "payable le", DateRoles::DueDate },
    { "payable avant", DateRoles::DueDate },
    { "date de paiement", DateRoles::DueDate },
    { "prelev", DateRoles::DirectDebit }, // prélèvement, prélevé(e) le
    { "portabilite", DateRoles::Porting },
    { "date de portage", DateRoles::Porting },
    { "porte le", DateRoles::Porting },
    { "fait a", DateRoles::SignedOn },
};

// How far before a date its label may stand: the same line, or the line above.
constexpr qsizetype kWindow = 120;

QString lineAround(const QString& text, qsizetype start, qsizetype end)
{
    qsizetype from = text.lastIndexOf(u'\n', start - 1);
    from = from < 0 ? 0 : from + 1;
    qsizetype to = text.indexOf(u'\n', end);
    if (to < 0)
        to = text.size();
    return text.mid(from, to - from).simplified();
}
} // namespace

QString DateRoles::roleCode(Role role)
{
    switch (role) {
    case Other:
        return QStringLiteral("other");
    case KbisUpToDate:
        return QStringLiteral("kbis_up_to_date");
    case KbisDelivered:
        return QStringLiteral("kbis_delivered");
    case KbisFooter:
        return QStringLiteral("kbis_footer");
    case Registration:
        return QStringLiteral("registration");
    case ActivityStart:
        return QStringLiteral("activity_start");
    case CompanyDuration:
        return QStringLiteral("company_duration");
    case FinancialYearEnd:
        return QStringLiteral("financial_year_end");
    case Modification:
        return QStringLiteral("modification");
    case StruckOff:
        return QStringLiteral("struck_off");
    case InvoiceDate:
        return QStringLiteral("invoice_date");
    case BillingPeriod:
        return QStringLiteral("billing_period");
    case DueDate:
        return QStringLiteral("due_date");
    case DirectDebit:
        return QStringLiteral("direct_debit");
    case Porting:
        return QStringLiteral("porting");
    case SignedOn:
        return QStringLiteral("signed_on");
    case BirthDate:
        return QStringLiteral("birth_date");
    }
    return QStringLiteral("other");
}

QList<DateRoles::Found> DateRoles::classify(const QString& text)
{
    const QString folded = FrenchDates::fold(text);
    const QList<FrenchDates::Match> dates = FrenchDates::find(text);
    QList<Found> out;
    static const QRegularExpression footer(
        QStringLiteral("r\\.?\\s?c\\.?\\s?s\\.?\\s+[^\\n\\d]{2,40}-\\s*$"));
    static const QRegularExpression footerTime(QStringLiteral("^\\s*-\\s*\\d{1,2}[:h]\\d{2}"));
    static const QRegularExpression periodTail(QStringLiteral("^\\s*(au|a)\\s"));
    static const QRegularExpression periodHead(QStringLiteral("\\bau\\s*$"));

    for (qsizetype i = 0; i < dates.size(); ++i) {
        const FrenchDates::Match& m = dates.at(i);
        Found f;
        f.date = m.date;
        f.start = m.start;

        // The text before the date, back to the start of the line above.
        qsizetype from = folded.lastIndexOf(u'\n', m.start - 1);
        if (from > 0)
            from = folded.lastIndexOf(u'\n', from - 1);
        from = qMax<qsizetype>(qMax<qsizetype>(from + 1, 0), m.start - kWindow);
        const QString before = folded.mid(from, m.start - from);
        const QString after = folded.mid(m.start + m.length, 40);

        qsizetype bestEnd = -1;
        for (const Label& l : kLabels) {
            const qsizetype at = before.lastIndexOf(QLatin1String(l.text));
            if (at < 0)
                continue;
            const qsizetype end = at + qsizetype(qstrlen(l.text));
            if (end > bestEnd) {
                bestEnd = end;
                f.role = l.role;
            }
        }
        // "du 01/10 au 31/10": both ends of a period, unless the label says invoice ("Facture du").
        const QString justBefore = before.right(12);
        if (f.role != InvoiceDate || bestEnd < before.size() - 12) {
            if (periodTail.match(after).hasMatch() && i + 1 < dates.size()
                && dates.at(i + 1).start - (m.start + m.length) < 8)
                f.role = BillingPeriod;
            else if (periodHead.match(justBefore).hasMatch() && i > 0
                     && m.start - (dates.at(i - 1).start + dates.at(i - 1).length) < 8)
                f.role = BillingPeriod;
        }
        // "Facture n° 2026-0042 du 05/11/2026"
        static const QRegularExpression numberedInvoice(
            QStringLiteral("factur[a-z]*\\s+(n[°o]?\\.?|numero)\\s*[\\w/.-]+\\s+du\\s*$"));
        if (numberedInvoice.match(before).hasMatch())
            f.role = InvoiceDate;
        // The Kbis footer: "R.C.S. Nantes - 07/11/2024 - 14:44:07".
        if (footer.match(before.right(50)).hasMatch() && footerTime.match(after).hasMatch())
            f.role = KbisFooter;

        f.snippet = lineAround(text, m.start, m.start + m.length);
        // Keep the label's line too when the date stands alone on its own line.
        if (f.snippet.size() <= m.length + 2 && from < m.start)
            f.snippet = text.mid(from, m.start + m.length - from).simplified();
        out.append(f);
    }
    return out;
}

DateRoles::Result DateRoles::issueDate(const QString& text, Document::Kind kind)
{
    Result r;
    r.all = classify(text);
    QList<QList<Role>> trust;
    switch (kind) {
    case Document::Kind::Kbis:
        trust = { { KbisUpToDate }, { KbisDelivered }, { KbisFooter } };
        break;
    case Document::Kind::Invoice:
        trust = { { InvoiceDate } };
        break;
    case Document::Kind::SignedMandate:
    case Document::Kind::FilledMandate:
        trust = { { SignedOn } };
        break;
    }
    for (const QList<Role>& level : std::as_const(trust)) {
        QList<const Found*> hits;
        for (const Found& f : std::as_const(r.all)) {
            if (level.contains(f.role))
                hits.append(&f);
        }
        if (hits.isEmpty())
            continue;
        for (const Found* h : std::as_const(hits)) {
            if (h->date != hits.first()->date) {
                r.why = tr("The document gives two different dates for the same thing (%1 and %2): enter the "
                           "right one by hand.")
                            .arg(hits.first()->snippet, h->snippet);
                return r;
            }
        }
        r.date = hits.first()->date;
        r.role = hits.first()->role;
        r.snippet = hits.first()->snippet;
        r.start = hits.first()->start;
        return r;
    }
    if (r.all.isEmpty())
        r.why = tr("No date could be read in the document: enter its date by hand.");
    else if (kind == Document::Kind::Kbis)
        r.why = tr("No issue date (\"à jour au\", \"délivré le\") could be read on the Kbis; the other dates "
                   "found are not its issue date: enter it by hand.");
    else if (kind == Document::Kind::Invoice)
        r.why
            = tr("No invoice date (\"Date de facture\", \"Facture du\", \"Date d'émission\"…) could be read; "
                 "the other dates found are not the invoice date: enter it by hand.");
    else
        r.why = tr("No signing date (\"Fait à …, le …\") could be read on the mandate.");
    return r;
}

} // namespace Mandat
