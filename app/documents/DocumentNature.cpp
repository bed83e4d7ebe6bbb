#include "DocumentNature.h"

#include "FrenchDates.h"
#include "IdentityDocument.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
// On folded text (lower case, no accents).
const QRegularExpression& expectsInvoice()
{
    static const QRegularExpression re(
        QStringLiteral("\\bfactur|releve de (consommation|facturation)|\\bmontant (ttc|ht)\\b|\\bttc\\b"));
    return re;
}

const QRegularExpression& expectsMandate()
{
    static const QRegularExpression re(QStringLiteral("\\bmandat|\\bmandant|autorisation de presentation"));
    return re;
}

struct Title
{
    DocumentNature::Type type;
    QRegularExpression marker;
};

const QList<Title>& titles()
{
    static const QList<Title> list {
        { DocumentNature::Invoice,
          QRegularExpression(
              QStringLiteral("\\bfacture\\b|\\breleve de consommations?\\b|\\b(montant|total) ttc\\b")) },
        { DocumentNature::RegisterExtract,
          QRegularExpression(QStringLiteral(
              "\\bkbis\\b|extrait d'immatriculation|registre national des entreprises|\\bextrait (du )?rne\\b"
              "|avis de situation|recepisse de (la )?declaration|repertoire national des associations")) },
        { DocumentNature::Mandate,
          QRegularExpression(QStringLiteral(
              "mandat de presentation|presentation de numeros? (tiers|d'appelant)|\\bmandant\\b")) },
    };
    return list;
}

DocumentNature::Type slotType(Document::Kind slot)
{
    switch (slot) {
    case Document::Kind::Invoice:
        return DocumentNature::Invoice;
    case Document::Kind::Kbis:
        return DocumentNature::RegisterExtract;
    case Document::Kind::SignedMandate:
        return DocumentNature::Mandate;
    case Document::Kind::FilledMandate:
        break;
    }
    return DocumentNature::Unknown;
}

QString lineAt(const QString& text, qsizetype at)
{
    const qsizetype start = text.lastIndexOf(u'\n', at) + 1;
    qsizetype end = text.indexOf(u'\n', at);
    if (end < 0)
        end = text.size();
    return text.mid(start, end - start).simplified().left(80);
}
} // namespace

DocumentNature::Guess DocumentNature::otherThan(Document::Kind slot, const QString& text)
{
    const Type expected = slotType(slot);
    const QString folded = FrenchDates::fold(text);
    switch (expected) {
    case Unknown: // MandatDesk's own mandate: nothing to guess
        return {};
    case Invoice:
        if (expectsInvoice().match(folded).hasMatch())
            return {};
        break;
    case RegisterExtract:
        if (IdentityDocument::detect(text) != IdentityDocument::None)
            return {};
        break;
    case Mandate:
        if (expectsMandate().match(folded).hasMatch())
            return {};
        break;
    }
    // The title written first names the document.
    Guess guess;
    for (const Title& t : titles()) {
        if (t.type == expected)
            continue;
        const QRegularExpressionMatch hit = t.marker.match(folded);
        if (hit.hasMatch() && (guess.start < 0 || hit.capturedStart() < guess.start)) {
            guess.type = t.type;
            guess.start = hit.capturedStart();
        }
    }
    if (guess.type != Unknown)
        guess.line = lineAt(text, guess.start);
    return guess;
}

} // namespace Mandat
