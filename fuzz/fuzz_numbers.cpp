// The number finder: the phone numbers written in an invoice's text (anything a stranger sent).
#include "FuzzCheck.h"
#include "numbering/NumberClassifier.h"

#include <QString>
#include <cstddef>
#include <cstdint>

using namespace Mandat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const NumberClassifier& classifier = NumberClassifier::builtIn();
    for (const NumberClassifier::Found& f : classifier.findNumbers(text)) {
        MANDAT_FUZZ_CHECK(f.start >= 0 && f.start + f.raw.size() <= text.size());
        MANDAT_FUZZ_CHECK(text.mid(f.start, f.raw.size()) == f.raw);
        MANDAT_FUZZ_CHECK(f.e164.startsWith(u'+'));
        // What was found reads back as the same number.
        MANDAT_FUZZ_CHECK(classifier.classify(f.e164).e164 == f.e164);
    }
    const NumberClassification whole = classifier.classify(text.left(64));
    MANDAT_FUZZ_CHECK(!whole.valid || whole.e164.startsWith(u'+'));
    return 0;
}
