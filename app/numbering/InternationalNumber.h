#pragma once

#include <QString>

namespace Mandat {

/*
 * libphonenumber's reading of a number written with its country code ("+590 590 …",
 * "+44 20 …"). libphonenumber (and protobuf) live in a module of their own, loaded the
 * first time such a number is read: French numbers written nationally never need it.
 */
struct InternationalNumber
{
    bool parsed = false;
    QString countryCode; // "590"
    QString nationalSignificant; // without trunk prefix
    QString e164;
    QString international; // "+44 20 7946 0000"
    bool valid = false; // a number libphonenumber knows in its country's plan
    QString type; // the numbering plan's name of its type: fixed_line, mobile, voip…, unknown

    // False when the module cannot be loaded (*error says why, for the logs).
    static bool parse(const QString& number, InternationalNumber* out, QString* error);
};

// The module's entry point (libmandatdesk_phonenumber.so).
using ParseInternationalFn = void (*)(const QString& number, InternationalNumber* out);

} // namespace Mandat
