// mandatdesk-cli check: documents checked on their own, without a profile. The executable
// runs it itself (main.cpp): Qt Core and Poppler's C++ interface, nothing more until a
// scan, a signature or a foreign number asks for its module.
#include "Cli.h"
#include "CliSupport.h"
#include "checks/DocumentCheck.h"
#include "core/Clock.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Mandat {

using namespace CliSupport;

int CliBase::check(const QStringList& args)
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
        if (!megabytes(p.parser.value(QStringLiteral("max-size")), &options.maxBytes))
            return usage(tr("--max-size takes a number of megabytes."));
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

} // namespace Mandat
