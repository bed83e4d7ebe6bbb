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
 * the CLI finds them too) with the operator's blank mandate, reminders, sync interval and
 * language (Settings, per user).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Profile& profile, PortalSession& session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

public slots:
    void accept() override;
    void reject() override;
    bool login();
    // Fetches the operator's blank mandate and keeps it in the profile (as `portal template`).
    bool fetchTemplate();

signals:
    void loggedIn();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showProvider();
    void showPortalState();
    void showPortalTemplate();
    void setFetching(bool fetching);
    bool savePortal(QString* error);
    enum class PinKind { Authority, ServerKey };
    PinKind pinKind() const;
    void showPin();
    // The PEM certificate in the pin field's file, empty without one (*error says why not).
    QByteArray readCa(QString* error) const;
    // The pin field still shows the file the current pin came from, of the same kind.
    bool pinUnchanged() const;

    QScopedPointer<Ui::SettingsDialog> m_ui;
    Profile& m_profile;
    PortalSession& m_session;
    QString m_pinFile; // where the current pin was read from, as saved in the profile
    bool m_dropPin = false; // "Remove the pin" clicked: saved with the portal's settings
    bool m_fetching = false; // a network call runs in a nested event loop: the dialog stays open
};

} // namespace Mandat
