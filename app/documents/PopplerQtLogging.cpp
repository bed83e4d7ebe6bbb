#include "PopplerQtLogging.h"

#include "core/Logging.h"

#include <poppler-qt6.h>

namespace Mandat {

namespace {
void popplerQtMessage(const QString& message, const QVariant&)
{
    qCDebug(lcDocuments) << "poppler:" << message;
}
} // namespace

void installPopplerQtLogging()
{
    static const bool installed = [] {
        Poppler::setDebugErrorFunction(popplerQtMessage, QVariant());
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Mandat
