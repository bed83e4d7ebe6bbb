#pragma once

#include "Problem.h"
#include "SignatureInfo.h"
#include "documents/DateRoles.h"
#include "documents/DocumentNature.h"
#include "documents/DocumentReader.h"
#include "documents/IdentityDocument.h"
#include "documents/InvoiceHolder.h"
#include "model/Document.h"
#include "model/Dossier.h"
#include "numbering/NumberBlock.h"
#include "rules/DossierRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Mandat {

/*
 * Checks one document the way the operator will: its issue date (with its role and the
 * text it came from) and freshness on the planned submission day, the numbers it shows
 * (written out or inside an SDA block), whom an invoice is made out to, the SIREN and
 * state of a Kbis (or of the RNE extract, SIRENE notice or RNA receipt in its place), the
 * signature, signing date and numbers of a mandate. Every finding is a typed Problem.
 * Reading the file (and OCR) is DocumentReader's; this only judges.
 */
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)

public:
    struct Input
    {
        Document::Kind kind = Document::Kind::Invoice;
        QString fileName;
        QDate checkDay; // the planned submission day
        QString expectedSiren; // the client's, for a Kbis (and an invoice's holder)
        QString clientName; // the client's legal name, for an invoice's holder
        QStringList expectedNumbers; // E.164, for an invoice or a signed mandate
        QDate dossierCreated; // a signed mandate is not signed before it, when valid
        QStringList unsignedHashes; // SHA-256 of the mandates MandatDesk generated (unsigned)
        bool signatureConfirmed = false; // the user saw signature and stamp on a scan
        QDate manualDate; // entered by hand: wins over what the text says
    };

    struct Result
    {
        QString fileName;
        Document::Kind kind = Document::Kind::Invoice;
        QString sha256;
        int pages = 0;
        QList<int> ocrPages;
        QDate date;
        QString dateText;
        QString dateRole;
        Document::DateSource dateSource = Document::DateSource::Unknown;
        QList<DateRoles::Found> datesFound;
        DossierRules::Freshness freshness;
        bool freshnessApplies = false;
        QString siren;
        QString verificationCode;
        // In the Kbis slot: which document proves the holder's identity (None: not recognised).
        IdentityDocument::Type identity = IdentityDocument::None;
        QStringList numbersFound; // E.164, in order of appearance
        QStringList numbersMissing; // expected, not found
        QStringList numbersExtra; // on a signed mandate, not expected
        QList<NumberBlock> numberBlocks; // SDA blocks written in the text
        QMap<QString, QString> numbersInBlocks; // E.164 -> the block that shows it (not written out)
        bool holderChecked = false; // an invoice checked against a client's identity
        InvoiceHolder holder;
        InvoiceHolder::Match holderMatch = InvoiceHolder::Match::Unknown;
        QList<SignatureInfo> signatures;
        QList<Problem> problems;
        QString unreadableReason; // DocumentReader::failureCode when the file could not be read

        bool ok() const { return !hasBlocking(problems); }
        // Adds to numbersFound those of `e164s` written inside one of the blocks; returns them.
        QStringList matchBlocks(const QStringList& e164s);
        QJsonObject toJson() const;
    };

    // Reads the bytes (text layer, OCR for scans) and checks them.
    static Result run(const QByteArray& bytes, const Input& input,
                      const DocumentReader::Options& options = {}, DocumentReader::Text* textOut = nullptr);
    // Checks a document whose text was read before.
    static Result analyse(const DocumentReader::Text& text, const QByteArray& bytes, const Input& input);

    static int freshnessMonths(Document::Kind kind);
    static int freshnessMonths(Document::Kind kind, IdentityDocument::Type identity);
    // Whether the problem says the document is not of its slot's kind (not_a_kbis,
    // not_an_invoice, not_a_mandate): it comes first, in a document's problems and a report's.
    static bool isWrongSlot(const Problem& problem);

private:
    static Problem wrongSlot(Document::Kind slot, const DocumentNature::Guess& other,
                             const QString& registerName, const QString& name);
};

} // namespace Mandat
