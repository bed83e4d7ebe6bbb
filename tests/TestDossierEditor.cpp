// The dossier editor driven through its widgets, as a user would: a new dossier with its
// client and numbers, documents dropped on the zones, the checks shown, the mandate
// generated, the dossier submitted to a real portal on 127.0.0.1, its status coming back,
// and the renewal.
#include "ConflictDialog.h"
#include "DossierEditor.h"
#include "DossierFilterModel.h"
#include "DossierFixtures.h"
#include "DossierListModel.h"
#include "Fixtures.h"
#include "GenerateMandateDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PartyFixtures.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "RecordDecisionDialog.h"
#include "SettingsDialog.h"
#include "TestCertificates.h"
#include "WindowFixture.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "dossier/DossierDocumentsPage.h"
#include "dossier/DossierInfoPage.h"
#include "dossier/DossierTrackingPage.h"
#include "dossier/HistoryModel.h"
#include "dossier/OutboxModel.h"
#include "model/StatusGroup.h"
#include "store/DossierStore.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"
#include "sync/CredentialStore.h"
#include "sync/PortalSession.h"
#include "sync/Submission.h"
#include "sync/SyncEngine.h"
#include "templates/TemplateValues.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Mandat;

namespace {
// A portal over TLS on 127.0.0.1 with one account ("agent", "pw").
struct LocalPortal
{
    QTemporaryDir dir;
    QSslConfiguration tls;
    QSslCertificate ca;
    QScopedPointer<PortalStore> store;
    QScopedPointer<PortalServer> server;
    quint16 port = 0;

    bool start(QString* error)
    {
        if (!TestCertificates::make(dir.path(), &tls, &ca, error))
            return false;
        store.reset(new PortalStore(dir.filePath(QStringLiteral("portal.sqlite"))));
        if (!store->open(error)
            || !store->addUser(QStringLiteral("agent"), QStringLiteral("pw"), QStringLiteral("acme"), false,
                               true, error))
            return false;
        server.reset(new PortalServer(*store));
        port = server->listen(tls, QHostAddress::LocalHost, 0);
        return port != 0;
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }
};
} // namespace

class TestDossierEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createDossierWithNumbers();
    void invalidSirenShownAsTyped();
    void dropDocumentsShowsChecks();
    void invoiceOfAnotherCompanyShowsBothNames();
    void unsavedChangesAreAsked();
    void submitToPortalSeeStatusAndRenew();
    void confirmSignatureOnTheMandateRow();
    void recordTheOperatorsDecisionByHand();
    void pinTheServerKeyInSettings();
    void enterInPasswordLogsIn();
    void documentsTabCountsDocuments();
    void decidedDossierShowsWhatMatters();
    void disabledSubmitMnemonicTypesNothing();
    void everyPrintedClientValueCanBeEntered();
    void documentMovedToTheRightSlot();
    void readinessIsCheckedOffTheUiThread();
    void eachTabIsItsOwnPage();
    void numberNoteIsNotClipped();
    void anotherSeatsDossierAppearsInTheList();
    void shareDraftsFromTheSettings();
    void conflictResolvedInTheWindow();
    void documentRowsFitWhenReopened();

private:
    DossierEditor* newDossierThroughWindow();
    // Settings, Operator portal: address, the "agent" account, pinned authority, password, Log in.
    void logInThroughSettings(const QString& url, const QString& caPath, const QSslCertificate& ca);
    void fillClient(DossierEditor* e, const QString& name, const QString& siren);
    void addNumber(DossierEditor* e, const QString& number);
    void drop(DossierEditor* e, Document::Kind kind, const QStringList& paths);
    void selectDocumentRow(DossierEditor* e, const QString& fileName);
    void recordDecision(DossierEditor* e, DossierStatus::Status status, const QDate& on,
                        const QString& reason, bool reasonAskedFor = false);
    void confirmSignature(DossierEditor* e, const QString& fileName);
    QString write(const QString& name, const QByteArray& bytes);

    FixedClock* m_clock = nullptr;
    QTemporaryDir m_dir;
    QScopedPointer<QTemporaryDir> m_profileDir;
    QScopedPointer<Profile> m_profile;
    QScopedPointer<MemoryCredentialStore> m_credentials;
    QScopedPointer<MainWindow> m_window;
};

void TestDossierEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::createTempFileInstance();
    // The English of the interface, plural forms included ("82 days left").
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    m_clock = new FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(m_clock);
}

void TestDossierEditor::init()
{
    QString error;
    QVERIFY2(WindowFixture::open(m_profileDir, m_profile, m_credentials, m_window, &error),
             qPrintable(error));
}

void TestDossierEditor::cleanup()
{
    WindowFixture::close(m_window, m_profile);
}

QString TestDossierEditor::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    Fixtures::writeFile(path, bytes);
    return path;
}

void TestDossierEditor::logInThroughSettings(const QString& url, const QString& caPath,
                                             const QSslCertificate& ca)
{
    SettingsDialog settings(*m_profile, m_window->portalSession(), m_window.data());
    connect(&settings, &SettingsDialog::loggedIn, m_window.data(), &MainWindow::connectPortal);
    settings.show();
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("urlEdit")), url);
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("agent"));
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("caEdit")), caPath);
    QCOMPARE(settings.findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(),
             QStringLiteral("authority %1").arg(PortalSession::fingerprint(ca.toPem())));
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("pw"));
    QTest::mouseClick(settings.findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    QVERIFY2(m_window->portalSession().isLoggedIn(), qPrintable(MessageBox::lastText()));
    settings.accept();
}

DossierEditor* TestDossierEditor::newDossierThroughWindow()
{
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("newDossierButton"));
    if (!button || !button->isVisible())
        return m_window->newDossier();
    QTest::mouseClick(button, Qt::LeftButton);
    const QList<DossierEditor*> editors = m_window->findChildren<DossierEditor*>();
    return editors.isEmpty() ? nullptr : editors.last();
}

void TestDossierEditor::fillClient(DossierEditor* e, const QString& name, const QString& siren)
{
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Campagne ") + name);
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("clientNameEdit")), name);
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("sirenEdit")), siren);
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("representativeNameEdit")),
                     QStringLiteral("Élodie Durand"));
}

void TestDossierEditor::addNumber(DossierEditor* e, const QString& number)
{
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("numberEdit")), number);
    QTest::mouseClick(e->findChild<QPushButton*>(QStringLiteral("addNumberButton")), Qt::LeftButton);
}

void TestDossierEditor::drop(DossierEditor* e, Document::Kind kind, const QStringList& paths)
{
    auto* zone = e->findChild<QWidget*>(QStringLiteral("dropZone_") + Document::kindCode(kind));
    QVERIFY(zone);
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime.setUrls(urls);
    const QPoint at = zone->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(zone, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(!e->isBusy(), 60000);
}

// Clicks the document's row in the Documents tab, as a user would.
void TestDossierEditor::selectDocumentRow(DossierEditor* e, const QString& fileName)
{
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(e->findChild<QWidget*>(QStringLiteral("documentsTab")));
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    for (int row = 0; row < docs->rowCount(); ++row) {
        if (docs->item(row, 1)->text() != fileName)
            continue;
        const QRect cell = docs->visualItemRect(docs->item(row, 1));
        QTest::mouseClick(docs->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QVERIFY(docs->item(row, 1)->isSelected());
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + fileName));
}

void TestDossierEditor::confirmSignature(DossierEditor* e, const QString& fileName)
{
    selectDocumentRow(e, fileName);
    auto* button = e->findChild<QPushButton*>(QStringLiteral("confirmSignatureButton"));
    QVERIFY(button->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!e->isBusy()); // checked again on the worker thread
}

void TestDossierEditor::createDossierWithNumbers()
{
    DossierEditor* e = newDossierThroughWindow();
    QVERIFY(e);
    QVERIFY(QTest::qWaitForWindowExposed(e));
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518 452 750"));
    auto* sirenStatus = e->findChild<QLabel*>(QStringLiteral("sirenStatus"));
    QVERIFY2(sirenStatus->text().contains(QLatin1String("valid")), qPrintable(sirenStatus->text()));
    QCOMPARE(e->findChild<QLabel*>(QStringLiteral("tvaLabel"))->text(),
             QStringLiteral("VAT number: FR25518452750"));

    // What a number is and who may present it shows while it is typed.
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("numberEdit")),
                     QStringLiteral("+33 1 62 12 34 56"));
    QVERIFY(e->findChild<QLabel*>(QStringLiteral("numberHint"))
                ->text()
                .contains(QLatin1String("01 62 12 34 56")));
    QTest::mouseClick(e->findChild<QPushButton*>(QStringLiteral("addNumberButton")), Qt::LeftButton);
    addNumber(e, QStringLiteral("06 12 34 56 78"));
    auto* numbers = e->findChild<QTableWidget*>(QStringLiteral("numbersTable"));
    QCOMPARE(numbers->rowCount(), 2);
    QCOMPARE(numbers->item(0, 0)->text(), QStringLiteral("01 62 12 34 56"));
    QCOMPARE(numbers->item(0, 4)->text(), QString()); // allowed: nothing to say
    QCOMPARE(numbers->item(1, 0)->text(), QStringLiteral("06 12 34 56 78"));
    QVERIFY2(numbers->item(1, 4)->text().contains(QLatin1String("mobile")),
             qPrintable(numbers->item(1, 4)->text()));
    QCOMPARE(numbers->item(1, 0)->foreground().color(), toneColor(Tone::Bad));
    QCOMPARE(numbers->item(1, 2)->text(), QStringLiteral("Not allowed"));

    // An invalid number is refused with the reason, nothing added.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    addNumber(e, QStringLiteral("01 23"));
    QCOMPARE(numbers->rowCount(), 2);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("01 23")));

    QVERIFY(e->isModified());
    QTest::mouseClick(e->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!e->isModified());
    QVERIFY(!e->dossierId().isNull());
    const std::optional<Dossier> saved = m_profile->dossiers().dossier(e->dossierId(), nullptr);
    QVERIFY(saved);
    QCOMPARE(saved->client.siren, QStringLiteral("518452750"));
    QCOMPARE(saved->numbers,
             (QStringList { QStringLiteral("+33162123456"), QStringLiteral("+33612345678") }));
    QCOMPARE(saved->client.representativeName, QStringLiteral("Élodie Durand"));

    // The list shows it at once, without a reload, and the submit button says why not.
    QCOMPARE(m_window->dossierModel()->rowCount(), 1);
    QCOMPARE(m_window->dossierModel()->summary(0).name, QStringLiteral("Campagne ACME TÉLÉCOM"));
    auto* submit = e->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(!submit->isEnabled()); // while the checks run, and after
    QTRY_VERIFY(!e->isBusy());
    QVERIFY(!submit->isEnabled());
    QVERIFY(
        e->findChild<QLabel*>(QStringLiteral("readinessLabel"))->text().contains(QLatin1String("blocking")));
    QVERIFY(e->report().blockingCount() >= 4); // mobile, mandate, Kbis, invoice
}

void TestDossierEditor::invalidSirenShownAsTyped()
{
    DossierEditor* e = newDossierThroughWindow();
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("sirenEdit")), QStringLiteral("518452751"));
    auto* status = e->findChild<QLabel*>(QStringLiteral("sirenStatus"));
    QVERIFY(status->text().contains(QStringLiteral("✘")));
    QVERIFY(e->findChild<QLabel*>(QStringLiteral("tvaLabel"))->text().isEmpty());
    QTest::keyClick(e->findChild<QLineEdit*>(QStringLiteral("sirenEdit")), Qt::Key_Backspace);
    QTest::keyClicks(e->findChild<QLineEdit*>(QStringLiteral("sirenEdit")), QStringLiteral("0"));
    QVERIFY(status->text().contains(QStringLiteral("✔")));
    // Without a name, Save explains and saves nothing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!e->save());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("name")));
    QCOMPARE(m_profile->dossiers().dossierCount(), 0);
}

void TestDossierEditor::dropDocumentsShowsChecks()
{
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    const QDate today = m_clock->today();
    const QString kbis = write(QStringLiteral("kbis.pdf"),
                               Fixtures::textPdf({ Fixtures::kbisUpToDate(today.addDays(-10)) }));
    const QString oldInvoice = write(QStringLiteral("facture-juillet.pdf"),
                                     Fixtures::textPdf({ Fixtures::invoiceOperator(
                                         today.addMonths(-4), { QStringLiteral("01 62 12 34 56") }) }));
    const QString broken = write(QStringLiteral("broken.pdf"), QByteArray("%PDF-1.4 nothing else"));

    // Dropping on an unsaved dossier saves it first.
    drop(e, Document::Kind::Kbis, { kbis });
    QVERIFY(!e->dossierId().isNull());
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QCOMPARE(docs->rowCount(), 1);
    QCOMPARE(docs->item(0, 1)->text(), QStringLiteral("kbis.pdf"));
    QCOMPARE(docs->item(0, 2)->text(), QLocale().toString(today.addDays(-10), QLocale::ShortFormat));
    QVERIFY2(docs->item(0, 3)->text().contains(QStringLiteral("à jour au")),
             qPrintable(docs->item(0, 3)->text()));
    QVERIFY2(docs->item(0, 4)->text().contains(QLatin1String("days left")),
             qPrintable(docs->item(0, 4)->text()));
    QCOMPARE(docs->item(0, 6)->text(), QStringLiteral("OK"));

    drop(e, Document::Kind::Invoice, { oldInvoice });
    QCOMPARE(docs->rowCount(), 2);
    QVERIFY2(docs->item(1, 4)->text().startsWith(QLatin1String("Stale since")),
             qPrintable(docs->item(1, 4)->text()));
    QVERIFY2(docs->item(1, 6)->text().contains(QLatin1String("3 months")),
             qPrintable(docs->item(1, 6)->text()));
    QCOMPARE(docs->item(1, 5)->text(), QStringLiteral("01 62 12 34 56"));
    auto* problems = e->findChild<QListWidget*>(QStringLiteral("problemsList"));
    QVERIFY(problems->count() >= 2);

    // A file that is not a document is refused with the reason; nothing is stored.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    drop(e, Document::Kind::Invoice, { broken });
    QCOMPARE(docs->rowCount(), 2);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("broken.pdf")));
    // Issue 14.10: a damaged PNG named .pdf says what the file is, not only that an image is damaged.
    QImage picture(400, 200, QImage::Format_RGB32);
    picture.fill(Qt::white);
    const QByteArray png = Fixtures::png(picture);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    drop(e, Document::Kind::Invoice, { write(QStringLiteral("scan.pdf"), png.left(png.size() / 2)) });
    QCOMPARE(docs->rowCount(), 2);
    QVERIFY2(MessageBox::lastText().contains(
                 QLatin1String("scan.pdf is a PNG image, although its name ends in .pdf.")),
             qPrintable(MessageBox::lastText()));

    // The user corrects the invoice's date: it is fresh again, marked as entered by hand.
    const QUuid invoiceId = docs->item(1, 0)->data(Qt::UserRole).toUuid();
    QVERIFY(e->setDocumentDate(invoiceId, today.addDays(-5)));
    QTRY_VERIFY(!e->isBusy());
    QVERIFY2(docs->item(1, 2)->text().contains(QLatin1String("by hand")),
             qPrintable(docs->item(1, 2)->text()));
    QVERIFY(docs->item(1, 4)->text().contains(QLatin1String("days left")));

    // The list's readiness column follows, computed off the UI thread.
    const int row = m_window->dossierModel()->rowOf(e->dossierId());
    QVERIFY(row >= 0);
    m_window->dossierModel()->index(row, DossierListModel::Readiness).data(); // shown: asked for
    // Computed off the UI thread: an earlier result may be shown until the latest one arrives.
    QTRY_VERIFY(m_window->dossierModel()->readiness(row) != nullptr
                && m_window->dossierModel()->readiness(row)->blocking == e->report().blockingCount());

    // Generate the mandate: its dialog offers MandatDesk's template, today's date; Generate adds
    // the filled mandate.
    QTest::mouseClick(e->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
    auto* generate = e->findChild<GenerateMandateDialog*>();
    QVERIFY(generate);
    QVERIFY(generate->findChild<QRadioButton*>(QStringLiteral("ownRadio"))->isChecked());
    QTest::mouseClick(generate->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!e->findChild<GenerateMandateDialog*>());
    QCOMPARE(docs->rowCount(), 3);
    QCOMPARE(docs->item(2, 0)->text(), Document::kindLabel(Document::Kind::FilledMandate));
}

void TestDossierEditor::invoiceOfAnotherCompanyShowsBothNames()
{
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("04 78 00 10 25"));
    // A trunk invoice of the provider's own lines: the number is in its SDA block, the holder is not the
    // client.
    const QString trunk
        = write(QStringLiteral("trunk.pdf"),
                Fixtures::textPdf({ Fixtures::invoiceWithHolder(
                    m_clock->today().addDays(-10),
                    QStringLiteral("Client : Centre d'Appels de l'Ouest SARL\nSIREN 732 829 320"),
                    QStringLiteral("SDA 04 78 00 10 00 → 04 78 00 10 49")) }));
    drop(e, Document::Kind::Invoice, { trunk });
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QCOMPARE(docs->rowCount(), 1);
    QVERIFY2(docs->item(0, 5)->text().contains(QLatin1String("04 78 00 10 25")), // found in the block
             qPrintable(docs->item(0, 5)->text()));
    const QString shown = docs->item(0, 6)->text();
    QVERIFY2(shown.contains(QLatin1String("Centre d'Appels de l'Ouest SARL (SIREN 732 829 320)"))
                 && shown.contains(QStringLiteral("ACME TÉLÉCOM (SIREN 518 452 750)")),
             qPrintable(shown));
    auto* problems = e->findChild<QListWidget*>(QStringLiteral("problemsList"));
    QStringList listed;
    for (int i = 0; i < problems->count(); ++i)
        listed.append(problems->item(i)->text());
    QVERIFY2(listed.filter(QStringLiteral("made out to Centre d'Appels")).size() == 1,
             qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.filter(QStringLiteral("04 78 00 10 25")).isEmpty(), qPrintable(listed.join(u'\n')));
}

void TestDossierEditor::unsavedChangesAreAsked()
{
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("Brouillon"), QStringLiteral("518452750"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!e->close());
    QVERIFY(e->isVisible());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Save")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(e->close());
    QCOMPARE(m_profile->dossiers().dossierCount(), 1);
}

void TestDossierEditor::confirmSignatureOnTheMandateRow()
{
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    const QDate issued = m_clock->today().addDays(-10);
    drop(e, Document::Kind::SignedMandate,
         { write(QStringLiteral("mandat-scan.pdf"), Fixtures::textPdf({ QStringLiteral("Mandat signé") })) });
    drop(e, Document::Kind::Kbis,
         { write(QStringLiteral("kbis.pdf"), Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) })) });
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    auto* button = e->findChild<QPushButton*>(QStringLiteral("confirmSignatureButton"));
    auto* history = e->findChild<QTableView*>(QStringLiteral("historyTable"));
    auto problemsText = [e] {
        QStringList all;
        auto* list = e->findChild<QListWidget*>(QStringLiteral("problemsList"));
        for (int i = 0; i < list->count(); ++i)
            all.append(list->item(i)->text());
        return all.join(u'\n');
    };
    QVERIFY(problemsText().contains(QLatin1String("confirm that the scan bears")));
    const int historyBefore = history->model()->rowCount();

    // Only the mandate's row offers it; the Kbis has no signature to confirm.
    selectDocumentRow(e, QStringLiteral("kbis.pdf"));
    QVERIFY(!button->isEnabled());
    selectDocumentRow(e, QStringLiteral("mandat-scan.pdf"));
    QVERIFY(button->isEnabled());

    // The question says what is confirmed; "No" changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("signed by hand by Élodie Durand")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("ACME TÉLÉCOM")));
    QVERIFY(problemsText().contains(QLatin1String("confirm that the scan bears")));
    QCOMPARE(history->model()->rowCount(), historyBefore);

    // "Yes": the blocking problem goes, the row says who confirmed, the history keeps it.
    confirmSignature(e, QStringLiteral("mandat-scan.pdf"));
    QVERIFY2(!problemsText().contains(QLatin1String("confirm that the scan bears")),
             qPrintable(problemsText()));
    int mandateRow = -1;
    for (int row = 0; row < docs->rowCount(); ++row)
        if (docs->item(row, 1)->text() == QLatin1String("mandat-scan.pdf"))
            mandateRow = row;
    const QString user = Profile::currentUserName();
    QVERIFY2(docs->item(mandateRow, 6)->text().contains(QStringLiteral("confirmed by ") + user),
             qPrintable(docs->item(mandateRow, 6)->text()));
    QCOMPARE(history->model()->rowCount(), historyBefore + 1);
    bool recorded = false;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        for (int col = 0; col < history->model()->columnCount(); ++col)
            if (history->model()->index(row, col).data().toString().contains(
                    QLatin1String("Signature and stamp confirmed")))
                recorded = history->model()->index(row, 4).data().toString() == user;
    QVERIFY(recorded);
    QVERIFY(button->isEnabled());
    QVERIFY2(button->text().remove(u'&').contains(QLatin1String("Withdraw")), qPrintable(button->text()));

    // Undo: withdrawing brings the blocking problem back, and is recorded too.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!e->isBusy());
    QVERIFY(problemsText().contains(QLatin1String("confirm that the scan bears")));
    QCOMPARE(history->model()->rowCount(), historyBefore + 2);
    QVERIFY(!button->text().remove(u'&').contains(QLatin1String("Withdraw")));
    QVERIFY(!docs->item(mandateRow, 6)->text().contains(QLatin1String("confirmed by")));
}

// Tracking › "Record the operator's decision…", then the dialog's status, day and reason, OK.
void TestDossierEditor::recordDecision(DossierEditor* e, DossierStatus::Status status, const QDate& on,
                                       const QString& reason, bool reasonAskedFor)
{
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(e->findChild<QWidget*>(QStringLiteral("trackingTab")));
    auto* button = e->findChild<QPushButton*>(QStringLiteral("recordDecisionButton"));
    QVERIFY(button->isEnabled());
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RecordDecisionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"));
        const int index = combo->findText(DossierStatus::label(status));
        if (index < 0) {
            dialog->reject();
            return;
        }
        combo->setFocus();
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
        date->setDate(on); // the widget's own setter: typing into sections depends on the locale
        auto* ok
            = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        if (reasonAskedFor) {
            // OK without a reason: the dialog asks for it and stays open.
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            if (!dialog->isVisible() || !MessageBox::lastText().contains(QLatin1String("reason")))
                return;
        }
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), reason);
        QTest::mouseClick(ok, Qt::LeftButton);
        driven = !dialog->isVisible();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(driven);
}

void TestDossierEditor::recordTheOperatorsDecisionByHand()
{
    // A dossier handled on the operator's own web site: submitted there, then rejected, then
    // (fixed and sent again) valid. The window records each decision.
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    QVERIFY(e->save());
    const QUuid id = e->dossierId();
    const QDate today = m_clock->today();

    recordDecision(e, DossierStatus::UnderReview, today.addDays(-20), QString());
    QCOMPARE(m_profile->dossiers().dossier(id, nullptr)->status, DossierStatus::UnderReview);

    recordDecision(e, DossierStatus::Rejected, today.addDays(-15), QStringLiteral("Kbis de plus de 3 mois"),
                   true);
    QCOMPARE(m_profile->dossiers().dossier(id, nullptr)->status, DossierStatus::Rejected);
    auto* banner = e->findChild<QLabel*>(QStringLiteral("rejectionBanner"));
    QVERIFY2(banner->isVisible() && banner->text().contains(QStringLiteral("Kbis de plus de 3 mois")),
             qPrintable(banner->text()));

    recordDecision(e, DossierStatus::UnderReview, today.addDays(-10), QString());
    recordDecision(e, DossierStatus::Valid, today.addDays(-2), QString());
    const Dossier d = *m_profile->dossiers().dossier(id, nullptr);
    QCOMPARE(d.status, DossierStatus::Valid);
    QCOMPARE(d.validatedOn, today.addDays(-2));
    QCOMPARE(d.validUntil, DossierStatus::validUntilFor(today.addDays(-2)));
    auto* history = e->findChild<QTableView*>(QStringLiteral("historyTable"));
    QCOMPARE(history->model()->index(0, 2).data().toString(), DossierStatus::label(DossierStatus::Valid));
    QCOMPARE(history->model()->index(0, 4).data().toString(), Profile::currentUserName());
    const int row = m_window->dossierModel()->rowOf(id);
    QTRY_COMPARE(m_window->dossierModel()->index(row, DossierListModel::Status).data().toString(),
                 DossierStatus::label(DossierStatus::Valid));
}

void TestDossierEditor::submitToPortalSeeStatusAndRenew()
{
    // The reference portal, over TLS on 127.0.0.1, with a certificate made for this test.
    LocalPortal portal;
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
    portal.server->setClock([this] { return m_clock->currentDateTimeUtc(); });
    PortalStore& portalStore = *portal.store;
    const quint16 port = portal.port;
    const QSslCertificate& ca = portal.ca;
    const QString caPath = portal.dir.filePath(QStringLiteral("ca.pem"));
    Fixtures::writeFile(caPath, ca.toPem());

    // Settings, Operator portal: address, account, pinned authority, password, Log in.
    logInThroughSettings(QStringLiteral("https://127.0.0.1:%1").arg(port), caPath, ca);
    if (QTest::currentTestFailed())
        return;

    // A ready dossier: client, number, signed mandate, Kbis and invoice dropped in the editor.
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    const QDate issued = m_clock->today().addDays(-10);
    drop(e, Document::Kind::SignedMandate,
         { write(QStringLiteral("mandat-signe.pdf"),
                 Fixtures::textPdf({ QStringLiteral("Mandat signé et tamponné") })) });
    drop(e, Document::Kind::Kbis,
         { write(QStringLiteral("kbis-acme.pdf"), Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) })) });
    drop(e, Document::Kind::Invoice,
         { write(QStringLiteral("facture-acme.pdf"),
                 Fixtures::textPdf(
                     { Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) })) });
    auto* submit = e->findChild<QPushButton*>(QStringLiteral("submitButton"));
    // The scanned mandate's signature must be confirmed by the user before it is ready:
    // select its row, "Confirm the signature…", answer yes.
    QVERIFY(!submit->isEnabled());
    confirmSignature(e, QStringLiteral("mandat-signe.pdf"));
    QVERIFY2(submit->isEnabled(),
             qPrintable(e->findChild<QLabel*>(QStringLiteral("readinessLabel"))->text()));

    // "Submit to the operator": queued, sent (the list shows it being sent), under review.
    QStringList syncStates;
    connect(m_window->dossierModel(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex& from, const QModelIndex& to) {
                if (from.column() <= DossierListModel::Sync && to.column() >= DossierListModel::Sync)
                    syncStates.append(from.siblingAtColumn(DossierListModel::Sync).data().toString());
            });
    QTest::mouseClick(submit, Qt::LeftButton);
    const QUuid id = e->dossierId();
    QTRY_COMPARE_WITH_TIMEOUT(m_profile->dossiers().dossier(id, nullptr)->status, DossierStatus::UnderReview,
                              20000);
    QVERIFY(portalStore.mandate(id.toString(QUuid::WithoutBraces)));
    const int row = m_window->dossierModel()->rowOf(id);
    QTRY_COMPARE(m_window->dossierModel()->index(row, DossierListModel::Status).data().toString(),
                 DossierStatus::label(DossierStatus::UnderReview));
    QVERIFY(!submit->isEnabled());
    QVERIFY2(syncStates.contains(QStringLiteral("Queued")) && syncStates.contains(QStringLiteral("Sending…")),
             qPrintable(syncStates.join(u'|')));
    QCOMPARE(m_window->dossierModel()->index(row, DossierListModel::Sync).data().toString(), QString());
    auto* outbox = e->findChild<QTableView*>(QStringLiteral("outboxTable"));
    QCOMPARE(outbox->model()->rowCount(), 1);
    QCOMPARE(outbox->model()->index(0, 1).data().toString(), QStringLiteral("Sent"));

    // The operator approves; the next sync brings the status, the list and the editor follow.
    auto mandate = portalStore.mandate(id.toString(QUuid::WithoutBraces));
    mandate->status = QStringLiteral("valid");
    mandate->validatedOn = m_clock->today();
    mandate->validUntil = m_clock->today().addYears(1);
    QVERIFY(portalStore.setStatus(*mandate, m_clock->currentDateTimeUtc(), &error));
    // F5 in the dossier's window (it covers the list) syncs as the main window's F5 does.
    e->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(e));
    QTest::keyClick(e, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->dossierModel()->index(row, DossierListModel::Status).data().toString(),
        DossierStatus::label(DossierStatus::Valid), 20000);
    QVERIFY2(m_window->lastNotification().contains(QLatin1String("Campagne ACME")),
             qPrintable(m_window->lastNotification()));
    QVERIFY(e->findChild<QLabel*>(QStringLiteral("validUntilLabel"))
                ->text()
                .contains(QLatin1String("Valid until")));
    auto* history = e->findChild<QTableView*>(QStringLiteral("historyTable"));
    QCOMPARE(history->model()->index(0, 2).data().toString(), DossierStatus::label(DossierStatus::Valid));

    // Renew: a new dossier with the same client and numbers opens.
    auto* renew = e->findChild<QPushButton*>(QStringLiteral("renewButton"));
    QVERIFY(renew->isEnabled());
    QTest::mouseClick(renew, Qt::LeftButton);
    QCOMPARE(m_window->dossierModel()->rowCount(), 2);
    const QList<DossierEditor*> editors = m_window->findChildren<DossierEditor*>();
    DossierEditor* renewal = nullptr;
    for (DossierEditor* other : editors)
        if (other->dossierId() != id && !other->dossierId().isNull())
            renewal = other;
    QVERIFY(renewal);
    QCOMPARE(renewal->dossier().renewsId, id);
    QCOMPARE(renewal->dossier().numbers, QStringList { QStringLiteral("+33162123456") });
    QCOMPARE(renewal->dossier().status, DossierStatus::NotSubmitted);
    // Issue 14.8: named after the period it will cover, not a copy of the old name; the
    // name field is offered for editing.
    const QDate end = e->dossier().validUntil;
    QCOMPARE(renewal->dossier().name,
             QStringLiteral("%1 (renewal %2–%3)").arg(e->dossier().name).arg(end.year()).arg(end.year() + 1));
    auto* name = renewal->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), renewal->dossier().name);
    QCOMPARE(name->selectedText(), name->text());
    // A renewal of the renewal does not stack the suffixes.
    Dossier next = renewal->dossier();
    next.validUntil = end.addYears(1);
    QCOMPARE(
        DossierStore::renewalName(next, m_clock->today()),
        QStringLiteral("%1 (renewal %2–%3)").arg(e->dossier().name).arg(end.year() + 1).arg(end.year() + 2));
}

void TestDossierEditor::pinTheServerKeyInSettings()
{
    // Settings, Operator portal: trust the portal's own key (whoever signed its certificate),
    // log in with it, see it pinned when the dialog opens again, then remove the pin.
    LocalPortal portal;
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
    const QSslConfiguration& tls = portal.tls;
    const QSslCertificate& ca = portal.ca;
    const quint16 port = portal.port;
    const QString serverPem = write(QStringLiteral("portal-certificate.pem"), tls.localCertificate().toPem());
    const QString caPem = write(QStringLiteral("portal-ca.pem"), ca.toPem());
    const QByteArray serverKey = PortalSession::keyHash(tls.localCertificate().toPem());
    QVERIFY(!serverKey.isEmpty());
    PortalSession& session = m_window->portalSession();
    {
        SettingsDialog settings(*m_profile, session, m_window.data());
        settings.show();
        auto* kind = settings.findChild<QComboBox*>(QStringLiteral("pinKindBox"));
        auto* file = settings.findChild<QLineEdit*>(QStringLiteral("caEdit"));
        auto* shown = settings.findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
        auto* password = settings.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* login = settings.findChild<QPushButton*>(QStringLiteral("loginButton"));
        QVERIFY(shown->text().startsWith(QLatin1String("none")));
        QVERIFY(!settings.findChild<QPushButton*>(QStringLiteral("dropPinButton"))->isEnabled());
        QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("urlEdit")),
                         QStringLiteral("https://127.0.0.1:%1").arg(port));
        QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("agent"));
        // The key of another certificate (the authority's): the portal's certificate does not
        // carry it, the login is refused.
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentText(), QStringLiteral("Server key"));
        QTest::keyClicks(file, caPem);
        QCOMPARE(shown->text(),
                 QStringLiteral("server key %1")
                     .arg(PortalSession::keyFingerprint(PortalSession::keyHash(ca.toPem()))));
        QTest::keyClicks(password, QStringLiteral("pw"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(login, Qt::LeftButton);
        QVERIFY(!session.isLoggedIn());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Login failed")),
                 qPrintable(MessageBox::lastText()));
        // The portal's own certificate: its key is pinned, the login goes through.
        file->clear();
        QTest::keyClicks(file, serverPem);
        QCOMPARE(shown->text(),
                 QStringLiteral("server key %1").arg(PortalSession::keyFingerprint(serverKey)));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("pw"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // the pin changes from the refused one
        QTest::mouseClick(login, Qt::LeftButton);
        QVERIFY2(session.isLoggedIn(), qPrintable(MessageBox::lastText()));
        QCOMPARE(session.pinnedKey(), serverKey);
        QVERIFY(session.pinnedPem().isEmpty());
        settings.accept();
    }
    {
        SettingsDialog settings(*m_profile, session, m_window.data());
        settings.show();
        QCOMPARE(settings.findChild<QComboBox*>(QStringLiteral("pinKindBox"))->currentText(),
                 QStringLiteral("Server key"));
        auto* shown = settings.findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
        QCOMPARE(shown->text(),
                 QStringLiteral("server key %1").arg(PortalSession::keyFingerprint(serverKey)));
        // The field shows the file the pin was read from (issue 14.12); it is not read again, so
        // a file moved since changes nothing.
        auto* file = settings.findChild<QLineEdit*>(QStringLiteral("caEdit"));
        QCOMPARE(file->text(), serverPem);
        QVERIFY(QFile::remove(serverPem));
        QCOMPARE(shown->text(),
                 QStringLiteral("server key %1").arg(PortalSession::keyFingerprint(serverKey)));
        auto* drop = settings.findChild<QPushButton*>(QStringLiteral("dropPinButton"));
        QVERIFY(drop->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No); // asked first: nothing changes
        QTest::mouseClick(drop, Qt::LeftButton);
        QVERIFY(shown->text().startsWith(QLatin1String("server key")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(drop, Qt::LeftButton);
        QVERIFY(shown->text().startsWith(QLatin1String("none")));
        QVERIFY(file->text().isEmpty());
        QVERIFY(!drop->isEnabled());
        QTest::mouseClick(
            settings.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QCOMPARE(settings.result(), int(QDialog::Accepted));
    }
    QVERIFY(session.pinnedFingerprint().isEmpty());
    QVERIFY(session.pinnedKey().isEmpty());
    SettingsDialog settings(*m_profile, session, m_window.data());
    QVERIFY(settings.findChild<QLineEdit*>(QStringLiteral("caEdit"))->text().isEmpty());
}

void TestDossierEditor::enterInPasswordLogsIn()
{
    // Issue 14.5: Enter in the password field logs in, and the dialog stays open with its
    // settings; it used to press OK, close the dialog and drop the password.
    LocalPortal portal;
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
    const QString caPem = write(QStringLiteral("enter-ca.pem"), portal.ca.toPem());
    PortalSession& session = m_window->portalSession();
    SettingsDialog settings(*m_profile, session, m_window.data());
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("urlEdit")), portal.url());
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("agent"));
    QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("caEdit")), caPem);
    auto* password = settings.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("wrong"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(settings.isVisible());
    QVERIFY(!session.isLoggedIn());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("Login failed")),
             qPrintable(MessageBox::lastText()));
    password->clear();
    QTest::keyClicks(password, QStringLiteral("pw"));
    QTest::keyClick(password, Qt::Key_Enter);
    QVERIFY(settings.isVisible());
    QVERIFY2(session.isLoggedIn(), qPrintable(MessageBox::lastText()));
    QVERIFY(password->text().isEmpty());
    QVERIFY(settings.findChild<QLabel*>(QStringLiteral("portalStatus"))
                ->text()
                .startsWith(QLatin1String("Logged in")));
    // Enter elsewhere still means OK.
    QTest::keyClick(settings.findChild<QLineEdit*>(QStringLiteral("userEdit")), Qt::Key_Return);
    QCOMPARE(settings.result(), int(QDialog::Accepted));
    session.logout();
}

void TestDossierEditor::documentsTabCountsDocuments()
{
    // Issue 14.6: the tab counts documents; blocking problems are named as such beside it.
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    QVERIFY(e->save());
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    const int tab = tabs->indexOf(e->findChild<QWidget*>(QStringLiteral("documentsTab")));
    QTRY_VERIFY(e->report().blockingCount() > 0);
    QCOMPARE(tabs->tabText(tab),
             QStringLiteral("Documents (0) · %1 blocking problems").arg(e->report().blockingCount()));
    QVERIFY(!tabs->tabIcon(tab).isNull());
    const QDate today = m_clock->today();
    drop(e, Document::Kind::Kbis,
         { write(QStringLiteral("kbis-tab.pdf"),
                 Fixtures::textPdf({ Fixtures::kbisUpToDate(today.addDays(-3)) })) });
    QVERIFY2(tabs->tabText(tab).startsWith(QStringLiteral("Documents (1) · ")),
             qPrintable(tabs->tabText(tab)));
}

void TestDossierEditor::decidedDossierShowsWhatMatters()
{
    // Issue 14.7: once the operator holds or has decided on the documents, their freshness
    // is not shown as a problem beside "Valid until".
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    const QDate today = m_clock->today();
    drop(e, Document::Kind::Invoice,
         { write(QStringLiteral("facture-ancienne.pdf"),
                 Fixtures::textPdf({ Fixtures::invoiceOperator(today.addMonths(-4),
                                                               { QStringLiteral("01 62 12 34 56") }) })) });
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QVERIFY2(docs->item(0, 4)->text().startsWith(QLatin1String("Stale since")),
             qPrintable(docs->item(0, 4)->text()));
    const QUuid id = e->dossierId();
    DossierListModel* model = m_window->dossierModel();
    const int row = model->rowOf(id);
    model->index(row, DossierListModel::StaleOn).data();
    QTRY_VERIFY(!model->index(row, DossierListModel::StaleOn).data().toString().isEmpty());
    QVERIFY(!model->index(row, DossierListModel::Readiness).data().toString().isEmpty());

    recordDecision(e, DossierStatus::UnderReview, today.addDays(-20), QString());
    recordDecision(e, DossierStatus::Valid, today.addDays(-2), QString());
    QTRY_COMPARE(docs->item(0, 4)->text(), QStringLiteral("Checked at submission"));
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(e->findChild<QWidget*>(QStringLiteral("documentsTab")))),
             QStringLiteral("Documents (1)"));
    QVERIFY(e->findChild<QLabel*>(QStringLiteral("validUntilLabel"))
                ->text()
                .startsWith(QLatin1String("Valid until")));
    QTRY_COMPARE(model->index(row, DossierListModel::Status).data().toString(),
                 DossierStatus::label(DossierStatus::Valid));
    QCOMPARE(model->index(row, DossierListModel::StaleOn).data().toString(), QString());
    QCOMPARE(model->index(row, DossierListModel::Readiness).data().toString(), QString());
}

void TestDossierEditor::disabledSubmitMnemonicTypesNothing()
{
    // Issue 14.13: the submit button's mnemonic (Alt+B here, Alt+L in French) on a dossier not
    // ready typed the letter over the focused name; it says why the button is disabled instead.
    DossierEditor* e = newDossierThroughWindow();
    e->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(e));
    QTRY_COMPARE(QApplication::activeWindow(), e);
    auto* name = e->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* submit = e->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QTest::keyClicks(name, QStringLiteral("Campagne"));
    name->selectAll();
    QVERIFY(!submit->isEnabled());
    QVERIFY(!submit->toolTip().isEmpty());
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(name, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(name->text(), QStringLiteral("Campagne"));
    QCOMPARE(MessageBox::lastText(), submit->toolTip());
    // Enabled, the button's own mnemonic presses it: the guard does not make it ambiguous.
    submit->setEnabled(true);
    QSignalSpy clicked(submit, &QPushButton::clicked);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(name, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(clicked.size(), 1); // a mnemonic animates the click
    QCOMPARE(name->text(), QStringLiteral("Campagne"));
}

void TestDossierEditor::everyPrintedClientValueCanBeEntered()
{
    // Issue 14.1: the share capital had no field, so the mandate always printed it blank. Every
    // client value a template can print is typed in the editor, saved, and given to the template.
    DossierEditor* e = newDossierThroughWindow();
    const QList<std::pair<const char*, QString>> typed {
        { "clientNameEdit", QStringLiteral("ACME TÉLÉCOM") },
        { "clientFormEdit", QStringLiteral("SAS") },
        { "clientCapitalEdit", QStringLiteral("25 000 euros") },
        { "clientAddressEdit", QStringLiteral("12 rue de la Paix, 44000 Nantes") },
        { "sirenEdit", QStringLiteral("518452750") },
        { "rcsCityEdit", QStringLiteral("Nantes") },
        { "representativeNameEdit", QStringLiteral("Élodie Durand") },
        { "representativeTitleEdit", QStringLiteral("Gerante") },
    };
    for (const auto& [name, text] : typed) {
        auto* edit = e->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit && edit->isVisible(), name);
        QTest::keyClicks(edit, text);
    }
    QVERIFY(e->save());
    TemplateValues::Input input;
    input.dossier = *m_profile->dossiers().dossier(e->dossierId(), nullptr);
    const QMap<QString, QString> values = TemplateValues::build(input, 10);
    for (const QString& key : TemplateValues::keys())
        if (key.startsWith(QLatin1String("client.")))
            QVERIFY2(!values.value(key).isEmpty(), qPrintable(key));
    QCOMPARE(values.value(QStringLiteral("client.share_capital")), QStringLiteral("25 000 euros"));
}

void TestDossierEditor::documentMovedToTheRightSlot()
{
    // Issue 14.10: an invoice dropped among the Kbis can be moved where it belongs; its date is
    // then read as an invoice's.
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    const QDate issued = m_clock->today().addDays(-12);
    drop(e, Document::Kind::Kbis,
         { write(QStringLiteral("facture-novembre.pdf"),
                 Fixtures::textPdf(
                     { Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) })) });
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QCOMPARE(docs->rowCount(), 1);
    QCOMPARE(docs->item(0, 0)->text(), Document::kindLabel(Document::Kind::Kbis));
    auto* move = e->findChild<QPushButton*>(QStringLiteral("moveDocumentButton"));
    QVERIFY(!move->isEnabled()); // nothing selected
    selectDocumentRow(e, QStringLiteral("facture-novembre.pdf"));
    QVERIFY(move->isEnabled());
    QAction* toInvoice = nullptr;
    for (QAction* a : move->menu()->actions()) {
        QCOMPARE(a->isEnabled(), a->text() != Document::kindLabel(Document::Kind::Kbis));
        if (a->text() == Document::kindLabel(Document::Kind::Invoice))
            toInvoice = a;
    }
    QVERIFY(toInvoice);
    toInvoice->trigger();
    QTRY_VERIFY(!e->isBusy());
    QCOMPARE(docs->rowCount(), 1);
    QCOMPARE(docs->item(0, 0)->text(), Document::kindLabel(Document::Kind::Invoice));
    QCOMPARE(docs->item(0, 2)->text(), QLocale().toString(issued, QLocale::ShortFormat));
    const QList<Document> stored = m_profile->dossiers().documents(e->dossierId(), nullptr);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().kind, Document::Kind::Invoice);
    QCOMPARE(stored.first().issueDate, issued);
    for (const Problem& p : e->report().problems)
        QVERIFY2(p.code != QLatin1String("not_a_kbis"), qPrintable(p.message));
}

// Issue 14, shape: the readiness report is built on a worker thread (a signed PDF costs a
// pdfsig run): the window says it is checking, keeps Submit disabled until the report of the
// latest change arrives, and never shows an older change's report.
void TestDossierEditor::readinessIsCheckedOffTheUiThread()
{
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    const QDate today = m_clock->today();
    drop(e, Document::Kind::Kbis,
         { write(QStringLiteral("kbis.pdf"),
                 Fixtures::textPdf({ Fixtures::kbisUpToDate(today.addDays(-10)) })) });
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    auto* submit = e->findChild<QPushButton*>(QStringLiteral("submitButton"));
    auto* readiness = e->findChild<QLabel*>(QStringLiteral("readinessLabel"));
    QCOMPARE(docs->rowCount(), 1);
    const QUuid kbis = docs->item(0, 0)->data(Qt::UserRole).toUuid();
    auto staleKbis = [e] {
        for (const Problem& p : e->report().problems)
            if (p.code == QLatin1String("stale"))
                return true;
        return false;
    };
    QVERIFY(!staleKbis());

    // The date typed by hand makes it stale: the call returns before the report is built.
    QVERIFY(e->setDocumentDate(kbis, today.addDays(-200)));
    QVERIFY(e->isChecking());
    QVERIFY(!submit->isEnabled());
    QCOMPARE(readiness->text(), QStringLiteral("Checking the dossier…"));
    QCOMPARE(submit->toolTip(), readiness->text());
    QTRY_VERIFY(!e->isChecking());
    QVERIFY(staleKbis());
    QVERIFY2(docs->item(0, 4)->text().startsWith(QLatin1String("Stale since")),
             qPrintable(docs->item(0, 4)->text()));

    // Two changes in a row: only the last one's report is shown.
    QVERIFY(e->setDocumentDate(kbis, today.addDays(-300)));
    QVERIFY(e->setDocumentDate(kbis, today.addDays(-5)));
    QTRY_VERIFY(!e->isChecking());
    QVERIFY(!staleKbis());
    QVERIFY2(docs->item(0, 4)->text().contains(QLatin1String("days left")),
             qPrintable(docs->item(0, 4)->text()));
    QVERIFY(readiness->text() != QStringLiteral("Checking the dossier…"));
}

// Issue 14, shape: one page per tab, each its own widget with its Designer form; the
// tracking tables are views over models.
void TestDossierEditor::eachTabIsItsOwnPage()
{
    DossierEditor* e = newDossierThroughWindow();
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QCOMPARE(tabs->count(), 3);
    QVERIFY(qobject_cast<DossierInfoPage*>(tabs->widget(0)));
    QVERIFY(qobject_cast<DossierDocumentsPage*>(tabs->widget(1)));
    QVERIFY(qobject_cast<DossierTrackingPage*>(tabs->widget(2)));
    // The fields live in their page, not in the window's own form.
    QVERIFY(tabs->widget(0)->isAncestorOf(e->findChild<QLineEdit*>(QStringLiteral("sirenEdit"))));
    QVERIFY(tabs->widget(1)->isAncestorOf(e->findChild<QTableWidget*>(QStringLiteral("documentsTable"))));
    auto* history = e->findChild<QTableView*>(QStringLiteral("historyTable"));
    QVERIFY(tabs->widget(2)->isAncestorOf(history));
    QVERIFY(qobject_cast<HistoryModel*>(history->model()));
    QVERIFY(qobject_cast<OutboxModel*>(e->findChild<QTableView*>(QStringLiteral("outboxTable"))->model()));

    // Saved, the new dossier's creation is the history's first row, read through the model.
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    QVERIFY(e->save());
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->index(0, HistoryModel::From).data().toString(), QStringLiteral("(created)"));
    QCOMPARE(history->model()->index(0, HistoryModel::To).data().toString(),
             DossierStatus::label(DossierStatus::NotSubmitted));
}

// Issue 14, cosmetic: the note saying why a mobile number cannot be presented is shown in
// full at 1366×768: wrapped in its column, no sideways scrolling.
void TestDossierEditor::numberNoteIsNotClipped()
{
    DossierEditor* e = newDossierThroughWindow();
    QVERIFY(QTest::qWaitForWindowExposed(e));
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    addNumber(e, QStringLiteral("06 12 34 56 78"));
    auto* numbers = e->findChild<QTableWidget*>(QStringLiteral("numbersTable"));
    QCOMPARE(numbers->rowCount(), 2);
    const QString note = numbers->item(1, 4)->text();
    QVERIFY2(note.size() > 80, qPrintable(note)); // longer than a line at this width
    QCoreApplication::processEvents();
    QTRY_VERIFY(!numbers->horizontalScrollBar()->isVisible());
    const QRect cell = numbers->visualItemRect(numbers->item(1, 4));
    QVERIFY(cell.right() <= numbers->viewport()->width());
    const QRect needed
        = numbers->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, note);
    QVERIFY2(cell.height() >= needed.height(),
             qPrintable(QStringLiteral("%1 px high, %2 needed").arg(cell.height()).arg(needed.height())));
}

QTEST_MAIN(TestDossierEditor)
void TestDossierEditor::anotherSeatsDossierAppearsInTheList()
{
    // Issue 16: seat A (another desktop of the account, here a profile of its own) submits a
    // dossier; in seat B's window, logged in from the settings, F5 brings it into the list
    // with its documents, and says so.
    LocalPortal portal;
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
    portal.server->setClock([this] { return m_clock->currentDateTimeUtc(); });
    const QString caPath = portal.dir.filePath(QStringLiteral("ca.pem"));
    Fixtures::writeFile(caPath, portal.ca.toPem());

    QTemporaryDir seatDir;
    Profile seatA;
    QVERIFY2(seatA.open(seatDir.filePath(QStringLiteral("a")), &error), qPrintable(error));
    const std::optional<Dossier> pushed = DossierFixtures::create(
        seatA.dossiers(), QStringLiteral("Campagne de l'autre poste"), m_clock->today(), &error);
    QVERIFY2(pushed, qPrintable(error));
    QVERIFY(Submission::queue(seatA, pushed->id).queued());
    PortalClient a(QUrl(portal.url()));
    a.setPinned({ portal.ca });
    QCOMPARE(a.login(QStringLiteral("agent"), QStringLiteral("pw")).status, 200);
    QCOMPARE(SyncEngine(seatA, a).syncOnce().sent.size(), 1);

    logInThroughSettings(portal.url(), caPath, portal.ca);
    if (QTest::currentTestFailed())
        return;
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
    QStringList said;
    const QMetaObject::Connection listening = connect(m_window->statusBar(), &QStatusBar::messageChanged,
                                                      this, [&](const QString& m) { said.append(m); });
    QTest::keyClick(m_window.data(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dossierModel()->rowOf(pushed->id) >= 0, 20000);
    disconnect(listening);
    // Said while it came: what is being received.
    QVERIFY2(!said.filter(QStringLiteral("Receiving Campagne de l'autre poste from the portal: 3 documents"))
                  .isEmpty(),
             qPrintable(said.join(u'\n')));
    const int row = m_window->dossierModel()->rowOf(pushed->id);
    QCOMPARE(m_window->dossierModel()->index(row, DossierListModel::Name).data().toString(), pushed->name);
    QTRY_COMPARE(m_window->dossierModel()->index(row, DossierListModel::Status).data().toString(),
                 DossierStatus::label(DossierStatus::UnderReview));
    QCOMPARE(m_profile->dossiers().documents(pushed->id, &error).size(), 3);
    QVERIFY2(m_window->lastNotification().contains(
                 QStringLiteral("Campagne de l'autre poste: received from the portal")),
             qPrintable(m_window->lastNotification()));
}

void TestDossierEditor::shareDraftsFromTheSettings()
{
    // Issue 16: the team's drafts setting, in the window (Settings → Operator portal).
    const bool before = ProfileSettings(m_profile->database()).shareDrafts();
    {
        SettingsDialog settings(*m_profile, m_window->portalSession(), m_window.data());
        settings.show();
        auto* check = settings.findChild<QCheckBox*>(QStringLiteral("shareDraftsCheck"));
        QVERIFY(check);
        QCOMPARE(check->isChecked(), before);
        check->click();
        QTest::mouseClick(settings.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    QCOMPARE(ProfileSettings(m_profile->database()).shareDrafts(), !before);
    SettingsDialog again(*m_profile, m_window->portalSession(), m_window.data());
    QCOMPARE(again.findChild<QCheckBox*>(QStringLiteral("shareDraftsCheck"))->isChecked(), !before);
    // Cancel keeps what was saved.
    again.findChild<QCheckBox*>(QStringLiteral("shareDraftsCheck"))->click();
    again.reject();
    QCOMPARE(ProfileSettings(m_profile->database()).shareDrafts(), !before);
    ProfileSettings(m_profile->database()).setShareDrafts(before);
}

void TestDossierEditor::conflictResolvedInTheWindow()
{
    // Issue 16: seat A (another desktop, the same login) and this window edit the same dossier
    // offline. This window's sync gets 412: the editor says so, the submit button waits, and the
    // user takes each field from one side in the side-by-side dialog; the next sync shares it.
    LocalPortal portal;
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
    portal.server->setClock([this] { return m_clock->currentDateTimeUtc(); });
    const QString caPath = portal.dir.filePath(QStringLiteral("ca.pem"));
    Fixtures::writeFile(caPath, portal.ca.toPem());
    QTemporaryDir seatDir;
    Profile seatA;
    QVERIFY2(seatA.open(seatDir.filePath(QStringLiteral("a")), &error), qPrintable(error));
    QVERIFY(ProfileSettings(seatA.database()).setShareDrafts(true));
    std::optional<Dossier> onA = DossierFixtures::create(
        seatA.dossiers(), QStringLiteral("Campagne partagée"), m_clock->today(), &error);
    QVERIFY2(onA, qPrintable(error));
    const QString remoteId = onA->id.toString(QUuid::WithoutBraces);
    auto syncA = [&] {
        PortalClient a(QUrl(portal.url()));
        a.setPinned({ portal.ca });
        a.login(QStringLiteral("agent"), QStringLiteral("pw"));
        return SyncEngine(seatA, a).syncOnce();
    };
    QCOMPARE(syncA().sent.size(), 1);

    logInThroughSettings(portal.url(), caPath, portal.ca);
    if (QTest::currentTestFailed())
        return;
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
    QTest::keyClick(m_window.data(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dossierModel()->rowOf(onA->id) >= 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_profile->dossiers().documents(onA->id, &error).size(), 3, 20000);
    // The list says who changed it last on the portal.
    DossierListModel* model = m_window->dossierModel();
    QTRY_COMPARE(model->index(model->rowOf(onA->id), DossierListModel::ChangedBy).data().toString(),
                 QStringLiteral("agent"));
    QCOMPARE(
        model->index(model->rowOf(onA->id), DossierListModel::ChangedBy).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Changed last on the portal by agent: its details"));

    // Here: the representative's name corrected, saved.
    DossierEditor* e = m_window->openDossier(onA->id);
    QVERIFY(e);
    auto* representative = e->findChild<QLineEdit*>(QStringLiteral("representativeNameEdit"));
    representative->selectAll();
    QTest::keyClicks(representative, QStringLiteral("Jeanne Dupont-Martin"));
    QTest::mouseClick(
        e->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QVERIFY(!e->isModified());
    // There: the dossier renamed, shared first.
    onA->name = QStringLiteral("Campagne partagée — hiver");
    QVERIFY(seatA.dossiers().updateDossier(*onA, &error));
    QVERIFY(syncA().failed.isEmpty());
    QCOMPARE(portal.store->mandate(remoteId)->version, 2);

    auto* banner = e->findChild<QFrame*>(QStringLiteral("conflictBanner"));
    QVERIFY(!banner->isVisible());
    e->activateWindow();
    QTest::keyClick(e, Qt::Key_F5); // the dossier's window syncs too
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(portal.store->mandate(remoteId)->version, 2); // nothing overwritten
    QTRY_COMPARE(model->index(model->rowOf(onA->id), DossierListModel::Sync).data().toString(),
                 QStringLiteral("Conflict"));
    QVERIFY2(
        e->findChild<QLabel*>(QStringLiteral("conflictLabel"))->text().contains(QStringLiteral("version 2")),
        qPrintable(e->findChild<QLabel*>(QStringLiteral("conflictLabel"))->text()));
    QTRY_VERIFY(!e->isChecking());
    auto* submit = e->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(QStringLiteral("choose what to keep")),
             qPrintable(submit->toolTip()));
    QVERIFY2(m_window->lastNotification().contains(QStringLiteral("Campagne partagée")),
             qPrintable(m_window->lastNotification()));

    QTest::mouseClick(e->findChild<QPushButton*>(QStringLiteral("resolveButton")), Qt::LeftButton);
    auto* dialog = e->findChild<ConflictDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* ok
        = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing is taken by default
    auto* theirName = dialog->findChild<QRadioButton*>(QStringLiteral("theirs_name"));
    auto* mineRepresentative = dialog->findChild<QRadioButton*>(QStringLiteral("mine_representative_name"));
    QVERIFY(theirName && mineRepresentative);
    QCOMPARE(theirName->text(), QStringLiteral("Campagne partagée — hiver"));
    QCOMPARE(mineRepresentative->text(), QStringLiteral("Jeanne Dupont-Martin"));
    QTest::mouseClick(theirName, Qt::LeftButton);
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(mineRepresentative, Qt::LeftButton);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(!e->findChild<ConflictDialog*>()); // closed, and gone
    e->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(e));
    QTRY_COMPARE(model->index(model->rowOf(onA->id), DossierListModel::Sync).data().toString(), QString());
    QCOMPARE(e->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Campagne partagée — hiver"));
    QCOMPARE(representative->text(), QStringLiteral("Jeanne Dupont-Martin"));

    // The next sync shares the result on top of seat A's version, and seat A takes it.
    QTest::keyClick(e, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(portal.store->mandate(remoteId)->version, 3, 20000);
    const QJsonObject shared = portal.store->mandate(remoteId)->data;
    QCOMPARE(shared.value(QStringLiteral("name")).toString(), QStringLiteral("Campagne partagée — hiver"));
    QCOMPARE(shared.value(QStringLiteral("client"))
                 .toObject()
                 .value(QStringLiteral("representative_name"))
                 .toString(),
             QStringLiteral("Jeanne Dupont-Martin"));
    QVERIFY(syncA().conflicts.isEmpty());
    QCOMPARE(seatA.dossiers().dossier(onA->id, nullptr)->client.representativeName,
             QStringLiteral("Jeanne Dupont-Martin"));

    // An edit not saved yet when another seat's change comes in: the change fills the fields
    // the user did not touch, the edit stays, and saving shares both.
    auto* title = e->findChild<QLineEdit*>(QStringLiteral("representativeTitleEdit"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Gerante"));
    QVERIFY(e->isModified());
    onA = seatA.dossiers().dossier(onA->id, nullptr);
    onA->name = QStringLiteral("Campagne partagée — printemps");
    QVERIFY(seatA.dossiers().updateDossier(*onA, &error));
    QVERIFY(syncA().failed.isEmpty());
    QCOMPARE(portal.store->mandate(remoteId)->version, 4);
    e->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(e));
    QTest::keyClick(title, Qt::Key_F5); // where the user is typing
    QTRY_COMPARE_WITH_TIMEOUT(e->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
                              QStringLiteral("Campagne partagée — printemps"), 20000);
    QCOMPARE(title->text(), QStringLiteral("Gerante"));
    QVERIFY(e->isModified());
    QTest::mouseClick(
        e->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QVERIFY(!e->isModified());
    QTest::keyClick(title, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(portal.store->mandate(remoteId)->version, 5, 20000);
    const QJsonObject both = portal.store->mandate(remoteId)->data;
    QCOMPARE(both.value(QStringLiteral("name")).toString(), QStringLiteral("Campagne partagée — printemps"));
    QCOMPARE(both.value(QStringLiteral("client"))
                 .toObject()
                 .value(QStringLiteral("representative_title"))
                 .toString(),
             QStringLiteral("Gerante"));
    e->close();
}

void TestDossierEditor::documentRowsFitWhenReopened()
{
    // Seen as a user (issue 16's check): a dossier reopened from the list, its Documents tab shown
    // afterwards, had its row sized while the tab was hidden and narrow: one long problem made it
    // taller than the table, and nothing of the row could be read. Rows follow the columns.
    DossierEditor* e = newDossierThroughWindow();
    fillClient(e, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"));
    addNumber(e, QStringLiteral("01 62 12 34 56"));
    drop(e, Document::Kind::Kbis,
         { write(QStringLiteral("facture-parmi-les-kbis.pdf"),
                 Fixtures::textPdf({ Fixtures::invoiceOperator(m_clock->today().addDays(-12),
                                                               { QStringLiteral("01 62 12 34 56") }) })) });
    const QUuid id = e->dossierId();
    QVERIFY(!id.isNull());
    QTest::mouseClick(
        e->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<DossierEditor*>());

    // Reopened by a double click on its row.
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("dossierView"));
    const QModelIndex source = m_window->dossierModel()->index(m_window->dossierModel()->rowOf(id), 0);
    const QModelIndex shown = m_window->filterModel()->mapFromSource(source);
    QVERIFY(shown.isValid());
    const QPoint at = view->visualRect(shown).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(m_window->findChild<DossierEditor*>());
    e = m_window->findChild<DossierEditor*>();
    QVERIFY(QTest::qWaitForWindowExposed(e));
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QCOMPARE(docs->rowCount(), 1);
    // Its checks come from a worker thread ("Checking…" until then) while the tab is still
    // hidden; long enough to wrap many times.
    QTRY_VERIFY_WITH_TIMEOUT(docs->item(0, 6)->text().size() > 120, 20000);
    QVERIFY(!docs->isVisible());
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(e->findChild<QWidget*>(QStringLiteral("documentsTab")));
    // Its text starts within the table, and the row is at most six lines tall.
    const int most = docs->fontMetrics().lineSpacing() * 6 + 8;
    QTRY_VERIFY2(docs->rowHeight(0) <= most && docs->rowHeight(0) < docs->viewport()->height(),
                 qPrintable(QStringLiteral("row %1 px, table %2 px")
                                .arg(docs->rowHeight(0))
                                .arg(docs->viewport()->height())));
    QVERIFY(docs->rowHeight(0) >= docs->fontMetrics().lineSpacing() * 2);
}

#include "TestDossierEditor.moc"
