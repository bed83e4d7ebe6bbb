#include "Module.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <map>
#include <memory>

#ifndef MANDATDESK_MODULE_RELDIR
#define MANDATDESK_MODULE_RELDIR "../lib/mandatdesk"
#endif

namespace Mandat {

namespace {
QString executableDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Before the application object exists (the CLI's launcher decides first).
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
}
} // namespace

QStringList Module::searchPath()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("MANDATDESK_MODULE_DIR");
    if (!fromEnv.isEmpty())
        dirs.append(fromEnv);
    const QDir bin(executableDir());
    for (const char* relative : { MANDATDESK_MODULE_RELDIR, "../lib/mandatdesk" }) {
        const QString dir = QDir::cleanPath(bin.absoluteFilePath(QString::fromUtf8(relative)));
        if (!dirs.contains(dir))
            dirs.append(dir);
    }
    return dirs;
}

void* Module::resolve(const char* name, const char* symbol, QString* error)
{
    static QMutex mutex;
    // Destroyed at exit without unloading: QLibrary unloads only when asked to.
    static std::map<QByteArray, std::unique_ptr<QLibrary>> loaded;
    const QMutexLocker lock(&mutex);
    std::unique_ptr<QLibrary>& library = loaded[QByteArray(name)];
    if (!library) {
        const QString file = QStringLiteral("libmandatdesk_%1.so").arg(QString::fromUtf8(name));
        QString why;
        for (const QString& dir : searchPath()) {
            const QString path = QDir(dir).filePath(file);
            if (!QFileInfo::exists(path))
                continue;
            auto candidate = std::make_unique<QLibrary>(path);
            if (candidate->load()) {
                library = std::move(candidate);
                qCDebug(lcCore) << "module loaded:" << path;
                break;
            }
            why = candidate->errorString();
        }
        if (!library) {
            loaded.erase(QByteArray(name));
            if (why.isEmpty())
                why = tr("not found in %1").arg(searchPath().join(QStringLiteral(", ")));
            *error = tr("MandatDesk's module %1 cannot be loaded (%2): reinstall MandatDesk.")
                         .arg(QString::fromUtf8(name), why);
            qCWarning(lcCore) << *error;
            return nullptr;
        }
    }
    QFunctionPointer fn = library->resolve(symbol);
    if (!fn) {
        *error = tr("MandatDesk's module %1 lacks %2: reinstall MandatDesk.")
                     .arg(QString::fromUtf8(name), QString::fromUtf8(symbol));
        return nullptr;
    }
    return reinterpret_cast<void*>(fn);
}

} // namespace Mandat
