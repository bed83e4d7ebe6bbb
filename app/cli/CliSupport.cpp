#include "CliSupport.h"

#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

namespace Mandat {

namespace CliSupport {

const char* commandWord(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (a[0] == '-' && a[1] == '-') {
            if (!std::strcmp(a, "--profile") || !std::strcmp(a, "--today") || !std::strcmp(a, "--lang"))
                ++i; // its value
            continue;
        }
        return a;
    }
    return nullptr;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MandatDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MandatDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATDESK_VERSION));
}

QString jsonText(const QJsonValue& v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

QByteArray readAll(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("Cannot open %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

QString problemsText(const QList<Problem>& problems)
{
    QString text;
    for (const Problem& p : problems)
        text += (p.isBlocking() ? Cli::tr("  [blocking] %1\n") : Cli::tr("  [warning]  %1\n")).arg(p.message);
    return text;
}

bool megabytes(const QString& value, qint64* bytes)
{
    bool ok = false;
    const double mb = value.toDouble(&ok);
    // Compared before the conversion: a huge value is refused, never cast.
    if (!ok || !(mb > 0 && mb <= kMaxMegabytes))
        return false;
    *bytes = qint64(mb * 1024 * 1024);
    return true;
}

} // namespace CliSupport

} // namespace Mandat
