#include "CsvImportWizard.h"
#include "DossierEditor.h"
#include "DossierListModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Walkthrough.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "store/Profile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QProgressDialog>
#include <QScreen>
#include <QTimer>

using namespace Mandat;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MandatDesk"));
    QApplication::setApplicationName(QStringLiteral("MandatDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MandatDesk"));
    QApplication::setApplicationVersion(QStringLiteral(MANDATDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.mandatdesk.MandatDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mandatdesk.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Use the profile in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: fr or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Fill a new profile with demo dossiers in every status."));
    const QCommandLineOption demoCountOption(
        QStringLiteral("demo-count"),
        QCoreApplication::translate("main", "How many demo dossiers (default 24)."), QStringLiteral("N"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size, WIDTHxHEIGHT."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QCoreApplication::translate("main", "Open the dossier ID (or a unique prefix of it)."),
        QStringLiteral("ID"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QCoreApplication::translate("main", "With --open: show the editor's tab N (1-3)."),
        QStringLiteral("N"));
    const QCommandLineOption showOption(
        QStringLiteral("show"),
        QCoreApplication::translate("main",
                                    "Open a window over the others: settings, or preview (the documents of "
                                    "the dossier given with --open)."),
        QStringLiteral("WINDOW"));
    const QCommandLineOption csvOption(QStringLiteral("import-csv"),
                                       QCoreApplication::translate("main", "Open the CSV import with FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption archiveOption(
        QStringLiteral("import-archive"),
        QCoreApplication::translate("main", "Import the dossier archive FILE."), QStringLiteral("FILE"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after MS milliseconds (smoke tests)."),
        QStringLiteral("MS"));
    const QCommandLineOption quitLoadedOption(
        QStringLiteral("quit-when-loaded"),
        QCoreApplication::translate("main", "Quit once the whole list of dossiers is read (benchmarks)."));
    const QCommandLineOption walkthroughOption(
        QStringLiteral("walkthrough"),
        QCoreApplication::translate("main",
                                    "Try this build: open a dossier (--open, or the first), generate its "
                                    "mandate, preview and print it into DIR, then quit."),
        QStringLiteral("DIR"));
    for (const QCommandLineOption& o :
         { profileOption, langOption, demoOption, demoCountOption, sizeOption, screenshotOption, openOption,
           tabOption, showOption, csvOption, archiveOption, quitOption, quitLoadedOption, walkthroughOption })
        parser.addOption(o);
    parser.process(app);

    Translations::install(parser.isSet(langOption) ? parser.value(langOption)
                                                   : Settings::instance().language());

    Profile profile;
    QString error;
    // The demo fills a profile of its own unless told which: the user's dossiers stay apart.
    const QString directory = parser.isSet(profileOption) ? parser.value(profileOption)
        : parser.isSet(demoOption)                        ? Profile::demoDirectory()
                                                          : QString();
    if (!profile.open(directory, &error)) {
        MessageBox::critical(
            nullptr, QCoreApplication::translate("main", "MandatDesk"),
            QCoreApplication::translate("main", "The profile cannot be opened.\n\n%1").arg(error));
        return 1;
    }
    if (parser.isSet(demoOption)) {
        if (profile.dossiers().dossierCount() > 0) {
            qCInfo(lcCore) << "--demo: the profile already holds dossiers; nothing added";
        } else {
            const int count = parser.isSet(demoCountOption) ? parser.value(demoCountOption).toInt()
                                                            : DemoData::defaultCount;
            QProgressDialog progress(QCoreApplication::translate("main", "Creating demo dossiers…"),
                                     QString(), 0, count);
            progress.setMinimumDuration(500);
            if (!DemoData::populate(profile, count, &error,
                                    [&progress](int done, int) { progress.setValue(done); })) {
                MessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "MandatDesk"),
                    QCoreApplication::translate("main", "The demo dossiers could not be created.\n\n%1")
                        .arg(error));
                return 1;
            }
        }
    }

    MainWindow window(profile);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.show();
    QWidget* shown = &window;
    if (parser.isSet(openOption)) {
        const std::optional<Dossier> d = profile.dossiers().findDossier(parser.value(openOption), &error);
        if (!d) {
            MessageBox::warning(&window, QCoreApplication::translate("main", "MandatDesk"), error);
        } else if (DossierEditor* editor = window.openDossier(d->id)) {
            if (parser.isSet(tabOption))
                editor->showTab(parser.value(tabOption).toInt() - 1);
            shown = editor;
        }
    }

    if (parser.value(showOption) == QLatin1String("settings")) {
        QTimer::singleShot(0, &window, &MainWindow::openSettings);
    } else if (parser.value(showOption) == QLatin1String("preview")) {
        if (auto* preview = shown->findChild<QAbstractButton*>(QStringLiteral("previewButton")))
            QTimer::singleShot(0, preview, &QAbstractButton::click);
    } else if (parser.isSet(showOption)) {
        qCWarning(lcCore) << "--show: unknown window" << parser.value(showOption);
    }

    if (parser.isSet(csvOption)) {
        CsvImportWizard* wizard = window.createCsvImportWizard();
        wizard->show();
        if (wizard->loadFile(parser.value(csvOption)))
            wizard->next();
        shown = wizard;
    }
    if (parser.isSet(archiveOption)) {
        const QString archive = parser.value(archiveOption);
        QTimer::singleShot(0, &window, [&window, archive] { window.importArchive(archive); });
    }

    if (parser.isSet(walkthroughOption)) {
        QUuid id = window.currentDossier();
        if (parser.isSet(openOption)) {
            if (const std::optional<Dossier> d
                = profile.dossiers().findDossier(parser.value(openOption), &error))
                id = d->id;
        } else if (window.dossierModel()->rowCount() > 0) {
            id = window.dossierModel()->dossierId(0);
        }
        Walkthrough* walkthrough = new Walkthrough(window, profile, parser.value(walkthroughOption), &window);
        QTimer::singleShot(0, &window, [walkthrough, id] { QApplication::exit(walkthrough->run(id)); });
        return app.exec();
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [shown, file] {
            // A dialog opened with --show is the picture; otherwise the window in front.
            QWidget* pictured = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : shown;
            if (!pictured->grab().save(file))
                qCWarning(lcCore) << "cannot save the screenshot to" << file;
            QApplication::quit();
        });
    } else if (!profile.dossiers().provider(&error) && profile.dossiers().dossierCount() == 0
               && !parser.isSet(quitOption) && !parser.isSet(quitLoadedOption)) {
        // First launch: the provider's identity, which every mandate needs.
        QTimer::singleShot(0, &window, &MainWindow::editProvider);
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    if (parser.isSet(quitLoadedOption)) {
        if (window.dossierModel()->isLoading())
            QObject::connect(window.dossierModel(), &DossierListModel::loaded, &app, &QApplication::quit,
                             Qt::QueuedConnection);
        else
            QTimer::singleShot(0, &app, &QApplication::quit);
    }
    return app.exec();
}
