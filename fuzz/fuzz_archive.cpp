// A whole archive imported into a profile: a .zip from a colleague, or from anyone. Every
// refusal must name its reason, and an import must bring exactly what its manifest lists.
#include "FuzzApp.h"
#include "FuzzCheck.h"
#include "bundle/DossierArchive.h"
#include "store/Profile.h"

#include <QFile>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Mandat;

namespace {
Profile& profile()
{
    static Profile* p = [] {
        auto* made = new Profile;
        QString error;
        if (!made->open(FuzzApp::instance().dir() + QStringLiteral("/profile"), &error)) {
            std::fprintf(stderr, "profile: %s\n", qPrintable(error));
            std::abort();
        }
        return made;
    }();
    return *p;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4 * 1024 * 1024)
        return 0;
    Profile& target = profile();
    const QString path = FuzzApp::instance().dir() + QStringLiteral("/input.zip");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    // Small limits: the refusals of a zip bomb are reached with small inputs too.
    DossierArchive::Limits limits;
    limits.maxEntries = 64;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    DossierArchive::ImportSummary summary;
    QString error;
    DossierArchive::Refusal refusal = DossierArchive::Refusal::None;
    const bool replace = size % 2 == 0;
    if (DossierArchive::importFrom(target, path, replace, &summary, &error, &refusal, limits)) {
        MANDAT_FUZZ_CHECK(refusal == DossierArchive::Refusal::None);
        for (const DossierArchive::ImportedDossier& d : std::as_const(summary.dossiers))
            MANDAT_FUZZ_CHECK(!d.id.isNull());
    } else {
        MANDAT_FUZZ_CHECK(!error.isEmpty());
        MANDAT_FUZZ_CHECK(refusal != DossierArchive::Refusal::None);
        MANDAT_FUZZ_CHECK(!DossierArchive::refusalCode(refusal).isEmpty());
    }
    return 0;
}
