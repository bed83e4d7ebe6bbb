#include "TemplateValues.h"

#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"

#include <QCoreApplication>
#include <QLocale>

namespace Mandat {

namespace TemplateValues {

QStringList keys()
{
    QStringList out { QStringLiteral("dossier.name") };
    for (const char* party : { "client", "provider" }) {
        for (const char* field : { "legal_name", "legal_form", "share_capital", "address", "siren",
                                   "rcs_city", "representative_name", "representative_title" })
            out.append(QStringLiteral("%1.%2").arg(QLatin1String(party), QLatin1String(field)));
    }
    out << QStringLiteral("numbers") << QStringLiteral("numbers_annex") << QStringLiteral("use.agents")
        << QStringLiteral("use.automated") << QStringLiteral("start_date") << QStringLiteral("place")
        << QStringLiteral("date");
    return out;
}

QString label(const QString& key)
{
    // Explicit contexts: lupdate would file a bare tr() here under "Mandat::TemplateValues".
    auto translated = [](const char* text) { return QCoreApplication::translate("TemplateValues", text); };
    static const QList<std::pair<const char*, const char*>> fields {
        { "legal_name", QT_TRANSLATE_NOOP("TemplateValues", "company name") },
        { "legal_form", QT_TRANSLATE_NOOP("TemplateValues", "legal form") },
        { "share_capital", QT_TRANSLATE_NOOP("TemplateValues", "share capital") },
        { "address", QT_TRANSLATE_NOOP("TemplateValues", "address") },
        { "siren", QT_TRANSLATE_NOOP("TemplateValues", "SIREN") },
        { "rcs_city", QT_TRANSLATE_NOOP("TemplateValues", "RCS city") },
        { "representative_name", QT_TRANSLATE_NOOP("TemplateValues", "representative") },
        { "representative_title", QT_TRANSLATE_NOOP("TemplateValues", "representative's title") },
    };
    for (const auto& [field, text] : fields) {
        if (key == QStringLiteral("client.") + QLatin1String(field))
            return QCoreApplication::translate("TemplateValues", "Client: %1").arg(translated(text));
        if (key == QStringLiteral("provider.") + QLatin1String(field))
            return QCoreApplication::translate("TemplateValues", "Your company: %1").arg(translated(text));
    }
    static const QList<std::pair<const char*, const char*>> others {
        { "dossier.name", QT_TRANSLATE_NOOP("TemplateValues", "Dossier name") },
        { "numbers", QT_TRANSLATE_NOOP("TemplateValues", "Numbers") },
        { "numbers_annex", QT_TRANSLATE_NOOP("TemplateValues", "Numbers that do not fit (annex)") },
        { "use.agents", QT_TRANSLATE_NOOP("TemplateValues", "Calls by agents (check box)") },
        { "use.automated", QT_TRANSLATE_NOOP("TemplateValues", "Automated calls (check box)") },
        { "start_date", QT_TRANSLATE_NOOP("TemplateValues", "Start date") },
        { "place", QT_TRANSLATE_NOOP("TemplateValues", "Place of signature (\"Fait à\")") },
        { "date", QT_TRANSLATE_NOOP("TemplateValues", "Date of signature") },
    };
    for (const auto& [k, text] : others) {
        if (key == QLatin1String(k))
            return translated(text);
    }
    return key;
}

bool isFlag(const QString& key)
{
    return key.startsWith(QLatin1String("use."));
}

QString keyForOwnField(const QString& fieldName)
{
    for (const QString& key : keys()) {
        QString flat = key;
        flat.replace(u'.', u'_');
        if (flat == fieldName)
            return key;
    }
    return {};
}

static void putCompany(QMap<QString, QString>& v, const QString& prefix, const Company& c)
{
    v.insert(prefix + QStringLiteral(".legal_name"), c.legalName);
    v.insert(prefix + QStringLiteral(".legal_form"), c.legalForm);
    v.insert(prefix + QStringLiteral(".share_capital"), c.shareCapital);
    v.insert(prefix + QStringLiteral(".address"), c.address);
    v.insert(prefix + QStringLiteral(".siren"), CompanyIdentifier::formatSiren(c.siren));
    v.insert(prefix + QStringLiteral(".rcs_city"), c.rcsCity);
    v.insert(prefix + QStringLiteral(".representative_name"), c.representativeName);
    v.insert(prefix + QStringLiteral(".representative_title"), c.representativeTitle);
}

QMap<QString, QString> build(const Input& in, int numbersInBody)
{
    QMap<QString, QString> v;
    const QLocale fr(QLocale::French);
    v.insert(QStringLiteral("dossier.name"), in.dossier.name);
    putCompany(v, QStringLiteral("client"), in.dossier.client);
    putCompany(v, QStringLiteral("provider"), in.provider);
    const NumberClassifier classifier;
    QStringList body;
    QStringList annex;
    for (const QString& e164 : in.dossier.numbers) {
        const NumberClassification c = classifier.classify(e164);
        const QString line = QStringLiteral("%1  (%2)").arg(c.national, e164);
        (body.size() < numbersInBody ? body : annex).append(line);
    }
    v.insert(QStringLiteral("numbers"), body.join(u'\n'));
    v.insert(QStringLiteral("numbers_annex"), annex.join(u'\n'));
    v.insert(QStringLiteral("use.agents"),
             in.dossier.use == PhoneUse::Agents ? QStringLiteral("true") : QStringLiteral("false"));
    v.insert(QStringLiteral("use.automated"),
             in.dossier.use == PhoneUse::Automated ? QStringLiteral("true") : QStringLiteral("false"));
    v.insert(QStringLiteral("start_date"),
             in.startDate.isValid() ? fr.toString(in.startDate, QStringLiteral("d MMMM yyyy")) : QString());
    v.insert(QStringLiteral("place"), in.place);
    v.insert(QStringLiteral("date"),
             in.date.isValid() ? fr.toString(in.date, QStringLiteral("d MMMM yyyy")) : QString());
    return v;
}

} // namespace TemplateValues

} // namespace Mandat
