#include "DossierJson.h"

#include "numbering/NumberClassifier.h"

#include <QJsonArray>

namespace Mandat {

namespace {
QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

namespace DossierJson {

QJsonObject statusChange(const StatusChange& c)
{
    return QJsonObject {
        { QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("from"),
          c.hasFrom ? QJsonValue(DossierStatus::code(c.from)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("to"), DossierStatus::code(c.to) },
        { QStringLiteral("reason"), textOrNull(c.reason) },
        { QStringLiteral("by"), c.by },
    };
}

QJsonObject summary(const Dossier& d, const QDate& today)
{
    const DossierStatus::Status effective = d.effectiveStatus(today);
    return QJsonObject {
        { QStringLiteral("id"), d.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("client_name"), d.client.legalName },
        { QStringLiteral("siren"), d.client.siren },
        { QStringLiteral("numbers"), QJsonArray::fromStringList(d.numbers) },
        { QStringLiteral("use"), phoneUseCode(d.use) },
        { QStringLiteral("status"), DossierStatus::code(effective) },
        { QStringLiteral("status_label"), DossierStatus::label(effective) },
        // false: the status came from an archive and no sync with the portal has confirmed it yet
        { QStringLiteral("status_confirmed"), !d.statusUnconfirmed },
        { QStringLiteral("valid_until"), dateOrNull(d.validUntil) },
    };
}

QJsonObject document(const Document& doc)
{
    return QJsonObject {
        { QStringLiteral("id"), doc.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("kind"), Document::kindCode(doc.kind) },
        { QStringLiteral("original_name"), doc.originalName },
        { QStringLiteral("size"), doc.size },
        { QStringLiteral("sha256"), doc.sha256 },
        { QStringLiteral("media_type"), doc.mediaType },
        { QStringLiteral("issue_date"), dateOrNull(doc.issueDate) },
        { QStringLiteral("date_source"), Document::dateSourceCode(doc.dateSource) },
        { QStringLiteral("date_text"), textOrNull(doc.dateSnippet) },
        { QStringLiteral("added_at"), doc.addedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("pages"), doc.pages },
        { QStringLiteral("ocr_pages"),
          [&] {
              QJsonArray a;
              for (int p : doc.ocrPages)
                  a.append(p);
              return a;
          }() },
        { QStringLiteral("signature_confirmed"), doc.signatureConfirmed },
        { QStringLiteral("signature_confirmed_at"),
          doc.signatureConfirmedAt.isValid()
              ? QJsonValue(doc.signatureConfirmedAt.toUTC().toString(Qt::ISODate))
              : QJsonValue() },
        { QStringLiteral("signature_confirmed_by"), textOrNull(doc.signatureConfirmedBy) },
    };
}

QJsonObject dossier(const Dossier& d, const QDate& today, const NumberClassifier& classifier,
                    const QList<Document>& documents)
{
    QJsonObject o = summary(d, today);
    o.insert(QStringLiteral("client"), d.client.toJson());
    QJsonArray numbers;
    for (const QString& e164 : d.numbers) {
        const NumberClassification c = classifier.classify(e164);
        numbers.append(QJsonObject {
            { QStringLiteral("e164"), e164 },
            { QStringLiteral("national"), c.national },
            { QStringLiteral("category"), numberCategoryCode(c.category) },
            { QStringLiteral("agents_allowed"), c.agentsAllowed },
            { QStringLiteral("automated_allowed"), c.automatedAllowed },
        });
    }
    o.insert(QStringLiteral("numbers"), numbers);
    o.insert(QStringLiteral("stored_status"), DossierStatus::code(d.status));
    o.insert(QStringLiteral("rejection_reason"), textOrNull(d.rejectionReason));
    o.insert(QStringLiteral("validated_on"), dateOrNull(d.validatedOn));
    o.insert(QStringLiteral("renews"),
             d.renewsId.isNull() ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(d.renewsId.toString(QUuid::WithoutBraces)));
    QJsonArray history;
    for (const StatusChange& c : d.history)
        history.append(statusChange(c));
    o.insert(QStringLiteral("history"), history);
    QJsonArray docs;
    for (const Document& doc : documents)
        docs.append(document(doc));
    o.insert(QStringLiteral("documents"), docs);
    o.insert(QStringLiteral("created_at"), d.createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("updated_at"), d.updatedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("version"), d.version);
    return o;
}

} // namespace DossierJson

} // namespace Mandat
