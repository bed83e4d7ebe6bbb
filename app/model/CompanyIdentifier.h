#pragma once

#include <QCoreApplication>
#include <QString>

namespace Mandat {

/*
 * French company identifiers: SIREN (9 digits, Luhn), SIRET (14 digits, Luhn, with the
 * La Poste exception) and the intra-community VAT number derived from the SIREN.
 * Rules from python-stdnum fr/siren, fr/siret and fr/tva (see shared/domain.md).
 */
class CompanyIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(CompanyIdentifier)

public:
    enum class Kind { Invalid, Siren, Siret };

    // What a user typed, read leniently: spaces, dots and dashes are ignored.
    static CompanyIdentifier parse(const QString& input);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString input() const { return m_input; }
    QString siren() const { return m_siren; }
    QString siret() const { return m_siret; }
    QString tvaNumber() const;
    // Why the input is not valid, in the user's language; empty when valid.
    QString errorString() const { return m_error; }

    static bool luhnValid(const QString& digits);
    static bool isValidSiren(const QString& digits);
    static bool isValidSiret(const QString& digits);
    static QString tvaNumberForSiren(const QString& siren);
    // "518 452 750"
    static QString formatSiren(const QString& siren);
    // The digits of `text`, in order, whatever separates them ("356 000 000 00048" -> 14 digits).
    static QString digitsIn(const QString& text);

private:
    Kind m_kind = Kind::Invalid;
    QString m_input;
    QString m_siren;
    QString m_siret;
    QString m_error;
};

} // namespace Mandat
