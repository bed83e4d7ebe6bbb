#include "InvoiceHolder.h"

#include "FrenchDates.h"
#include "core/Logging.h"
#include "model/CompanyIdentifier.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Mandat {

namespace {
// Lines after the holder's label that still belong to its address block.
constexpr int kBlockLines = 4;

// The SIREN of a 9-digit SIREN or 14-digit SIRET written in `s`, when its key is right.
QString sirenOf(const QString& written)
{
    const QString digits = CompanyIdentifier::digitsIn(written);
    if (digits.size() == 14 && CompanyIdentifier::isValidSiret(digits))
        return digits.left(9);
    if (digits.size() == 9 && CompanyIdentifier::isValidSiren(digits))
        return digits;
    return {};
}

// A SIREN or SIRET with its label, or with "RCS <city>", in folded text.
QString labelledSiren(const QString& folded)
{
    static const QRegularExpression labelled(
        QStringLiteral("(?:siren|siret|rcs(?: [a-z' -]{2,30}?)?)\\s*(?:n°|no|numero)?\\s*:?\\s*"
                       "(\\d{3}[ \\x{00a0}.]?\\d{3}[ \\x{00a0}.]?\\d{3}(?:[ \\x{00a0}.]?\\d{5})?)(?!\\d)"));
    static const QRegularExpression before(
        QStringLiteral("(?<!\\d)(\\d{3}[ \\x{00a0}.]?\\d{3}[ \\x{00a0}.]?\\d{3})\\s*r\\.?\\s?c\\.?\\s?s\\b"));
    for (const QRegularExpression* re : { &labelled, &before }) {
        for (auto it = re->globalMatch(folded); it.hasNext();) {
            const QString siren = sirenOf(it.next().captured(1));
            if (!siren.isEmpty())
                return siren;
        }
    }
    return {};
}

// The holder's name from what follows its label: up to the address or the SIREN.
QString nameFrom(const QString& value)
{
    static const QRegularExpression stop(
        QStringLiteral(
            "\\s*(?:,|;|\\||\\s-\\s|\\s–\\s|\\s—\\s|\\s{2,}|\\t|\\(|\\bSIRE[NT]\\b|\\bRCS\\b|\\bN°)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString name = value;
    const QRegularExpressionMatch m = stop.match(name);
    if (m.hasMatch())
        name = name.left(m.capturedStart());
    name = name.simplified();
    // "Client : n° 1234567", "Client : 0042-ABC": a reference, not a name.
    int letters = 0;
    for (const QChar c : name)
        letters += c.isLetter() ? 1 : 0;
    static const QRegularExpression reference(QStringLiteral("^(?:n°|no\\b|num[ée]ro|r[ée]f)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (letters < 2 || reference.match(name).hasMatch())
        return {};
    return name;
}
} // namespace

QString InvoiceHolder::normalisedName(const QString& legalName)
{
    QString s = FrenchDates::fold(legalName);
    s.replace(u'&', QLatin1String(" et "));
    s.remove(u'.'); // "S.A.S." -> "sas"
    static const QRegularExpression punctuation(QStringLiteral("[^a-z0-9]+"));
    s.replace(punctuation, QStringLiteral(" "));
    s = u' ' + s.simplified() + u' ';
    // Legal forms, spelt out then abbreviated: they are not part of the name.
    static const QStringList spelt {
        QStringLiteral("societe par actions simplifiee unipersonnelle"),
        QStringLiteral("societe par actions simplifiee"),
        QStringLiteral("entreprise unipersonnelle a responsabilite limitee"),
        QStringLiteral("societe a responsabilite limitee"),
        QStringLiteral("societe en nom collectif"),
        QStringLiteral("societe en commandite par actions"),
        QStringLiteral("societe en commandite simple"),
        QStringLiteral("societe civile immobiliere"),
        QStringLiteral("societe cooperative"),
        QStringLiteral("societe anonyme"),
        QStringLiteral("groupement d interet economique"),
    };
    for (const QString& form : spelt)
        s.replace(u' ' + form + u' ', QLatin1String(" "));
    static const QSet<QString> forms {
        QStringLiteral("sa"),   QStringLiteral("sas"),     QStringLiteral("sasu"),  QStringLiteral("sarl"),
        QStringLiteral("eurl"), QStringLiteral("snc"),     QStringLiteral("scs"),   QStringLiteral("sca"),
        QStringLiteral("sci"),  QStringLiteral("scp"),     QStringLiteral("scop"),  QStringLiteral("scic"),
        QStringLiteral("sel"),  QStringLiteral("selarl"),  QStringLiteral("selas"), QStringLiteral("selafa"),
        QStringLiteral("gie"),  QStringLiteral("ei"),      QStringLiteral("eirl"),  QStringLiteral("sem"),
        QStringLiteral("spl"),  QStringLiteral("societe"), QStringLiteral("ste"),
    };
    QStringList kept;
    for (const QString& word : s.split(u' ', Qt::SkipEmptyParts)) {
        if (!forms.contains(word))
            kept.append(word);
    }
    return kept.join(u' ');
}

InvoiceHolder::Match InvoiceHolder::compare(const QString& clientName, const QString& clientSiren) const
{
    if (!siren.isEmpty() && !clientSiren.isEmpty())
        return siren == clientSiren ? Match::Same : Match::Other;
    const QString mine = normalisedName(name);
    const QString theirs = normalisedName(clientName);
    if (mine.isEmpty() || theirs.isEmpty())
        return Match::Unknown;
    if (mine == theirs)
        return Match::Same;
    // One name inside the other, word for word: a trade name, or a group's other entity.
    const QStringList a = mine.split(u' ');
    const QStringList b = theirs.split(u' ');
    const QStringList& shorter = a.size() <= b.size() ? a : b;
    const QStringList& longer = a.size() <= b.size() ? b : a;
    for (const QString& w : shorter) {
        if (!longer.contains(w))
            return Match::Other;
    }
    return Match::Unsure;
}

QString InvoiceHolder::describe() const
{
    if (siren.isEmpty())
        return name;
    const QString id = QStringLiteral("SIREN %1").arg(CompanyIdentifier::formatSiren(siren));
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QString InvoiceHolder::matchCode(Match m)
{
    switch (m) {
    case Match::Same:
        return QStringLiteral("same");
    case Match::Other:
        return QStringLiteral("other");
    case Match::Unsure:
        return QStringLiteral("unsure");
    case Match::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject InvoiceHolder::toJson() const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject { { QStringLiteral("name"), orNull(name) },
                         { QStringLiteral("siren"), orNull(siren) },
                         { QStringLiteral("text"), orNull(text) } };
}

InvoiceHolder InvoiceHolder::read(const QString& text)
{
    InvoiceHolder h;
    // Folding keeps positions: what is found in the folded text is cut from the original.
    const QString folded = FrenchDates::fold(text);
    static const QRegularExpression label(
        QStringLiteral("^[ \\t]*(?:titulaire(?: du (?:compte|contrat|abonnement))?|raison sociale"
                       "|denomination(?: sociale)?|nom du client|nom \\/ raison sociale|client|societe"
                       "|facturee? a)[ \\t]*:?[ \\t]*"),
        QRegularExpression::MultilineOption);
    for (auto it = label.globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype lineStart = m.capturedStart();
        const qsizetype lineEnd = [&] {
            const qsizetype e = folded.indexOf(u'\n', lineStart);
            return e < 0 ? folded.size() : e;
        }();
        const QString matched = m.captured(0);
        const bool hasColon = matched.contains(u':');
        const QString rest = text.mid(m.capturedEnd(), lineEnd - m.capturedEnd());
        QString name;
        qsizetype nameLine = lineStart;
        if (!rest.trimmed().isEmpty()) {
            // "Société ACME" without a colon reads like prose ("Société par actions…"): only
            // a label with its colon is trusted on the same line.
            if (!hasColon)
                continue;
            name = nameFrom(rest);
        } else {
            // The label alone, the name on the next line (a header block).
            const qsizetype nextStart = lineEnd + 1;
            if (nextStart >= text.size())
                continue;
            qsizetype nextEnd = text.indexOf(u'\n', nextStart);
            if (nextEnd < 0)
                nextEnd = text.size();
            name = nameFrom(text.mid(nextStart, nextEnd - nextStart));
            nameLine = nextStart;
        }
        if (name.isEmpty())
            continue;
        h.name = name;
        h.start = lineStart;
        qsizetype e = text.indexOf(u'\n', nameLine);
        h.text = text.mid(lineStart, (e < 0 ? text.size() : e) - lineStart).simplified();
        // The holder's SIREN: in its line or the lines of its address just below.
        qsizetype blockEnd = nameLine;
        for (int i = 0; i <= kBlockLines && blockEnd >= 0 && blockEnd < folded.size(); ++i)
            blockEnd = folded.indexOf(u'\n', blockEnd + 1);
        if (blockEnd < 0)
            blockEnd = folded.size();
        h.siren = labelledSiren(folded.mid(lineStart, blockEnd - lineStart));
        break;
    }
    if (h.siren.isEmpty()) {
        // Anywhere, a SIREN or SIRET labelled as the client's.
        static const QRegularExpression clients(QStringLiteral(
            "(?:(?:siren|siret)\\s+(?:du\\s+)?(?:client|titulaire)|votre\\s+(?:n°\\s*)?(?:siren|siret))"
            "\\s*(?:n°)?\\s*:?\\s*(\\d[\\d \\x{00a0}.]{8,18}\\d)"));
        for (auto it = clients.globalMatch(folded); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString siren = sirenOf(m.captured(1));
            if (!siren.isEmpty()) {
                h.siren = siren;
                if (h.text.isEmpty()) {
                    h.start = m.capturedStart();
                    h.text = text.mid(m.capturedStart(), m.capturedLength()).simplified();
                }
                break;
            }
        }
    }
    qCDebug(lcDocuments) << "invoice holder" << h.name << h.siren;
    return h;
}

} // namespace Mandat
