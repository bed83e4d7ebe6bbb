#include "Cli.h"

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
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (a[0] == '-' && a[1] == '-') {
            if (!std::strcmp(a, "--profile") || !std::strcmp(a, "--today") || !std::strcmp(a, "--lang"))
                ++i; // its value
            continue;
        }
        return !std::strcmp(a, "print") || !std::strcmp(a, "export-pdf") || !std::strcmp(a, "fill");
    }
    return false;
}
} // namespace

} // namespace Mandat

using namespace Mandat;

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsPainting(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("MandatDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MandatDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
