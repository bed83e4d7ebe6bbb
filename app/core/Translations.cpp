#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Mandat {

namespace Translations {

QString systemLanguage()
{
    // French first: English only for a system that asks for it.
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QString install(const QString& language)
{
    const QString lang
        = (language == QLatin1String("en") || language == QLatin1String("fr")) ? language : systemLanguage();
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/mandatdesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcCore) << "no translation loaded for" << lang;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English with European dates (23/11/2026): the dossiers are French, whatever the language.
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::French, QLocale::France));
    return lang;
}

} // namespace Translations

} // namespace Mandat
