// mandatdesk-cli: dossier archives (export, import) and CSV import.
#include "Cli.h"
#include "CliSupport.h"
#include "bundle/CsvImport.h"
#include "bundle/DossierArchive.h"
#include "store/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Mandat {

using namespace CliSupport;

int Cli::exportArchive(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("out"), QStringLiteral("file"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    const QString out = p.parser.value(QStringLiteral("out"));
    if (pos.isEmpty() || out.isEmpty())
        return usage(tr("Use: export ID... --out FILE.zip"));
    QList<QUuid> ids;
    for (const QString& arg : pos) {
        int exitCode = Ok;
        const std::optional<Dossier> d = dossierArgument(arg, &exitCode);
        if (!d)
            return exitCode;
        if (!ids.contains(d->id))
            ids.append(d->id);
    }
    DossierArchive::ExportSummary summary;
    if (!DossierArchive::exportTo(*m_profile, ids, out, &summary, &error))
        return fail(Usage, QStringLiteral("write_failed"), error);
    QJsonArray exported;
    for (const QUuid& id : std::as_const(ids))
        exported.append(id.toString(QUuid::WithoutBraces));
    emitResult(QJsonObject { { QStringLiteral("out"), out },
                             { QStringLiteral("dossiers"), exported },
                             { QStringLiteral("documents"), summary.documents },
                             { QStringLiteral("bytes"), summary.bytes } },
               tr("%n dossier(s) exported to %1 (%2 files, %3 bytes).\n", nullptr, summary.dossiers)
                   .arg(out)
                   .arg(summary.documents)
                   .arg(summary.bytes));
    return Ok;
}

int Cli::importArchive(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("replace"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: import FILE.zip [--replace]"));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    DossierArchive::ImportSummary summary;
    DossierArchive::Refusal refusal;
    if (!DossierArchive::importFrom(*m_profile, pos.first(), p.parser.isSet(QStringLiteral("replace")),
                                    &summary, &error, &refusal)) {
        if (m_json) {
            m_err << error << Qt::endl;
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject {
                                  { QStringLiteral("error"), QStringLiteral("refused_archive") },
                                  { QStringLiteral("reason"), DossierArchive::refusalCode(refusal) },
                                  { QStringLiteral("message"), error },
                              })
                    .toJson(QJsonDocument::Indented));
            return Blocked;
        }
        return fail(Blocked, QStringLiteral("refused_archive"), error);
    }
    using Outcome = DossierArchive::ImportedDossier::Outcome;
    QJsonArray imported, replaced, skipped;
    QString text;
    for (const DossierArchive::ImportedDossier& d : summary.dossiers) {
        const QString id = d.id.toString(QUuid::WithoutBraces);
        if (d.outcome == Outcome::Imported) {
            imported.append(id);
            text += tr("imported: %1 (%2)\n").arg(d.name, id.left(8));
        } else if (d.outcome == Outcome::Replaced) {
            replaced.append(id);
            text += tr("replaced: %1 (%2)\n").arg(d.name, id.left(8));
        } else {
            skipped.append(QJsonObject { { QStringLiteral("id"), id },
                                         { QStringLiteral("name"), d.name },
                                         { QStringLiteral("reason"), QStringLiteral("exists") } });
            text += tr("left unchanged, already in this profile: %1 (%2); --replace replaces it\n")
                        .arg(d.name, id.left(8));
        }
    }
    for (const QString& note : std::as_const(summary.notes))
        text += note + u'\n';
    emitResult(QJsonObject { { QStringLiteral("imported"), imported },
                             { QStringLiteral("replaced"), replaced },
                             { QStringLiteral("skipped"), skipped },
                             { QStringLiteral("documents"), summary.documents },
                             { QStringLiteral("notes"), QJsonArray::fromStringList(summary.notes) } },
               text);
    return Ok;
}

int Cli::importCsv(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("mapping"), QStringLiteral("file"));
    p.add(QStringLiteral("report"), QStringLiteral("file"));
    p.add(QStringLiteral("dry-run"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]"));
    QFile file(pos.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, QStringLiteral("file_not_found"),
                    tr("Cannot open %1: %2").arg(file.fileName(), file.errorString()));
    CsvReader::Table table;
    if (!CsvReader::read(file.readAll(), &table, &error))
        return fail(Usage, QStringLiteral("unreadable"), tr("%1: %2").arg(file.fileName(), error));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);

    CsvImport::Mapping mapping;
    QString mappingSource = QStringLiteral("proposed");
    if (p.parser.isSet(QStringLiteral("mapping"))) {
        QFile m(p.parser.value(QStringLiteral("mapping")));
        if (!m.open(QIODevice::ReadOnly))
            return fail(Usage, QStringLiteral("file_not_found"),
                        tr("Cannot open %1: %2").arg(m.fileName(), m.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m.readAll(), &parseError);
        if (!doc.isObject())
            return fail(Usage, QStringLiteral("bad_mapping"),
                        tr("%1 is not a JSON object: %2").arg(m.fileName(), parseError.errorString()));
        if (!CsvImport::mappingFromJson(doc.object(), table.header, &mapping, &error))
            return fail(Usage, QStringLiteral("bad_mapping"), error);
        mappingSource = QStringLiteral("file");
    } else if (CsvImport::rememberedMapping(m_profile->database(), table.header, &mapping)) {
        mappingSource = QStringLiteral("remembered");
    } else {
        mapping = CsvImport::propose(table.header);
    }
    const QString missing = CsvImport::missingFields(mapping);
    if (!missing.isEmpty())
        return fail(
            Usage, QStringLiteral("bad_mapping"),
            tr("The columns could not all be recognised. %1 Give a mapping with --mapping FILE, e.g. %2")
                .arg(missing,
                     QString::fromUtf8(QJsonDocument(CsvImport::mappingToJson(table.header, mapping))
                                           .toJson(QJsonDocument::Compact))));

    const bool dryRun = p.parser.isSet(QStringLiteral("dry-run"));
    CsvImport::Report report;
    if (dryRun) {
        QList<Dossier> valid;
        report = CsvImport::check(table, mapping, m_profile->database(), &valid);
    } else {
        error.clear();
        report = CsvImport::run(table, mapping, m_profile->dossiers(), m_profile->database(),
                                Profile::currentUserName(), &error);
        if (!error.isEmpty())
            return fail(Blocked, QStringLiteral("store"), tr("Nothing was imported: %1").arg(error));
        CsvImport::rememberMapping(m_profile->database(), table.header, mapping);
    }
    if (p.parser.isSet(QStringLiteral("report"))) {
        QSaveFile out(p.parser.value(QStringLiteral("report")));
        const QByteArray bytes = report.toCsv();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return fail(Usage, QStringLiteral("write_failed"),
                        tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    using Status = CsvImport::RowResult::Status;
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("mapping"), CsvImport::mappingToJson(table.header, mapping));
    json.insert(QStringLiteral("mapping_source"), mappingSource);
    QString text = dryRun ? tr("%n row(s) checked (nothing written): ", nullptr, report.rows)
                          : tr("%n dossier(s) imported. ", nullptr, report.imported);
    text += tr("%1 (%2, separator \"%3\").\n")
                .arg(report.counts(), report.encoding, QString(report.delimiter));
    for (const CsvImport::RowResult& r : std::as_const(report.results))
        if (r.status != Status::Valid)
            text += tr("  line %1: %2\n").arg(r.line).arg(r.reasons.join(QStringLiteral("; ")));
    emitResult(json, text);
    return report.count(Status::Invalid) + report.count(Status::Duplicate) == 0 ? Ok : Blocked;
}

} // namespace Mandat
