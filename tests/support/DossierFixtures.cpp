#include "DossierFixtures.h"

#include "Fixtures.h"
#include "documents/DocumentIntake.h"
#include "store/DossierStore.h"

#include <tuple>

namespace Mandat {

namespace DossierFixtures {

std::optional<Dossier> create(DossierStore& store, const QString& name, const QDate& today, QString* error,
                              Mandate mandate)
{
    Dossier d;
    d.name = name;
    d.client.legalName = QStringLiteral("ACME TÉLÉCOM");
    d.client.siren = QStringLiteral("518452750");
    d.numbers = { QStringLiteral("+33162123456") };
    if (!store.createDossier(d, {}, error))
        return std::nullopt;
    const QDate issued = today.addDays(-10);
    QList<std::tuple<Document::Kind, QString, QByteArray>> docs {
        { Document::Kind::Kbis, name + QStringLiteral("-kbis.pdf"),
          Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }) },
        { Document::Kind::Invoice, name + QStringLiteral("-facture.pdf"),
          Fixtures::textPdf({ Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) }) },
    };
    if (mandate == Mandate::Signed)
        docs.append({ Document::Kind::SignedMandate, name + QStringLiteral("-mandat.pdf"),
                      Fixtures::textPdf({ name + QStringLiteral(" — mandat signé et tamponné") }) });
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    for (const auto& [kind, file, bytes] : docs) {
        const DocumentIntake::Outcome added = DocumentIntake::add(store, d.id, kind, file, bytes, noOcr);
        if (!added.document) {
            *error = added.error;
            return std::nullopt;
        }
        // A scan bears no digital signature: the user looked at it and confirmed.
        if (kind == Document::Kind::SignedMandate
            && !store.setSignatureConfirmed(added.document->id, true, QStringLiteral("tester"), error))
            return std::nullopt;
    }
    return store.dossier(d.id, error);
}

} // namespace DossierFixtures

} // namespace Mandat
