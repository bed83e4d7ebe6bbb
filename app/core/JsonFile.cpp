#include "JsonFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Mandat {

bool readJsonObject(const QString& path, QJsonObject* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("JsonFile", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("JsonFile", "%1 is not a valid JSON object: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace Mandat
