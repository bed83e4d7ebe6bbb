#pragma once

#include <QJsonObject>
#include <QString>

namespace Mandat {

// Reads a JSON file whose top level is an object (the dated data files, archives' manifests).
// On failure *error says why, in the user's language.
bool readJsonObject(const QString& path, QJsonObject* out, QString* error);

} // namespace Mandat
