// The main window over a real profile: empty state, the list with its columns, search in
// every notation, status filters with live counts, updates without reload, reminders.
#include "CsvImportWizard.h"
#include "DocumentPreview.h"
#include "DossierEditor.h"
#include "DossierFilterModel.h"
#include "DossierFixtures.h"
#include "DossierListModel.h"
#include "FileDialog.h"
#include "Fixtures.h"
#include "GenerateMandateDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProviderDialog.h"
#include "ReadinessWorker.h"
#include "RecordDecisionDialog.h"
#include "SettingsDialog.h"
#include "TemplateMappingDialog.h"
#include "WindowFixture.h"
#include "bundle/DossierArchive.h"
#include "checks/DocumentCheck.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "documents/DocumentReader.h"
#include "documents/FrenchDates.h"
#include "store/DossierSummaries.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"
#include "sync/Outbox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Mandat;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsEmptyAndShowsDossiers();
    void welcomeMarksTheCompanyDone();
    void demoQueuedDossierCanBeSent();
    void demoOpensInItsOwnProfile();
    void everyWindowFitsTheLaptopScreen();
    void searchMatchesEveryNotation_data();
    void searchMatchesEveryNotation();
    void statusFiltersCountLive();
    void typingNarrowsAmongPreviousMatches();
    void editsUpdateOneRow();
    void largeBookOpensOnItsFirstScreen();
    void submitQueuesOnlyTheReadyOnes();
    void remindsOfMandatesEndingSoon();
    void windowStateIsRestored();
    void importCsvThroughTheWizard();
    void importArchiveAsksBeforeReplacing();
    void exportsAuthorisedNumbersAsCsvAndPdf();
    void documentInTheWrongSlotSaysSoFirst();
    void listFitsTheLaptopScreen_data();
    void listFitsTheLaptopScreen();
    void submitMessageOutlivesTheSync();

private:
    FixedClock* m_clock = nullptr;
    QTemporaryDir m_demoDir;
    QScopedPointer<Profile> m_demo;
};

namespace {
// Whether this process has mapped a shared library whose file name starts with `name`.
bool mapsLibrary(const char* name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray path = QByteArray("/") + name;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.contains(path))
            return true;
    }
    return false;
}
} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::createTempFileInstance();
    Translations::install(QStringLiteral("en"));
    m_clock = new FixedClock(QDate(2026, 11, 23));
    Clock::setInstance(m_clock);
    m_demo.reset(new Profile);
    QString error;
    QVERIFY2(m_demo->open(m_demoDir.path(), &error), qPrintable(error));
    QVERIFY2(DemoData::populate(*m_demo, 40, &error), qPrintable(error));
}

void TestMainWindow::startsEmptyAndShowsDossiers()
{
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY2(profile.open(dir.path(), &error), qPrintable(error));
    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QLatin1String("MandatDesk")));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("stack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("step1Text"))->isVisible());

    Dossier d;
    d.name = QStringLiteral("Campagne");
    d.client.legalName = QStringLiteral("ACME");
    d.client.siren = QStringLiteral("518452750");
    d.numbers = { QStringLiteral("+33162123456"), QStringLiteral("+590590123456") };
    QVERIFY(profile.dossiers().createDossier(d, {}, &error));
    window.dossierModel()->refresh(d.id);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, DossierListModel::Numbers).data().toString(),
             QStringLiteral("01 62 12 34 56, 0590 12 34 56"));
    QCOMPARE(view->model()->index(0, DossierListModel::Status).data().toString(),
             DossierStatus::label(DossierStatus::NotSubmitted));
    // Readiness comes from the worker thread: missing documents.
    view->model()->index(0, DossierListModel::Readiness).data();
    QTRY_VERIFY(window.dossierModel()->readiness(0));
    QCOMPARE(view->model()->index(0, DossierListModel::Readiness).data().toString(),
             QStringLiteral("3 problems"));
    // Issue 15: a window that lists and checks dossiers has not mapped qpdf; it comes with the
    // first form drawn (libmandatdesk_pdfforms.so).
    QVERIFY(mapsLibrary("libQt6Widgets")); // the maps are read
    QVERIFY(!mapsLibrary("libqpdf"));
    QVERIFY(!mapsLibrary("libmandatdesk_pdfforms"));
    QVERIFY(window.close());
}

void TestMainWindow::welcomeMarksTheCompanyDone()
{
    // Issue 14.11: once the company is saved from the welcome page, its step says so.
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY2(profile.open(dir.path(), &error), qPrintable(error));
    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* step = window.findChild<QGroupBox*>(QStringLiteral("step1"));
    auto* button = window.findChild<QPushButton*>(QStringLiteral("providerButton"));
    QCOMPARE(step->title(), QStringLiteral("1. Your company"));
    QCOMPARE(button->text(), QStringLiteral("Enter your company…"));
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("legalNameEdit")),
                         QStringLiteral("Horizon Contact"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("sirenEdit")),
                         QStringLiteral("732 829 320"));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        filled = true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(step->title(), QStringLiteral("1. Your company ✔"));
    QVERIFY2(window.findChild<QLabel*>(QStringLiteral("step1Text"))
                 ->text()
                 .contains(QLatin1String("Horizon Contact")),
             qPrintable(window.findChild<QLabel*>(QStringLiteral("step1Text"))->text()));
    QCOMPARE(button->text(), QStringLiteral("Edit your company…"));
    // Opened again, the window remembers it.
    MainWindow again(profile, &credentials);
    QCOMPARE(again.findChild<QGroupBox*>(QStringLiteral("step1"))->title(),
             QStringLiteral("1. Your company ✔"));
}

void TestMainWindow::demoQueuedDossierCanBeSent()
{
    // Issue 14.2: a demo dossier "waiting to be sent" had nothing in its queue, and both
    // Submit and Retry were disabled for good. It has its outbox item: Retry sends it.
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QUuid queued;
    for (const Dossier& d : m_demo->dossiers().dossiers(&error))
        if (d.status == DossierStatus::Queued)
            queued = d.id;
    QVERIFY(!queued.isNull());
    DossierEditor* editor = window.openDossier(queued);
    QVERIFY(editor);
    auto* outbox = editor->findChild<QTableView*>(QStringLiteral("outboxTable"));
    QCOMPARE(outbox->model()->rowCount(), 1);
    QCOMPARE(outbox->model()->index(0, 1).data().toString(), QStringLiteral("Queued"));
    auto* retry = editor->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry->isEnabled());
    editor->close();
}

void TestMainWindow::demoOpensInItsOwnProfile()
{
    // Issue 14.4: "Try the demo" on the user's profile adds nothing to it: the demo opens in a
    // window of its own, on the demo's own profile, where it fills in.
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY2(profile.open(dir.path(), &error), qPrintable(error));
    MemoryCredentialStore credentials;
    QString program;
    QStringList arguments;
    MainWindow::setLauncher([&](const QString& p, const QStringList& a) {
        program = p;
        arguments = a;
        return true;
    });
    {
        MainWindow window(profile, &credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("demoButton")), Qt::LeftButton);
        QCOMPARE(program, QCoreApplication::applicationFilePath());
        QCOMPARE(arguments,
                 (QStringList { QStringLiteral("--profile"), Profile::demoDirectory(),
                                QStringLiteral("--demo") }));
        QCOMPARE(profile.dossiers().dossierCount(), 0);
        QVERIFY(!window.windowTitle().contains(QLatin1String("demo")));
    }
    MainWindow::setLauncher({});
    // On the demo's profile (under the test-mode data folder), the same action fills it.
    QDir(Profile::demoDirectory()).removeRecursively();
    {
        Profile demo;
        QVERIFY2(demo.open(Profile::demoDirectory(), &error), qPrintable(error));
        QVERIFY(demo.isDemo());
        MainWindow window(demo, &credentials);
        window.show();
        QVERIFY(window.windowTitle().contains(QLatin1String("demo")));
        window.findChild<QAction*>(QStringLiteral("actionDemo"))->trigger();
        QCOMPARE(demo.dossiers().dossierCount(), DemoData::defaultCount);
    }
    QVERIFY(QDir(Profile::demoDirectory()).removeRecursively());
}

void TestMainWindow::everyWindowFitsTheLaptopScreen()
{
    // Issue 14.3: on a 1366×768 screen (the tests' screen, tests/support/laptop-screen.json)
    // every window and dialog lies within the available area, title bar room included, and
    // comes back at the size the user gave it.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.size(), QSize(1366, 768));
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    const Dossier dossier = m_demo->dossiers().dossiers(&error).first();
    auto fits = [&](QWidget* w) {
        w->show();
        QApplication::processEvents();
        const QRect g = w->geometry();
        const bool inside = g.width() <= available.width() - 16 && g.height() <= available.height() - 48
            && g.left() >= available.left() && g.top() >= available.top();
        if (!inside)
            qWarning() << w->metaObject()->className() << "does not fit:" << g;
        return inside;
    };
    QVERIFY(fits(&window));
    {
        SettingsDialog d(*m_demo, window.portalSession(), &window);
        QVERIFY(fits(&d));
    }
    {
        ProviderDialog d(m_demo->dossiers(), &window);
        QVERIFY(fits(&d));
    }
    {
        CsvImportWizard d(*m_demo, &window);
        QVERIFY(fits(&d));
    }
    {
        GenerateMandateDialog d(*m_demo, dossier, &window);
        QVERIFY(fits(&d));
    }
    {
        RecordDecisionDialog d(*m_demo, dossier, &window);
        QVERIFY(fits(&d));
    }
    {
        TemplateMappingDialog d(*m_demo, &window);
        QVERIFY(fits(&d));
    }
    QSize given;
    {
        DocumentPreview d(*m_demo, dossier.id, &window);
        QVERIFY(fits(&d));
        given = d.size() + QSize(60, 10); // the user widens it a little
        d.resize(given);
        d.close();
    }
    {
        DocumentPreview d(*m_demo, dossier.id, &window);
        QVERIFY(fits(&d));
        QCOMPARE(d.size(), given); // as the user left it
    }
    DossierEditor* editor = window.openDossier(dossier.id);
    QVERIFY(editor);
    QVERIFY(fits(editor));
    editor->close();
}

void TestMainWindow::searchMatchesEveryNotation_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("found");
    QTest::newRow("name word") << "boulangerie" << true;
    QTest::newRow("accents folded") << "lefevre" << true;
    QTest::newRow("two words") << "garage dupont" << true;
    QTest::newRow("national spaced") << "01 62 45 00 00" << true;
    QTest::newRow("national dots") << "01.62.45.00.00" << true;
    QTest::newRow("international") << "+33 1 62 45 00 00" << true;
    QTest::newRow("international (0)") << "+33 (0)1 62 45 00 00" << true;
    QTest::newRow("0033") << "0033162450000" << true;
    QTest::newRow("siren spaced") << "310 158 381" << true;
    QTest::newRow("unknown number") << "03 99 99 99 99" << false;
    QTest::newRow("unknown word") << "zzzz" << false;
}

void TestMainWindow::searchMatchesEveryNotation()
{
    QFETCH(QString, search);
    QFETCH(bool, found);
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    QAbstractItemModelTester tester(window.filterModel());
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(edit, search);
    QCOMPARE(window.filterModel()->rowCount() > 0, found);
    // The first demo dossier (Boulangerie Dupont, 01 62 45 00 00, SIREN 310158381) in the number cases.
    if (found && search.contains(QLatin1String("62 45")))
        QCOMPARE(window.filterModel()->index(0, DossierListModel::Client).data().toString(),
                 QStringLiteral("Boulangerie Dupont"));
    edit->clear();
    QCOMPARE(window.filterModel()->rowCount(), 40);
}

// Issue 15: a key that narrows the search filters only the previous matches, a status filter
// only the search's; each step shows exactly what a search of the whole list would, in the
// column's order, and the dossier selected stays selected while it is shown.
void TestMainWindow::typingNarrowsAmongPreviousMatches()
{
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.filterModel());
    DossierListModel* source = window.dossierModel();
    QAbstractItemModel* shown = window.filterModel();
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    view->sortByColumn(DossierListModel::Client, Qt::DescendingOrder);

    // What a search of the whole list shows: the rows whose folded name and client hold every word.
    auto expected = [&](const QString& search, int group) {
        QList<QPair<QString, QUuid>> rows;
        const QStringList words = FrenchDates::fold(search).split(u' ', Qt::SkipEmptyParts);
        for (int r = 0; r < source->rowCount(); ++r) {
            const DossierSummary& summary = source->summary(r);
            const QString text = FrenchDates::fold(summary.name + u'\n' + summary.client);
            const bool all = std::all_of(words.cbegin(), words.cend(),
                                         [&](const QString& w) { return text.contains(w); });
            const int g = source->group(r);
            if (all
                && (group < 0 || g == group
                    || (group == StatusGroup::Valid && g == StatusGroup::ExpiringSoon)))
                rows.append({ FrenchDates::fold(source->summary(r).client), source->dossierId(r) });
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        QList<QUuid> ids;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            ids.append(it->second);
        return ids;
    };
    auto actual = [&] {
        QList<QUuid> ids;
        for (int r = 0; r < shown->rowCount(); ++r)
            ids.append(shown->index(r, 0).data(DossierListModel::IdRole).toUuid());
        return ids;
    };
    // Typed one key at a time, then taken back, then other words.
    QString typed;
    for (const QString& key : { QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("p"),
                                QStringLiteral(" "), QStringLiteral("g"), QStringLiteral("a") }) {
        QTest::keyClicks(edit, key);
        typed += key;
        QCOMPARE(actual(), expected(typed, -1));
    }
    QVERIFY(!actual().isEmpty()); // Garage Dupont
    view->selectRow(0);
    const QUuid selected = shown->index(0, 0).data(DossierListModel::IdRole).toUuid();
    QTest::keyClick(edit, Qt::Key_Backspace); // "dup g": wider again
    typed.chop(1);
    QCOMPARE(actual(), expected(typed, -1));
    QVERIFY(actual().size() > 1); // others came back: the selected one stays selected
    QCOMPARE(view->currentIndex().data(DossierListModel::IdRole).toUuid(), selected);
    QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("filterValid")), Qt::LeftButton);
    QCOMPARE(actual(), expected(typed, StatusGroup::Valid));
    QTest::keyClicks(edit, QStringLiteral("arage"));
    typed += QStringLiteral("arage");
    QCOMPARE(actual(), expected(typed, StatusGroup::Valid));
    QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("filterAll")), Qt::LeftButton);
    QCOMPARE(actual(), expected(typed, -1));
    edit->clear();
    QCOMPARE(actual(), expected(QString(), -1));
    QCOMPARE(shown->rowCount(), 40);

    // A dossier edited elsewhere leaves the search it no longer matches, at once.
    QTest::keyClicks(edit, QStringLiteral("garage"));
    const QUuid first = shown->index(0, 0).data(DossierListModel::IdRole).toUuid();
    Dossier d = *m_demo->dossiers().dossier(first, nullptr);
    const QString oldName = d.name, oldClient = d.client.legalName;
    d.name = QStringLiteral("Renamed");
    d.client.legalName = QStringLiteral("Autre société");
    QString error;
    QVERIFY2(m_demo->dossiers().updateDossier(d, &error), qPrintable(error));
    source->refresh(first);
    QCOMPARE(actual(), expected(QStringLiteral("garage"), -1));
    QVERIFY(!actual().contains(first));
    d.name = oldName;
    d.client.legalName = oldClient;
    QVERIFY(m_demo->dossiers().updateDossier(d, &error));
    source->refresh(first);
    QVERIFY(actual().contains(first));
}

void TestMainWindow::statusFiltersCountLive()
{
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    // 40 demo dossiers cycle through 10 kinds: 4 not submitted, 1 queued + 1 under review, 1 rejected,
    // 1 valid, 1 expiring soon, 1 expired in each ten.
    const auto counts = window.filterModel()->counts();
    QCOMPARE(counts[StatusGroup::NotSubmitted], 16);
    QCOMPARE(counts[StatusGroup::InProgress], 8);
    QCOMPARE(counts[StatusGroup::Rejected], 4);
    QCOMPARE(counts[StatusGroup::Valid], 8); // valid, expiring soon included
    QCOMPARE(counts[StatusGroup::ExpiringSoon], 4);
    QCOMPARE(counts[StatusGroup::Expired], 4);
    auto* rejected = window.findChild<QToolButton*>(QStringLiteral("filterRejected"));
    QCOMPARE(rejected->text(), QStringLiteral("Rejected (4)"));
    QTest::mouseClick(rejected, Qt::LeftButton);
    QCOMPARE(window.filterModel()->rowCount(), 4);
    for (int r = 0; r < 4; ++r)
        QCOMPARE(window.filterModel()->index(r, DossierListModel::Status).data().toString(),
                 DossierStatus::label(DossierStatus::Rejected));
    // The counts follow the search.
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("searchEdit")),
                     QStringLiteral("Menuiserie"));
    QCOMPARE(rejected->text(), QStringLiteral("Rejected (2)")); // Menuiserie 6 and 36; 21 is not rejected
    QCOMPARE(window.findChild<QToolButton*>(QStringLiteral("filterAll"))->text(), QStringLiteral("All (3)"));
    QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("filterExpiringSoon")), Qt::LeftButton);
    QCOMPARE(window.filterModel()->rowCount(), 0);
    QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("filterAll")), Qt::LeftButton);
    QCOMPARE(window.filterModel()->rowCount(), 3);

    // Sorting by the status column groups the badges.
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    view->sortByColumn(DossierListModel::Status, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, DossierListModel::Status).data().toString(),
             DossierStatus::label(DossierStatus::NotSubmitted));
    QCOMPARE(view->model()->index(39, DossierListModel::Status).data().toString(),
             DossierStatus::label(DossierStatus::Expired));
}

void TestMainWindow::largeBookOpensOnItsFirstScreen()
{
    // Above 60 dossiers (2,000 in the field) the window shows the first 25 at once and reads
    // the others on a thread; the list then holds what a whole reading would, in its order.
    // The rows the thread reads wait for the test's word before they join the list: what
    // happens meanwhile does not depend on the machine's speed.
    DossierListModel::setBackgroundLoading(60, 25);
    QSemaphore gate;
    DossierListModel::setLoaderGate(&gate);
    auto restore = qScopeGuard([] {
        DossierListModel::setBackgroundLoading(2000, 300);
        DossierListModel::setLoaderGate(nullptr);
    });
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY(profile.open(dir.path(), &error));
    QVERIFY(DemoData::populate(profile, 150, &error));
    const QList<DossierSummary> whole = DossierSummaries::all(profile.database(), &error);
    QCOMPARE(whole.size(), 150);
    const DossierSummary& late = whole.at(140); // beyond the first screen
    const DossierSummary& gone = whole.at(100); // deleted while the thread reads
    const DossierSummary& renamed = whole.at(10); // on the first screen, edited meanwhile

    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DossierListModel* model = window.dossierModel();
    QAbstractItemModelTester tester(window.filterModel());
    QSignalSpy loaded(model, &DossierListModel::loaded);
    QVERIFY(model->isLoading());
    QCOMPARE(model->rowCount(), 25);
    QCOMPARE(model->expectedRows(), 150);
    QCOMPARE(model->dossierId(0), whole.first().id);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("25 of 150")),
             qPrintable(window.statusBar()->currentMessage()));

    // Searching while the list is read: what comes later joins the search.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setText(late.name);
    Dossier edited = *profile.dossiers().dossier(renamed.id, &error);
    edited.name = QStringLiteral("Renommé pendant la lecture");
    QVERIFY(profile.dossiers().updateDossier(edited, &error));
    model->refresh(renamed.id);
    QVERIFY(profile.dossiers().deleteDossier(gone.id, &error));
    model->refresh(gone.id);

    gate.release(1000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model->rowCount(), 149);
    QCOMPARE(model->rowOf(gone.id), -1);
    QCOMPARE(model->summary(model->rowOf(renamed.id)).name, QStringLiteral("Renommé pendant la lecture"));
    for (int r = 0, w = 0; w < whole.size(); ++w) {
        if (whole.at(w).id == gone.id)
            continue;
        QCOMPARE(model->dossierId(r++), whole.at(w).id);
    }
    QVERIFY(window.filterModel()->rowCount() >= 1);
    QCOMPARE(window.filterModel()->index(0, DossierListModel::Name).data().toString(), late.name);
    QVERIFY2(!window.statusBar()->currentMessage().contains(QLatin1String("Reading")),
             qPrintable(window.statusBar()->currentMessage()));

    // Reading again (an import) while a reading goes on stops the first: nothing twice.
    QString reloadError;
    QVERIFY(model->reload(&reloadError));
    QVERIFY(model->isLoading());
    QVERIFY(model->reload(&reloadError));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    QCOMPARE(model->rowCount(), 149);
    QCOMPARE(loaded.count(), 2);
}

void TestMainWindow::editsUpdateOneRow()
{
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY(profile.open(dir.path(), &error));
    QVERIFY(DemoData::populate(profile, 12, &error));
    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    DossierListModel* model = window.dossierModel();
    QAbstractItemModelTester tester(model);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QUuid id = model->dossierId(3);
    Dossier d = *profile.dossiers().dossier(id, &error);
    d.name = QStringLiteral("Renommé");
    QVERIFY(profile.dossiers().updateDossier(d, &error));
    model->refresh(id);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model->index(3, DossierListModel::Name).data().toString(), QStringLiteral("Renommé"));
    QVERIFY(profile.dossiers().deleteDossier(id, &error));
    model->refresh(id);
    QCOMPARE(model->rowCount(), 11);
    QCOMPARE(model->rowOf(id), -1);
    QCOMPARE(model->rowOf(model->dossierId(3)), 3);
    QCOMPARE(resets.count(), 0);

    // Deleting from the window asks first; "No" keeps the dossier.
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    view->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    window.deleteSelected();
    QCOMPARE(model->rowCount(), 11);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.deleteSelected();
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(profile.dossiers().dossierCount(), 10);
}

void TestMainWindow::submitQueuesOnlyTheReadyOnes()
{
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY2(profile.open(dir.path(), &error), qPrintable(error));
    const std::optional<Dossier> ready
        = DossierFixtures::create(profile.dossiers(), QStringLiteral("Prêt"), m_clock->today(), &error);
    QVERIFY2(ready, qPrintable(error));
    const std::optional<Dossier> unready
        = DossierFixtures::create(profile.dossiers(), QStringLiteral("Sans mandat"), m_clock->today(), &error,
                                  DossierFixtures::Mandate::Missing);
    QVERIFY2(unready, qPrintable(error));
    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Both rows selected with the mouse: a click, then a Ctrl+click.
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    QCOMPARE(view->model()->rowCount(), 2);
    auto centre = [view](int row) {
        return view->visualRect(view->model()->index(row, DossierListModel::Name)).center();
    };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre(0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(1));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    auto* submit = window.findChild<QAction*>(QStringLiteral("actionSubmit"));
    QVERIFY(submit->isEnabled());

    // Two dossiers (issue 14.9): asked first, with which will go and which will not, and why.
    // "No" sends nothing.
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::No);
    submit->trigger();
    QCOMPARE(MessageBox::history().size(), 1);
    QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(QLatin1String("Send 1 dossier to the operator?")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Will be sent:\n• Prêt")), qPrintable(text));
    // The refused one, with its blocking problems in words, not only their number.
    QVERIFY2(text.contains(QStringLiteral("Will not be sent:\n• Sans mandat: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("The mandate signed and stamped by the client is missing.")),
             qPrintable(text));
    QCOMPARE(profile.dossiers().dossier(ready->id, nullptr)->status, DossierStatus::NotSubmitted);
    QVERIFY(Outbox(profile.database()).forDossier(ready->id).isEmpty());
    // "Yes" sends the ready one; the other was already explained, no second box.
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    submit->trigger();
    QCOMPARE(MessageBox::history().size(), 1);

    // What got queued: the ready dossier with its outbox item, and nothing else.
    Outbox outbox(profile.database());
    QCOMPARE(profile.dossiers().dossier(ready->id, nullptr)->status, DossierStatus::Queued);
    QCOMPARE(outbox.forDossier(ready->id).size(), 1);
    const Dossier after = *profile.dossiers().dossier(unready->id, nullptr);
    QCOMPARE(after.status, DossierStatus::NotSubmitted);
    QCOMPARE(after.history.size(), unready->history.size());
    QCOMPARE(outbox.forDossier(unready->id).size(), 0);
    QCOMPARE(outbox.pending().size(), 1);
    // The list shows it at once.
    const int row = window.dossierModel()->rowOf(ready->id);
    QCOMPARE(window.dossierModel()->index(row, DossierListModel::Status).data().toString(),
             DossierStatus::label(DossierStatus::Queued));
    QVERIFY(window.close());
}

void TestMainWindow::remindsOfMandatesEndingSoon()
{
    MemoryCredentialStore credentials;
    Settings::instance().setLastReminderDay(QDate());
    Settings::instance().setReminderDays(30);
    MainWindow window(*m_demo, &credentials);
    window.checkReminders();
    QVERIFY2(window.lastNotification().startsWith(QLatin1String("Mandates ending soon")),
             qPrintable(window.lastNotification()));
    QVERIFY2(window.lastNotification().contains(QLatin1String("3 other mandates end soon")),
             qPrintable(window.lastNotification()));
    // The soonest says which of its numbers leave the list of authorised numbers, or that they stay.
    QVERIFY2(window.lastNotification().contains(QLatin1String("the list of authorised numbers")),
             qPrintable(window.lastNotification()));
    QCOMPARE(Settings::instance().lastReminderDay(), m_clock->today());

    // Issue 14, cosmetic: the reminder is longer than the bar at 1366×768; it is not cut off
    // mid-word without a sign: it ends with "…" and the whole text is the bar's tooltip.
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checkReminders();
    QStatusBar* bar = window.statusBar();
    const QString whole = bar->toolTip();
    QVERIFY2(whole.contains(QLatin1String("the list of authorised numbers")), qPrintable(whole));
    const QString shown = bar->currentMessage();
    QVERIFY2(bar->fontMetrics().horizontalAdvance(shown) < bar->width(), qPrintable(shown));
    QVERIFY(bar->fontMetrics().horizontalAdvance(whole) >= bar->width()); // the case at hand
    QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    QVERIFY(whole.startsWith(shown.chopped(1)));
    // A narrower window elides it again for its new width.
    window.resize(900, 700);
    QTRY_COMPARE(bar->width(), window.width());
    const QString narrower = bar->currentMessage();
    QVERIFY2(bar->fontMetrics().horizontalAdvance(narrower) < bar->width(), qPrintable(narrower));
    QVERIFY(narrower.size() < shown.size());
    QVERIFY(whole.startsWith(narrower.chopped(1)));
}

void TestMainWindow::windowStateIsRestored()
{
    MemoryCredentialStore credentials;
    {
        MainWindow window(*m_demo, &credentials);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTableView*>(QStringLiteral("dossierView"))
            ->setColumnWidth(DossierListModel::Client, 321);
        QVERIFY(window.close());
    }
    MainWindow again(*m_demo, &credentials);
    QCOMPARE(again.size(), QSize(1200, 700));
    QCOMPARE(
        again.findChild<QTableView*>(QStringLiteral("dossierView"))->columnWidth(DossierListModel::Client),
        321);
}

void TestMainWindow::importCsvThroughTheWizard()
{
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY(profile.open(dir.filePath(QStringLiteral("profile")), &error));
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Soci\xe9t\xe9;Identifiant;Lignes\r\n" // Windows-1252; "Identifiant" is not recognised
               "Caf\xe9 du Port;518452750;01 62 12 34 56\r\n"
               "Mobile SARL;732829320;06 12 34 56 78\r\n");
    file.close();

    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    window.show();
    CsvImportWizard& wizard = *window.createCsvImportWizard();
    wizard.show();
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("fileEdit")), csv);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPage));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("fileInfo"))
                ->text()
                .contains(QLatin1String("Windows-1252")));
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("518452750"));
    // The SIREN column was not recognised: Next explains and stays.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPage));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("SIREN")));
    auto* box = qobject_cast<QComboBox*>(table->cellWidget(1, 2));
    box->setCurrentIndex(box->findData(int(CsvImport::Field::Siren)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PreviewPage));
    QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("previewSummary"))->text(),
             QStringLiteral("1 valid, 1 invalid, 0 duplicates, of 2 rows."));
    QCOMPARE(profile.dossiers().dossierCount(), 0); // nothing written by the check
    QSignalSpy imported(&wizard, &CsvImportWizard::imported);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::ImportPage));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(profile.dossiers().dossierCount(), 1);
    QCOMPARE(window.dossierModel()->rowCount(), 1);
    QCOMPARE(window.dossierModel()->summary(0).client, QStringLiteral("Café du Port"));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importResult"))
                ->text()
                .startsWith(QLatin1String("1 dossier imported.")));
    // The corrected mapping is remembered for the next file with these columns.
    CsvImport::Mapping remembered;
    QVERIFY(CsvImport::rememberedMapping(
        profile.database(),
        { QStringLiteral("Société"), QStringLiteral("Identifiant"), QStringLiteral("Lignes") }, &remembered));
    QCOMPARE(remembered.at(1), CsvImport::Field::Siren);
}

void TestMainWindow::importArchiveAsksBeforeReplacing()
{
    QTemporaryDir dir;
    QString error;
    QList<QUuid> ids;
    for (int r = 0; r < 3; ++r)
        ids.append(m_demo->dossiers().dossiers(&error).at(r).id);
    const QString zip = dir.filePath(QStringLiteral("three.zip"));
    DossierArchive::ExportSummary exported;
    QVERIFY2(DossierArchive::exportTo(*m_demo, ids, zip, &exported, &error), qPrintable(error));

    Profile profile;
    QVERIFY(profile.open(dir.filePath(QStringLiteral("profile")), &error));
    MemoryCredentialStore credentials;
    MainWindow window(profile, &credentials);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importArchive(zip);
    QCOMPARE(window.dossierModel()->rowCount(), 3);
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("3 dossiers imported.")),
             qPrintable(MessageBox::lastText()));
    // Again: the three are already here; "No" keeps them, and says so.
    Dossier d = *profile.dossiers().dossier(ids.first(), &error);
    d.name = QStringLiteral("Renamed");
    QVERIFY(profile.dossiers().updateDossier(d, &error));
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::No);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importArchive(zip);
    QCOMPARE(MessageBox::history().size(), 2);
    QVERIFY2(
        MessageBox::history().first().startsWith(QLatin1String("3 dossiers of the archive are already here")),
        qPrintable(MessageBox::history().first()));
    QCOMPARE(MessageBox::history().last(), QStringLiteral("0 dossiers imported."));
    QCOMPARE(profile.dossiers().dossier(ids.first(), &error)->name, QStringLiteral("Renamed"));
}

namespace {
// Opens the menu from the window's menu bar and clicks the action in it, as a user does.
bool clickMenuAction(MainWindow& window, const QString& menuName, QAction* action)
{
    auto* menu = window.findChild<QMenu*>(menuName);
    if (!menu || !menu->actions().contains(action))
        return false;
    QMenuBar* bar = window.menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return QTest::qWaitFor([menu] { return !menu->isVisible(); });
}

QString pdfText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    DocumentReader::Options textOnly;
    textOnly.ocr = false;
    DocumentReader::Text text;
    QString error;
    if (DocumentReader::read(file.readAll(), textOnly, &text, &error) != DocumentReader::Failure::None)
        return QStringLiteral("(unreadable: %1)").arg(error);
    return text.all().replace(u'\u00a0', u' ');
}
} // namespace

void TestMainWindow::exportsAuthorisedNumbersAsCsvAndPdf()
{
    QScopedPointer<QTemporaryDir> profileDir;
    QScopedPointer<Profile> profile;
    QScopedPointer<MemoryCredentialStore> credentials;
    QScopedPointer<MainWindow> window;
    QString error;
    QVERIFY2(WindowFixture::open(profileDir, profile, credentials, window, &error), qPrintable(error));
    // Today is 2026-11-23: two valid mandates, one ended on 2026-11-20 (its number is not listed).
    const std::optional<Dossier> acme = DossierFixtures::validated(
        profile->dossiers(), QStringLiteral("Prospection"), QStringLiteral("ACME"),
        QStringLiteral("518452750"), { QStringLiteral("+33162123456") }, QDate(2026, 5, 4), &error);
    QVERIFY2(acme, qPrintable(error));
    const std::optional<Dossier> bakery = DossierFixtures::validated(
        profile->dossiers(), QStringLiteral("Fournil"), QStringLiteral("Boulangerie Dupont"),
        QStringLiteral("310158381"), { QStringLiteral("+33977000001") }, QDate(2026, 2, 1), &error);
    QVERIFY2(bakery, qPrintable(error));
    const std::optional<Dossier> ended = DossierFixtures::validated(
        profile->dossiers(), QStringLiteral("Ancien"), QStringLiteral("ACME"), QStringLiteral("518452750"),
        { QStringLiteral("+33162999999") }, QDate(2025, 11, 20), &error);
    QVERIFY2(ended, qPrintable(error));
    QVERIFY(window->dossierModel()->reload(&error));
    auto* action = window->findChild<QAction*>(QStringLiteral("actionExportAuthorised"));
    QVERIFY(action);
    QTemporaryDir out;

    // CSV, chosen by the dialog's filter, from File → Export the list of authorised numbers….
    const QString csvPath = out.filePath(QStringLiteral("liste.csv"));
    FileDialog::setNextSaveFileName(csvPath, QStringLiteral("CSV, for a spreadsheet (*.csv)"));
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(clickMenuAction(*window, QStringLiteral("menuFile"), action));
    QCOMPARE(MessageBox::history().size(), 1);
    // (Plural forms come from the translations: checked up to them.)
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("2 authorised number")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String(" of 2 client")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("First list exported")),
             qPrintable(MessageBox::lastText()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(1).startsWith(QLatin1String("ACME;518452750;01 62 12 34 56;+33162123456;")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).startsWith(QLatin1String("Boulangerie Dupont;310158381;09 77 00 00 01;")),
             qPrintable(rows.at(2)));
    QVERIFY2(rows.at(2).contains(QLatin1String(";01/02/2026;01/02/2027;;added;")), qPrintable(rows.at(2)));
    QVERIFY(!bytes.contains("+33162999999"));

    // The bakery's dossier deleted from the window (Dossier → Delete…), then the PDF export
    // (the PDF filter, no extension typed): its number is revoked, to block.
    auto* view = window->findChild<QTableView*>(QStringLiteral("dossierView"));
    const int row
        = window->filterModel()
              ->mapFromSource(window->dossierModel()->index(window->dossierModel()->rowOf(bakery->id), 0))
              .row();
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(row, DossierListModel::Name)).center());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickMenuAction(*window, QStringLiteral("menuDossier"),
                            window->findChild<QAction*>(QStringLiteral("actionDeleteDossier"))));
    QCOMPARE(window->dossierModel()->rowCount(), 2);
    FileDialog::setNextSaveFileName(out.filePath(QStringLiteral("liste")),
                                    QStringLiteral("PDF, to send or print (*.pdf)"));
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(clickMenuAction(*window, QStringLiteral("menuFile"), action));
    QCOMPARE(MessageBox::history().size(), 1);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QLatin1String("Since the list for 23/11/2026: 0 added, 0 expired, 1 revoked.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("09 77 00 00 01 (Boulangerie Dupont): the dossier was deleted")),
             qPrintable(text));
    const QString pdfPath = out.filePath(QStringLiteral("liste.pdf"));
    QVERIFY(QFile::exists(pdfPath));
    const QString pdf = pdfText(pdfPath);
    QVERIFY2(pdf.contains(QLatin1String("Provider: Horizon Contact (SIREN 732 829 320)")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("ACME (SIREN 518 452 750)")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("01 62 12 34 56")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("Prospection")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("04/05/2026")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("04/05/2027")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("Revoked: 1 number")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QLatin1String("09 77 00 00 01")), qPrintable(pdf)); // in the revoked table
    QVERIFY2(pdf.contains(QLatin1String("the dossier was deleted")), qPrintable(pdf));
    QVERIFY2(!pdf.contains(QLatin1String("01 62 99 99 99")), qPrintable(pdf));

    // Cancelled dialog: nothing written, nothing asked.
    MessageBox::clearHistory();
    FileDialog::setNextSaveFileName(QString());
    QVERIFY(clickMenuAction(*window, QStringLiteral("menuFile"), action));
    QVERIFY(MessageBox::history().isEmpty());
    WindowFixture::close(window, profile);
}

void TestMainWindow::documentInTheWrongSlotSaysSoFirst()
{
    // Issue 14.10: an invoice dropped among the Kbis said "enter the date by hand" first and "not a
    // Kbis" only as a warning. Opened from the list, dropped on the Kbis zone: what it is comes first.
    QScopedPointer<QTemporaryDir> profileDir;
    QScopedPointer<Profile> profile;
    QScopedPointer<MemoryCredentialStore> credentials;
    QScopedPointer<MainWindow> window;
    QString error;
    QVERIFY2(WindowFixture::open(profileDir, profile, credentials, window, &error), qPrintable(error));
    Dossier d;
    d.name = QStringLiteral("Prospection");
    d.client.legalName = QStringLiteral("ACME TÉLÉCOM");
    d.client.siren = QStringLiteral("518452750");
    d.numbers = { QStringLiteral("+33162123456") };
    QVERIFY2(profile->dossiers().createDossier(d, {}, &error), qPrintable(error));
    QVERIFY(window->dossierModel()->reload(&error));

    auto* view = window->findChild<QTableView*>(QStringLiteral("dossierView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, DossierListModel::Name)).center());
    QTest::keyClick(view, Qt::Key_Return); // the dossier opens (Enter, or double-click)
    QTRY_COMPARE(window->findChildren<DossierEditor*>().size(), 1);
    DossierEditor* editor = window->findChildren<DossierEditor*>().first();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    const QString path = profileDir->filePath(QStringLiteral("facture-novembre.pdf"));
    QVERIFY(Fixtures::writeFile(path,
                                Fixtures::textPdf({ Fixtures::invoiceOperator(
                                    m_clock->today().addDays(-12), { QStringLiteral("01 62 12 34 56") }) })));
    auto* zone
        = editor->findChild<QWidget*>(QStringLiteral("dropZone_") + Document::kindCode(Document::Kind::Kbis));
    QVERIFY(zone);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = zone->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(zone, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 60000);

    // The list of problems starts with it, quoting the invoice's title.
    auto* problems = editor->findChild<QAbstractItemView*>(QStringLiteral("problemsList"));
    QVERIFY(problems);
    QTRY_VERIFY(problems->model()->rowCount() > 1);
    const QString first = problems->model()->index(0, 0).data().toString();
    QVERIFY2(first.contains(QStringLiteral("Facture n°")), qPrintable(first));
    QVERIFY(DocumentCheck::isWrongSlot(editor->report().problems.first()));
    QCOMPARE(editor->report().problems.first().message, first);
    QVERIFY(editor->report().problems.first().isBlocking());
    // So does the document's row.
    auto* documents = editor->findChild<QAbstractItemView*>(QStringLiteral("documentsTable"));
    QVERIFY(documents);
    QAbstractItemModel* rows = documents->model();
    QCOMPARE(rows->rowCount(), 1);
    bool rowSaysItFirst = false;
    for (int c = 0; c < rows->columnCount(); ++c)
        rowSaysItFirst = rowSaysItFirst || rows->index(0, c).data().toString().startsWith(first);
    QVERIFY2(rowSaysItFirst, qPrintable(first));
    // And the list's readiness, once computed again.
    QTRY_COMPARE(view->model()->index(0, DossierListModel::Readiness).data(Qt::ToolTipRole).toString(),
                 first);
    WindowFixture::close(window, profile);
}

namespace {
// The French catalogue over the English one the tests run in, and French dates, until destroyed.
class FrenchUi
{
public:
    bool install()
    {
        if (!m_translator.load(QStringLiteral(":/i18n/mandatdesk_fr.qm")))
            return false;
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        return true;
    }
    ~FrenchUi()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }

private:
    QTranslator m_translator;
    QLocale m_locale;
};
} // namespace

void TestMainWindow::listFitsTheLaptopScreen_data()
{
    QTest::addColumn<bool>("french");
    QTest::newRow("French") << true;
    QTest::newRow("English") << false;
}

void TestMainWindow::listFitsTheLaptopScreen()
{
    // Issue 14: at 1366×768 the list clipped "Valide jusqu'au" and "En attente d'…", scrolled
    // sideways, and the search field's hint ended in "(Ct…". First start: nothing saved.
    QFETCH(bool, french);
    FrenchUi ui;
    if (french)
        QVERIFY(ui.install());
    Settings::instance().setMainWindowGeometry({});
    Settings::instance().setMainWindowState({});
    Settings::instance().setDossierListState({});
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->headerData(DossierListModel::ValidUntil, Qt::Horizontal).toString(),
             french ? QStringLiteral("Valide jusqu'au") : QStringLiteral("Valid until"));
    // Every dossier's readiness, computed off the UI thread.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, DossierListModel::Readiness).data().toString() == QStringLiteral("…"))
                    return false;
            return true;
        }(),
        60000);
    QApplication::processEvents();
    // To look at it: MANDATDESK_SCREENSHOTS=DIR keeps a picture of the window.
    if (qEnvironmentVariableIsSet("MANDATDESK_SCREENSHOTS"))
        window.grab().save(qEnvironmentVariable("MANDATDESK_SCREENSHOTS")
                           + QStringLiteral("/main-%1.png").arg(french ? u"fr"_qs : u"en"_qs));

    // No sideways scrolling.
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("%1 wide for %2")
                            .arg(view->viewport()->width())
                            .arg(view->horizontalHeader()->length())));
    // The columns of short values show their header (with room for the sort arrow) and every value whole;
    // names, clients and numbers may be cut, with their whole text in the tooltip.
    QHeaderView* header = view->horizontalHeader();
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    for (int c : { DossierListModel::Siren, DossierListModel::Status, DossierListModel::Readiness,
                   DossierListModel::StaleOn, DossierListModel::ValidUntil, DossierListModel::Sync }) {
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(title)
                                .arg(header->sectionSize(c))
                                .arg(header->sectionSizeHint(c))));
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, c);
            const int needed = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
            QVERIFY2(view->columnWidth(c) >= needed,
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3, has %4")
                                    .arg(title, index.data().toString())
                                    .arg(needed)
                                    .arg(view->columnWidth(c))));
        }
    }
    // The search field's hint shows whole, beside the clear button.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QStyleOptionFrame frame;
    frame.initFrom(search);
    frame.rect = search->rect();
    frame.lineWidth = search->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, search);
    const QRect contents = search->style()
                               ->subElementRect(QStyle::SE_LineEditContents, &frame, search)
                               .marginsRemoved(search->textMargins());
    int clearButton = 0;
    for (QToolButton* b : search->findChildren<QToolButton*>())
        clearButton = qMax(clearButton, b->width());
    const int room = contents.width() - clearButton - 4; // QLineEdit's own 2-pixel margins
    QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) <= room,
             qPrintable(QStringLiteral("\"%1\" in %2 pixels").arg(search->placeholderText()).arg(room)));
}

void TestMainWindow::submitMessageOutlivesTheSync()
{
    // Issue 14: "1 dossier queued for the operator." was at once replaced by what the sync said.
    // Both are said: what was done, then what the sync did (here: no portal to send it to).
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY2(profile.open(dir.path(), &error), qPrintable(error));
    const std::optional<Dossier> ready
        = DossierFixtures::create(profile.dossiers(), QStringLiteral("Prêt"), m_clock->today(), &error);
    QVERIFY2(ready, qPrintable(error));
    MemoryCredentialStore credentials; // not logged in
    MainWindow window(profile, &credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, DossierListModel::Name)).center());
    MessageBox::clearHistory();
    window.findChild<QAction*>(QStringLiteral("actionSubmit"))->trigger();
    QCOMPARE(profile.dossiers().dossier(ready->id, nullptr)->status, DossierStatus::Queued);
    QVERIFY(MessageBox::history().isEmpty()); // one ready dossier: nothing to ask, nothing refused
    const QString shown = window.statusBar()->toolTip(); // whole, even if the bar shows it elided
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("1 dossier queued")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(shown.startsWith(QLatin1String("1 dossier queued for the operator.")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Not logged in to the portal")), qPrintable(shown));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
