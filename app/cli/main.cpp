#include "Cli.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MandatDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MandatDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(app.arguments());
    out.flush();
    err.flush();
    return code;
}
