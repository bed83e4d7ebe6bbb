#include "KbisFacts.h"

#include "FrenchDates.h"
#include "model/CompanyIdentifier.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
QString digitsOnly(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}
} // namespace

KbisFacts KbisFacts::read(const QString& text)
{
    KbisFacts f;
    const QString folded = FrenchDates::fold(text);
    f.looksLikeKbis = folded.contains(QLatin1String("kbis"))
        || folded.contains(QLatin1String("registre du commerce et des societes"));

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
        digits = digitsOnly(digits);
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
            digits = digitsOnly(digits);
            if (CompanyIdentifier::isValidSiren(digits)) {
                f.siren = digits;
                break;
            }
        }
    }

    static const QRegularExpression struck(
        QStringLiteral("[^\\n]*\\bradie(e)?s?\\b[^\\n]*|[^\\n]*\\bradiation\\b[^\\n]*"));
    const auto s = struck.match(folded);
    if (s.hasMatch()) {
        f.struckOff = true;
        f.struckOffText = text.mid(s.capturedStart(), s.capturedLength()).simplified();
    }

    static const QRegularExpression code(QStringLiteral("code de verification\\s*:?\\s*([a-z0-9]{6,20})"));
    const auto c = code.match(folded);
    if (c.hasMatch())
        f.verificationCode = text.mid(c.capturedStart(1), c.capturedLength(1));
    return f;
}

} // namespace Mandat
