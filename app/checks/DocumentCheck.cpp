#include "DocumentCheck.h"

#include "documents/IdentityDocument.h"
#include "documents/KbisFacts.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"
#include "store/BlobStore.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace Mandat {

namespace {
// The 1-based page of a position in the pages' text joined by '\n'; 0 when unknown.
int pageOf(const DocumentReader::Text& text, qsizetype offset)
{
    if (offset < 0)
        return 0;
    qsizetype end = 0;
    for (int i = 0; i < text.pages.size(); ++i) {
        end += text.pages.at(i).size() + 1;
        if (offset < end)
            return i + 1;
    }
    return 0;
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString dayText(const QDate& d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}
} // namespace

int DocumentCheck::freshnessMonths(Document::Kind kind)
{
    const DossierRules& rules = DossierRules::builtIn();
    return kind == Document::Kind::Kbis ? rules.kbisFreshnessMonths() : rules.invoiceFreshnessMonths();
}

int DocumentCheck::freshnessMonths(Document::Kind kind, IdentityDocument::Type identity)
{
    return kind == Document::Kind::Kbis ? IdentityDocument::freshnessMonths(identity) : freshnessMonths(kind);
}

QJsonObject DocumentCheck::Result::toJson() const
{
    QJsonArray ocr;
    for (int p : ocrPages)
        ocr.append(p);
    QJsonArray problemsJson;
    for (const Problem& p : problems)
        problemsJson.append(p.toJson());
    QJsonArray dates;
    for (const DateRoles::Found& f : datesFound) {
        dates.append(QJsonObject { { QStringLiteral("date"), f.date.toString(Qt::ISODate) },
                                   { QStringLiteral("role"), DateRoles::roleCode(f.role) },
                                   { QStringLiteral("text"), f.snippet } });
    }
    QJsonArray sigs;
    for (const SignatureInfo& s : signatures)
        sigs.append(s.toJson());
    const bool hasDate = date.isValid();
    QJsonObject o {
        { QStringLiteral("file"), fileName },
        { QStringLiteral("kind"), Document::kindCode(kind) },
        { QStringLiteral("ok"), ok() },
        { QStringLiteral("sha256"), orNull(sha256) },
        { QStringLiteral("pages"), pages },
        { QStringLiteral("ocr_pages"), ocr },
        { QStringLiteral("date"),
          hasDate ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("date_text"), hasDate ? orNull(dateText) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("date_role"), hasDate ? orNull(dateRole) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("date_source"), Document::dateSourceCode(dateSource) },
        { QStringLiteral("fresh"),
          freshnessApplies && hasDate ? QJsonValue(freshness.isFresh()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("stale_on"),
          freshnessApplies && hasDate ? QJsonValue(freshness.staleOn.toString(Qt::ISODate))
                                      : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("siren"), orNull(siren) },
        { QStringLiteral("verification_code"), orNull(verificationCode) },
        { QStringLiteral("numbers_found"), QJsonArray::fromStringList(numbersFound) },
        { QStringLiteral("numbers_missing"), QJsonArray::fromStringList(numbersMissing) },
        { QStringLiteral("dates_found"), dates },
        { QStringLiteral("signatures"), sigs },
        { QStringLiteral("problems"), problemsJson },
        { QStringLiteral("identity_document"),
          kind == Document::Kind::Kbis ? orNull(IdentityDocument::code(identity))
                                       : QJsonValue(QJsonValue::Null) },
    };
    if (!unreadableReason.isEmpty())
        o.insert(QStringLiteral("unreadable_reason"), unreadableReason);
    // Added in issue 13 (the contract only grows).
    QJsonArray blocksJson;
    for (const NumberBlock& b : numberBlocks)
        blocksJson.append(b.toJson());
    o.insert(QStringLiteral("number_blocks"), blocksJson);
    QJsonObject inBlocks;
    for (auto it = numbersInBlocks.begin(); it != numbersInBlocks.end(); ++it)
        inBlocks.insert(it.key(), it.value());
    o.insert(QStringLiteral("numbers_in_blocks"), inBlocks);
    o.insert(QStringLiteral("numbers_extra"), QJsonArray::fromStringList(numbersExtra));
    if (holderChecked) {
        QJsonObject h = holder.toJson();
        h.insert(QStringLiteral("match"), InvoiceHolder::matchCode(holderMatch));
        o.insert(QStringLiteral("holder"), h);
    } else {
        o.insert(QStringLiteral("holder"), QJsonValue::Null);
    }
    return o;
}

QStringList DocumentCheck::Result::matchBlocks(const QStringList& e164s)
{
    QStringList matched;
    for (const QString& e164 : e164s) {
        if (numbersFound.contains(e164))
            continue;
        for (const NumberBlock& b : std::as_const(numberBlocks)) {
            if (b.contains(e164)) {
                numbersFound.append(e164);
                numbersInBlocks.insert(e164, b.text);
                matched.append(e164);
                break;
            }
        }
    }
    return matched;
}

DocumentCheck::Result DocumentCheck::run(const QByteArray& bytes, const Input& input,
                                         const DocumentReader::Options& options,
                                         DocumentReader::Text* textOut)
{
    DocumentReader::Text text;
    QString error;
    const DocumentReader::Failure failure = DocumentReader::read(bytes, options, &text, &error);
    if (textOut)
        *textOut = text;
    if (failure != DocumentReader::Failure::None) {
        Result r;
        r.fileName = input.fileName;
        r.kind = input.kind;
        if (!bytes.isEmpty())
            r.sha256 = BlobStore::sha256Hex(bytes);
        r.unreadableReason = DocumentReader::failureCode(failure);
        Problem p = Problem::blocking(QStringLiteral("unreadable"), error, input.fileName);
        r.problems.append(p);
        r.numbersMissing = input.expectedNumbers;
        return r;
    }
    return analyse(text, bytes, input);
}

DocumentCheck::Result DocumentCheck::analyse(const DocumentReader::Text& text, const QByteArray& bytes,
                                             const Input& input)
{
    Result r;
    r.fileName = input.fileName;
    r.kind = input.kind;
    r.sha256 = bytes.isEmpty() ? QString() : BlobStore::sha256Hex(bytes);
    r.pages = text.pageCount;
    r.ocrPages = text.ocrPages;
    const QString all = text.all();
    const QString name = input.fileName;
    const QDate day = input.checkDay.isValid() ? input.checkDay : QDate::currentDate();

    // In the Kbis slot, the document may be another register's: its own date label and freshness.
    if (input.kind == Document::Kind::Kbis)
        r.identity = IdentityDocument::detect(all);
    // Another register's document speaks of itself by its name, a Kbis as before.
    const bool otherRegister = r.identity != IdentityDocument::None && r.identity != IdentityDocument::Kbis;
    const QString identityName = IdentityDocument::name(r.identity);

    // The date, with its role; a date entered by hand wins.
    const DateRoles::Result found = DateRoles::issueDate(all, input.kind, r.identity);
    r.datesFound = found.all;
    if (input.manualDate.isValid()) {
        r.date = input.manualDate;
        r.dateSource = Document::DateSource::EnteredByHand;
    } else if (found.date.isValid()) {
        r.date = found.date;
        r.dateText = found.snippet;
        r.dateRole = DateRoles::roleCode(found.role);
        r.dateSource = Document::DateSource::FoundInText;
    }

    const bool isMandate
        = input.kind == Document::Kind::SignedMandate || input.kind == Document::Kind::FilledMandate;
    if (!isMandate) {
        r.freshnessApplies = true;
        const int months = freshnessMonths(input.kind, r.identity);
        const bool kbis = input.kind == Document::Kind::Kbis;
        if (!r.date.isValid()) {
            r.problems.append(Problem::blocking(QStringLiteral("date_unknown"), found.why, name));
        } else {
            r.freshness = DossierRules::builtIn().freshness(r.date, day, months);
            // One sentence per kind of document: French agrees "daté" / "datée" with it. Another
            // register's document is named first ("Extrait RNE : daté du …").
            QString message;
            switch (r.freshness.state) {
            case DossierRules::Freshness::InFuture:
                message = otherRegister
                    ? tr("%1: dated %2, after the day it is checked for (%3): the date is wrong.")
                          .arg(identityName, dayText(r.date), dayText(day))
                    : (kbis ? tr(
                           "The Kbis extract is dated %1, after the day it is checked for (%2): the date "
                           "is wrong.")
                            : tr("The invoice is dated %1, after the day it is checked for (%2): the date is "
                                 "wrong."))
                          .arg(dayText(r.date), dayText(day));
                r.problems.append(Problem::blocking(QStringLiteral("date_in_future"), message, name));
                break;
            case DossierRules::Freshness::Stale:
                message = otherRegister
                    ? tr("%1: dated %2, on %3 it is more than %4 months old. Get a recent one.")
                          .arg(identityName, dayText(r.date), dayText(day))
                          .arg(months)
                    : (kbis ? tr("The Kbis extract is dated %1: on %2 it is more than %3 months old. Get a "
                                 "recent one.")
                            : tr("The invoice is dated %1: on %2 it is more than %3 months old. Get a recent "
                                 "one."))
                          .arg(dayText(r.date), dayText(day))
                          .arg(months);
                r.problems.append(Problem::blocking(QStringLiteral("stale"), message, name));
                break;
            case DossierRules::Freshness::StaleSoon:
                message = otherRegister
                    ? tr("%1: dated %2, it will be more than %3 months old on %4, in %n day(s). Submit "
                         "before, or get a recent one.",
                         nullptr, r.freshness.daysLeft)
                          .arg(identityName, dayText(r.date))
                          .arg(months)
                          .arg(dayText(r.freshness.staleOn))
                    : (kbis ? tr("The Kbis extract is dated %1: it will be more than %2 months old on %3, in "
                                 "%n day(s). Submit before, or get a recent one.",
                                 nullptr, r.freshness.daysLeft)
                            : tr("The invoice is dated %1: it will be more than %2 months old on %3, in %n "
                                 "day(s). Submit before, or get a recent one.",
                                 nullptr, r.freshness.daysLeft))
                          .arg(dayText(r.date))
                          .arg(months)
                          .arg(dayText(r.freshness.staleOn));
                r.problems.append(Problem::warning(QStringLiteral("stale_soon"), message, name));
                break;
            case DossierRules::Freshness::Fresh:
            case DossierRules::Freshness::Unknown:
                break;
            }
        }
    }

    // A problem of the date points at the page the date is on (the preview opens there).
    if (r.dateSource == Document::DateSource::FoundInText) {
        for (Problem& p : r.problems) {
            if (p.code == QLatin1String("stale") || p.code == QLatin1String("stale_soon")
                || p.code == QLatin1String("date_in_future"))
                p.page = pageOf(text, found.start);
        }
    }

    if (input.kind == Document::Kind::Kbis) {
        const KbisFacts facts = KbisFacts::read(all);
        r.siren = facts.siren;
        r.verificationCode = facts.verificationCode;
        for (const KbisFacts::Mention& mention : facts.mentions) {
            QString message;
            switch (mention.standing) {
            case KbisFacts::Standing::StruckOff:
                message
                    = tr("%1: the company is struck off the register (\"%2\"): it cannot give a mandate.");
                break;
            case KbisFacts::Standing::Liquidation:
                message = tr("%1: the company is in liquidation (\"%2\"): it cannot give a mandate.");
                break;
            case KbisFacts::Standing::Dissolved:
                message = tr("%1: the company is dissolved (\"%2\"): it cannot give a mandate.");
                break;
            case KbisFacts::Standing::Receivership:
                message = tr("%1: the company is in receivership (redressement judiciaire, \"%2\"): check "
                             "with the client and its administrator before submitting.");
                break;
            case KbisFacts::Standing::Safeguard:
                message = tr("%1: the company is under a safeguard procedure (\"%2\"): check with the client "
                             "before submitting.");
                break;
            case KbisFacts::Standing::ActivityCeased:
                message = tr("%1: the company's activity has ceased (\"%2\"): check that it still uses the "
                             "numbers.");
                break;
            case KbisFacts::Standing::Dormant:
                message = tr("%1: the company is dormant (mise en sommeil, \"%2\"): check that it still uses "
                             "the numbers.");
                break;
            }
            message = message.arg(identityName, mention.text);
            const QString code = KbisFacts::code(mention.standing);
            r.problems.append(KbisFacts::blocks(mention.standing) ? Problem::blocking(code, message, name)
                                                                  : Problem::warning(code, message, name));
            r.problems.last().page = pageOf(text, mention.start);
        }
        if (facts.siren.isEmpty()) {
            r.problems.append(Problem::warning(QStringLiteral("siren_not_found"),
                                               otherRegister
                                                   ? tr("%1: no SIREN could be read: check by eye that it is "
                                                        "the client's.")
                                                         .arg(identityName)
                                                   : tr("No SIREN could be read on the Kbis: check by eye "
                                                        "that it is the client's."),
                                               name));
        } else if (!input.expectedSiren.isEmpty() && facts.siren != input.expectedSiren) {
            const QString theirs = CompanyIdentifier::formatSiren(facts.siren);
            const QString ours = CompanyIdentifier::formatSiren(input.expectedSiren);
            r.problems.append(
                Problem::blocking(QStringLiteral("siren_mismatch"),
                                  otherRegister ? tr("%1: another company's, SIREN %2, while the client's "
                                                     "is %3.")
                                                      .arg(identityName, theirs, ours)
                                                : tr("The Kbis is another company's: SIREN %1, while the "
                                                     "client's is %2.")
                                                      .arg(theirs, ours),
                                  name));
        }
    }

    if (input.kind == Document::Kind::SignedMandate) {
        if (!r.sha256.isEmpty() && input.unsignedHashes.contains(r.sha256)) {
            r.problems.append(
                Problem::blocking(QStringLiteral("mandate_unsigned"),
                                  tr("This is the mandate MandatDesk generated, not the one the client "
                                     "signed: add the signed, stamped scan or the digitally signed PDF."),
                                  name));
        } else {
            QString signatureError;
            r.signatures = SignatureInfo::read(bytes, &signatureError);
            if (!signatureError.isEmpty()) {
                r.problems.append(
                    Problem::blocking(QStringLiteral("signature_unverifiable"), signatureError, name));
            } else if (!r.signatures.isEmpty()) {
                for (const SignatureInfo& s : std::as_const(r.signatures)) {
                    if (!s.valid) {
                        r.problems.append(Problem::blocking(
                            QStringLiteral("signature_invalid"),
                            tr("The digital signature of %1 is not valid (%2): the file was changed after "
                               "signing, or the signature is damaged.")
                                .arg(s.signer.isEmpty() ? tr("an unknown signer") : s.signer, s.status),
                            name));
                    } else if (!s.trusted) {
                        r.problems.append(Problem::warning(QStringLiteral("signature_untrusted"),
                                                           tr("The digital signature of %1 is intact, but "
                                                              "its certificate is not trusted on this "
                                                              "computer (%2).")
                                                               .arg(s.signer, s.certificate),
                                                           name));
                    }
                }
            } else if (!input.signatureConfirmed) {
                r.problems.append(
                    Problem::blocking(QStringLiteral("signature_unconfirmed"),
                                      tr("The mandate has no digital signature: confirm that the scan "
                                         "bears the client's signature and stamp."),
                                      name));
            }
        }
    }
    if (input.kind == Document::Kind::SignedMandate) {
        // "Fait à …, le …": not after the day it is checked for, nor before the dossier.
        if (!r.date.isValid()) {
            r.problems.append(Problem::warning(
                QStringLiteral("mandate_date_unknown"),
                found.why.isEmpty() ? tr("No signing date could be read on the mandate.") : found.why, name));
        } else if (r.date > day) {
            r.problems.append(Problem::blocking(QStringLiteral("mandate_date_in_future"),
                                                tr("The mandate is signed on %1, after the day it is checked "
                                                   "for (%2): the date is wrong.")
                                                    .arg(dayText(r.date), dayText(day)),
                                                name));
        } else if (input.dossierCreated.isValid() && r.date < input.dossierCreated) {
            r.problems.append(Problem::warning(QStringLiteral("mandate_date_before_dossier"),
                                               tr("The mandate is signed on %1, before the dossier was "
                                                  "created (%2): check that it is this dossier's mandate, "
                                                  "not an older one.")
                                                   .arg(dayText(r.date), dayText(input.dossierCreated)),
                                               name));
        }
        if (r.dateSource == Document::DateSource::FoundInText && !r.problems.isEmpty()
            && r.problems.last().code.startsWith(QLatin1String("mandate_date_")))
            r.problems.last().page = pageOf(text, found.start);
    }
    const bool signedMandate = input.kind == Document::Kind::SignedMandate;
    if (input.kind == Document::Kind::Invoice || !input.expectedNumbers.isEmpty()) {
        const NumberClassifier& classifier = NumberClassifier::builtIn();
        const QList<NumberClassifier::Found> written = classifier.findNumbers(all);
        for (const NumberClassifier::Found& f : written) {
            if (!r.numbersFound.contains(f.e164))
                r.numbersFound.append(f.e164);
        }
        r.numberBlocks = NumberBlock::find(all, written, classifier);
        // Read before the blocks add theirs: what the mandate lists that the dossier lacks. A
        // number written as a block's bound belongs to the block; a block is extra only when
        // it holds none of the dossier's numbers.
        QStringList extraBlocks;
        if (signedMandate && !input.expectedNumbers.isEmpty()) {
            for (const QString& e164 : std::as_const(r.numbersFound)) {
                const bool bound = std::any_of(r.numberBlocks.cbegin(), r.numberBlocks.cend(),
                                               [&](const NumberBlock& b) { return b.contains(e164); });
                if (!input.expectedNumbers.contains(e164) && !bound)
                    r.numbersExtra.append(e164);
            }
            for (const NumberBlock& b : std::as_const(r.numberBlocks)) {
                const bool holdsOne
                    = std::any_of(input.expectedNumbers.cbegin(), input.expectedNumbers.cend(),
                                  [&](const QString& e164) { return b.contains(e164); });
                if (!holdsOne) {
                    r.numbersExtra.append(b.first);
                    extraBlocks.append(b.text);
                }
            }
        }
        const bool readNone = r.numbersFound.isEmpty() && r.numberBlocks.isEmpty();
        r.matchBlocks(input.expectedNumbers);
        if (signedMandate && readNone && !input.expectedNumbers.isEmpty()) {
            // A scan OCR could not read, or a layout we do not know: not proof of a missing number.
            r.numbersMissing = input.expectedNumbers;
            r.problems.append(Problem::warning(
                QStringLiteral("mandate_numbers_unknown"),
                tr("No phone number could be read on the signed mandate: check by eye that it "
                   "lists the dossier's numbers, and only them."),
                name));
        } else {
            for (const QString& expected : input.expectedNumbers) {
                if (r.numbersFound.contains(expected))
                    continue;
                r.numbersMissing.append(expected);
                if (input.kind == Document::Kind::Invoice) {
                    r.problems.append(Problem::blocking(QStringLiteral("number_missing"),
                                                        tr("The number %1 does not appear on this invoice.")
                                                            .arg(classifier.national(expected)),
                                                        expected));
                } else if (signedMandate) {
                    r.problems.append(Problem::blocking(
                        QStringLiteral("mandate_number_missing"),
                        tr("The number %1 is in the dossier but not on the signed mandate: the client has "
                           "not authorised it.")
                            .arg(classifier.national(expected)),
                        expected));
                }
            }
            const qsizetype writtenExtras = r.numbersExtra.size() - extraBlocks.size();
            for (qsizetype i = 0; i < r.numbersExtra.size(); ++i) {
                const QString& extra = r.numbersExtra.at(i);
                const QString shown
                    = i < writtenExtras ? classifier.national(extra) : extraBlocks.at(i - writtenExtras);
                r.problems.append(
                    Problem::warning(QStringLiteral("mandate_number_extra"),
                                     tr("The signed mandate lists %1, which is not in the dossier: add it to "
                                        "the dossier, or check that the mandate is this dossier's.")
                                         .arg(shown),
                                     extra));
            }
        }
    }

    if (input.kind == Document::Kind::Invoice
        && (!input.clientName.isEmpty() || !input.expectedSiren.isEmpty())) {
        r.holderChecked = true;
        r.holder = InvoiceHolder::read(all);
        r.holderMatch = r.holder.compare(input.clientName, input.expectedSiren);
        InvoiceHolder client;
        client.name = input.clientName;
        client.siren = input.expectedSiren;
        const QString clientText = client.describe();
        switch (r.holderMatch) {
        case InvoiceHolder::Match::Same:
            break;
        case InvoiceHolder::Match::Other:
            r.problems.append(Problem::blocking(
                QStringLiteral("invoice_holder_mismatch"),
                tr("The invoice is made out to %1, not to the client %2: the operator wants an invoice in "
                   "the name of the company that holds the numbers.")
                    .arg(r.holder.describe(), clientText),
                name));
            break;
        case InvoiceHolder::Match::Unsure:
            r.problems.append(Problem::warning(
                QStringLiteral("invoice_holder_unsure"),
                tr("The invoice is made out to %1, a name close to the client's (%2) but not the same: "
                   "check that it is the same company, not another one of its group.")
                    .arg(r.holder.describe(), clientText),
                name));
            break;
        case InvoiceHolder::Match::Unknown:
            r.problems.append(Problem::warning(
                QStringLiteral("invoice_holder_unknown"),
                r.holder.found()
                    ? tr("The invoice is made out to %1, which cannot be compared with the client %2: check "
                         "by eye that it is the client's.")
                          .arg(r.holder.describe(), clientText)
                    : tr("No holder could be read on the invoice: check by eye that it is made out to the "
                         "client %1.")
                          .arg(clientText),
                name));
            break;
        }
        if (r.holder.found() && r.holderMatch != InvoiceHolder::Match::Same)
            r.problems.last().page = pageOf(text, r.holder.start);
    }

    // A document in the wrong slot says so first, before what it lacks as the slot's kind
    // (a date to enter by hand, a SIREN): the answer is to move it, not to fix it.
    const DocumentNature::Guess other = DocumentNature::otherThan(input.kind, all);
    if (other.type != DocumentNature::Unknown) {
        const QString registerName = IdentityDocument::name(IdentityDocument::detect(all));
        Problem wrong = wrongSlot(input.kind, other, registerName, name);
        wrong.page = pageOf(text, other.start);
        r.problems.prepend(wrong);
    } else if (input.kind == Document::Kind::Kbis && r.identity == IdentityDocument::None) {
        r.problems.prepend(Problem::warning(
            QStringLiteral("not_a_kbis"),
            tr("The text does not look like an extract of the trade register (no \"Kbis\" or \"Registre "
               "du "
               "commerce et des sociétés\"), nor like an extract of the RNE, a SIRENE notice or an RNA "
               "receipt."),
            name));
    }

    return r;
}

Problem DocumentCheck::wrongSlot(Document::Kind slot, const DocumentNature::Guess& other,
                                 const QString& registerName, const QString& name)
{
    // One sentence per slot and kind found: what it is, where it goes, what the slot still needs.
    QString code;
    QString message;
    switch (slot) {
    case Document::Kind::Kbis:
        code = QStringLiteral("not_a_kbis");
        message = other.type == DocumentNature::Invoice
            ? tr("This is not a Kbis extract but an invoice (\"%1\"): move it to the invoices, and add the "
                 "client's Kbis extract here.")
                  .arg(other.line)
            : tr("This is not a Kbis extract but a mandate (\"%1\"): move it to the signed mandate, and add "
                 "the client's Kbis extract here.")
                  .arg(other.line);
        break;
    case Document::Kind::Invoice:
        code = QStringLiteral("not_an_invoice");
        message = other.type == DocumentNature::RegisterExtract
            ? tr("This is not an invoice but a company register extract (%1, \"%2\"): move it to the Kbis "
                 "extract, and add an invoice showing the numbers here.")
                  .arg(registerName, other.line)
            : tr("This is not an invoice but a mandate (\"%1\"): move it to the signed mandate, and add an "
                 "invoice showing the numbers here.")
                  .arg(other.line);
        break;
    case Document::Kind::SignedMandate:
    case Document::Kind::FilledMandate:
        code = QStringLiteral("not_a_mandate");
        message = other.type == DocumentNature::RegisterExtract
            ? tr("This is not a mandate but a company register extract (%1, \"%2\"): move it to the Kbis "
                 "extract, and add the mandate signed by the client here.")
                  .arg(registerName, other.line)
            : tr("This is not a mandate but an invoice (\"%1\"): move it to the invoices, and add the "
                 "mandate signed by the client here.")
                  .arg(other.line);
        break;
    }
    return Problem::blocking(code, message, name);
}

bool DocumentCheck::isWrongSlot(const Problem& problem)
{
    return problem.code == QLatin1String("not_a_kbis") || problem.code == QLatin1String("not_an_invoice")
        || problem.code == QLatin1String("not_a_mandate");
}

} // namespace Mandat
