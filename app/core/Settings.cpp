#include "Settings.h"

#include "rules/DossierRules.h"

#include <QSettings>
#include <QTemporaryFile>

namespace Mandat {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kReminderDays = QStringLiteral("reminders/days");
const QString kNotifications = QStringLiteral("reminders/notifications");
const QString kLastReminder = QStringLiteral("reminders/lastShown");
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kListState = QStringLiteral("mainWindow/dossierList");

Settings*& current()
{
    static Settings* settings = nullptr;
    return settings;
}
} // namespace

Settings::Settings(QSettings* backing, QTemporaryFile* file)
    : m_settings(backing)
    , m_file(file)
{ }

Settings::~Settings() = default;

Settings& Settings::instance()
{
    if (!current())
        current() = new Settings(new QSettings());
    return *current();
}

void Settings::createTempFileInstance()
{
    delete current();
    auto* file = new QTemporaryFile();
    file->open();
    file->close();
    current() = new Settings(new QSettings(file->fileName(), QSettings::IniFormat), file);
}

QString Settings::language() const
{
    const QString lang = m_settings->value(kLanguage).toString();
    return lang == QLatin1String("fr") || lang == QLatin1String("en") ? lang : QString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

int Settings::reminderDays() const
{
    const int days = m_settings->value(kReminderDays, DossierRules::builtIn().expiryReminderDays()).toInt();
    return qBound(1, days, 365);
}

void Settings::setReminderDays(int days)
{
    m_settings->setValue(kReminderDays, qBound(1, days, 365));
}

bool Settings::notificationsEnabled() const
{
    return m_settings->value(kNotifications, true).toBool();
}

void Settings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(kNotifications, enabled);
}

int Settings::syncIntervalMinutes() const
{
    return qBound(1, m_settings->value(kSyncInterval, 5).toInt(), 24 * 60);
}

void Settings::setSyncIntervalMinutes(int minutes)
{
    m_settings->setValue(kSyncInterval, qBound(1, minutes, 24 * 60));
}

QDate Settings::lastReminderDay() const
{
    return QDate::fromString(m_settings->value(kLastReminder).toString(), Qt::ISODate);
}

void Settings::setLastReminderDay(const QDate& day)
{
    m_settings->setValue(kLastReminder, day.toString(Qt::ISODate));
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowGeometry(const QString& window) const
{
    return m_settings->value(QStringLiteral("windows/%1").arg(window)).toByteArray();
}

void Settings::setWindowGeometry(const QString& window, const QByteArray& geometry)
{
    m_settings->setValue(QStringLiteral("windows/%1").arg(window), geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

QByteArray Settings::dossierListState() const
{
    return m_settings->value(kListState).toByteArray();
}

void Settings::setDossierListState(const QByteArray& state)
{
    m_settings->setValue(kListState, state);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Mandat
