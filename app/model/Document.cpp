#include "Document.h"

#include <QCoreApplication>

namespace Mandat {

QString Document::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::FilledMandate:
        return QStringLiteral("filled_mandate");
    case Kind::SignedMandate:
        return QStringLiteral("mandate");
    case Kind::Kbis:
        return QStringLiteral("kbis");
    case Kind::Invoice:
        return QStringLiteral("invoice");
    }
    return {};
}

bool Document::kindFromCode(const QString& code, Kind* out)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("filled_mandate") || c == QLatin1String("filled")) {
        *out = Kind::FilledMandate;
    } else if (c == QLatin1String("mandate") || c == QLatin1String("signed_mandate")) {
        *out = Kind::SignedMandate;
    } else if (c == QLatin1String("kbis")) {
        *out = Kind::Kbis;
    } else if (c == QLatin1String("invoice")) {
        *out = Kind::Invoice;
    } else {
        return false;
    }
    return true;
}

QString Document::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::FilledMandate:
        return QCoreApplication::translate("Document", "Filled mandate");
    case Kind::SignedMandate:
        return QCoreApplication::translate("Document", "Signed mandate");
    case Kind::Kbis:
        return QCoreApplication::translate("Document", "Kbis extract");
    case Kind::Invoice:
        return QCoreApplication::translate("Document", "Invoice");
    }
    return {};
}

QString Document::dateSourceCode(DateSource source)
{
    switch (source) {
    case DateSource::FoundInText:
        return QStringLiteral("found");
    case DateSource::EnteredByHand:
        return QStringLiteral("manual");
    case DateSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Document::DateSource Document::dateSourceFromCode(const QString& code)
{
    if (code == QLatin1String("found"))
        return DateSource::FoundInText;
    if (code == QLatin1String("manual"))
        return DateSource::EnteredByHand;
    return DateSource::Unknown;
}

} // namespace Mandat
