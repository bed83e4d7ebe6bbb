// Build tool: writes MandatDesk's mandate template, embedded in the application.
//   make_mandate_template OUT.pdf
#include "MandateTemplate.h"

#include <QGuiApplication>
#include <QSaveFile>
#include <cstdio>

using namespace Mandat;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_mandate_template OUT.pdf\n");
        return 2;
    }
    QString error;
    const QByteArray pdf = MandateTemplate::generate(nullptr, &error);
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (pdf.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        std::fprintf(stderr, "cannot write the template: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
