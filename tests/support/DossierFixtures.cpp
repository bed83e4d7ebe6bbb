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

std::optional<Dossier> validated(DossierStore& store, const QString& name, const QString& clientName,
                                 const QString& siren, const QStringList& numbers, const QDate& validatedOn,
                                 QString* error)
{
    Dossier d;
    d.name = name;
    d.client.legalName = clientName;
    d.client.siren = siren;
    d.numbers = numbers;
    if (!store.createDossier(d, {}, error))
        return std::nullopt;
    for (DossierStatus::Status s : { DossierStatus::Queued, DossierStatus::UnderReview }) {
        if (!store.setStatus(d.id, s, {}, {}, QStringLiteral("tester"), nullptr, error))
            return std::nullopt;
    }
    if (!store.setStatus(d.id, DossierStatus::Valid, validatedOn, {}, QStringLiteral("portal"), nullptr,
                         error))
        return std::nullopt;
    return store.dossier(d.id, error);
}

TemplateValues::Input mandateInput(int numbers)
{
    TemplateValues::Input in;
    in.dossier.name = QStringLiteral("Campagne fidélité 2027");
    in.dossier.client.legalName = QStringLiteral("Boulangeries Réunies SAS");
    in.dossier.client.siren = QStringLiteral("518452750");
    in.dossier.client.address = QStringLiteral("12 rue de l'Été, 44000 Nantes");
    in.dossier.client.representativeName = QStringLiteral("Élodie Durand");
    in.dossier.client.representativeTitle = QStringLiteral("Présidente");
    for (int i = 0; i < numbers; ++i)
        in.dossier.numbers.append(QStringLiteral("+331621234%1").arg(10 + i));
    in.dossier.use = PhoneUse::Automated;
    in.provider.legalName = QStringLiteral("Centre d'Appels de l'Ouest SARL");
    in.provider.siren = QStringLiteral("732829320");
    in.place = QStringLiteral("Nantes");
    in.date = QDate(2026, 11, 23);
    in.startDate = QDate(2026, 12, 1);
    return in;
}

} // namespace DossierFixtures

} // namespace Mandat
