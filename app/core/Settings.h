#pragma once

#include <QByteArray>
#include <QDate>
#include <QScopedPointer>
#include <QString>

class QSettings;
class QTemporaryFile;

namespace Mandat {

/*
 * The desktop user's preferences, through QSettings, behind typed accessors: the rest
 * of the code never spells a key or a default. What belongs to a book of dossiers (the
 * provider's identity, the portal, its pinned authority) lives in the profile, where the
 * CLI reads it too; the settings dialog edits both.
 *
 * Tests call createTempFileInstance() so they never read or write the user's settings.
 */
class Settings
{
public:
    static Settings& instance();
    // A fresh instance over a temporary INI file, for tests.
    static void createTempFileInstance();
    ~Settings();

    // "fr", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& language);

    // Days before a mandate's end when MandatDesk reminds the user.
    int reminderDays() const;
    void setReminderDays(int days);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Minutes between two syncs with the portal while the application runs.
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);

    // The last day an expiry reminder was shown, so it is shown once a day.
    QDate lastReminderDay() const;
    void setLastReminderDay(const QDate& day);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    // The size and place of a dialog, by name (saveGeometry()); empty when never closed.
    QByteArray windowGeometry(const QString& window) const;
    void setWindowGeometry(const QString& window, const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    QByteArray dossierListState() const;
    void setDossierListState(const QByteArray& state);

    void sync();
    QString fileName() const;

private:
    explicit Settings(QSettings* backing, QTemporaryFile* file = nullptr);
    QScopedPointer<QSettings> m_settings;
    QScopedPointer<QTemporaryFile> m_file;
};

} // namespace Mandat
