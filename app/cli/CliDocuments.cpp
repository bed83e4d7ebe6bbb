// mandatdesk-cli: check, and the documents of a dossier.
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

int Cli::check(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("kind"), QStringLiteral("kind"));
    p.add(QStringLiteral("siren"), QStringLiteral("siren"));
    p.add(QStringLiteral("client-name"), QStringLiteral("name"));
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
        return usage(tr("Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--client-name NAME] "
                        "[--number N ...]"));
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
    input.clientName = p.parser.value(QStringLiteral("client-name")).simplified();
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
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.at(0), &exitCode);
    if (!d)
        return exitCode;
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
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.first(), &exitCode);
    if (!d)
        return exitCode;
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

int Cli::dossierMoveDocument(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("kind"), QStringLiteral("kind"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    Document::Kind kind = Document::Kind::Kbis;
    if (pos.size() != 1 || !Document::kindFromCode(p.parser.value(QStringLiteral("kind")), &kind)
        || kind == Document::Kind::FilledMandate)
        return usage(tr("Use: dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate"));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const QUuid id = QUuid::fromString(pos.at(0));
    if (id.isNull() || !m_profile->dossiers().document(id, nullptr))
        return fail(Blocked, QStringLiteral("not_found"), tr("No document has the id %1.").arg(pos.at(0)));
    if (!m_profile->dossiers().setDocumentKind(id, kind, &error))
        return fail(Blocked, QStringLiteral("refused"), error);
    emitResult(DossierJson::document(*m_profile->dossiers().document(id, &error)),
               tr("Document moved to: %1.\n").arg(Document::kindLabel(kind)));
    return Ok;
}

int Cli::dossierConfirmSignature(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("withdraw"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: dossier confirm-signature DOCUMENT_ID [--withdraw]"));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    const bool confirmed = !p.parser.isSet(QStringLiteral("withdraw"));
    const QUuid id = QUuid::fromString(pos.at(0));
    if (id.isNull() || !m_profile->dossiers().document(id, nullptr))
        return fail(Blocked, QStringLiteral("not_found"), tr("No document has the id %1.").arg(pos.at(0)));
    if (!m_profile->dossiers().setSignatureConfirmed(id, confirmed, Profile::currentUserName(), &error))
        return fail(Blocked, QStringLiteral("refused"), error);
    emitResult(DossierJson::document(*m_profile->dossiers().document(id, &error)),
               confirmed ? tr("Signature and stamp confirmed.\n") : tr("Confirmation withdrawn.\n"));
    return Ok;
}

} // namespace Mandat
