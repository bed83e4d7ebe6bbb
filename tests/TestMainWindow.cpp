#include "DossierListModel.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "store/Profile.h"

#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsEmptyAndShowsDossiers();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
}

void TestMainWindow::startsEmptyAndShowsDossiers()
{
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY2(profile.open(dir.path(), &error), qPrintable(error));

    MainWindow window(profile);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QLatin1String("MandatDesk")));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("stack"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));

    Dossier d;
    d.name = QStringLiteral("Campagne");
    d.client.legalName = QStringLiteral("ACME");
    d.client.siren = QStringLiteral("518452750");
    d.numbers = { QStringLiteral("+33162123456") };
    QVERIFY(profile.dossiers().createDossier(d, {}, &error));
    window.reload();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
    auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, DossierListModel::Numbers).data().toString(),
             QStringLiteral("01 62 12 34 56"));
    QVERIFY(window.close());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
