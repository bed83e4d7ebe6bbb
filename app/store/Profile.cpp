#include "Profile.h"

#include "core/Logging.h"

#include <QDir>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Mandat {

Profile::Profile()
    : m_dossiers(m_db, m_blobs)
    , m_mappings(m_db)
{ }

Profile::~Profile() = default;

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::demoDirectory()
{
    return QDir::cleanPath(defaultDirectory()) + QStringLiteral("-demo");
}

bool Profile::isDemo() const
{
    return !m_directory.isEmpty() && QDir(m_directory) == QDir(demoDirectory());
}

QString Profile::databasePath() const
{
    return m_directory + QStringLiteral("/mandatdesk.sqlite");
}

bool Profile::open(const QString& directory, QString* error)
{
    const QString dir = QDir(directory.isEmpty() ? defaultDirectory() : directory).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the profile folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_directory = dir;
    m_blobs.setRoot(dir + QStringLiteral("/documents"));
    if (!m_db.open(databasePath(), error))
        return false;
    qCInfo(lcStore) << "profile opened:" << dir;
    return true;
}

QString Profile::currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Started without a login shell's environment (a launcher, a service): the account itself.
    if (name.isEmpty())
        if (const passwd* account = getpwuid(getuid()))
            name = QString::fromLocal8Bit(account->pw_name);
#endif
    return name.isEmpty() ? QStringLiteral("local") : name;
}

} // namespace Mandat
