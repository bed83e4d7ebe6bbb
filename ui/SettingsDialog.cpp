#include "SettingsDialog.h"

#include "MessageBox.h"
#include "ProviderDialog.h"
#include "core/Settings.h"
#include "store/Profile.h"
#include "sync/PortalSession.h"
#include "sync/PortalTemplate.h"
#include "templates/MandateGenerator.h"
#include "ui_SettingsDialog.h"

#include <QFile>
#include <QFileDialog>
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
    m_ui->fingerprintLabel->setText(session.pinnedFingerprint().isEmpty()
                                        ? tr("none: the system's authorities")
                                        : session.pinnedFingerprint());
    showProvider();
    showPortalState();
    showPortalTemplate();

    connect(m_ui->editProviderButton, &QPushButton::clicked, this, [this] {
        ProviderDialog dialog(m_profile.dossiers(), this);
        if (dialog.exec() == QDialog::Accepted)
            showProvider();
    });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Pinned authority"), QString(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(path);
    });
    connect(m_ui->caEdit, &QLineEdit::textChanged, this, [this] {
        QString error;
        const QByteArray pem = readCa(&error);
        m_ui->fingerprintLabel->setText(!error.isEmpty()    ? error
                                            : pem.isEmpty() ? m_session.pinnedFingerprint()
                                                            : PortalSession::fingerprint(pem));
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

QByteArray SettingsDialog::readCa(QString* error) const
{
    const QString path = m_ui->caEdit->text().trimmed();
    if (path.isEmpty())
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
    QByteArray pem = readCa(error);
    if (!error->isEmpty())
        return false;
    // The window pins authorities only; a server key pinned from the command line stays until
    // an authority replaces it, with the user's approval.
    QByteArray key;
    if (pem.isEmpty()) {
        pem = m_session.pinnedPem();
        key = m_session.pinnedKey();
    } else if (((!m_session.pinnedPem().isEmpty() && pem != m_session.pinnedPem())
                || !m_session.pinnedKey().isEmpty())
               && MessageBox::question(
                      this, tr("Pinned authority"),
                      tr("The pinned authority changes (now %1, new %2). Trust the new one?")
                          .arg(m_session.pinnedFingerprint(), PortalSession::fingerprint(pem)))
                   != QMessageBox::Yes) {
        *error = tr("The pinned authority was kept.");
        return false;
    }
    return m_session.configure(QUrl(url), m_ui->userEdit->text(), pem, key, error);
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
    Settings& s = Settings::instance();
    s.setReminderDays(m_ui->reminderSpin->value());
    s.setNotificationsEnabled(m_ui->notificationsCheck->isChecked());
    s.setSyncIntervalMinutes(m_ui->syncSpin->value());
    s.setLanguage(m_ui->languageBox->currentData().toString());
    s.sync();
    QDialog::accept();
}

} // namespace Mandat
