#include "KbisFacts.h"

#include "FrenchDates.h"
#include "model/CompanyIdentifier.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
// A section title: a line written in capitals ("ÉTABLISSEMENT SECONDAIRE",
// "RENSEIGNEMENTS RELATIFS AUX AUTRES ÉTABLISSEMENTS").
bool isHeading(const QString& line)
{
    int letters = 0;
    int upper = 0;
    for (const QChar c : line) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    return letters >= 6 && upper * 10 >= letters * 8;
}

QList<KbisFacts::Mention> readMentions(const QString& text, const QString& folded)
{
    using Standing = KbisFacts::Standing;
    // Folded text. Words alone would mislead ("sauvegarde" of data as an activity,
    // "liquidation de stocks"): each pattern names the proceeding.
    static const struct
    {
        Standing standing;
        QRegularExpression pattern;
        bool companyOnly; // a proceeding concerns the company, never one establishment
    } kPatterns[] = {
        { Standing::StruckOff, QRegularExpression(QStringLiteral("\\bradie(e)?s?\\b|\\bradiation\\b")),
          false },
        { Standing::Liquidation,
          QRegularExpression(QStringLiteral("\\bliquidation\\b(?!\\s+(de|des|du)\\s+(stock|marchandise))|"
                                            "\\bliquidateur\\b")),
          true },
        { Standing::Dissolved, QRegularExpression(QStringLiteral("\\bdissolution\\b|\\bdissou(s|te)\\b")),
          true },
        { Standing::Receivership, QRegularExpression(QStringLiteral("\\bredressement\\s+judiciaire\\b")),
          true },
        { Standing::Safeguard,
          QRegularExpression(
              QStringLiteral("\\b(procedure|plan|jugement|ouverture)\\b[^\\n]{0,40}\\bsauvegarde\\b|"
                             "\\bsauvegarde\\s+(acceleree|financiere)")),
          true },
        { Standing::ActivityCeased,
          QRegularExpression(QStringLiteral("\\bcessation\\s+(totale\\s+|definitive\\s+)?d'activite")),
          false },
        { Standing::Dormant,
          QRegularExpression(QStringLiteral("\\bmise\\s+en\\s+sommeil\\b|\\ben\\s+sommeil\\b")), false },
    };
    static const QRegularExpression secondary(
        QStringLiteral("\\betablissements?\\s+secondaires?\\b|\\bautres?\\s+etablissements?\\b|"
                       "\\bd'un\\s+etablissement\\b"));
    // "Liquidation judiciaire : néant"
    static const QRegularExpression none(
        QStringLiteral("^[a-z' ]{0,30}[:-]?\\s*(neant|aucune?|sans objet)\\b"));

    QList<KbisFacts::Mention> out;
    bool inSecondarySection = false;
    qsizetype start = 0;
    while (start <= folded.size()) {
        qsizetype end = folded.indexOf(u'\n', start);
        if (end < 0)
            end = folded.size();
        const QString line = folded.mid(start, end - start);
        const QString original = text.mid(start, end - start);
        const bool aboutSecondary = secondary.match(line).hasMatch();
        if (isHeading(original))
            inSecondarySection = aboutSecondary;
        for (const auto& p : kPatterns) {
            const QRegularExpressionMatch m = p.pattern.match(line);
            if (!m.hasMatch() || none.match(line.mid(m.capturedEnd())).hasMatch())
                continue;
            if (!p.companyOnly && (aboutSecondary || inSecondarySection))
                continue;
            bool known = false;
            for (const KbisFacts::Mention& seen : std::as_const(out))
                known = known || seen.standing == p.standing;
            if (!known)
                out.append(KbisFacts::Mention { p.standing, original.simplified(), start });
        }
        start = end + 1;
    }
    return out;
}
} // namespace

KbisFacts KbisFacts::read(const QString& text)
{
    KbisFacts f;
    const QString folded = FrenchDates::fold(text);

    // "518 452 750 R.C.S. Nantes" — the registration number and its court.
    static const QRegularExpression rcs(
        QStringLiteral("(?<!\\d)(\\d{3}[ \\x{00a0}.]?\\d{3}[ "
                       "\\x{00a0}.]?\\d{3})\\s*r\\.?\\s?c\\.?\\s?s\\.?\\s+([a-z' -]+)"));
    static const QRegularExpression siren(QStringLiteral(
        "(?:siren|numero d'identification|n° d'identification)\\D{0,20}(\\d{3}[ \\x{00a0}.]?\\d{3}[ "
        "\\x{00a0}.]?\\d{3})(?!\\d)"));
    for (auto it = rcs.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        QString digits = m.captured(1);
        digits = CompanyIdentifier::digitsIn(digits);
        if (CompanyIdentifier::isValidSiren(digits)) {
            f.siren = digits;
            // The city as written in the original text (with its accents and case).
            f.rcsCity = text.mid(m.capturedStart(2), m.capturedLength(2)).split(u'\n').first().trimmed();
            f.rcsCity = f.rcsCity.section(QLatin1String(" - "), 0, 0).trimmed();
            break;
        }
    }
    if (f.siren.isEmpty()) {
        for (auto it = siren.globalMatch(folded); it.hasNext();) {
            const auto m = it.next();
            QString digits = m.captured(1);
            digits = CompanyIdentifier::digitsIn(digits);
            if (CompanyIdentifier::isValidSiren(digits)) {
                f.siren = digits;
                break;
            }
        }
    }

    f.mentions = readMentions(text, folded);

    static const QRegularExpression code(QStringLiteral("code de verification\\s*:?\\s*([a-z0-9]{6,20})"));
    const auto c = code.match(folded);
    if (c.hasMatch())
        f.verificationCode = text.mid(c.capturedStart(1), c.capturedLength(1));
    return f;
}

bool KbisFacts::has(Standing standing) const
{
    for (const Mention& m : mentions) {
        if (m.standing == standing)
            return true;
    }
    return false;
}

QString KbisFacts::code(Standing standing)
{
    switch (standing) {
    case Standing::StruckOff:
        return QStringLiteral("struck_off");
    case Standing::Liquidation:
        return QStringLiteral("liquidation");
    case Standing::Dissolved:
        return QStringLiteral("dissolved");
    case Standing::Receivership:
        return QStringLiteral("receivership");
    case Standing::Safeguard:
        return QStringLiteral("safeguard");
    case Standing::ActivityCeased:
        return QStringLiteral("activity_ceased");
    case Standing::Dormant:
        return QStringLiteral("dormant");
    }
    return {};
}

bool KbisFacts::blocks(Standing standing)
{
    return standing == Standing::StruckOff || standing == Standing::Liquidation
        || standing == Standing::Dissolved;
}

} // namespace Mandat
