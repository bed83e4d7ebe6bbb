// mandatdesk-cli: runs `check`, `help` and `--version` itself, with Qt Core and Poppler's C++
// interface only; every other command is in the module libmandatdesk_cli.so, loaded for it.
// A start pays for what its command uses (issue 15: `check` of a PDF next to pdftotext).
#include "Cli.h"
#include "CliSupport.h"
#include "core/Module.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

using namespace Mandat;

int main(int argc, char* argv[])
{
    const char* command = CliSupport::commandWord(argc, argv);
    if (command && std::strcmp(command, "check") != 0 && std::strcmp(command, "help") != 0) {
        QString error;
        const auto commands = Module::function<int (*)(int, char**)>("cli", "mandatdesk_cli_main", &error);
        if (!commands) {
            std::fprintf(stderr, "mandatdesk-cli: %s\n", error.toLocal8Bit().constData());
            return CliBase::Usage;
        }
        return commands(argc, argv);
    }
    QCoreApplication app(argc, argv);
    CliSupport::setApplicationNames();
    return CliBase::runOnConsole<CliBase>();
}
