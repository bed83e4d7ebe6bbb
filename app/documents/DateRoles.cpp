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
    { "date d'edition", DateRoles::PrintDate },
    { "edite le", DateRoles::PrintDate },
    { "editee le", DateRoles::PrintDate },
    { "date d'impression", DateRoles::PrintDate },
    { "imprime le", DateRoles::PrintDate },
    { "imprimee le", DateRoles::PrintDate },
    { "date de telechargement", DateRoles::PrintDate },
    { "telecharge le", DateRoles::PrintDate },
    { "telechargee le", DateRoles::PrintDate },
    { "duplicata du", DateRoles::PrintDate },
    { "situation au", DateRoles::SituationAt },
    { "a la date du", DateRoles::SituationAt },
    { "date de delivrance", DateRoles::KbisDelivered },
    { "date de creation", DateRoles::Registration },
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

// Column headings of invoice tables that head no date: with the dated labels, they tell a
// header row ("N° de compte  Date de facture  Date d'échéance  Montant TTC") from text.
const char* const kColumnLabels[] = {
    "n° de facture", "n° facture",  "numero de facture",
    "n° de compte",  "n° compte",   "numero de compte",
    "compte",        "n° client",   "numero client",
    "reference",     "montant",     "total",
    "ttc",           "ht",          "tva",
    "contrat",       "designation",
};

// How far before a date its label may stand: the same line, or the line above (blank
// lines between them skipped).
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

qsizetype lineStart(const QString& text, qsizetype at)
{
    return text.lastIndexOf(u'\n', at - 1) + 1;
}

qsizetype lineEnd(const QString& text, qsizetype at)
{
    const qsizetype end = text.indexOf(u'\n', at);
    return end < 0 ? text.size() : end;
}

// The start of the nearest line above `start` (a line start) that is not blank; -1 if none.
qsizetype previousLine(const QString& text, qsizetype start)
{
    qsizetype end = start - 1;
    while (end > 0) {
        const qsizetype from = lineStart(text, end);
        if (!QStringView(text).mid(from, end - from).trimmed().isEmpty())
            return from;
        end = from - 1;
    }
    return -1;
}

bool startsWord(const QString& text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

struct LabelHit
{
    qsizetype start = 0;
    qsizetype length = 0;
    DateRoles::Role role = DateRoles::Other;
    bool dated = false; // a label of a date, not of an amount or an account
};

// The labels written on one folded line, left to right, the longest at each place.
QList<LabelHit> labelsIn(const QString& line)
{
    static const QStringList columns = [] {
        QStringList out;
        for (const char* c : kColumnLabels)
            out.append(QString::fromUtf8(c));
        return out;
    }();
    QList<LabelHit> out;
    for (qsizetype i = 0; i < line.size();) {
        LabelHit best;
        best.start = i;
        if (startsWord(line, i)) {
            const QStringView rest = QStringView(line).mid(i);
            for (const Label& l : kLabels) {
                const QLatin1String t(l.text);
                if (t.size() > best.length && rest.startsWith(t))
                    best = LabelHit { i, t.size(), l.role, true };
            }
            for (const QString& c : columns) {
                const qsizetype end = i + c.size();
                if (c.size() > best.length && rest.startsWith(c)
                    && (end >= line.size() || !line.at(end).isLetterOrNumber()))
                    best = LabelHit { i, c.size(), DateRoles::Other, false };
            }
        }
        if (best.length > 0) {
            out.append(best);
            i += best.length;
        } else {
            ++i;
        }
    }
    return out;
}

// Layout kept: cells stand apart by a tab or several spaces, so columns line up by position.
bool keepsColumns(const QString& line)
{
    return line.contains(u'\t') || line.contains(QLatin1String("  "));
}

struct TableCell
{
    bool inTable = false;
    DateRoles::Role role = DateRoles::Other;
    QString label; // the heading as written
};

/*
 * A date on a row of values under a header row of labels ("Date de facture  Date
 * d'échéance  Montant" then "05/11/2026  20/11/2026  45,00 €"): the role of the label
 * heading its column. The dates of the row and the dated labels of the header are paired
 * in order (a period "01/10 au 31/10" is one value); when they do not pair up, the column
 * is found by position if the text kept its layout, and the date has no role otherwise.
 */
TableCell tableCell(const QString& text, const QString& folded, const QList<FrenchDates::Match>& dates,
                    qsizetype index)
{
    TableCell cell;
    const FrenchDates::Match& date = dates.at(index);
    const qsizetype rowStart = lineStart(folded, date.start);
    const qsizetype rowEnd = lineEnd(folded, date.start);
    const qsizetype headStart = previousLine(folded, rowStart);
    if (headStart < 0)
        return cell;
    const qsizetype headEnd = lineEnd(folded, headStart);
    QList<qsizetype> row; // the dates on the row, by index
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const qsizetype at = dates.at(i).start;
        if (at >= headStart && at < headEnd)
            return cell; // dated itself: a line of text, not a header
        if (at >= rowStart && at < rowEnd)
            row.append(i);
    }
    const QString head = folded.mid(headStart, headEnd - headStart);
    const QList<LabelHit> hits = labelsIn(head);
    QList<LabelHit> dated;
    for (const LabelHit& h : hits) {
        if (h.dated)
            dated.append(h);
    }
    if (hits.size() < 2 || dated.isEmpty())
        return cell;
    cell.inTable = true;

    // Values: a date, or two joined by "au" (a period).
    static const QRegularExpression joined(QStringLiteral("^\\s*(au|a)\\s*$"));
    int value = -1;
    int values = 0;
    for (qsizetype k = 0; k < row.size(); ++k) {
        const bool continues = k > 0
            && joined
                   .match(folded.mid(dates.at(row.at(k - 1)).start + dates.at(row.at(k - 1)).length,
                                     dates.at(row.at(k)).start - dates.at(row.at(k - 1)).start
                                         - dates.at(row.at(k - 1)).length))
                   .hasMatch();
        if (!continues)
            ++values;
        if (row.at(k) == index)
            value = values - 1;
    }
    const LabelHit* heading = nullptr;
    if (values == dated.size()) {
        heading = &dated.at(value);
    } else if (keepsColumns(head) && keepsColumns(folded.mid(rowStart, rowEnd - rowStart))) {
        // The heading that starts nearest at the left of the date (a little to its right too).
        const qsizetype column = date.start - rowStart;
        for (const LabelHit& h : hits) {
            if (h.start <= column + 2)
                heading = &h;
        }
        if (heading && !heading->dated)
            heading = nullptr;
    }
    if (heading) {
        cell.role = heading->role;
        cell.label = text.mid(headStart + heading->start, heading->length);
    }
    return cell;
}

// The label nearest before the end of `before` (folded, blanks made single spaces).
DateRoles::Role nearestLabel(const QString& before)
{
    DateRoles::Role role = DateRoles::Other;
    qsizetype bestEnd = -1;
    for (const Label& l : kLabels) {
        const QLatin1String t(l.text);
        qsizetype at = before.lastIndexOf(t);
        while (at > 0 && !startsWord(before, at))
            at = before.lastIndexOf(t, at - 1);
        if (at >= 0 && at + t.size() > bestEnd) {
            bestEnd = at + t.size();
            role = l.role;
        }
    }
    return role;
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
    case PrintDate:
        return QStringLiteral("print_date");
    case SituationAt:
        return QStringLiteral("situation_at");
    }
    return QStringLiteral("other");
}

QList<DateRoles::Found> DateRoles::classify(const QString& text)
{
    const QString folded = FrenchDates::fold(text);
    const QList<FrenchDates::Match> dates = FrenchDates::find(text);
    QList<Found> out;
    static const QRegularExpression footer(QStringLiteral("r\\.?\\s?c\\.?\\s?s\\.?\\s+[^\\d]{2,40}-\\s*$"));
    static const QRegularExpression footerTime(QStringLiteral("^\\s*-\\s*\\d{1,2}[:h]\\d{2}"));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    // "Facture n° 2026-0042 du 05/11/2026"
    static const QRegularExpression numberedInvoice(
        QStringLiteral("factur[a-z]*\\s+(n[°o]?\\.?|numero)\\s*[\\w/.-]+\\s+du\\s*$"));
    // Periods: "du 01/10/2026 au 31/10/2026", "du 01/10 au 31/10/2026", "du 1er octobre au 31
    // octobre 2026" (the first end, without its year, is no date by itself).
    static const QRegularExpression periodTail(QStringLiteral("^\\s*(au|a)\\s"));
    static const QRegularExpression periodHead(QStringLiteral("\\b(au|a)\\s*$"));
    static const QRegularExpression openPeriod(
        QStringLiteral("\\bdu\\s+(1er|\\d{1,2})(\\s*[/.-]\\s*\\d{1,2}|\\s+[a-z]{3,9}\\.?)\\s+(au|a)\\s*$"));

    for (qsizetype i = 0; i < dates.size(); ++i) {
        const FrenchDates::Match& m = dates.at(i);
        Found f;
        f.date = m.date;
        f.start = m.start;

        // The text before the date, back to the start of the line above (a label may wrap:
        // "à jour" / "au 6 novembre"), with its blanks made single spaces.
        const qsizetype rowStart = lineStart(folded, m.start);
        const qsizetype above = previousLine(folded, rowStart);
        const qsizetype from = qMax<qsizetype>(above < 0 ? rowStart : above, m.start - kWindow);
        const QString before = folded.mid(from, m.start - from).replace(blanks, QStringLiteral(" "));
        const QString after = folded.mid(m.start + m.length, 40);

        TableCell cell;
        bool labelledOnItsLine = false;
        for (const LabelHit& h :
             labelsIn(folded.mid(rowStart, m.start - rowStart).replace(blanks, QStringLiteral(" "))))
            labelledOnItsLine = labelledOnItsLine || h.dated;
        if (!labelledOnItsLine)
            cell = tableCell(text, folded, dates, i);

        if (cell.inTable) {
            f.role = cell.role;
        } else {
            f.role = nearestLabel(before);
            if (numberedInvoice.match(before).hasMatch())
                f.role = InvoiceDate;
            // The Kbis footer: "R.C.S. Nantes - 07/11/2024 - 14:44:07".
            if (footer.match(before.right(50)).hasMatch() && footerTime.match(after).hasMatch())
                f.role = KbisFooter;
        }
        // Either end of a period, whatever the label says ("Facture du 01/10 au 31/10"): a
        // period's first day is not the invoice's date.
        const bool firstEnd = periodTail.match(after).hasMatch() && i + 1 < dates.size()
            && dates.at(i + 1).start - (m.start + m.length) < 8;
        const bool lastEnd = i > 0 && periodHead.match(before).hasMatch()
            && m.start - (dates.at(i - 1).start + dates.at(i - 1).length) < 8;
        if (firstEnd || lastEnd || openPeriod.match(before).hasMatch())
            f.role = BillingPeriod;

        f.snippet = lineAround(text, m.start, m.start + m.length);
        if (cell.inTable && !cell.label.isEmpty()) {
            f.snippet = cell.label + QStringLiteral(" … ") + text.mid(m.start, m.length).simplified();
        } else if (f.snippet.size() <= m.length + 4 && from < m.start) {
            // Keep the label's line too when the date stands (nearly) alone on its own line.
            f.snippet = text.mid(from, m.start + m.length - from).simplified();
        }
        out.append(f);
    }
    return out;
}

DateRoles::Result DateRoles::issueDate(const QString& text, Document::Kind kind)
{
    return issueDate(text, kind,
                     kind == Document::Kind::Kbis ? IdentityDocument::detect(text) : IdentityDocument::None);
}

DateRoles::Result DateRoles::issueDate(const QString& text, Document::Kind kind,
                                       IdentityDocument::Type identity)
{
    Result r;
    r.all = classify(text);
    QList<QList<Role>> trust;
    switch (kind) {
    case Document::Kind::Kbis:
        // Each register's document by its own label first.
        switch (identity) {
        case IdentityDocument::None:
        case IdentityDocument::Kbis:
            trust = { { KbisUpToDate }, { KbisDelivered }, { KbisFooter } };
            break;
        case IdentityDocument::RneExtract:
            trust = { { KbisUpToDate }, { SituationAt }, { KbisDelivered } };
            break;
        case IdentityDocument::SireneNotice:
            trust = { { SituationAt }, { KbisUpToDate }, { KbisDelivered } };
            break;
        case IdentityDocument::RnaReceipt:
            trust = { { KbisDelivered }, { KbisUpToDate } };
            break;
        }
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
    // Why not, naming what was read instead when it is the usual mistake.
    QString printed;
    QString period;
    for (const Found& f : std::as_const(r.all)) {
        if (f.role == PrintDate && printed.isEmpty())
            printed = f.snippet;
        else if (f.role == BillingPeriod && period.isEmpty())
            period = f.snippet;
    }
    if (r.all.isEmpty())
        r.why = tr("No date could be read in the document: enter its date by hand.");
    else if (kind == Document::Kind::Kbis && identity != IdentityDocument::None
             && identity != IdentityDocument::Kbis)
        r.why = tr("No issue date (\"à jour au\", \"situation au\", \"délivré le\") could be read on the "
                   "document (%1); the other dates found are not its issue date: enter it by hand.")
                    .arg(IdentityDocument::name(identity));
    else if (kind == Document::Kind::Kbis)
        r.why = tr("No issue date (\"à jour au\", \"délivré le\") could be read on the Kbis; the other dates "
                   "found are not its issue date: enter it by hand.");
    else if (kind == Document::Kind::Invoice && !printed.isEmpty() && !period.isEmpty())
        r.why = tr("No invoice date could be read: \"%1\" is when this copy was printed or downloaded, and "
                   "\"%2\" is the billing period, not the invoice date. Enter the invoice date by hand.")
                    .arg(printed, period);
    else if (kind == Document::Kind::Invoice && !printed.isEmpty())
        r.why = tr("No invoice date could be read: \"%1\" is when this copy was printed or downloaded, not "
                   "the invoice date. Enter the invoice date by hand.")
                    .arg(printed);
    else if (kind == Document::Kind::Invoice && !period.isEmpty())
        r.why = tr("No invoice date could be read: \"%1\" is the billing period, and its first day is not "
                   "the invoice date. Enter the invoice date by hand.")
                    .arg(period);
    else if (kind == Document::Kind::Invoice)
        r.why
            = tr("No invoice date (\"Date de facture\", \"Facture du\", \"Date d'émission\"…) could be read; "
                 "the other dates found are not the invoice date: enter it by hand.");
    else
        r.why = tr("No signing date (\"Fait à …, le …\") could be read on the mandate.");
    return r;
}

} // namespace Mandat
