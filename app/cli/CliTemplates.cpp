// mandatdesk-cli: your company, templates, fill, print, export.
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
#include "store/ProfileSettings.h"
#include "templates/FormFiller.h"
#include "templates/MandateFiller.h"
#include "templates/MandateGenerator.h"
#include "templates/MandateTemplate.h"
#include "templates/TemplateSetup.h"
#include "templates/TemplateValues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Mandat {

using namespace CliSupport;

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
    p.add(QStringLiteral("flatten"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    const QString outPath = p.parser.value(QStringLiteral("out"));
    if (pos.size() != 1 || outPath.isEmpty())
        return usage(tr("Use: fill ID [--template FILE] --out OUT.pdf"));
    TemplateValues::Input input;
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
    QByteArray templatePdf;
    if (templatePath.isEmpty()) {
        templatePdf = MandateGenerator::builtInTemplate();
    } else if (templatePath == QLatin1String("portal")) {
        // The operator's template, fetched once with portal template: no network needed.
        if (!openProfile(&error))
            return fail(Usage, QStringLiteral("profile"), error);
        templatePdf = MandateGenerator::portalTemplate(*m_profile);
        if (templatePdf.isEmpty())
            return fail(Blocked, QStringLiteral("no_template"),
                        tr("The portal's template is not kept here yet: run portal template first."));
    } else {
        if (!QFileInfo(templatePath).isFile())
            return fail(Usage, QStringLiteral("file_not_found"),
                        tr("Cannot open %1: no such file.").arg(templatePath));
        templatePdf = readAll(templatePath, &error);
    }
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.first(), &exitCode);
    if (!d)
        return exitCode;
    input.dossier = *d;
    if (p.parser.isSet(QStringLiteral("place")))
        input.place = p.parser.value(QStringLiteral("place"));

    MandateGenerator::Failure failure;
    const std::optional<MandateGenerator::Outcome> outcome
        = MandateGenerator::generate(*m_profile, templatePdf, input, &error, &failure);
    if (!outcome)
        return fail(Blocked,
                    failure == MandateGenerator::Failure::Unreadable     ? QStringLiteral("unreadable")
                        : failure == MandateGenerator::Failure::NoFields ? QStringLiteral("no_fields")
                                                                         : QStringLiteral("fill_failed"),
                    error);
    const MandateFiller::Result& result = outcome->fill;
    // To print or send: the values drawn into the pages, no field left to change.
    const bool flatten = p.parser.isSet(QStringLiteral("flatten"));
    QByteArray pdf = result.pdf;
    if (flatten && !FormFiller::flatten(result.pdf, &pdf, &error))
        return fail(Blocked, QStringLiteral("flatten_failed"), error);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return fail(Usage, QStringLiteral("write_failed"),
                    tr("Cannot write %1: %2").arg(outPath, out.errorString()));

    // The filled mandate belongs to the dossier (its hash tells it from the signed one later).
    const DocumentIntake::Outcome document
        = DocumentIntake::add(m_profile->dossiers(), d->id, Document::Kind::FilledMandate, outPath);
    QJsonObject json {
        { QStringLiteral("out"), outPath },
        { QStringLiteral("template"),
          templatePath.isEmpty() ? QStringLiteral("mandatdesk-fr") : templatePath },
        { QStringLiteral("template_sha256"), outcome->templateSha256 },
        { QStringLiteral("fields_filled"), result.fieldsFilled },
        { QStringLiteral("values_placed"), result.valuesPlaced },
        { QStringLiteral("annex_pages"), result.annexPages },
        { QStringLiteral("verified"), true },
        { QStringLiteral("flattened"), flatten },
        { QStringLiteral("empty_fields"), QJsonArray::fromStringList(result.emptyValues) },
        { QStringLiteral("unmapped_fields"), QJsonArray::fromStringList(result.unmappedFields) },
        { QStringLiteral("mapping_source"),
          outcome->mappingSource == MandateGenerator::MappingSource::Placements ? QStringLiteral("placements")
              : outcome->mappingSource == MandateGenerator::MappingSource::Saved
              ? QStringLiteral("saved")
              : QStringLiteral("proposed") },
        { QStringLiteral("sha256"), BlobStore::sha256Hex(pdf) },
    };
    if (document.document)
        json.insert(QStringLiteral("document"), DossierJson::document(*document.document));
    else
        json.insert(QStringLiteral("document_error"), document.error);
    QString text
        = (flatten ? tr("Mandate filled and flattened: %1\n") : tr("Mandate filled: %1\n")).arg(outPath);
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
    std::optional<TemplateSetup> setup = TemplateSetup::load(m_profile->templateMappings(), pdf, &error);
    if (!setup)
        return fail(Blocked, QStringLiteral("unreadable"), error);
    for (const QString& set : p.parser.values(QStringLiteral("set"))) {
        const QString key = set.section(u'=', 0, 0);
        MandateFiller::Placement parsed;
        if (!MandateFiller::parsePlacement(key, set.section(u'=', 1), &parsed))
            return usage(
                tr("A placement is written KEY=PAGE,X,Y[,SIZE] in points from the top left, not \"%1\".")
                    .arg(set));
        if (!setup->setPlacement({ key, parsed.page, parsed.position.x(), parsed.position.y(), parsed.size },
                                 &error))
            return usage(error);
    }
    if (!setup->savePlacements(m_profile->templateMappings(), &error))
        return fail(Blocked, QStringLiteral("store"), error);
    const QString sha = setup->sha256();
    const QList<TemplateMappings::Placement>& placements = setup->placements();
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
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    std::optional<TemplateSetup> setup = TemplateSetup::load(m_profile->templateMappings(), pdf, &error);
    if (!setup)
        return fail(Blocked, QStringLiteral("unreadable"), error);
    const bool saved = setup->isMappingSaved();
    const QStringList sets = p.parser.values(QStringLiteral("set"));
    for (const QString& set : sets) {
        if (!setup->setFieldValue(set.section(u'=', 0, 0), set.section(u'=', 1), &error))
            return usage(error);
    }
    const bool save = p.parser.isSet(QStringLiteral("save")) || !sets.isEmpty();
    if (save && !setup->saveMapping(m_profile->templateMappings(), &error))
        return fail(Blocked, QStringLiteral("store"), error);
    const QString sha = setup->sha256();
    const QList<FormFiller::Field>& fields = setup->fields();
    const QMap<QString, QString>& mapping = setup->mapping();
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
                               save || saved ? QStringLiteral("saved") : QStringLiteral("proposed") },
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
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.first(), &exitCode);
    if (!d)
        return exitCode;
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
    p.add(QStringLiteral("flatten"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    const QString outPath = p.parser.value(QStringLiteral("out"));
    if (pos.size() != 1 || outPath.isEmpty())
        return usage(tr("Use: export-pdf ID --out OUT.pdf [--flatten]"));
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.first(), &exitCode);
    if (!d)
        return exitCode;
    QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile->dossiers(), m_profile->blobs(), d->id, &error);
    if (sources.isEmpty())
        return fail(Blocked, QStringLiteral("nothing_to_print"),
                    error.isEmpty() ? tr("The dossier has no document to export.") : error);
    const bool flatten = p.parser.isSet(QStringLiteral("flatten"));
    QJsonArray flattened;
    for (DossierPrinter::Source& s : sources) {
        if (!flatten || DocumentReader::sniff(s.bytes) != QLatin1String("application/pdf"))
            continue;
        QByteArray flat;
        if (!FormFiller::flatten(s.bytes, &flat, &error))
            return fail(Blocked, QStringLiteral("flatten_failed"),
                        QStringLiteral("%1: %2").arg(s.name, error));
        if (flat != s.bytes)
            flattened.append(s.name);
        s.bytes = flat;
    }
    if (!DossierPrinter::mergePdf(sources, outPath, &error))
        return fail(Blocked, QStringLiteral("export_failed"), error);
    QJsonArray docs;
    for (const DossierPrinter::Source& s : std::as_const(sources))
        docs.append(s.name);
    QJsonObject json { { QStringLiteral("out"), outPath }, { QStringLiteral("documents"), docs } };
    if (flatten)
        json.insert(QStringLiteral("flattened"), flattened);
    emitResult(json, tr("Exported to %1\n").arg(outPath));
    return Ok;
}

} // namespace Mandat
