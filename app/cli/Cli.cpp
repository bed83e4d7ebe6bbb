#include "Cli.h"

#include "checks/DocumentCheck.h"
#include "checks/ReadinessReport.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Translations.h"
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

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
QString jsonText(const QJsonValue& v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

// A parser for one sub-command's options; errors come back instead of exiting.
struct SubParser
{
    QCommandLineParser parser;
    SubParser() { parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); }
    void add(const QString& name, const QString& valueName = {})
    {
        parser.addOption(valueName.isEmpty() ? QCommandLineOption(name)
                                             : QCommandLineOption(name, {}, valueName));
    }
    bool parse(const QStringList& args, QString* error)
    {
        // QCommandLineParser skips args[0], the program name.
        if (!parser.parse(QStringList { QStringLiteral("cli") } + args)) {
            *error = parser.errorText();
            return false;
        }
        return true;
    }
};
} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

Cli::~Cli() = default;

QString Cli::helpText() const
{
    return tr(
        "Usage: mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  numbers classify NUMBER...          category and permissions of each number\n"
        "  company check-siren SIREN|SIRET     check a SIREN or SIRET, give the VAT number\n"
        "  dossier create --name N --client-name C --siren S --number NUM [--number NUM ...]\n"
        "                 [--use agents|automated] [--legal-form F] [--capital C] [--address A]\n"
        "                 [--rcs-city V] [--representative R] [--representative-title T]\n"
        "  dossier list                        every dossier of the profile\n"
        "  dossier show ID                     one dossier, its history and documents\n"
        "  dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]\n"
        "        STATUS: not_submitted, queued, under_review, rejected, valid, expired\n"
        "  dossier renew ID                    a new dossier renewing a valid or expired one\n"
        "  dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE\n"
        "  dossier check ID [--on YYYY-MM-DD]  the readiness report: what blocks, what warns\n"
        "  dossier set-date DOCUMENT_ID YYYY-MM-DD   the document's date, entered by hand\n"
        "  dossier confirm-signature DOCUMENT_ID     the scan bears signature and stamp\n"
        "  check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on YYYY-MM-DD]\n"
        "        [--date YYYY-MM-DD] [--signature-confirmed] [--max-size MB]\n"
        "  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]\n"
        "        [--rcs-city V] [--representative R] [--representative-title T]   your own company\n"
        "  template fields FILE                the form fields of a PDF template\n"
        "  template map FILE [--set FIELD=KEY ...] [--save]   which dossier value each field takes\n"
        "  template place FILE --set KEY=PAGE,X,Y[,SIZE] ...  where values go on a template without fields\n"
        "  print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]   print the dossier (or one "
        "document)\n"
        "  export-pdf ID --out OUT.pdf         the dossier's PDF documents merged, fillable as they are\n"
        "  fill ID [--template FILE] --out OUT.pdf [--place P] [--date YYYY-MM-DD] [--start YYYY-MM-DD]\n"
        "\n"
        "Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.\n");
}

int Cli::usage(const QString& message)
{
    return fail(Usage, QStringLiteral("usage"),
                message + u'\n' + tr("Run mandatdesk-cli --help for the commands."));
}

int Cli::fail(int code, const QString& errorCode, const QString& message)
{
    m_err << message << Qt::endl;
    if (m_json) {
        m_out << jsonText(
            QJsonObject { { QStringLiteral("error"), errorCode }, { QStringLiteral("message"), message } });
    }
    return code;
}

void Cli::emitResult(const QJsonValue& json, const QString& text)
{
    if (m_json)
        m_out << jsonText(json);
    else
        m_out << text;
}

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

int Cli::run(const QStringList& argv)
{
    QStringList args = argv.mid(1);
    QString language;
    QString today;
    QString globalError;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        auto value = [&](QString* out) {
            if (args.isEmpty()) {
                globalError = tr("The option %1 needs a value.").arg(opt);
                return;
            }
            *out = args.takeFirst();
        };
        if (opt == QLatin1String("--json"))
            m_json = true;
        else if (opt == QLatin1String("--profile"))
            value(&m_profileDir);
        else if (opt == QLatin1String("--today"))
            value(&today);
        else if (opt == QLatin1String("--lang"))
            value(&language);
        else if (opt == QLatin1String("--help") || opt == QLatin1String("-h"))
            args = QStringList { QStringLiteral("help") };
        else if (opt == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else
            globalError = tr("Unknown option %1.").arg(opt);
        if (!globalError.isEmpty())
            break;
    }
    Translations::install(language);
    if (!globalError.isEmpty())
        return usage(globalError);
    if (!today.isEmpty()) {
        const QDate day = QDate::fromString(today, Qt::ISODate);
        if (!day.isValid())
            return usage(tr("--today takes a date written YYYY-MM-DD, not \"%1\".").arg(today));
        Clock::setInstance(new FixedClock(day));
    }
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        m_out << helpText();
        return Ok;
    }
    if (command == QLatin1String("numbers"))
        return numbers(args);
    if (command == QLatin1String("dossier"))
        return dossier(args);
    if (command == QLatin1String("company"))
        return company(args);
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("template"))
        return templateCommand(args);
    if (command == QLatin1String("fill"))
        return fill(args);
    if (command == QLatin1String("print"))
        return print(args);
    if (command == QLatin1String("export-pdf"))
        return exportPdf(args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int Cli::numbers(const QStringList& args)
{
    if (args.value(0) != QLatin1String("classify"))
        return usage(tr("Use: numbers classify NUMBER..."));
    const QStringList inputs = args.mid(1);
    if (inputs.isEmpty())
        return usage(tr("Give at least one number to classify."));
    const NumberClassifier classifier;
    QJsonArray array;
    QString text;
    bool allValid = true;
    for (const QString& input : inputs) {
        const NumberClassification c = classifier.classify(input);
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
    return usage(tr(
        "Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature ..."));
}

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
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(args.first(), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
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
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(pos.at(0), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
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
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(args.first(), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
    const std::optional<Dossier> renewal
        = m_profile->dossiers().renew(d->id, Profile::currentUserName(), &error);
    if (!renewal)
        return fail(Blocked, QStringLiteral("refused_renewal"), error);
    emitResult(DossierJson::dossier(*renewal, Clock::instance().today(), NumberClassifier()),
               tr("Renewal created: %1\n").arg(renewal->id.toString(QUuid::WithoutBraces)));
    return Ok;
}

namespace {
QString problemsText(const QList<Problem>& problems)
{
    QString text;
    for (const Problem& p : problems) {
        text += (p.isBlocking() ? Cli::tr("  [blocking] %1\n") : Cli::tr("  [warning]  %1\n")).arg(p.message);
    }
    return text;
}
} // namespace

int Cli::check(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("kind"), QStringLiteral("kind"));
    p.add(QStringLiteral("siren"), QStringLiteral("siren"));
    p.add(QStringLiteral("number"), QStringLiteral("number"));
    p.add(QStringLiteral("on"), QStringLiteral("date"));
    p.add(QStringLiteral("date"), QStringLiteral("date"));
    p.add(QStringLiteral("max-size"), QStringLiteral("MB"));
    p.add(QStringLiteral("signature-confirmed"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.isEmpty() || !p.parser.isSet(QStringLiteral("kind")))
        return usage(tr("Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...]"));
    DocumentCheck::Input input;
    if (!Document::kindFromCode(p.parser.value(QStringLiteral("kind")), &input.kind))
        return usage(tr("--kind is kbis, invoice or mandate, not \"%1\".")
                         .arg(p.parser.value(QStringLiteral("kind"))));
    input.checkDay = Clock::instance().today();
    if (p.parser.isSet(QStringLiteral("on"))) {
        input.checkDay = QDate::fromString(p.parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!input.checkDay.isValid())
            return usage(tr("--on takes a date written YYYY-MM-DD."));
    }
    if (p.parser.isSet(QStringLiteral("date"))) {
        input.manualDate = QDate::fromString(p.parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!input.manualDate.isValid())
            return usage(tr("--date takes a date written YYYY-MM-DD."));
    }
    if (p.parser.isSet(QStringLiteral("siren"))) {
        const CompanyIdentifier id = CompanyIdentifier::parse(p.parser.value(QStringLiteral("siren")));
        if (!id.isValid())
            return usage(id.errorString());
        input.expectedSiren = id.siren();
    }
    const NumberClassifier classifier;
    for (const QString& n : p.parser.values(QStringLiteral("number"))) {
        const NumberClassification c = classifier.classify(n);
        if (!c.valid)
            return usage(c.reason);
        input.expectedNumbers.append(c.e164);
    }
    input.signatureConfirmed = p.parser.isSet(QStringLiteral("signature-confirmed"));
    DocumentReader::Options options;
    if (p.parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double mb = p.parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || mb <= 0)
            return usage(tr("--max-size takes a number of megabytes."));
        options.maxBytes = qint64(mb * 1024 * 1024);
    }
    // Several files in one run (batch work): a JSON array, one object per file, in order.
    for (const QString& path : pos) {
        if (!QFileInfo(path).isFile())
            return fail(Usage, QStringLiteral("file_not_found"),
                        tr("Cannot open %1: no such file.").arg(path));
    }
    QJsonArray results;
    QString text;
    bool allOk = true;
    for (const QString& path : pos) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Usage, QStringLiteral("file_not_found"),
                        tr("Cannot open %1: %2").arg(path, file.errorString()));
        input.fileName = path;
        QByteArray bytes;
        if (options.maxBytes > 0 && file.size() > options.maxBytes)
            bytes = file.read(options.maxBytes + 1); // enough to refuse it, not more
        else
            bytes = file.readAll();
        const DocumentCheck::Result r = DocumentCheck::run(bytes, input, options);
        allOk = allOk && r.ok();
        results.append(r.toJson());
        text += tr("%1 (%2): %3\n")
                    .arg(path, Document::kindLabel(input.kind), r.ok() ? tr("OK") : tr("blocked"));
        if (r.date.isValid())
            text += tr("  date %1 — \"%2\"\n").arg(r.date.toString(Qt::ISODate), r.dateText);
        text += problemsText(r.problems);
    }
    emitResult(results.size() == 1 ? results.first() : QJsonValue(results), text);
    return allOk ? Ok : Blocked;
}

int Cli::dossierAddDocument(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("kind"), QStringLiteral("kind"));
    p.add(QStringLiteral("max-size"), QStringLiteral("MB"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    Document::Kind kind;
    if (pos.size() != 2 || !Document::kindFromCode(p.parser.value(QStringLiteral("kind")), &kind))
        return usage(tr("Use: dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE"));
    DocumentReader::Options options;
    if (p.parser.isSet(QStringLiteral("max-size")))
        options.maxBytes = qint64(p.parser.value(QStringLiteral("max-size")).toDouble() * 1024 * 1024);
    if (!QFileInfo(pos.at(1)).isFile())
        return fail(Usage, QStringLiteral("file_not_found"),
                    tr("Cannot open %1: no such file.").arg(pos.at(1)));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(pos.at(0), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
    const DocumentIntake::Outcome out
        = DocumentIntake::add(m_profile->dossiers(), d->id, kind, pos.at(1), options);
    if (!out.document) {
        const QString code = out.failure == DocumentReader::Failure::None ? QStringLiteral("refused")
                                                                          : QStringLiteral("unreadable");
        return fail(Blocked, code, out.error);
    }
    QJsonObject json = DossierJson::document(*out.document);
    emitResult(json,
               tr("Document added: %1 (%2)\n").arg(out.document->originalName, Document::kindLabel(kind)));
    return Ok;
}

int Cli::dossierCheck(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("on"), QStringLiteral("date"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: dossier check ID [--on YYYY-MM-DD]"));
    QDate day = Clock::instance().today();
    if (p.parser.isSet(QStringLiteral("on"))) {
        day = QDate::fromString(p.parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!day.isValid())
            return usage(tr("--on takes a date written YYYY-MM-DD."));
    }
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(pos.first(), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
    const ReadinessReport report = ReadinessReport::build(*d, m_profile->dossiers(), m_profile->blobs(), day);
    QString text = report.ready()
        ? tr("%1: ready to submit.\n").arg(d->name)
        : tr("%1: %n blocking problem(s).\n", nullptr, report.blockingCount()).arg(d->name);
    text += problemsText(report.problems);
    emitResult(report.toJson(), text);
    return report.ready() ? Ok : Blocked;
}

int Cli::dossierSetDate(const QStringList& args)
{
    if (args.size() != 2)
        return usage(tr("Use: dossier set-date DOCUMENT_ID YYYY-MM-DD"));
    const QDate date = QDate::fromString(args.at(1), Qt::ISODate);
    if (!date.isValid())
        return usage(tr("The date is written YYYY-MM-DD."));
    QString error;
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const QUuid id = QUuid::fromString(args.at(0));
    if (id.isNull() || !m_profile->dossiers().setDocumentDate(id, date, &error))
        return fail(Blocked, QStringLiteral("not_found"),
                    error.isEmpty() ? tr("No document has the id %1.").arg(args.at(0)) : error);
    emitResult(DossierJson::document(*m_profile->dossiers().document(id, &error)),
               tr("Date recorded as entered by hand.\n"));
    return Ok;
}

int Cli::dossierConfirmSignature(const QStringList& args)
{
    if (args.size() != 1)
        return usage(tr("Use: dossier confirm-signature DOCUMENT_ID"));
    QString error;
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const QUuid id = QUuid::fromString(args.at(0));
    if (id.isNull() || !m_profile->dossiers().setSignatureConfirmed(id, true, &error))
        return fail(Blocked, QStringLiteral("not_found"),
                    error.isEmpty() ? tr("No document has the id %1.").arg(args.at(0)) : error);
    emitResult(DossierJson::document(*m_profile->dossiers().document(id, &error)),
               tr("Signature and stamp confirmed.\n"));
    return Ok;
}

namespace {
QByteArray readAll(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("Cannot open %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}
} // namespace

int Cli::companySetProvider(const QStringList& args)
{
    SubParser p;
    for (const char* opt : { "name", "siren", "legal-form", "capital", "address", "rcs-city",
                             "representative", "representative-title" })
        p.add(QString::fromLatin1(opt), QStringLiteral("value"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    if (p.parser.value(QStringLiteral("name")).trimmed().isEmpty()
        || !p.parser.isSet(QStringLiteral("siren")))
        return usage(tr("company set-provider needs --name and --siren."));
    const CompanyIdentifier siren = CompanyIdentifier::parse(p.parser.value(QStringLiteral("siren")));
    if (!siren.isValid())
        return fail(Blocked, QStringLiteral("invalid_siren"), siren.errorString());
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    Company c = m_profile->dossiers().provider(&error).value_or(Company());
    c.legalName = p.parser.value(QStringLiteral("name")).trimmed();
    c.siren = siren.siren();
    auto set = [&](const char* opt, QString* field) {
        if (p.parser.isSet(QString::fromLatin1(opt)))
            *field = p.parser.value(QString::fromLatin1(opt));
    };
    set("legal-form", &c.legalForm);
    set("capital", &c.shareCapital);
    set("address", &c.address);
    set("rcs-city", &c.rcsCity);
    set("representative", &c.representativeName);
    set("representative-title", &c.representativeTitle);
    if (!m_profile->dossiers().setProvider(c, &error))
        return fail(Blocked, QStringLiteral("store"), error);
    emitResult(c.toJson(), tr("Your company: %1\n").arg(c.legalName));
    return Ok;
}

int Cli::templateCommand(const QStringList& args)
{
    if (args.value(0) == QLatin1String("map"))
        return templateMap(args.mid(1));
    if (args.value(0) == QLatin1String("place"))
        return templatePlace(args.mid(1));
    if (args.value(0) != QLatin1String("fields") || args.size() != 2)
        return usage(tr("Use: template fields FILE, or template map FILE [--set FIELD=KEY ...] [--save]"));
    if (!QFileInfo(args.at(1)).isFile())
        return fail(Usage, QStringLiteral("file_not_found"),
                    tr("Cannot open %1: no such file.").arg(args.at(1)));
    QString error;
    const QByteArray pdf = readAll(args.at(1), &error);
    const QList<FormFiller::Field> fields = FormFiller::fields(pdf, &error);
    if (!error.isEmpty())
        return fail(Blocked, QStringLiteral("unreadable"), error);
    QJsonArray array;
    QString text;
    for (const FormFiller::Field& f : fields) {
        array.append(f.toJson());
        text += QStringLiteral("%1\t%2\tp.%3\t%4\n").arg(f.name, f.type).arg(f.page).arg(f.tooltip);
    }
    if (fields.isEmpty())
        text = tr("The PDF has no form field.\n");
    emitResult(QJsonObject { { QStringLiteral("fields"), array } }, text);
    return Ok;
}

int Cli::fill(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("template"), QStringLiteral("file"));
    p.add(QStringLiteral("out"), QStringLiteral("file"));
    p.add(QStringLiteral("place"), QStringLiteral("text"));
    p.add(QStringLiteral("date"), QStringLiteral("date"));
    p.add(QStringLiteral("start"), QStringLiteral("date"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    const QString outPath = p.parser.value(QStringLiteral("out"));
    if (pos.size() != 1 || outPath.isEmpty())
        return usage(tr("Use: fill ID [--template FILE] --out OUT.pdf"));
    MandateFiller::Request request;
    TemplateValues::Input& input = request.input;
    input.date = Clock::instance().today();
    input.startDate = input.date;
    for (const auto& [opt, target] :
         { std::pair { "date", &input.date }, std::pair { "start", &input.startDate } }) {
        if (p.parser.isSet(QString::fromLatin1(opt))) {
            *target = QDate::fromString(p.parser.value(QString::fromLatin1(opt)), Qt::ISODate);
            if (!target->isValid())
                return usage(tr("--%1 takes a date written YYYY-MM-DD.").arg(QLatin1String(opt)));
        }
    }
    const QString templatePath = p.parser.value(QStringLiteral("template"));
    if (templatePath.isEmpty()) {
        request.templatePdf = readAll(QStringLiteral(":/templates/mandat-mandatdesk-fr.pdf"), &error);
    } else {
        if (!QFileInfo(templatePath).isFile())
            return fail(Usage, QStringLiteral("file_not_found"),
                        tr("Cannot open %1: no such file.").arg(templatePath));
        request.templatePdf = readAll(templatePath, &error);
    }
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(pos.first(), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
    input.dossier = *d;
    input.provider = m_profile->dossiers().provider(&error).value_or(Company());
    input.place = p.parser.isSet(QStringLiteral("place")) ? p.parser.value(QStringLiteral("place"))
                                                          : input.provider.rcsCity;

    const QList<FormFiller::Field> fields = FormFiller::fields(request.templatePdf, &error);
    if (!error.isEmpty())
        return fail(Blocked, QStringLiteral("unreadable"), error);
    // The mapping (or placements) the user saved for this template, or what MandatDesk proposes.
    const QString templateSha = BlobStore::sha256Hex(request.templatePdf);
    TemplateMappings& stored = m_profile->templateMappings();
    request.mapping = stored.mapping(templateSha, &error);
    const bool saved = !request.mapping.isEmpty();
    if (!saved)
        request.mapping = TemplateMapping::propose(fields);
    for (const TemplateMappings::Placement& pl : stored.placements(templateSha, &error))
        request.placements.append({ pl.key, pl.page, QPointF(pl.x, pl.y), pl.size });
    if (fields.isEmpty() && request.placements.isEmpty())
        return fail(Blocked, QStringLiteral("no_fields"),
                    tr("The template has no form field: place the values first with template place."));

    MandateFiller::Result result;
    if (!MandateFiller::fill(request, &result, &error))
        return fail(Blocked, QStringLiteral("fill_failed"), error);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(result.pdf) != result.pdf.size() || !out.commit())
        return fail(Usage, QStringLiteral("write_failed"),
                    tr("Cannot write %1: %2").arg(outPath, out.errorString()));

    // The filled mandate belongs to the dossier (its hash tells it from the signed one later).
    const DocumentIntake::Outcome document
        = DocumentIntake::add(m_profile->dossiers(), d->id, Document::Kind::FilledMandate, outPath);
    QJsonObject json {
        { QStringLiteral("out"), outPath },
        { QStringLiteral("template"),
          templatePath.isEmpty() ? QStringLiteral("mandatdesk-fr") : templatePath },
        { QStringLiteral("template_sha256"), templateSha },
        { QStringLiteral("fields_filled"), result.fieldsFilled },
        { QStringLiteral("values_placed"), result.valuesPlaced },
        { QStringLiteral("annex_pages"), result.annexPages },
        { QStringLiteral("verified"), true },
        { QStringLiteral("empty_fields"), QJsonArray::fromStringList(result.emptyValues) },
        { QStringLiteral("unmapped_fields"), QJsonArray::fromStringList(result.unmappedFields) },
        { QStringLiteral("mapping_source"),
          fields.isEmpty() ? QStringLiteral("placements")
              : saved      ? QStringLiteral("saved")
                           : QStringLiteral("proposed") },
        { QStringLiteral("sha256"), BlobStore::sha256Hex(result.pdf) },
    };
    if (document.document)
        json.insert(QStringLiteral("document"), DossierJson::document(*document.document));
    else
        json.insert(QStringLiteral("document_error"), document.error);
    QString text = tr("Mandate filled: %1\n").arg(outPath);
    if (!result.emptyValues.isEmpty())
        text += tr("  empty: %1\n").arg(result.emptyValues.join(QStringLiteral(", ")));
    emitResult(json, text);
    return Ok;
}

int Cli::templatePlace(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("set"), QStringLiteral("key=page,x,y[,size]"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: template place FILE --set KEY=PAGE,X,Y[,SIZE] ..."));
    if (!QFileInfo(pos.first()).isFile())
        return fail(Usage, QStringLiteral("file_not_found"),
                    tr("Cannot open %1: no such file.").arg(pos.first()));
    const QByteArray pdf = readAll(pos.first(), &error);
    if (DocumentReader::sniff(pdf) != QLatin1String("application/pdf"))
        return fail(Blocked, QStringLiteral("unreadable"), tr("%1 is not a PDF.").arg(pos.first()));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const QString sha = BlobStore::sha256Hex(pdf);
    QList<TemplateMappings::Placement> placements = m_profile->templateMappings().placements(sha, &error);
    const QStringList keys = TemplateValues::keys();
    for (const QString& set : p.parser.values(QStringLiteral("set"))) {
        const QString key = set.section(u'=', 0, 0);
        if (!keys.contains(key))
            return usage(
                tr("Unknown value \"%1\"; the values are: %2").arg(key, keys.join(QStringLiteral(", "))));
        MandateFiller::Placement parsed;
        if (!MandateFiller::parsePlacement(key, set.section(u'=', 1), &parsed))
            return usage(
                tr("A placement is written KEY=PAGE,X,Y[,SIZE] in points from the top left, not \"%1\".")
                    .arg(set));
        placements.erase(std::remove_if(placements.begin(), placements.end(),
                                        [&](const TemplateMappings::Placement& pl) { return pl.key == key; }),
                         placements.end());
        placements.append({ key, parsed.page, parsed.position.x(), parsed.position.y(), parsed.size });
    }
    if (!m_profile->templateMappings().savePlacements(sha, placements, &error))
        return fail(Blocked, QStringLiteral("store"), error);
    QJsonArray array;
    QString text;
    for (const TemplateMappings::Placement& pl : std::as_const(placements)) {
        array.append(QJsonObject { { QStringLiteral("key"), pl.key },
                                   { QStringLiteral("page"), pl.page },
                                   { QStringLiteral("x"), pl.x },
                                   { QStringLiteral("y"), pl.y },
                                   { QStringLiteral("size"), pl.size } });
        text += QStringLiteral("%1\tp.%2 (%3, %4) %5 pt\n")
                    .arg(pl.key)
                    .arg(pl.page)
                    .arg(pl.x)
                    .arg(pl.y)
                    .arg(pl.size);
    }
    emitResult(
        QJsonObject { { QStringLiteral("template_sha256"), sha }, { QStringLiteral("placements"), array } },
        text);
    return Ok;
}

int Cli::templateMap(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("set"), QStringLiteral("field=key"));
    p.add(QStringLiteral("save"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: template map FILE [--set FIELD=KEY ...] [--save]"));
    if (!QFileInfo(pos.first()).isFile())
        return fail(Usage, QStringLiteral("file_not_found"),
                    tr("Cannot open %1: no such file.").arg(pos.first()));
    const QByteArray pdf = readAll(pos.first(), &error);
    const QList<FormFiller::Field> fields = FormFiller::fields(pdf, &error);
    if (!error.isEmpty())
        return fail(Blocked, QStringLiteral("unreadable"), error);
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const QString sha = BlobStore::sha256Hex(pdf);
    QMap<QString, QString> mapping = m_profile->templateMappings().mapping(sha, &error);
    const bool saved = !mapping.isEmpty();
    if (!saved)
        mapping = TemplateMapping::propose(fields);
    QStringList names;
    for (const FormFiller::Field& f : fields)
        names.append(f.name);
    const QStringList keys = TemplateValues::keys();
    const QStringList sets = p.parser.values(QStringLiteral("set"));
    for (const QString& set : sets) {
        const QString field = set.section(u'=', 0, 0);
        const QString key = set.section(u'=', 1);
        if (!names.contains(field))
            return usage(tr("The template has no field named %1.").arg(field));
        if (key.isEmpty())
            mapping.remove(field);
        else if (!keys.contains(key))
            return usage(
                tr("Unknown value \"%1\"; the values are: %2").arg(key, keys.join(QStringLiteral(", "))));
        else
            mapping.insert(field, key);
    }
    const bool save = p.parser.isSet(QStringLiteral("save")) || !sets.isEmpty();
    if (save && !m_profile->templateMappings().save(sha, mapping, &error))
        return fail(Blocked, QStringLiteral("store"), error);
    QJsonArray array;
    QString text;
    for (const FormFiller::Field& f : fields) {
        QJsonObject o = f.toJson();
        o.insert(QStringLiteral("key"),
                 mapping.contains(f.name) ? QJsonValue(mapping.value(f.name)) : QJsonValue());
        array.append(o);
        text += QStringLiteral("%1\t-> %2\n").arg(f.name, mapping.value(f.name, QStringLiteral("-")));
    }
    emitResult(QJsonObject { { QStringLiteral("template_sha256"), sha },
                             { QStringLiteral("source"),
                               save ? QStringLiteral("saved")
                                    : (saved ? QStringLiteral("saved") : QStringLiteral("proposed")) },
                             { QStringLiteral("fields"), array } },
               text);
    return Ok;
}

int Cli::print(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("to-pdf"), QStringLiteral("file"));
    p.add(QStringLiteral("dpi"), QStringLiteral("dpi"));
    p.add(QStringLiteral("document"), QStringLiteral("id"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    const QString outPath = p.parser.value(QStringLiteral("to-pdf"));
    if (pos.size() != 1 || outPath.isEmpty())
        return usage(tr("Use: print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]"));
    int dpi = 300;
    if (p.parser.isSet(QStringLiteral("dpi"))) {
        dpi = p.parser.value(QStringLiteral("dpi")).toInt();
        if (dpi < 72 || dpi > 1200)
            return usage(tr("--dpi takes a resolution from 72 to 1200."));
    }
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(pos.first(), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
    QList<DossierPrinter::Source> sources;
    if (p.parser.isSet(QStringLiteral("document"))) {
        const std::optional<Document> doc = m_profile->dossiers().document(
            QUuid::fromString(p.parser.value(QStringLiteral("document"))), &error);
        if (!doc || doc->dossierId != d->id)
            return fail(Blocked, QStringLiteral("not_found"),
                        tr("No document of this dossier has the id %1.")
                            .arg(p.parser.value(QStringLiteral("document"))));
        sources.append({ doc->originalName, m_profile->blobs().read(doc->sha256, &error) });
    } else {
        sources = DossierPrinter::dossierSources(m_profile->dossiers(), m_profile->blobs(), d->id, &error);
    }
    if (sources.isEmpty())
        return fail(Blocked, QStringLiteral("nothing_to_print"),
                    error.isEmpty() ? tr("The dossier has no document to print.") : error);
    int pages = 0;
    if (!DossierPrinter::toPdf(sources, outPath, dpi, &pages, &error))
        return fail(Blocked, QStringLiteral("print_failed"), error);
    QJsonArray docs;
    for (const DossierPrinter::Source& s : std::as_const(sources))
        docs.append(s.name);
    emitResult(QJsonObject { { QStringLiteral("out"), outPath },
                             { QStringLiteral("pages"), pages },
                             { QStringLiteral("dpi"), dpi },
                             { QStringLiteral("documents"), docs } },
               tr("Printed to %1: %n page(s)\n", nullptr, pages).arg(outPath));
    return Ok;
}

int Cli::exportPdf(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("out"), QStringLiteral("file"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    const QString outPath = p.parser.value(QStringLiteral("out"));
    if (pos.size() != 1 || outPath.isEmpty())
        return usage(tr("Use: export-pdf ID --out OUT.pdf"));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const std::optional<Dossier> d = m_profile->dossiers().findDossier(pos.first(), &error);
    if (!d)
        return fail(Blocked, QStringLiteral("not_found"), error);
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile->dossiers(), m_profile->blobs(), d->id, &error);
    if (sources.isEmpty())
        return fail(Blocked, QStringLiteral("nothing_to_print"),
                    error.isEmpty() ? tr("The dossier has no document to export.") : error);
    if (!DossierPrinter::mergePdf(sources, outPath, &error))
        return fail(Blocked, QStringLiteral("export_failed"), error);
    QJsonArray docs;
    for (const DossierPrinter::Source& s : std::as_const(sources))
        docs.append(s.name);
    emitResult(QJsonObject { { QStringLiteral("out"), outPath }, { QStringLiteral("documents"), docs } },
               tr("Exported to %1\n").arg(outPath));
    return Ok;
}
