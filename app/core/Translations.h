#pragma once

#include <QString>

class QCoreApplication;

namespace Mandat {

/*
 * Loads the UI language: French unless the system (or the user's choice) is English.
 * `language` is "fr", "en" or empty for the system's; returns the language in use.
 */
namespace Translations {
QString install(const QString& language = {});
QString systemLanguage();
} // namespace Translations

} // namespace Mandat
