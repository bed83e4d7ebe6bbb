#include "MainWindow.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "store/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MandatDesk"));
    QApplication::setApplicationName(QStringLiteral("MandatDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MandatDesk"));
    QApplication::setApplicationVersion(QStringLiteral(MANDATDESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Use the profile in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: fr or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after MS milliseconds (smoke tests)."),
        QStringLiteral("MS"));
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.addOption(quitOption);
    parser.process(app);

    Translations::install(parser.value(langOption));

    Profile profile;
    QString error;
    if (!profile.open(parser.value(profileOption), &error)) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "MandatDesk"),
            QCoreApplication::translate("main", "The profile cannot be opened.\n\n%1").arg(error));
        return 1;
    }

    MainWindow window(profile);
    window.show();
    if (parser.isSet(quitOption)) {
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    }
    return app.exec();
}
