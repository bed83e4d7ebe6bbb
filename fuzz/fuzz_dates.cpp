// The French date finder and the roles of the dates it finds (what a document's text says, as
// Poppler or OCR read it: anything).
#include "FuzzCheck.h"
#include "documents/DateRoles.h"
#include "documents/FrenchDates.h"

#include <QString>
#include <cstddef>
#include <cstdint>

using namespace Mandat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0; // a page's text is smaller; longer inputs only slow the search down
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const FrenchDates::Match& m : FrenchDates::find(text)) {
        MANDAT_FUZZ_CHECK(m.date.isValid());
        MANDAT_FUZZ_CHECK(m.start >= 0 && m.length > 0 && m.start + m.length <= text.size());
    }
    for (const DateRoles::Found& f : DateRoles::classify(text))
        MANDAT_FUZZ_CHECK(f.start >= 0 && f.start <= text.size());
    for (const Document::Kind kind :
         { Document::Kind::Kbis, Document::Kind::Invoice, Document::Kind::SignedMandate }) {
        const DateRoles::Result r = DateRoles::issueDate(text, kind);
        MANDAT_FUZZ_CHECK(!r.date.isValid() || (r.start >= 0 && r.start <= text.size()));
    }
    return 0;
}
