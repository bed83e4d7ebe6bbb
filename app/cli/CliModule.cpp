// libmandatdesk_cli.so: the commands of a profile, a template or the portal (Cli), which the
// mandatdesk-cli executable loads when one of them is asked for (main.cpp).
#include "Cli.h"
#include "CliSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

namespace Mandat {

namespace {
// Painting (print to PDF, annex pages, values drawn on a template) needs a GUI application;
// every other command starts lighter.
bool needsPainting(int argc, char* argv[])
{
    const char* command = CliSupport::commandWord(argc, argv);
    return command
        && (!std::strcmp(command, "print") || !std::strcmp(command, "export-pdf")
            || !std::strcmp(command, "fill"));
}
} // namespace

} // namespace Mandat

using namespace Mandat;

extern "C" Q_DECL_EXPORT int mandatdesk_cli_main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsPainting(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    CliSupport::setApplicationNames();
    return CliBase::runOnConsole<Cli>();
}
