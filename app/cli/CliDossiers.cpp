// mandatdesk-cli: dossier create, list, show, set-status, renew.
#include "Cli.h"
#include "CliSupport.h"
#include "checks/DocumentCheck.h"
#include "checks/ReadinessReport.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "model/CompanyIdentifier.h"
#include "model/DossierJson.h"
#include "numbering/NumberClassifier.h"
#include "print/DossierPrinter.h"
#include "store/BlobStore.h"
#include "store/Profile.h"
#include "templates/FormFiller.h"
#include "templates/MandateFiller.h"
#include "templates/MandateTemplate.h"
#include "templates/TemplateMapping.h"
#include "templates/TemplateValues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Mandat {

using namespace CliSupport;

int Cli::dossierCreate(const QStringList& args)
{
    SubParser p;
    for (const char* opt : { "name", "client-name", "siren", "number", "use", "legal-form", "capital",
                             "address", "rcs-city", "representative", "representative-title" })
        p.add(QString::fromLatin1(opt), QStringLiteral("value"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    if (!p.parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(p.parser.positionalArguments().first()));
    const QString name = p.parser.value(QStringLiteral("name")).trimmed();
    const QString clientName = p.parser.value(QStringLiteral("client-name")).trimmed();
    const QStringList numbers = p.parser.values(QStringLiteral("number"));
    if (name.isEmpty() || clientName.isEmpty() || !p.parser.isSet(QStringLiteral("siren"))
        || numbers.isEmpty())
        return usage(tr("dossier create needs --name, --client-name, --siren and at least one --number."));

    Dossier d;
    d.name = name;
    if (p.parser.isSet(QStringLiteral("use"))
        && !phoneUseFromCode(p.parser.value(QStringLiteral("use")), &d.use))
        return usage(tr("--use is \"agents\" or \"automated\", not \"%1\".")
                         .arg(p.parser.value(QStringLiteral("use"))));

    const CompanyIdentifier siren = CompanyIdentifier::parse(p.parser.value(QStringLiteral("siren")));
    if (!siren.isValid())
        return fail(Blocked, QStringLiteral("invalid_siren"), siren.errorString());
    d.client.legalName = clientName;
    d.client.siren = siren.siren();
    d.client.legalForm = p.parser.value(QStringLiteral("legal-form"));
    d.client.shareCapital = p.parser.value(QStringLiteral("capital"));
    d.client.address = p.parser.value(QStringLiteral("address"));
    d.client.rcsCity = p.parser.value(QStringLiteral("rcs-city"));
    d.client.representativeName = p.parser.value(QStringLiteral("representative"));
    d.client.representativeTitle = p.parser.value(QStringLiteral("representative-title"));

    const NumberClassifier classifier;
    for (const QString& input : numbers) {
        const NumberClassification c = classifier.classify(input);
        if (!c.valid)
            return fail(Blocked, QStringLiteral("invalid_number"), c.reason);
        if (!d.addNumber(c.e164, &error))
            return fail(Blocked, QStringLiteral("duplicate_number"), error);
    }
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    if (!m_profile->dossiers().createDossier(d, Profile::currentUserName(), &error))
        return fail(Blocked, QStringLiteral("store"), error);
    const QDate today = Clock::instance().today();
    emitResult(DossierJson::dossier(d, today, classifier),
               tr("Dossier created: %1 (%2)\n").arg(d.id.toString(QUuid::WithoutBraces), d.name));
    return Ok;
}

int Cli::dossierList(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(tr("dossier list takes no argument."));
    QString error;
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const QList<Dossier> list = m_profile->dossiers().dossiers(&error);
    if (!error.isEmpty())
        return fail(Blocked, QStringLiteral("store"), error);
    const QDate today = Clock::instance().today();
    QJsonArray array;
    QString text;
    for (const Dossier& d : list) {
        array.append(DossierJson::summary(d, today));
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(d.id.toString(QUuid::WithoutBraces).left(8),
                         DossierStatus::label(d.effectiveStatus(today)), d.name, d.client.legalName);
    }
    if (list.isEmpty())
        text = tr("No dossier yet.\n");
    emitResult(array, text);
    return Ok;
}

int Cli::dossierShow(const QStringList& args)
{
    if (args.size() != 1)
        return usage(tr("Use: dossier show ID"));
    QString error;
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(args.first(), &exitCode);
    if (!d)
        return exitCode;
    const QList<Document> docs = m_profile->dossiers().documents(d->id, &error);
    const QJsonObject json = DossierJson::dossier(*d, Clock::instance().today(), NumberClassifier(), docs);
    emitResult(json, jsonText(json));
    return Ok;
}

int Cli::dossierSetStatus(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("reason"), QStringLiteral("text"));
    p.add(QStringLiteral("on"), QStringLiteral("date"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 2)
        return usage(tr("Use: dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]"));
    DossierStatus::Status to;
    if (!DossierStatus::fromCode(pos.at(1), &to))
        return usage(
            tr("Unknown status \"%1\"; use not_submitted, queued, under_review, rejected, valid or expired.")
                .arg(pos.at(1)));
    QDate on;
    if (p.parser.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(p.parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid())
            return usage(tr("--on takes a date written YYYY-MM-DD."));
    }
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.at(0), &exitCode);
    if (!d)
        return exitCode;
    Dossier updated;
    if (!m_profile->dossiers().setStatus(d->id, to, on, p.parser.value(QStringLiteral("reason")),
                                         Profile::currentUserName(), &updated, &error))
        return fail(Blocked, QStringLiteral("refused_transition"), error);
    const QDate today = Clock::instance().today();
    emitResult(
        DossierJson::dossier(updated, today, NumberClassifier()),
        tr("%1 is now \"%2\".\n").arg(updated.name, DossierStatus::label(updated.effectiveStatus(today))));
    return Ok;
}

int Cli::dossierRenew(const QStringList& args)
{
    if (args.size() != 1)
        return usage(tr("Use: dossier renew ID"));
    QString error;
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(args.first(), &exitCode);
    if (!d)
        return exitCode;
    const std::optional<Dossier> renewal
        = m_profile->dossiers().renew(d->id, Profile::currentUserName(), &error);
    if (!renewal)
        return fail(Blocked, QStringLiteral("refused_renewal"), error);
    emitResult(DossierJson::dossier(*renewal, Clock::instance().today(), NumberClassifier()),
               tr("Renewal created: %1\n").arg(renewal->id.toString(QUuid::WithoutBraces)));
    return Ok;
}

} // namespace Mandat
