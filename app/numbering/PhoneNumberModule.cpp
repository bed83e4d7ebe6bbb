// libmandatdesk_phonenumber.so: libphonenumber behind InternationalNumber::parse.
#include "InternationalNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace Mandat {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The plan's name for libphonenumber's type of a number.
QString typeCode(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return QStringLiteral("fixed_line");
    case PhoneNumberUtil::MOBILE:
        return QStringLiteral("mobile");
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return QStringLiteral("fixed_line_or_mobile");
    case PhoneNumberUtil::TOLL_FREE:
        return QStringLiteral("toll_free");
    case PhoneNumberUtil::PREMIUM_RATE:
        return QStringLiteral("premium_rate");
    case PhoneNumberUtil::SHARED_COST:
        return QStringLiteral("shared_cost");
    case PhoneNumberUtil::VOIP:
        return QStringLiteral("voip");
    default:
        return QStringLiteral("unknown");
    }
}
} // namespace

} // namespace Mandat

extern "C" Q_DECL_EXPORT void mandatdesk_parse_international(const QString& number,
                                                             Mandat::InternationalNumber* out)
{
    using namespace Mandat;
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber pn;
    if (util->Parse(number.toStdString(), "ZZ", &pn) != PhoneNumberUtil::NO_PARSING_ERROR)
        return;
    out->parsed = true;
    out->countryCode = QString::number(pn.country_code());
    std::string nsn;
    util->GetNationalSignificantNumber(pn, &nsn);
    out->nationalSignificant = QString::fromStdString(nsn);
    std::string e164;
    util->Format(pn, PhoneNumberUtil::E164, &e164);
    out->e164 = QString::fromStdString(e164);
    std::string intl;
    util->Format(pn, PhoneNumberUtil::INTERNATIONAL, &intl);
    out->international = QString::fromStdString(intl);
    out->valid = util->IsValidNumber(pn);
    out->type = typeCode(util->GetNumberType(pn));
}
