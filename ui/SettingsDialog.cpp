#include "SettingsDialog.h"

#include "MessageBox.h"
#include "ProviderDialog.h"
#include "WindowGeometry.h"
#include "core/Settings.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"
#include "sync/PortalSession.h"
#include "sync/PortalTemplate.h"
#include "templates/MandateGenerator.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace Mandat {

SettingsDialog::SettingsDialog(Profile& profile, PortalSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_profile(profile)
    , m_session(session)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    Settings& s = Settings::instance();
    m_ui->reminderSpin->setSuffix(tr(" days"));
    m_ui->syncSpin->setSuffix(tr(" min"));
    m_ui->reminderSpin->setValue(s.reminderDays());
    m_ui->notificationsCheck->setChecked(s.notificationsEnabled());
    m_ui->syncSpin->setValue(s.syncIntervalMinutes());
    m_ui->languageBox->addItem(tr("System language"), QString());
    m_ui->languageBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageBox->setCurrentIndex(qMax(0, m_ui->languageBox->findData(s.language())));

    m_ui->urlEdit->setText(session.url().toString());
    m_ui->userEdit->setText(session.user());
    m_ui->pinKindBox->addItem(tr("Authority"), int(PinKind::Authority));
    m_ui->pinKindBox->addItem(tr("Server key"), int(PinKind::ServerKey));
    m_ui->pinKindBox->setCurrentIndex(session.pinnedKey().isEmpty() ? 0 : 1);
    if (!session.pinnedFingerprint().isEmpty()) {
        m_pinFile = ProfileSettings(m_profile.database()).portalPinFile();
        m_ui->caEdit->setText(m_pinFile);
    }
    // Enter in the password field logs in; it does not close the dialog and drop the password.
    m_ui->passwordEdit->installEventFilter(this);
    m_ui->shareDraftsCheck->setChecked(ProfileSettings(m_profile.database()).shareDrafts());
    showPin();
    showProvider();
    showPortalState();
    showPortalTemplate();

    connect(m_ui->editProviderButton, &QPushButton::clicked, this, [this] {
        ProviderDialog dialog(m_profile.dossiers(), this);
        if (dialog.exec() == QDialog::Accepted)
            showProvider();
    });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, pinKind() == PinKind::ServerKey ? tr("The portal's certificate") : tr("Pinned authority"),
            QString(), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(path);
    });
    connect(m_ui->caEdit, &QLineEdit::textChanged, this, &SettingsDialog::showPin);
    connect(m_ui->pinKindBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::showPin);
    connect(m_ui->dropPinButton, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Remove the pin"),
                                 tr("Trust every certificate the system's authorities sign for %1 again, "
                                    "instead of the pinned %2?")
                                     .arg(m_ui->urlEdit->text().trimmed(), m_session.pinnedFingerprint()))
            != QMessageBox::Yes)
            return;
        m_dropPin = true;
        m_ui->caEdit->clear();
        showPin();
    });
    connect(m_ui->loginButton, &QPushButton::clicked, this, &SettingsDialog::login);
    connect(m_ui->fetchTemplateButton, &QPushButton::clicked, this, &SettingsDialog::fetchTemplate);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, [this] {
        m_session.logout();
        showPortalState();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showProvider()
{
    QString error;
    const std::optional<Company> c = m_profile.dossiers().provider(&error);
    m_ui->providerSummary->setText(
        c ? QStringLiteral("<b>%1</b> %2<br>%3<br>SIREN %4 — RCS %5<br>%6, %7")
                .arg(c->legalName.toHtmlEscaped(), c->legalForm.toHtmlEscaped(), c->address.toHtmlEscaped(),
                     c->siren, c->rcsCity.toHtmlEscaped(), c->representativeName.toHtmlEscaped(),
                     c->representativeTitle.toHtmlEscaped())
          : tr("Not entered yet: the mandates need it."));
}

void SettingsDialog::showPortalState()
{
    m_ui->portalStatus->setText(m_session.isLoggedIn()
                                    ? (m_session.sessionKept()
                                           ? tr("Logged in. The session is kept in the system keychain.")
                                           : tr("Logged in for this session (no system keychain here)."))
                                    : tr("Not logged in: dossiers wait in the outbox until you log in."));
    m_ui->logoutButton->setEnabled(m_session.isLoggedIn());
}

SettingsDialog::PinKind SettingsDialog::pinKind() const
{
    return PinKind(m_ui->pinKindBox->currentData().toInt());
}

void SettingsDialog::showPin()
{
    QString error;
    const QByteArray pem = readCa(&error);
    const bool key = pinKind() == PinKind::ServerKey;
    m_ui->caEdit->setPlaceholderText(key ? tr("The portal's own certificate (PEM), from the operator")
                                         : tr("Only if the operator gave you one (PEM)"));
    QString shown;
    if (!error.isEmpty())
        shown = error;
    else if (!pem.isEmpty())
        shown = key ? tr("server key %1").arg(PortalSession::keyFingerprint(PortalSession::keyHash(pem)))
                    : tr("authority %1").arg(PortalSession::fingerprint(pem));
    else if (m_dropPin || m_session.pinnedFingerprint().isEmpty())
        shown = tr("none: the system's authorities");
    else
        shown = (m_session.pinnedKey().isEmpty() ? tr("authority %1") : tr("server key %1"))
                    .arg(m_session.pinnedFingerprint());
    m_ui->fingerprintLabel->setText(shown);
    m_ui->dropPinButton->setEnabled(!m_dropPin && !m_session.pinnedFingerprint().isEmpty());
}

bool SettingsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->passwordEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_fetching)
                login();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool SettingsDialog::pinUnchanged() const
{
    return !m_dropPin && !m_pinFile.isEmpty() && m_ui->caEdit->text().trimmed() == m_pinFile
        && (pinKind() == PinKind::ServerKey) == !m_session.pinnedKey().isEmpty();
}

QByteArray SettingsDialog::readCa(QString* error) const
{
    const QString path = m_ui->caEdit->text().trimmed();
    // The file the pin came from is not read again: it may have moved since.
    if (path.isEmpty() || pinUnchanged())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray pem = file.readAll();
    if (PortalSession::fingerprint(pem).isEmpty()) {
        *error = tr("%1 holds no PEM certificate.").arg(path);
        return {};
    }
    return pem;
}

bool SettingsDialog::savePortal(QString* error)
{
    const QString url = m_ui->urlEdit->text().trimmed();
    if (url.isEmpty() && m_session.url().isEmpty())
        return true;
    const QByteArray file = readCa(error);
    if (!error->isEmpty())
        return false;
    // No file: the pin stays as it is (or goes, if the user removed it). A file pins an
    // authority, or the key of the portal's certificate; replacing another pin is asked.
    QByteArray pem;
    QByteArray key;
    if (file.isEmpty()) {
        if (!m_dropPin) {
            pem = m_session.pinnedPem();
            key = m_session.pinnedKey();
        }
    } else {
        QString fingerprint;
        if (pinKind() == PinKind::ServerKey) {
            key = PortalSession::keyHash(file);
            fingerprint = PortalSession::keyFingerprint(key);
        } else {
            pem = file;
            fingerprint = PortalSession::fingerprint(pem);
        }
        const bool replaces = !m_session.pinnedFingerprint().isEmpty() && !m_dropPin
            && ((pinKind() == PinKind::ServerKey && key != m_session.pinnedKey())
                || (pinKind() == PinKind::Authority && pem != m_session.pinnedPem()));
        if (replaces
            && MessageBox::question(this, tr("Pinned certificate"),
                                    tr("The pin changes (now %1, new %2). Trust the new one?")
                                        .arg(m_session.pinnedFingerprint(), fingerprint))
                != QMessageBox::Yes) {
            *error = tr("The pin was kept.");
            return false;
        }
    }
    if (!m_session.configure(QUrl(url), m_ui->userEdit->text(), pem, key, error))
        return false;
    m_pinFile = m_session.pinnedFingerprint().isEmpty() ? QString() : m_ui->caEdit->text().trimmed();
    ProfileSettings(m_profile.database()).setPortalPinFile(m_pinFile);
    m_dropPin = false;
    return true;
}

void SettingsDialog::showPortalTemplate()
{
    const bool kept = !MandateGenerator::portalTemplate(m_profile).isEmpty();
    const QDateTime fetched = MandateGenerator::portalTemplateFetched(m_profile);
    m_ui->portalTemplateState->setText(
        !kept ? tr("Not fetched yet. Once fetched, it is kept here and \"Generate the mandate\" can fill it, "
                   "even offline.")
              : tr("Kept here since %1: \"Generate the mandate\" can fill it, even offline. Fetch it again "
                   "when "
                   "the operator changes it.")
                    .arg(QLocale().toString(fetched.toLocalTime(), QLocale::ShortFormat)));
}

void SettingsDialog::setFetching(bool fetching)
{
    m_fetching = fetching;
    m_ui->fetchProgress->setVisible(fetching);
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->fetchTemplateButton, m_ui->loginButton,
                                                        m_ui->logoutButton, m_ui->buttonBox })
        w->setEnabled(!fetching);
    if (!fetching)
        showPortalState(); // the log-out button follows the session
}

bool SettingsDialog::fetchTemplate()
{
    if (m_fetching)
        return false;
    const std::unique_ptr<PortalClient> client = m_session.client();
    if (!client) {
        const QString error
            = tr("Log in to the portal first: the operator gives its blank mandate to its accounts only.");
        m_ui->portalTemplateState->setText(error);
        MessageBox::warning(this, tr("Operator portal"), error);
        return false;
    }
    setFetching(true);
    m_ui->portalTemplateState->setText(tr("Fetching the blank mandate from %1…").arg(m_session.url().host()));
    PortalTemplate::Result result;
    QString error;
    const bool fetched = PortalTemplate::fetch(m_profile, *client, &result, &error);
    setFetching(false);
    if (!fetched) {
        m_ui->portalTemplateState->setText(tr("Not fetched: %1").arg(error));
        MessageBox::warning(this, tr("Operator portal"),
                            tr("The operator's blank mandate could not be fetched.\n\n%1").arg(error));
        return false;
    }
    showPortalTemplate();
    return true;
}

void SettingsDialog::reject()
{
    if (!m_fetching)
        QDialog::reject();
}

bool SettingsDialog::login()
{
    QString error;
    if (!savePortal(&error) || !m_session.login(m_ui->passwordEdit->text(), &error)) {
        m_ui->portalStatus->setText(tr("Not logged in: %1").arg(error));
        MessageBox::warning(this, tr("Operator portal"), tr("Login failed.\n\n%1").arg(error));
        return false;
    }
    m_ui->passwordEdit->clear();
    showPortalState();
    emit loggedIn();
    return true;
}

void SettingsDialog::accept()
{
    if (m_fetching)
        return;
    QString error;
    if (!savePortal(&error)) {
        m_ui->tabs->setCurrentWidget(m_ui->portalTab);
        MessageBox::warning(this, tr("Operator portal"), error);
        return;
    }
    ProfileSettings(m_profile.database()).setShareDrafts(m_ui->shareDraftsCheck->isChecked());
    Settings& s = Settings::instance();
    s.setReminderDays(m_ui->reminderSpin->value());
    s.setNotificationsEnabled(m_ui->notificationsCheck->isChecked());
    s.setSyncIntervalMinutes(m_ui->syncSpin->value());
    s.setLanguage(m_ui->languageBox->currentData().toString());
    s.sync();
    QDialog::accept();
}

} // namespace Mandat
