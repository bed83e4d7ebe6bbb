#include "TemplateMapping.h"

#include "TemplateValues.h"
#include "documents/FrenchDates.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
// The words of a field's name and label: "SIREN_titulaire", "raisonSociale" -> "siren titulaire", "raison
// sociale".
QString words(const FormFiller::Field& f)
{
    QString name = f.name.section(u'.', -1);
    name.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")), QStringLiteral("\\1 \\2"));
    name.replace(QRegularExpression(QStringLiteral("[_\\-.:/]+")), QStringLiteral(" "));
    return u' ' + FrenchDates::fold(name + u' ' + f.tooltip).simplified() + u' ';
}

bool has(const QString& text, std::initializer_list<const char*> any)
{
    for (const char* w : any) {
        if (text.contains(QLatin1String(w)))
            return true;
    }
    return false;
}
} // namespace

namespace TemplateMapping {

QString proposeFor(const FormFiller::Field& f)
{
    const QString w = words(f);
    if (f.type == QLatin1String("signature"))
        return {};
    if (f.type == QLatin1String("checkbox")) {
        if (has(w, { "automat", "robot", "serveur vocal", "sva" }))
            return QStringLiteral("use.automated");
        if (has(w, { "conseiller", "agent", "manuel", "humain", "operateur" }))
            return QStringLiteral("use.agents");
        return {};
    }
    const bool provider
        = has(w, { "prestataire", "mandataire", "centre d", "call center", "agence", "provider" });
    const QString party = provider ? QStringLiteral("provider.") : QStringLiteral("client.");
    if (has(w, { "numeros supplementaires", "suite des numeros", "annexe" }))
        return QStringLiteral("numbers_annex");
    if (has(w, { " numero", "numeros", " lignes", " ligne ", "telephone", " tel ", "number" })
        && !has(w, { "siren", "siret", "rcs", "tva", "identification" }))
        return QStringLiteral("numbers");
    if (has(w, { "siren", "siret", "numero d'identification", "immatriculation" }))
        return party + QStringLiteral("siren");
    if (has(w, { " rcs", "greffe" }))
        return party + QStringLiteral("rcs_city");
    if (has(w, { "forme juridique", "forme " }))
        return party + QStringLiteral("legal_form");
    if (has(w, { "capital" }))
        return party + QStringLiteral("share_capital");
    if (has(w, { "adresse", "siege", "address" }))
        return party + QStringLiteral("address");
    if (has(w, { "qualite", "fonction", "titre du", "title" }))
        return party + QStringLiteral("representative_title");
    if (has(w, { "represent", "signataire", "dirigeant", "gerant", "nom du" }))
        return party + QStringLiteral("representative_name");
    if (has(w, { "date d'effet", "prise d'effet", "debut", "date de debut" }))
        return QStringLiteral("start_date");
    if (has(w, { " lieu", "fait a", "ville de signature" }))
        return QStringLiteral("place");
    if (has(w, { " date", " le " }))
        return QStringLiteral("date");
    if (has(w,
            { "denomination", "raison sociale", "societe", "entreprise", "titulaire", "mandant", "client",
              "prestataire", "mandataire", "company" }))
        return party + QStringLiteral("legal_name");
    if (has(w, { "reference", "dossier", "demande" }))
        return QStringLiteral("dossier.name");
    return {};
}

QMap<QString, QString> propose(const QList<FormFiller::Field>& fields)
{
    QMap<QString, QString> out;
    for (const FormFiller::Field& f : fields) {
        // Our own template: the names say it.
        QString key = TemplateValues::keyForOwnField(f.name);
        if (key.isEmpty())
            key = proposeFor(f);
        if (!key.isEmpty())
            out.insert(f.name, key);
    }
    return out;
}

} // namespace TemplateMapping

} // namespace Mandat
