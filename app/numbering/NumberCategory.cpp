#include "NumberCategory.h"

#include <QCoreApplication>
#include <array>

namespace Mandat {

namespace {
struct Name
{
    NumberCategory category;
    const char* code;
};
constexpr std::array<Name, 12> kNames { {
    { NumberCategory::Invalid, "invalid" },
    { NumberCategory::Npv, "npv" },
    { NumberCategory::Geographic, "geographic" },
    { NumberCategory::NonGeographic, "non_geographic" },
    { NumberCategory::Platform, "platform" },
    { NumberCategory::Mobile, "mobile" },
    { NumberCategory::M2m, "m2m" },
    { NumberCategory::SpecialFree, "special_free" },
    { NumberCategory::SpecialShared, "special_shared" },
    { NumberCategory::SpecialPremium, "special_premium" },
    { NumberCategory::Short, "short" },
    { NumberCategory::Foreign, "foreign" },
} };
} // namespace

QString numberCategoryCode(NumberCategory c)
{
    for (const auto& n : kNames) {
        if (n.category == c)
            return QString::fromLatin1(n.code);
    }
    return QStringLiteral("invalid");
}

bool numberCategoryFromCode(const QString& code, NumberCategory* out)
{
    for (const auto& n : kNames) {
        if (code == QLatin1String(n.code)) {
            *out = n.category;
            return true;
        }
    }
    return false;
}

QString numberCategoryLabel(NumberCategory c)
{
    switch (c) {
    case NumberCategory::Invalid:
        return QCoreApplication::translate("NumberCategory", "invalid number");
    case NumberCategory::Npv:
        return QCoreApplication::translate("NumberCategory", "verified multi-purpose number (NPV)");
    case NumberCategory::Geographic:
        return QCoreApplication::translate("NumberCategory", "geographic number");
    case NumberCategory::NonGeographic:
        return QCoreApplication::translate("NumberCategory", "non-geographic number");
    case NumberCategory::Platform:
        return QCoreApplication::translate("NumberCategory", "platform number");
    case NumberCategory::Mobile:
        return QCoreApplication::translate("NumberCategory", "mobile number");
    case NumberCategory::M2m:
        return QCoreApplication::translate("NumberCategory", "machine-to-machine number");
    case NumberCategory::SpecialFree:
        return QCoreApplication::translate("NumberCategory", "special number, free");
    case NumberCategory::SpecialShared:
        return QCoreApplication::translate("NumberCategory", "special number, normal rate");
    case NumberCategory::SpecialPremium:
        return QCoreApplication::translate("NumberCategory", "special number, premium rate");
    case NumberCategory::Short:
        return QCoreApplication::translate("NumberCategory", "short number");
    case NumberCategory::Foreign:
        return QCoreApplication::translate("NumberCategory", "foreign number");
    }
    return {};
}

} // namespace Mandat
