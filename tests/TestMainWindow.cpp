// The main window over a real profile: empty state, the list with its columns, search in
// every notation, status filters with live counts, updates without reload, reminders.
#include "DossierFilterModel.h"
#include "DossierListModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReadinessWorker.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsEmptyAndShowsDossiers();
    void searchMatchesEveryNotation_data();
    void searchMatchesEveryNotation();
    void statusFiltersCountLive();
    void editsUpdateOneRow();
    void remindsOfMandatesEndingSoon();
    void windowStateIsRestored();

private:
    FixedClock* m_clock = nullptr;
    QTemporaryDir m_demoDir;
    QScopedPointer<Profile> m_demo;
};

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
    QVERIFY(window.close());
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

void TestMainWindow::statusFiltersCountLive()
{
    MemoryCredentialStore credentials;
    MainWindow window(*m_demo, &credentials);
    window.show();
    // 40 demo dossiers cycle through 10 kinds: 4 not submitted, 1 queued + 1 under review, 1 rejected,
    // 1 valid, 1 expiring soon, 1 expired in each ten.
    const auto counts = window.filterModel()->counts();
    QCOMPARE(counts[DossierListModel::NotSubmitted], 16);
    QCOMPARE(counts[DossierListModel::InProgress], 8);
    QCOMPARE(counts[DossierListModel::Rejected], 4);
    QCOMPARE(counts[DossierListModel::Valid], 8); // valid, expiring soon included
    QCOMPARE(counts[DossierListModel::ExpiringSoon], 4);
    QCOMPARE(counts[DossierListModel::Expired], 4);
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
    QCOMPARE(Settings::instance().lastReminderDay(), m_clock->today());
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
