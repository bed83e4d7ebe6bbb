#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace Mandat {

class PortalSession;
class Profile;

/*
 * Settings in one place: the provider's identity and the portal (kept in the profile, where
 * the CLI finds them too), reminders, sync interval and language (Settings, per user).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Profile& profile, PortalSession& session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

public slots:
    void accept() override;
    bool login();

signals:
    void loggedIn();

private:
    void showProvider();
    void showPortalState();
    bool savePortal(QString* error);
    QByteArray readCa(QString* error) const;

    QScopedPointer<Ui::SettingsDialog> m_ui;
    Profile& m_profile;
    PortalSession& m_session;
};

} // namespace Mandat
