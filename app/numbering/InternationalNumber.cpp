#include "InternationalNumber.h"

#include "core/Module.h"

namespace Mandat {

bool InternationalNumber::parse(const QString& number, InternationalNumber* out, QString* error)
{
    *out = InternationalNumber();
    static ParseInternationalFn fn = nullptr;
    static QString loadError;
    static const bool loaded = [] {
        fn = Module::function<ParseInternationalFn>("phonenumber", "mandatdesk_parse_international",
                                                    &loadError);
        return fn != nullptr;
    }();
    if (!loaded) {
        *error = loadError;
        return false;
    }
    fn(number, out);
    return true;
}

} // namespace Mandat
