#include "CompanyIdentifier.h"

namespace Mandat {

namespace {
const QString kLaPosteSiren = QStringLiteral("356000000");
// La Poste's head office keeps the Luhn key; its other establishments are numbered with a
// digit sum that is a multiple of 5 (python-stdnum fr.siret).
const QString kLaPosteHeadOffice = QStringLiteral("35600000000048");

QString digitsOf(const QString& input)
{
    QString out;
    for (const QChar c : input) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == u'\u00a0')
            continue;
        out.append(c);
    }
    return out;
}

bool allDigits(const QString& s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}
} // namespace

bool CompanyIdentifier::luhnValid(const QString& digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool CompanyIdentifier::isValidSiren(const QString& digits)
{
    return digits.size() == 9 && luhnValid(digits);
}

bool CompanyIdentifier::isValidSiret(const QString& digits)
{
    if (digits.size() != 14 || !allDigits(digits))
        return false;
    if (digits.startsWith(kLaPosteSiren) && digits != kLaPosteHeadOffice) {
        int sum = 0;
        for (const QChar c : digits)
            sum += c.digitValue();
        return sum % 5 == 0;
    }
    return luhnValid(digits) && isValidSiren(digits.left(9));
}

QString CompanyIdentifier::tvaNumberForSiren(const QString& siren)
{
    if (!isValidSiren(siren))
        return {};
    const int key = (12 + 3 * static_cast<int>(siren.toLongLong() % 97)) % 97;
    return QStringLiteral("FR%1%2").arg(key, 2, 10, QLatin1Char('0')).arg(siren);
}

QString CompanyIdentifier::digitsIn(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QString CompanyIdentifier::formatSiren(const QString& siren)
{
    if (siren.size() != 9)
        return siren;
    return siren.left(3) + u' ' + siren.mid(3, 3) + u' ' + siren.mid(6);
}

QString CompanyIdentifier::tvaNumber() const
{
    return tvaNumberForSiren(m_siren);
}

CompanyIdentifier CompanyIdentifier::parse(const QString& input)
{
    CompanyIdentifier id;
    id.m_input = input;
    const QString digits = digitsOf(input);
    if (digits.isEmpty()) {
        id.m_error = tr("No SIREN given.");
        return id;
    }
    if (!allDigits(digits)) {
        id.m_error = tr("A SIREN has digits only: \"%1\" is not one.").arg(input);
        return id;
    }
    if (digits.size() == 9) {
        if (!luhnValid(digits)) {
            id.m_error
                = tr("SIREN %1 fails its check digit (Luhn): a digit is probably mistyped.").arg(digits);
            return id;
        }
        id.m_kind = Kind::Siren;
        id.m_siren = digits;
        return id;
    }
    if (digits.size() == 14) {
        if (!isValidSiret(digits)) {
            id.m_error = tr("SIRET %1 fails its check digit: a digit is probably mistyped.").arg(digits);
            return id;
        }
        id.m_kind = Kind::Siret;
        id.m_siret = digits;
        id.m_siren = digits.left(9);
        return id;
    }
    id.m_error
        = tr("A SIREN has 9 digits and a SIRET 14; \"%1\" has %n digit(s).", nullptr, int(digits.size()))
              .arg(input);
    return id;
}

} // namespace Mandat
