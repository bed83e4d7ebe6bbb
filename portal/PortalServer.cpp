#include "PortalServer.h"

#include "documents/DateRoles.h"
#include "documents/DocumentReader.h"
#include "numbering/NumberClassifier.h"
#include "rules/DossierRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace Mandat {

namespace {
QHttpServerResponse json(const QJsonObject& body,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    QHttpServerResponse r(QByteArrayLiteral("application/json; charset=utf-8"),
                          QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    return r;
}

QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString& code, const QString& message,
                          const QJsonObject& extra = {})
{
    QJsonObject body { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return json(body, status);
}

using Status = QHttpServerResponse::StatusCode;

std::optional<QJsonObject> parseObject(const QHttpServerRequest& request, QHttpServerResponse* refusal)
{
    if (request.body().size() > PortalServer::kMaxJsonBody) {
        *refusal = error(Status::PayloadTooLarge, QStringLiteral("body_too_large"),
                         QStringLiteral("La requête dépasse 1 Mio."));
        return std::nullopt;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &e);
    if (!doc.isObject()) {
        *refusal = error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("Le corps n'est pas un objet JSON : %1").arg(e.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

QString etag(int version)
{
    return QStringLiteral("\"%1\"").arg(version);
}
} // namespace

PortalServer::PortalServer(PortalStore& store)
    : m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    using M = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/api/v1/login"), M::Post,
                   [this](const QHttpServerRequest& r) { return login(r); });
    m_server.route(QStringLiteral("/api/v1/limits"), M::Get, [](const QHttpServerRequest&) {
        return json({ { QStringLiteral("json_body_bytes"), kMaxJsonBody },
                      { QStringLiteral("document_bytes"), kMaxDocumentBody },
                      { QStringLiteral("requests_per_minute"), 600 } });
    });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>"), M::Get,
                   [this](const QString& id, const QHttpServerRequest& r) { return getMandate(id, r); });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>"), M::Put,
                   [this](const QString& id, const QHttpServerRequest& r) { return putMandate(id, r); });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>/documents/<arg>/<arg>"), M::Put,
                   [this](const QString& id, const QString& kind, const QString& sha,
                          const QHttpServerRequest& r) { return putDocument(id, kind, sha, r); });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>/documents/<arg>/<arg>"), M::Delete,
                   [this](const QString& id, const QString& kind, const QString& sha,
                          const QHttpServerRequest& r) { return deleteDocument(id, kind, sha, r); });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>/submit"), M::Post,
                   [this](const QString& id, const QHttpServerRequest& r) { return submit(id, r); });
    m_server.route(QStringLiteral("/api/v1/changes"), M::Get,
                   [this](const QHttpServerRequest& r) { return changes(r); });
    m_server.route(QStringLiteral("/api/v1/template"), M::Get, [this](const QHttpServerRequest& r) {
        QHttpServerResponse refusal(Status::Unauthorized);
        if (!authorise(r, &refusal))
            return refusal;
        QFile pdf(m_templatePath.isEmpty() ? QStringLiteral(":/templates/mandat-mandatdesk-fr.pdf")
                                           : m_templatePath);
        if (!pdf.open(QIODevice::ReadOnly))
            return error(Status::NotFound, QStringLiteral("not_found"),
                         QStringLiteral("Aucun modèle de mandat."));
        const QByteArray bytes = pdf.readAll();
        QHttpServerResponse response(QByteArrayLiteral("application/pdf"), bytes);
        response.setHeader(QByteArrayLiteral("ETag"),
                           '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + '"');
        return response;
    });
    m_server.route(QStringLiteral("/api/v1/template/mapping"), M::Get, [this](const QHttpServerRequest& r) {
        QHttpServerResponse refusal(Status::Unauthorized);
        if (!authorise(r, &refusal))
            return refusal;
        QFile mapping(m_mappingPath);
        if (!m_mappingPath.isEmpty() && mapping.open(QIODevice::ReadOnly))
            return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"),
                                       mapping.readAll());
        // Without a mapping of its own, the portal serves MandatDesk's template: its names say it.
        return json({ { QStringLiteral("fields"), QJsonObject {} } });
    });
    m_server.afterRequest([](QHttpServerResponse&& response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

quint16 PortalServer::listen(const QSslConfiguration& tls, const QHostAddress& address, quint16 port)
{
    m_server.sslSetup(tls);
    return m_server.listen(address, port);
}

std::optional<PortalStore::User> PortalServer::authorise(const QHttpServerRequest& request,
                                                         QHttpServerResponse* refusal)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer ")) {
        *refusal = error(Status::Unauthorized, QStringLiteral("unauthenticated"),
                         QStringLiteral("Connectez-vous d'abord (jeton manquant)."));
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    auto& [minute, count] = m_rate[token];
    const qint64 nowMinute = m_now().toSecsSinceEpoch() / 60;
    if (minute != nowMinute) {
        minute = nowMinute;
        count = 0;
    }
    if (++count > kRequestsPerMinute) {
        *refusal = error(Status::TooManyRequests, QStringLiteral("rate_limited"),
                         QStringLiteral("Trop de requêtes : réessayez dans une minute."));
        refusal->setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
        return std::nullopt;
    }
    bool expired = false;
    const auto user = m_store.userForToken(token, m_now(), &expired);
    if (!user) {
        *refusal = expired ? error(Status::Unauthorized, QStringLiteral("token_expired"),
                                   QStringLiteral("La session a expiré : reconnectez-vous."))
                           : error(Status::Unauthorized, QStringLiteral("unauthenticated"),
                                   QStringLiteral("Jeton inconnu : reconnectez-vous."));
        return std::nullopt;
    }
    if (!user->mayManageMandates()) {
        *refusal
            = error(Status::Forbidden, QStringLiteral("forbidden"),
                    QStringLiteral("Votre compte n'a pas le droit de gérer les mandats : demandez-le à un "
                                   "administrateur."));
        return std::nullopt;
    }
    return user;
}

std::optional<PortalStore::Mandate> PortalServer::ownMandate(const QString& id,
                                                             const PortalStore::User& user) const
{
    std::optional<PortalStore::Mandate> m = m_store.mandate(id);
    // Another account's mandate does not exist for this user.
    if (m && m->account != user.account)
        return std::nullopt;
    return m;
}

QJsonObject PortalServer::mandateJson(const PortalStore::Mandate& m) const
{
    QJsonObject o = m.data;
    // Expiry follows the portal's clock.
    QString status = m.status;
    if (status == QLatin1String("valid") && m.validUntil.isValid() && m_now().date() >= m.validUntil)
        status = QStringLiteral("expired");
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("version"), m.version);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("rejection"),
             m.rejectionCode.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject { { QStringLiteral("code"), m.rejectionCode },
                                            { QStringLiteral("reason"), m.rejectionReason } }));
    o.insert(QStringLiteral("validated_on"),
             m.validatedOn.isValid() ? QJsonValue(m.validatedOn.toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("valid_until"),
             m.validUntil.isValid() ? QJsonValue(m.validUntil.toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null));
    QJsonArray docs;
    for (const auto& d : m_store.documents(m.id, false)) {
        docs.append(QJsonObject { { QStringLiteral("kind"), d.kind },
                                  { QStringLiteral("sha256"), d.sha256 },
                                  { QStringLiteral("size"), d.size },
                                  { QStringLiteral("media_type"), d.mediaType },
                                  { QStringLiteral("name"), d.name } });
    }
    o.insert(QStringLiteral("documents"), docs);
    o.insert(QStringLiteral("updated_at"), m.updatedAt.toString(Qt::ISODate));
    return o;
}

QHttpServerResponse PortalServer::login(const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::BadRequest);
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    const auto user = m_store.checkPassword(body->value(QStringLiteral("login")).toString(),
                                            body->value(QStringLiteral("password")).toString());
    if (!user)
        return error(Status::Unauthorized, QStringLiteral("bad_credentials"),
                     QStringLiteral("Identifiant ou mot de passe incorrect."));
    const QDateTime expires = m_now().addSecs(8 * 3600);
    const QString token = m_store.newToken(user->id, expires);
    QJsonArray rights;
    if (user->mandatesRight || user->admin)
        rights.append(QStringLiteral("mandates"));
    return json({ { QStringLiteral("token"), token },
                  { QStringLiteral("expires_at"), expires.toString(Qt::ISODate) },
                  { QStringLiteral("user"),
                    QJsonObject { { QStringLiteral("login"), user->login },
                                  { QStringLiteral("account"), user->account },
                                  { QStringLiteral("admin"), user->admin },
                                  { QStringLiteral("rights"), rights } } } });
}

QHttpServerResponse PortalServer::getMandate(const QString& id, const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    const std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
    if (!m)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun mandat %1.").arg(id));
    QHttpServerResponse r = json(mandateJson(*m));
    r.setHeader(QByteArrayLiteral("ETag"), etag(m->version).toLatin1());
    return r;
}

QHttpServerResponse PortalServer::putMandate(const QString& id, const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    if (QUuid::fromString(id).isNull())
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("L'identifiant n'est pas un UUID."));
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    // Types first: a wrong type is a 400, never a crash.
    const QJsonValue numbers = body->value(QStringLiteral("numbers"));
    if (!body->value(QStringLiteral("name")).isString() || !body->value(QStringLiteral("client")).isObject()
        || !numbers.isArray()) {
        return error(
            Status::BadRequest, QStringLiteral("bad_request"),
            QStringLiteral("« name » (texte), « client » (objet) et « numbers » (liste) sont attendus."));
    }
    for (const QJsonValue& n : numbers.toArray()) {
        if (!n.isString())
            return error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("« numbers » ne contient que des numéros E.164 en texte."));
    }
    const QString use = body->value(QStringLiteral("use")).toString(QStringLiteral("agents"));
    if (use != QLatin1String("agents") && use != QLatin1String("automated"))
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("« use » vaut agents ou automated."));

    std::optional<PortalStore::Mandate> existing = m_store.mandate(id);
    const QByteArray ifMatch = request.value(QByteArrayLiteral("If-Match"));
    if (existing && existing->account != user->account)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun mandat %1.").arg(id));
    if (existing) {
        if (ifMatch.isEmpty() || QString::fromLatin1(ifMatch) != etag(existing->version))
            return error(
                Status::PreconditionFailed, QStringLiteral("version_mismatch"),
                QStringLiteral("Le mandat a changé sur le portail (version %1).").arg(existing->version),
                { { QStringLiteral("version"), existing->version } });
        if (existing->status == QLatin1String("under_review"))
            return error(
                Status::Conflict, QStringLiteral("under_review"),
                QStringLiteral("Le mandat est en cours de vérification : il ne peut pas être modifié."));
    }
    PortalStore::Mandate m = existing.value_or(PortalStore::Mandate());
    m.id = id;
    m.account = user->account;
    QJsonObject data;
    for (const char* key : { "name", "client", "numbers", "renews" })
        data.insert(QLatin1String(key), body->value(QLatin1String(key)));
    data.insert(QStringLiteral("use"), use);
    m.data = data;
    // An edit after a rejection or a validation is a new version to submit again.
    m.status = QStringLiteral("not_submitted");
    m.rejectionCode.clear();
    m.rejectionReason.clear();
    QString storeError;
    if (!m_store.saveMandate(m, m_now(), &storeError))
        return error(Status::InternalServerError, QStringLiteral("internal"), storeError);
    QHttpServerResponse r = json(mandateJson(m), existing ? Status::Ok : Status::Created);
    r.setHeader(QByteArrayLiteral("ETag"), etag(m.version).toLatin1());
    return r;
}

QHttpServerResponse PortalServer::putDocument(const QString& id, const QString& kind, const QString& sha,
                                              const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    const std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
    if (!m)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun mandat %1.").arg(id));
    if (kind != QLatin1String("mandate") && kind != QLatin1String("kbis") && kind != QLatin1String("invoice"))
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("Le type de document est mandate, kbis ou invoice."));
    if (request.body().size() > kMaxDocumentBody)
        return error(Status::PayloadTooLarge, QStringLiteral("body_too_large"),
                     QStringLiteral("Un document ne dépasse pas 20 Mio."));
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256).toHex());
    if (actual != sha.toLower())
        return error(Status::BadRequest, QStringLiteral("hash_mismatch"),
                     QStringLiteral("Le contenu reçu ne correspond pas à son empreinte SHA-256."),
                     { { QStringLiteral("sha256"), actual } });
    PortalStore::StoredDocument doc;
    doc.kind = kind;
    doc.sha256 = actual;
    doc.size = request.body().size();
    doc.mediaType = QString::fromLatin1(request.value(QByteArrayLiteral("Content-Type")));
    if (doc.mediaType.isEmpty())
        doc.mediaType = QStringLiteral("application/octet-stream");
    doc.name = QString::fromUtf8(request.value(QByteArrayLiteral("X-File-Name")));
    if (doc.name.isEmpty())
        doc.name = kind + u'-' + actual.left(12); // NOT NULL, and something to show
    doc.bytes = request.body();
    bool existed = false;
    QString storeError;
    if (!m_store.putDocument(id, doc, &existed, &storeError))
        return error(Status::InternalServerError, QStringLiteral("internal"), storeError);
    return json({ { QStringLiteral("sha256"), actual }, { QStringLiteral("kind"), kind } },
                existed ? Status::Ok : Status::Created);
}

QHttpServerResponse PortalServer::deleteDocument(const QString& id, const QString& kind, const QString& sha,
                                                 const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    if (!ownMandate(id, *user) || !m_store.removeDocument(id, kind, sha))
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun document de ce type."));
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse PortalServer::submit(const QString& id, const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    if (m_failingSubmits > 0) {
        --m_failingSubmits;
        return error(Status::InternalServerError, QStringLiteral("internal"),
                     QStringLiteral("Erreur interne du portail (simulée)."));
    }
    const QString key = QString::fromLatin1(request.value(QByteArrayLiteral("Idempotency-Key")));
    if (key.isEmpty())
        return error(Status::BadRequest, QStringLiteral("idempotency_key_required"),
                     QStringLiteral("L'en-tête Idempotency-Key est obligatoire."));
    const QString fingerprint = id + u'|' + QString::fromLatin1(request.body());
    if (const auto seen = m_store.idempotent(key, m_now())) {
        if (seen->fingerprint != fingerprint)
            return error(Status::UnprocessableEntity, QStringLiteral("idempotency_key_reused"),
                         QStringLiteral("Cette clé a déjà servi pour une autre demande."));
        if (seen->status == 0)
            return error(Status::Conflict, QStringLiteral("in_flight"),
                         QStringLiteral("Cette demande est déjà en cours de traitement."));
        return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"), seen->body,
                                   QHttpServerResponse::StatusCode(seen->status));
    }
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
    if (!m)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun mandat %1.").arg(id));
    m_store.beginIdempotent(key, fingerprint, m_now());
    auto finish = [&](QHttpServerResponse&& response) {
        m_store.finishIdempotent(key, int(response.statusCode()), response.data());
        return std::move(response);
    };
    if (body->value(QStringLiteral("version")).toInt(-1) != m->version)
        return finish(error(Status::PreconditionFailed, QStringLiteral("version_mismatch"),
                            QStringLiteral("Le mandat a changé sur le portail (version %1).").arg(m->version),
                            { { QStringLiteral("version"), m->version } }));
    if (m->status == QLatin1String("under_review"))
        return finish(json(mandateJson(*m), Status::Accepted));
    if (m->status != QLatin1String("not_submitted"))
        return finish(error(Status::Conflict, QStringLiteral("not_submittable"),
                            QStringLiteral("Seul un mandat non soumis peut être soumis.")));

    // The portal checks what MandatDesk checks: documents present and recent, numbers.
    QJsonArray problems;
    auto problem = [&](const char* code, const QString& message) {
        problems.append(QJsonObject { { QStringLiteral("code"), QLatin1String(code) },
                                      { QStringLiteral("message"), message } });
    };
    const QJsonArray numbers = m->data.value(QStringLiteral("numbers")).toArray();
    if (numbers.isEmpty())
        problem("no_numbers", QStringLiteral("Le mandat ne couvre aucun numéro."));
    const NumberClassifier classifier;
    for (const QJsonValue& n : numbers) {
        if (classifier.classify(n.toString()).category == NumberCategory::Mobile)
            problem("number_mobile", QStringLiteral("%1 est un numéro mobile.").arg(n.toString()));
    }
    const QList<PortalStore::StoredDocument> docs = m_store.documents(id, true);
    const QDate today = m_now().date();
    for (const char* kind : { "mandate", "kbis", "invoice" }) {
        bool present = false;
        for (const auto& d : docs) {
            if (d.kind != QLatin1String(kind))
                continue;
            present = true;
            if (d.kind == QLatin1String("mandate"))
                continue;
            DocumentReader::Text text;
            QString readError;
            DocumentReader::Options options;
            options.ocr = false; // scans: the operator reads them
            if (DocumentReader::read(d.bytes, options, &text, &readError) != DocumentReader::Failure::None)
                continue;
            const auto date = DateRoles::issueDate(
                text.all(), d.kind == QLatin1String("kbis") ? Document::Kind::Kbis : Document::Kind::Invoice);
            if (date.date.isValid() && !DossierRules::builtIn().freshness(date.date, today, 3).isFresh())
                problem(d.kind == QLatin1String("kbis") ? "stale_kbis" : "stale_invoice",
                        QStringLiteral("%1 est daté du %2 : plus de 3 mois.")
                            .arg(d.name, date.date.toString(Qt::ISODate)));
        }
        if (!present)
            problem(QByteArray("missing_").append(kind).constData(),
                    QStringLiteral("Document manquant : %1.").arg(QLatin1String(kind)));
    }
    if (!problems.isEmpty())
        return finish(error(Status::UnprocessableEntity, QStringLiteral("not_submittable"),
                            QStringLiteral("Le dossier ne peut pas être soumis."),
                            { { QStringLiteral("problems"), problems } }));
    m->status = QStringLiteral("under_review");
    QString storeError;
    if (!m_store.setStatus(*m, m_now(), &storeError)) {
        m_store.finishIdempotent(key, 0, {});
        return error(Status::InternalServerError, QStringLiteral("internal"), storeError);
    }
    QHttpServerResponse accepted = finish(json(mandateJson(*m), Status::Accepted));
    if (m_slowSubmits > 0) {
        --m_slowSubmits;
        QThread::msleep(ulong(m_delayMs)); // committed, but the answer comes late
    }
    return accepted;
}

QHttpServerResponse PortalServer::changes(const QHttpServerRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong();
    qint64 last = 0;
    bool more = false;
    QJsonArray list;
    for (const QJsonObject& c : m_store.changes(since, 500, &last, &more)) {
        const auto m = m_store.mandate(c.value(QStringLiteral("id")).toString());
        if (m && m->account == user->account)
            list.append(c);
    }
    return json({ { QStringLiteral("changes"), list },
                  { QStringLiteral("cursor"), QString::number(last) },
                  { QStringLiteral("more"), more } });
}

} // namespace Mandat
