#include "ReadinessReport.h"

#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"
#include "store/BlobStore.h"
#include "store/DossierStore.h"

#include <QJsonArray>
#include <algorithm>

namespace Mandat {

int ReadinessReport::blockingCount() const
{
    int n = 0;
    for (const Problem& p : problems)
        n += p.isBlocking() ? 1 : 0;
    return n;
}

int ReadinessReport::warningCount() const
{
    return int(problems.size()) - blockingCount();
}

QString ReadinessReport::firstBlocking() const
{
    for (const Problem& p : problems)
        if (p.isBlocking())
            return p.message;
    return {};
}

QDate ReadinessReport::earliestStaleOn() const
{
    QDate earliest;
    for (const DocumentCheck::Result& r : documents) {
        const QDate staleOn = r.freshness.staleOn;
        if (r.freshnessApplies && staleOn.isValid() && (!earliest.isValid() || staleOn < earliest))
            earliest = staleOn;
    }
    return earliest;
}

QJsonObject ReadinessReport::toJson() const
{
    QJsonArray problemsJson;
    for (const Problem& p : problems)
        problemsJson.append(p.toJson());
    QJsonArray docs;
    for (const DocumentCheck::Result& r : documents)
        docs.append(r.toJson());
    QJsonArray numbers;
    const NumberClassifier classifier;
    for (auto it = invoicesByNumber.begin(); it != invoicesByNumber.end(); ++it) {
        const NumberClassification c = classifier.classify(it.key(), checkDay);
        QJsonArray viaBlocks;
        for (const QPair<QString, QString>& via : blocksByNumber.value(it.key())) {
            viaBlocks.append(QJsonObject { { QStringLiteral("invoice"), via.first },
                                           { QStringLiteral("block"), via.second } });
        }
        numbers.append(QJsonObject { { QStringLiteral("e164"), it.key() },
                                     { QStringLiteral("national"), c.national },
                                     { QStringLiteral("category"), numberCategoryCode(c.category) },
                                     { QStringLiteral("invoices"), QJsonArray::fromStringList(it.value()) },
                                     { QStringLiteral("via_blocks"), viaBlocks } });
    }
    return QJsonObject {
        { QStringLiteral("dossier"), dossierId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("name"), dossierName },
        { QStringLiteral("check_day"), checkDay.toString(Qt::ISODate) },
        { QStringLiteral("ready"), ready() },
        { QStringLiteral("blocking"), blockingCount() },
        { QStringLiteral("warnings"), warningCount() },
        { QStringLiteral("problems"), problemsJson },
        { QStringLiteral("numbers"), numbers },
        { QStringLiteral("documents"), docs },
    };
}

ReadinessReport ReadinessReport::build(const Dossier& dossier, DossierStore& store, BlobStore& blobs,
                                       const QDate& checkDay)
{
    ReadinessReport report;
    report.dossierId = dossier.id;
    report.dossierName = dossier.name;
    report.checkDay = checkDay;

    // The client and the numbers.
    if (!CompanyIdentifier::isValidSiren(dossier.client.siren)) {
        report.problems.append(
            Problem::blocking(QStringLiteral("siren_invalid"),
                              tr("The client's SIREN \"%1\" is not valid.").arg(dossier.client.siren)));
    }
    if (dossier.numbers.isEmpty())
        report.problems.append(
            Problem::blocking(QStringLiteral("no_numbers"), tr("The dossier has no number.")));
    const NumberClassifier classifier;
    for (const QString& e164 : dossier.numbers) {
        // The rules in force on the day the dossier is checked for, not today's.
        const NumberClassification c = classifier.classify(e164, checkDay);
        report.invoicesByNumber.insert(e164, {});
        if (!c.valid) {
            report.problems.append(Problem::blocking(QStringLiteral("number_invalid"), c.reason, e164));
        } else if (c.category == NumberCategory::Mobile) {
            report.problems.append(Problem::blocking(
                QStringLiteral("number_mobile"),
                tr("%1 is a mobile number: a call centre may not present it (Arcep FAQ).").arg(c.national),
                e164));
        } else if (!c.agentsAllowed) {
            // A platform number is only worth a warning for agents' calls (shared/domain.md);
            // automated systems may not present it either: it blocks an automated dossier.
            if (c.warnOnly && dossier.use == PhoneUse::Automated)
                report.problems.append(Problem::blocking(QStringLiteral("number_platform"), c.reason, e164));
            else if (c.warnOnly)
                report.problems.append(Problem::warning(QStringLiteral("number_platform"), c.reason, e164));
            else
                report.problems.append(
                    Problem::blocking(QStringLiteral("number_not_allowed"), c.reason, e164));
        } else if (dossier.use == PhoneUse::Automated && !c.automatedAllowed) {
            report.problems.append(
                Problem::blocking(QStringLiteral("number_automated_forbidden"),
                                  tr("%1 may not be presented by automated calling systems (Arcep decision "
                                     "2022-1583): only verified "
                                     "multi-purpose numbers (NPV) and special numbers may.")
                                      .arg(c.national),
                                  e164));
        }
    }

    // The documents.
    QString error;
    const QList<Document> docs = store.documents(dossier.id, &error);
    QStringList generated;
    for (const Document& d : docs) {
        if (d.kind == Document::Kind::FilledMandate)
            generated.append(d.sha256);
    }
    bool hasKbis = false;
    bool hasInvoice = false;
    bool hasSigned = false;
    for (const Document& d : docs) {
        DocumentCheck::Input input;
        input.kind = d.kind;
        input.fileName = d.originalName;
        input.checkDay = checkDay;
        input.expectedSiren = dossier.client.siren;
        input.clientName = dossier.client.legalName;
        if (d.kind == Document::Kind::SignedMandate) {
            // The mandate is this dossier's: its numbers, signed after the dossier was begun.
            input.expectedNumbers = dossier.numbers;
            if (dossier.createdAt.isValid())
                input.dossierCreated = dossier.createdAt.toLocalTime().date();
        }
        input.unsignedHashes = generated;
        input.signatureConfirmed = d.signatureConfirmed;
        if (d.dateSource == Document::DateSource::EnteredByHand)
            input.manualDate = d.issueDate;
        DocumentReader::Text text;
        text.mediaType = d.mediaType;
        text.pages = store.documentPages(d.id, &error);
        text.pageCount = d.pages;
        text.ocrPages = d.ocrPages;
        const QByteArray bytes
            = d.kind == Document::Kind::SignedMandate ? blobs.read(d.sha256, &error) : QByteArray();
        DocumentCheck::Result r = DocumentCheck::analyse(text, bytes, input);
        r.sha256 = d.sha256;
        if (d.kind == Document::Kind::FilledMandate) {
            report.documents.append(r);
            continue;
        }
        hasKbis = hasKbis || d.kind == Document::Kind::Kbis;
        hasInvoice = hasInvoice || d.kind == Document::Kind::Invoice;
        hasSigned = hasSigned || d.kind == Document::Kind::SignedMandate;
        if (d.kind == Document::Kind::Invoice) {
            // A trunk invoice shows the dossier's numbers inside its SDA blocks.
            r.matchBlocks(dossier.numbers);
            if (r.freshness.isFresh()) {
                for (const QString& e164 : dossier.numbers) {
                    if (!r.numbersFound.contains(e164))
                        continue;
                    report.invoicesByNumber[e164].append(d.originalName);
                    if (r.numbersInBlocks.contains(e164))
                        report.blocksByNumber[e164].append({ d.originalName, r.numbersInBlocks.value(e164) });
                }
            }
        }
        report.problems.append(r.problems);
        report.documents.append(r);
    }
    if (!hasSigned)
        report.problems.append(
            Problem::blocking(QStringLiteral("missing_signed_mandate"),
                              tr("The mandate signed and stamped by the client is missing.")));
    if (!hasKbis)
        report.problems.append(
            Problem::blocking(QStringLiteral("missing_kbis"), tr("The client's Kbis extract is missing.")));
    if (!hasInvoice)
        report.problems.append(Problem::blocking(QStringLiteral("missing_invoice"),
                                                 tr("An invoice showing the numbers is missing.")));
    else {
        for (auto it = report.invoicesByNumber.begin(); it != report.invoicesByNumber.end(); ++it) {
            if (it.value().isEmpty()) {
                report.problems.append(
                    Problem::blocking(QStringLiteral("number_not_on_invoice"),
                                      tr("No invoice under %1 months old shows the number %2.")
                                          .arg(DossierRules::builtIn().invoiceFreshnessMonths())
                                          .arg(classifier.classify(it.key()).national),
                                      it.key()));
            }
        }
    }
    // A document in the wrong slot is the first thing to fix: moving it changes what else is
    // wrong (its date is read again for its new kind, a missing document may be this one).
    std::stable_partition(report.problems.begin(), report.problems.end(), DocumentCheck::isWrongSlot);
    return report;
}

} // namespace Mandat
