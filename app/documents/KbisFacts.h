#pragma once

#include <QString>

namespace Mandat {

/*
 * What a Kbis extract says of the company, read from its text: the SIREN (from
 * "… numéro 518 452 750 R.C.S. Nantes" or "SIREN : …"), the RCS city, whether the
 * company is struck off ("radiée"), and the extract's verification code.
 */
struct KbisFacts
{
    QString siren;
    QString rcsCity;
    bool struckOff = false;
    QString struckOffText;
    QString verificationCode;
    bool looksLikeKbis = false; // the text names itself an extract of the RCS

    static KbisFacts read(const QString& text);
};

} // namespace Mandat
