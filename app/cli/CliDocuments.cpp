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
    if (p.parser.isSet(QStringLiteral("max-size"))
        && !megabytes(p.parser.value(QStringLiteral("max-size")), &options.maxBytes))
        return usage(tr("--max-size takes a number of megabytes."));
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
