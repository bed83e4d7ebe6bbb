// The operator's mandate forms in the window, driven through the widgets: the mapping dialog
// (fields, proposed values, corrected with a combo, saved in the profile; placements for a
// PDF without fields), "Generate the mandate" on a chosen form with a place and dates, and
// the portal's blank mandate fetched from Settings over TLS and offered for generating.
#include "DossierEditor.h"
#include "DossierListModel.h"
#include "Fixtures.h"
#include "GenerateMandateDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "SettingsDialog.h"
#include "TemplateMappingDialog.h"
#include "TestCertificates.h"
#include "WindowFixture.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "store/BlobStore.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"
#include "sync/PortalSession.h"
#include "templates/FormFiller.h"
#include "templates/MandateGenerator.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

class TestTemplateDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mappingDialogSavesTheCorrectedMapping();
    void placementsForAPdfWithoutFields();
    void generateOnAnOperatorForm();
    void portalTemplateFetchedFromSettings();

private:
    TemplateMappingDialog* openFormsFromTheMenu();
    GenerateMandateDialog* openGenerateDialog(DossierEditor* e);
    DossierEditor* openDossier();
    static QComboBox* valueCombo(QTableWidget* table, const QString& field);
    static void choose(QComboBox* combo, const QString& key);
    static void typeNumber(QAbstractSpinBox* box, const QString& text);
    static void click(QWidget* dialog, QDialogButtonBox::StandardButton which);
    static void fitsTheSmallScreen(QWidget* w);
    QMap<QString, QString> filledMandateValues(const QUuid& dossierId);

    FixedClock* m_clock = nullptr;
    QTemporaryDir m_dir;
    QString m_form; // an operator's PDF form, made by Ghostscript
    QByteArray m_formPdf;
    QScopedPointer<QTemporaryDir> m_profileDir;
    QScopedPointer<Profile> m_profile;
    QScopedPointer<MemoryCredentialStore> m_credentials;
    QScopedPointer<MainWindow> m_window;
};

void TestTemplateDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::createTempFileInstance();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    m_clock = new FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(m_clock);
    m_form = m_dir.filePath(QStringLiteral("operator-form.pdf"));
    m_formPdf = Fixtures::operatorForm(m_form);
    QVERIFY2(!m_formPdf.isEmpty(), "Ghostscript (gs) makes the operator's form");
}

void TestTemplateDialogs::init()
{
    QString error;
    QVERIFY2(WindowFixture::open(m_profileDir, m_profile, m_credentials, m_window, &error),
             qPrintable(error));
}

void TestTemplateDialogs::cleanup()
{
    WindowFixture::close(m_window, m_profile);
}

TemplateMappingDialog* TestTemplateDialogs::openFormsFromTheMenu()
{
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuDossier"));
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionTemplateForms"));
    if (!menu || !action || !menu->actions().contains(action) || !action->isEnabled())
        return nullptr;
    action->trigger();
    const QList<TemplateMappingDialog*> dialogs = m_window->findChildren<TemplateMappingDialog*>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

DossierEditor* TestTemplateDialogs::openDossier()
{
    Dossier d;
    d.name = QStringLiteral("Campagne Été 2027");
    d.client.legalName = QStringLiteral("Boulangeries Réunies");
    d.client.siren = QStringLiteral("518452750");
    d.numbers = { QStringLiteral("+33162123456") };
    QString error;
    if (!m_profile->dossiers().createDossier(d, {}, &error))
        return nullptr;
    m_window->dossierModel()->refresh(d.id);
    return m_window->openDossier(d.id);
}

GenerateMandateDialog* TestTemplateDialogs::openGenerateDialog(DossierEditor* e)
{
    auto* tabs = e->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(e->findChild<QWidget*>(QStringLiteral("documentsTab")));
    QTest::mouseClick(e->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
    auto* dialog = e->findChild<GenerateMandateDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QComboBox* TestTemplateDialogs::valueCombo(QTableWidget* table, const QString& field)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == field)
            return qobject_cast<QComboBox*>(table->cellWidget(row, 3));
    return nullptr;
}

// Picks the entry with the keyboard, as a user does: the combo's first entry, then down.
void TestTemplateDialogs::choose(QComboBox* combo, const QString& key)
{
    QVERIFY(combo);
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), key);
}

void TestTemplateDialogs::typeNumber(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

void TestTemplateDialogs::click(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton* button = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(which);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Every dialog fits a 1366×768 screen.
void TestTemplateDialogs::fitsTheSmallScreen(QWidget* w)
{
    const QSize size = w->frameGeometry().size().expandedTo(w->minimumSizeHint());
    QVERIFY2(
        size.width() <= 1366 && size.height() <= 740,
        qPrintable(QStringLiteral("%1: %2×%3").arg(w->objectName()).arg(size.width()).arg(size.height())));
}

QMap<QString, QString> TestTemplateDialogs::filledMandateValues(const QUuid& dossierId)
{
    QString error;
    QByteArray pdf;
    for (const Document& d : m_profile->dossiers().documents(dossierId, &error))
        if (d.kind == Document::Kind::FilledMandate)
            pdf = m_profile->blobs().read(d.sha256, &error);
    return FormFiller::read(pdf, &error);
}

void TestTemplateDialogs::mappingDialogSavesTheCorrectedMapping()
{
    // Dossier, "Operator's mandate forms…": the form's path typed in, Enter.
    TemplateMappingDialog* dialog = openFormsFromTheMenu();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fitsTheSmallScreen(dialog);
    auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    auto* fileEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    QTest::keyClicks(fileEdit, m_form);
    QTest::keyClick(fileEdit, Qt::Key_Return);
    QVERIFY(save->isEnabled());

    // Its fields, with the values MandatDesk proposes.
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("fieldsTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 5);
    const QList<std::pair<QString, QString>> proposed {
        { QStringLiteral("Denomination"), QStringLiteral("client.legal_name") },
        { QStringLiteral("SIREN_titulaire"), QStringLiteral("client.siren") },
        { QStringLiteral("Numeros"), QStringLiteral("numbers") },
        { QStringLiteral("Prestataire"), QStringLiteral("provider.legal_name") },
        { QStringLiteral("Lieu"), QStringLiteral("place") },
    };
    for (int row = 0; row < proposed.size(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), proposed.at(row).first);
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Text"));
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("1"));
        QCOMPARE(valueCombo(table, proposed.at(row).first)->currentData().toString(),
                 proposed.at(row).second);
    }
    QCOMPARE(valueCombo(table, QStringLiteral("Lieu"))->currentText(),
             QStringLiteral("Place of signature (\"Fait à\")"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("proposes")), qPrintable(status->text()));

    // "Lieu" takes the provider's RCS city instead; Save.
    choose(valueCombo(table, QStringLiteral("Lieu")), QStringLiteral("provider.rcs_city"));
    click(dialog, QDialogButtonBox::Save);
    QTRY_VERIFY(!m_window->findChild<TemplateMappingDialog*>());

    // Remembered for this form, as `template map --save` does: the whole mapping.
    const QString sha = BlobStore::sha256Hex(m_formPdf);
    QString error;
    const QMap<QString, QString> saved = m_profile->templateMappings().mapping(sha, &error);
    QCOMPARE(saved.value(QStringLiteral("Lieu")), QStringLiteral("provider.rcs_city"));
    QCOMPARE(saved.value(QStringLiteral("Denomination")), QStringLiteral("client.legal_name"));
    QCOMPARE(saved.size(), 5);

    // Filling the form uses it.
    TemplateValues::Input input;
    input.dossier.client.legalName = QStringLiteral("Boulangeries Réunies");
    input.place = QStringLiteral("Nantes");
    input.date = m_clock->today();
    const std::optional<MandateGenerator::Outcome> out
        = MandateGenerator::generate(*m_profile, m_formPdf, input, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(out->mappingSource, MandateGenerator::MappingSource::Saved);
    const QMap<QString, QString> values = FormFiller::read(out->fill.pdf, &error);
    QCOMPARE(values.value(QStringLiteral("Lieu")), QStringLiteral("Lyon"));
    QCOMPARE(values.value(QStringLiteral("Denomination")), QStringLiteral("Boulangeries Réunies"));

    // Opened again: the saved values, said to be saved.
    dialog = openFormsFromTheMenu();
    QVERIFY(dialog);
    QVERIFY(dialog->openFile(m_form));
    table = dialog->findChild<QTableWidget*>(QStringLiteral("fieldsTable"));
    QCOMPARE(valueCombo(table, QStringLiteral("Lieu"))->currentData().toString(),
             QStringLiteral("provider.rcs_city"));
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("saved")));

    // A file that is not a PDF: said, and nothing to save.
    auto* fileEdit2 = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    fileEdit2->clear();
    const QString notPdf = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(Fixtures::writeFile(notPdf, "not a form"));
    QTest::keyClicks(fileEdit2, notPdf);
    QTest::keyClick(fileEdit2, Qt::Key_Return);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("PDF")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
    QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    click(dialog, QDialogButtonBox::Cancel);
}

void TestTemplateDialogs::placementsForAPdfWithoutFields()
{
    const QString plain = m_dir.filePath(QStringLiteral("modele-sans-champs.pdf"));
    QVERIFY(Fixtures::writeFile(plain, Fixtures::textPdf({ QStringLiteral("MANDAT\n\nDénomination :") })));
    TemplateMappingDialog* dialog = openFormsFromTheMenu();
    QVERIFY(dialog);
    auto* fileEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    QTest::keyClicks(fileEdit, plain);
    QTest::keyClick(fileEdit, Qt::Key_Return);
    QCOMPARE(dialog->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("placementsPage"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QLatin1String("no form field")));

    // "Add a value": the client's name, page 1, 200 points from the left, 80 from the top, 11 points.
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("placementsTable"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPlacementButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    choose(qobject_cast<QComboBox*>(table->cellWidget(0, 0)), QStringLiteral("client.legal_name"));
    typeNumber(qobject_cast<QAbstractSpinBox*>(table->cellWidget(0, 2)), QStringLiteral("200"));
    typeNumber(qobject_cast<QAbstractSpinBox*>(table->cellWidget(0, 3)), QStringLiteral("80"));
    typeNumber(qobject_cast<QAbstractSpinBox*>(table->cellWidget(0, 4)), QStringLiteral("11"));
    // A second one, removed again.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPlacementButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removePlacementButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    click(dialog, QDialogButtonBox::Save);
    QTRY_VERIFY(!m_window->findChild<TemplateMappingDialog*>());

    // Remembered as `template place` does, and used to fill it.
    QString error;
    const QByteArray pdf = Fixtures::readFile(plain);
    const QList<TemplateMappings::Placement> placements
        = m_profile->templateMappings().placements(BlobStore::sha256Hex(pdf), &error);
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements.first().key, QStringLiteral("client.legal_name"));
    QCOMPARE(placements.first().page, 1);
    QCOMPARE(placements.first().x, 200.0);
    QCOMPARE(placements.first().y, 80.0);
    QCOMPARE(placements.first().size, 11.0);
    TemplateValues::Input input;
    input.dossier.client.legalName = QStringLiteral("Boulangeries Réunies");
    const std::optional<MandateGenerator::Outcome> out
        = MandateGenerator::generate(*m_profile, pdf, input, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(out->mappingSource, MandateGenerator::MappingSource::Placements);
    QCOMPARE(out->fill.valuesPlaced, 1);
}

void TestTemplateDialogs::generateOnAnOperatorForm()
{
    DossierEditor* e = openDossier();
    QVERIFY(e);
    GenerateMandateDialog* dialog = openGenerateDialog(e);
    QVERIFY(dialog);
    fitsTheSmallScreen(dialog);
    // No portal template kept: MandatDesk's is chosen, the portal's cannot be.
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("ownRadio"))->isChecked());
    QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("portalRadio"))->isEnabled());
    auto* mappingButton = dialog->findChild<QPushButton*>(QStringLiteral("mappingButton"));
    QVERIFY(!mappingButton->isEnabled());
    QCOMPARE(dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->date(), m_clock->today());
    QCOMPARE(dialog->findChild<QDateEdit*>(QStringLiteral("startEdit"))->date(), m_clock->today());

    // The operator's form from the disk…
    QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("fileRadio")), Qt::LeftButton);
    auto* fileEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    QTest::keyClicks(fileEdit, m_form);
    QTest::keyClick(fileEdit, Qt::Key_Tab);
    QVERIFY(mappingButton->isEnabled());
    auto* mappingLabel = dialog->findChild<QLabel*>(QStringLiteral("mappingLabel"));
    QVERIFY2(mappingLabel->text().contains(QLatin1String("proposes")), qPrintable(mappingLabel->text()));

    // … its mapping: "Prestataire" takes the date of signature, for this test to see it.
    QTest::mouseClick(mappingButton, Qt::LeftButton);
    auto* mapping = dialog->findChild<TemplateMappingDialog*>();
    QVERIFY(mapping);
    QVERIFY(QTest::qWaitForWindowExposed(mapping));
    QCOMPARE(mapping->templateSha256(), BlobStore::sha256Hex(m_formPdf));
    auto* fields = mapping->findChild<QTableWidget*>(QStringLiteral("fieldsTable"));
    QCOMPARE(fields->rowCount(), 5);
    choose(valueCombo(fields, QStringLiteral("Prestataire")), QStringLiteral("date"));
    click(mapping, QDialogButtonBox::Save);
    QTRY_VERIFY(!dialog->findChild<TemplateMappingDialog*>());
    QVERIFY2(mappingLabel->text().contains(QLatin1String("saved")), qPrintable(mappingLabel->text()));

    // … the place and the dates; Generate.
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("placeEdit")),
                     QStringLiteral("Saint-Étienne"));
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 12, 5));
    dialog->findChild<QDateEdit*>(QStringLiteral("startEdit"))->setDate(QDate(2027, 1, 1));
    click(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!e->findChild<GenerateMandateDialog*>());

    // The filled mandate is in the dossier, with those values.
    auto* docs = e->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QCOMPARE(docs->rowCount(), 1);
    QCOMPARE(docs->item(0, 0)->text(), Document::kindLabel(Document::Kind::FilledMandate));
    const QMap<QString, QString> values = filledMandateValues(e->dossierId());
    QCOMPARE(values.value(QStringLiteral("Lieu")), QStringLiteral("Saint-Étienne"));
    QCOMPARE(values.value(QStringLiteral("Prestataire")), QStringLiteral("5 décembre 2026"));
    QCOMPARE(values.value(QStringLiteral("Denomination")), QStringLiteral("Boulangeries Réunies"));
    QCOMPARE(values.value(QStringLiteral("SIREN_titulaire")), QStringLiteral("518 452 750"));
    QVERIFY(e->findChild<QLabel*>(QStringLiteral("readinessLabel"))
                ->text()
                .contains(QLatin1String("operator-form.pdf")));

    // A form that cannot be filled (no field, nothing placed): said, and the dialog stays.
    const QString plain = m_dir.filePath(QStringLiteral("vide.pdf"));
    QVERIFY(Fixtures::writeFile(plain, Fixtures::textPdf({ QStringLiteral("Mandat") })));
    dialog = openGenerateDialog(e);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("fileRadio")), Qt::LeftButton);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit")), plain);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(dialog, QDialogButtonBox::Ok);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("no form field")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(docs->rowCount(), 1);
    click(dialog, QDialogButtonBox::Cancel);
}

void TestTemplateDialogs::portalTemplateFetchedFromSettings()
{
    // The reference portal, over TLS on 127.0.0.1, serving the operator's form and its mapping.
    QTemporaryDir portalDir;
    QSslConfiguration tls;
    QSslCertificate ca;
    QString error;
    QVERIFY2(TestCertificates::make(portalDir.path(), &tls, &ca, &error), qPrintable(error));
    PortalStore portalStore(portalDir.filePath(QStringLiteral("portal.sqlite")));
    QVERIFY(portalStore.open(&error));
    QVERIFY(portalStore.addUser(QStringLiteral("agent"), QStringLiteral("pw"), QStringLiteral("acme"), false,
                                true, &error));
    const QString mappingPath = portalDir.filePath(QStringLiteral("mapping.json"));
    QVERIFY(Fixtures::writeFile(mappingPath, R"({"fields": {"Denomination": "client.legal_name",
        "SIREN_titulaire": "client.siren", "Numeros": "numbers", "Prestataire": "provider.siren",
        "Lieu": "place"}})"));
    PortalServer server(portalStore);
    server.setClock([this] { return m_clock->currentDateTimeUtc(); });
    server.setTemplate(m_form, mappingPath);
    const quint16 port = server.listen(tls, QHostAddress::LocalHost, 0);
    QVERIFY(port);
    const QString caPath = portalDir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(Fixtures::writeFile(caPath, ca.toPem()));

    {
        SettingsDialog settings(*m_profile, m_window->portalSession(), m_window.data());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        fitsTheSmallScreen(&settings);
        settings.findChild<QTabWidget*>(QStringLiteral("tabs"))
            ->setCurrentWidget(settings.findChild<QWidget*>(QStringLiteral("portalTab")));
        auto* fetch = settings.findChild<QPushButton*>(QStringLiteral("fetchTemplateButton"));
        auto* state = settings.findChild<QLabel*>(QStringLiteral("portalTemplateState"));
        QVERIFY(state->text().contains(QLatin1String("Not fetched yet")));

        // Not logged in yet: a sentence says what to do.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Log in")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MandateGenerator::portalTemplate(*m_profile).isEmpty());

        QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("urlEdit")),
                         QStringLiteral("https://127.0.0.1:%1").arg(port));
        QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("agent"));
        QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("caEdit")), caPath);
        QTest::keyClicks(settings.findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                         QStringLiteral("pw"));
        QTest::mouseClick(settings.findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        QVERIFY2(m_window->portalSession().isLoggedIn(), qPrintable(MessageBox::lastText()));

        // Fetch: kept in the profile with the portal's mapping.
        QTest::mouseClick(fetch, Qt::LeftButton);
        QCOMPARE(MandateGenerator::portalTemplate(*m_profile), m_formPdf);
        QVERIFY2(state->text().contains(QLatin1String("Kept here")), qPrintable(state->text()));
        QVERIFY(!settings.findChild<QWidget*>(QStringLiteral("fetchProgress"))->isVisible());
        QVERIFY(fetch->isEnabled());
        QCOMPARE(m_profile->templateMappings()
                     .mapping(BlobStore::sha256Hex(m_formPdf), &error)
                     .value(QStringLiteral("Prestataire")),
                 QStringLiteral("provider.siren"));
        settings.accept();
    }

    // "Generate the mandate" offers it, chosen first; the mandate is filled on it.
    DossierEditor* e = openDossier();
    QVERIFY(e);
    GenerateMandateDialog* dialog = openGenerateDialog(e);
    QVERIFY(dialog);
    auto* portalRadio = dialog->findChild<QRadioButton*>(QStringLiteral("portalRadio"));
    QVERIFY(portalRadio->isEnabled());
    QVERIFY(portalRadio->isChecked());
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("portalHint"))->text().contains(QLatin1String("Fetched")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("mappingButton"))->isEnabled());
    click(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!e->findChild<GenerateMandateDialog*>());
    const QMap<QString, QString> values = filledMandateValues(e->dossierId());
    QCOMPARE(values.value(QStringLiteral("Prestataire")), QStringLiteral("732 829 320"));
    QCOMPARE(values.value(QStringLiteral("Lieu")), QStringLiteral("Lyon")); // no place given: the RCS city
    QVERIFY(e->findChild<QLabel*>(QStringLiteral("readinessLabel"))
                ->text()
                .contains(QLatin1String("the operator's template")));
}

QTEST_MAIN(TestTemplateDialogs)
#include "TestTemplateDialogs.moc"
