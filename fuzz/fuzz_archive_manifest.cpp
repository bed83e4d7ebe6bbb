// An archive's manifest.json (docs/archive-format.md): JSON written by another machine, or by
// anyone who made a zip by hand.
#include "FuzzCheck.h"
#include "bundle/DossierArchive.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace Mandat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    int dossiers = -1, documents = -1;
    QString error;
    if (DossierArchive::readManifest(bytes, &dossiers, &documents, &error)) {
        MANDAT_FUZZ_CHECK(error.isEmpty());
        MANDAT_FUZZ_CHECK(dossiers >= 0 && documents >= 0);
    } else {
        MANDAT_FUZZ_CHECK(!error.isEmpty()); // a refusal says why
    }
    return 0;
}
