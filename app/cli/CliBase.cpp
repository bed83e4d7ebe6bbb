#include "Cli.h"
#include "CliSupport.h"
#include "core/Clock.h"
#include "core/Translations.h"

#include <QJsonObject>

namespace Mandat {

using namespace CliSupport;

CliBase::CliBase(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

CliBase::~CliBase() = default;

QString CliBase::helpText() const
{
    return tr(
        "Usage: mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  numbers classify [--on YYYY-MM-DD] NUMBER...   category and permissions of each number\n"
        "  numbers authorised [--on YYYY-MM-DD] [--record]   the numbers you may present, per client (valid\n"
        "        mandates, ARCEP decision 2025-2215), and what changed since the last recorded list;\n"
        "        --record: this list becomes the reference the next changes count from\n"
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
        "  dossier confirm-signature DOCUMENT_ID [--withdraw]   the scan bears signature and stamp\n"
        "  dossier conflicts                   dossiers changed here and by another seat, field by field\n"
        "  dossier resolve ID --take mine|theirs|FIELD=mine|theirs ...   keep each field from one side\n"
        "  dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate   a document added in the wrong "
        "slot\n"
        "  check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on YYYY-MM-DD]\n"
        "        [--date YYYY-MM-DD] [--signature-confirmed] [--max-size MB] [--client-name NAME]\n"
        "        (--siren and --client-name: the client an invoice must be made out to)\n"
        "  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]\n"
        "        [--rcs-city V] [--representative R] [--representative-title T]   your own company\n"
        "  template fields FILE                the form fields of a PDF template\n"
        "  template map FILE [--set FIELD=KEY ...] [--save]   which dossier value each field takes\n"
        "  template place FILE --set KEY=PAGE,X,Y[,SIZE] ...  where values go on a template without fields\n"
        "  print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]   print the dossier (or one "
        "document)\n"
        "  export-pdf ID --out OUT.pdf [--flatten]   the dossier's PDF documents merged, fillable as they "
        "are\n"
        "        --flatten: the form values drawn into the pages, no field left (to print or send)\n"
        "  portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca]   the "
        "operator's portal (password on stdin)\n"
        "        --ca: trust that authority alone; --pin-key: trust only the key of that server "
        "certificate\n"
        "  portal status                       the portal, and what waits to be sent\n"
        "  portal share-drafts [at-once|at-submission]   the team sees drafts at once, or from submission\n"
        "  portal template [--password-stdin]  keep the operator's blank mandate (fill --template portal)\n"
        "  submit ID [--password-stdin]        submit for verification (queued first, sent when possible)\n"
        "  sync [--password-stdin] [--retry-now]   send what waits, receive the portal's decisions\n"
        "  fill ID [--template FILE] --out OUT.pdf [--place P] [--date YYYY-MM-DD] [--start YYYY-MM-DD]\n"
        "        [--flatten]   the mandate filled; --flatten: the values drawn into the page, no field left\n"
        "  export ID... --out FILE.zip         dossiers, history and documents in one archive\n"
        "  import FILE.zip [--replace]         an archive, checked whole first; present dossiers kept unless "
        "--replace\n"
        "  import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]   client dossiers from a "
        "spreadsheet\n"
        "\n"
        "Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.\n");
}

int CliBase::usage(const QString& message)
{
    return fail(Usage, QStringLiteral("usage"),
                message + u'\n' + tr("Run mandatdesk-cli --help for the commands."));
}

int CliBase::fail(int code, const QString& errorCode, const QString& message, const QJsonObject& details)
{
    m_err << message << Qt::endl;
    if (m_json) {
        QJsonObject json = details;
        json.insert(QStringLiteral("error"), errorCode);
        json.insert(QStringLiteral("message"), message);
        m_out << jsonText(json);
    }
    return code;
}

void CliBase::emitResult(const QJsonValue& json, const QString& text)
{
    if (m_json)
        m_out << jsonText(json);
    else
        m_out << text;
}

int CliBase::run(const QStringList& argv)
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
    return dispatch(command, args);
}

int CliBase::dispatch(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("check"))
        return check(args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace Mandat
