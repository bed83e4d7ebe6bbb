#pragma once

#include <QString>

namespace Mandat {

// The categories of the French numbering plan that matter for caller-ID presentation.
enum class NumberCategory {
    Invalid,
    Npv,
    Geographic,
    NonGeographic,
    Platform,
    Mobile,
    M2m,
    SpecialFree,
    SpecialShared,
    SpecialPremium,
    Short,
    Foreign,
};

QString numberCategoryCode(NumberCategory c);
bool numberCategoryFromCode(const QString& code, NumberCategory* out);
// The category's name in the UI language.
QString numberCategoryLabel(NumberCategory c);

} // namespace Mandat
