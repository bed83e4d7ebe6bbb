#include "Cli.h"

#include "CliSupport.h"
#include "core/Clock.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"
#include "store/Profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Mandat {

using namespace CliSupport;

Cli::Cli(QTextStream& out, QTextStream& err)
    : CliBase(out, err)
{ }

Cli::~Cli() = default;

bool Cli::openProfile(QString* error)
{
    if (m_profile)
        return true;
    m_profile = std::make_unique<Profile>();
    if (!m_profile->open(m_profileDir, error)) {
        m_profile.reset();
        return false;
    }
    return true;
}

std::optional<Dossier> Cli::dossierArgument(const QString& idOrPrefix, int* exitCode)
{
    QString error;
    if (!openProfile(&error)) {
        *exitCode = fail(Usage, QStringLiteral("profile"), error);
        return std::nullopt;
    }
    std::optional<Dossier> d = m_profile->dossiers().findDossier(idOrPrefix, &error);
    if (!d)
        *exitCode = fail(Blocked, QStringLiteral("not_found"), error);
    return d;
}

int Cli::dispatch(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("numbers"))
        return numbers(args);
    if (command == QLatin1String("dossier"))
        return dossier(args);
    if (command == QLatin1String("company"))
        return company(args);
    if (command == QLatin1String("template"))
        return templateCommand(args);
    if (command == QLatin1String("fill"))
        return fill(args);
    if (command == QLatin1String("print"))
        return print(args);
    if (command == QLatin1String("export-pdf"))
        return exportPdf(args);
    if (command == QLatin1String("portal"))
        return portal(args);
    if (command == QLatin1String("sync"))
        return sync(args);
    if (command == QLatin1String("submit"))
        return submit(args);
    if (command == QLatin1String("export"))
        return exportArchive(args);
    if (command == QLatin1String("import"))
        return importArchive(args);
    if (command == QLatin1String("import-csv"))
        return importCsv(args);
    return CliBase::dispatch(command, args);
}

int Cli::numbers(const QStringList& args)
{
    if (args.value(0) == QLatin1String("authorised"))
        return numbersAuthorised(args.mid(1));
    if (args.value(0) != QLatin1String("classify"))
        return usage(tr("Use: numbers classify [--on YYYY-MM-DD] NUMBER... | numbers authorised [--on "
                        "YYYY-MM-DD] [--record]"));
    // --on: the rules in force that day (the plan's ranges apply from their "since" date).
    QDate day = Clock::instance().today();
    QStringList inputs;
    const QStringList rest = args.mid(1);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        QString onValue;
        if (rest.at(i) == QLatin1String("--on")) {
            if (i + 1 >= rest.size())
                return usage(tr("--on takes a date written YYYY-MM-DD."));
            onValue = rest.at(++i);
        } else if (rest.at(i).startsWith(QLatin1String("--on="))) {
            onValue = rest.at(i).mid(5);
        } else {
            inputs.append(rest.at(i));
            continue;
        }
        day = QDate::fromString(onValue, Qt::ISODate);
        if (!day.isValid())
            return usage(tr("--on takes a date written YYYY-MM-DD."));
    }
    if (inputs.isEmpty())
        return usage(tr("Give at least one number to classify."));
    const NumberClassifier classifier;
    QJsonArray array;
    QString text;
    bool allValid = true;
    for (const QString& input : inputs) {
        const NumberClassification c = classifier.classify(input, day);
        allValid = allValid && c.valid;
        array.append(c.toJson());
        text += c.valid
            ? QStringLiteral("%1\t%2\t%3\n").arg(c.national, c.e164, numberCategoryCode(c.category))
            : QStringLiteral("%1\t%2\n").arg(input, numberCategoryCode(c.category));
        text += QStringLiteral("\t%1\n").arg(c.reason);
    }
    emitResult(array, text);
    return allValid ? Ok : Blocked;
}

int Cli::company(const QStringList& args)
{
    if (args.value(0) == QLatin1String("set-provider"))
        return companySetProvider(args.mid(1));
    if (args.value(0) != QLatin1String("check-siren") || args.size() != 2)
        return usage(tr("Use: company check-siren SIREN"));
    const CompanyIdentifier id = CompanyIdentifier::parse(args.at(1));
    const QString kind = id.kind() == CompanyIdentifier::Kind::Siret ? QStringLiteral("siret")
        : id.kind() == CompanyIdentifier::Kind::Siren                ? QStringLiteral("siren")
                                                                     : QString();
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    const QJsonObject json {
        { QStringLiteral("input"), id.input() },
        { QStringLiteral("valid"), id.isValid() },
        { QStringLiteral("kind"), orNull(kind) },
        { QStringLiteral("siren"), orNull(id.siren()) },
        { QStringLiteral("siret"), orNull(id.siret()) },
        { QStringLiteral("tva"), orNull(id.tvaNumber()) },
        { QStringLiteral("reason"), orNull(id.errorString()) },
    };
    const QString text = id.isValid()
        ? tr("%1 is a valid %2. SIREN %3, VAT number %4.\n")
              .arg(id.input(), kind.toUpper(), CompanyIdentifier::formatSiren(id.siren()), id.tvaNumber())
        : id.errorString() + u'\n';
    emitResult(json, text);
    return id.isValid() ? Ok : Blocked;
}

int Cli::dossier(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create"))
        return dossierCreate(rest);
    if (sub == QLatin1String("list"))
        return dossierList(rest);
    if (sub == QLatin1String("show"))
        return dossierShow(rest);
    if (sub == QLatin1String("set-status"))
        return dossierSetStatus(rest);
    if (sub == QLatin1String("renew"))
        return dossierRenew(rest);
    if (sub == QLatin1String("add-document"))
        return dossierAddDocument(rest);
    if (sub == QLatin1String("check"))
        return dossierCheck(rest);
    if (sub == QLatin1String("set-date"))
        return dossierSetDate(rest);
    if (sub == QLatin1String("confirm-signature"))
        return dossierConfirmSignature(rest);
    if (sub == QLatin1String("move-document"))
        return dossierMoveDocument(rest);
    if (sub == QLatin1String("conflicts"))
        return dossierConflicts(rest);
    if (sub == QLatin1String("resolve"))
        return dossierResolve(rest);
    return usage(
        tr("Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature|"
           "move-document ..."));
}

} // namespace Mandat
