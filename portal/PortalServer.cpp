#include "PortalServer.h"

#include "checks/DocumentCheck.h"
#include "desk/ReviewDesk.h"
#include "documents/DocumentReader.h"
#include "numbering/NumberClassifier.h"
#include "rules/DossierRules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <algorithm>

namespace Mandat {

Q_LOGGING_CATEGORY(lcPortal, "mandat.portal")
Q_LOGGING_CATEGORY(lcPortalAccess, "mandat.portal.access")

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

QJsonObject problemJson(const char* code, const QString& message)
{
    return QJsonObject { { QStringLiteral("code"), QLatin1String(code) },
                         { QStringLiteral("message"), message } };
}

std::optional<QJsonObject> parseObject(const PortalRequest& request, QHttpServerResponse* refusal)
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

// The one spelling of a mandate's id: lower case, no braces (as QUuid writes it).
bool isCanonicalUuid(const QString& id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

// A file name is shown to people and may be saved to disk: no path, no markup, no control.
bool isAcceptableFileName(const QString& name)
{
    if (name.isEmpty() || name.size() > 255 || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'/' || c == u'\\' || c == u'<' || c == u'>'
            || c == u'"' || c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("kbis"))
        return QStringLiteral("extrait Kbis");
    if (kind == QLatin1String("invoice"))
        return QStringLiteral("facture");
    return QStringLiteral("mandat");
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    static const char* const methods[] = { "GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH" };
    for (int i = 0; i < 7; ++i) {
        if (int(m) == (1 << i))
            return methods[i];
    }
    return "OTHER";
}

// The account of the request this thread handles, for its access-log line (authorise sets it).
thread_local QString t_account;

bool isDecided(const QString& status)
{
    return status != QLatin1String("not_submitted") && status != QLatin1String("under_review");
}
} // namespace

PortalServer::PortalServer(PortalStore& store)
    : m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    using M = QHttpServerRequest::Method;
    using Responder = QHttpServerResponder;
    m_server.route(
        QStringLiteral("/api/v1/login"), M::Post, [this](const QHttpServerRequest& r, Responder&& out) {
            dispatch(r, std::move(out), "/api/v1/login", [this](const PortalRequest& q) { return login(q); });
        });
    m_server.route(QStringLiteral("/api/v1/logout"), M::Post,
                   [this](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/logout",
                                [this](const PortalRequest& q) { return logout(q); });
                   });
    m_server.route(
        QStringLiteral("/api/v1/limits"), M::Get, [this](const QHttpServerRequest& r, Responder&& out) {
            dispatch(r, std::move(out), "/api/v1/limits", [this](const PortalRequest& q) {
                QHttpServerResponse refusal(Status::TooManyRequests);
                if (!withinRate(QStringLiteral("address:") + q.clientAddress(), &refusal))
                    return refusal;
                return json({ { QStringLiteral("json_body_bytes"), kMaxJsonBody },
                              { QStringLiteral("document_bytes"), kMaxDocumentBody },
                              { QStringLiteral("requests_per_minute"), m_requestsPerMinute },
                              { QStringLiteral("requests_per"), QStringLiteral("token_or_address") } });
            });
        });
    // For the proxy and monitors: 200 when this instance can reach its database, 503 otherwise.
    m_server.route(QStringLiteral("/api/v1/health"), M::Get,
                   [this](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/health", [this](const PortalRequest& q) {
                           QHttpServerResponse refusal(Status::TooManyRequests);
                           if (!withinRate(QStringLiteral("address:") + q.clientAddress(), &refusal))
                               return refusal;
                           QString why;
                           if (!m_store.reachable(&why)) {
                               qCWarning(lcPortal) << "health: the database is not reachable:" << why;
                               return error(Status::ServiceUnavailable, QStringLiteral("unavailable"),
                                            QStringLiteral("La base de données du portail ne répond pas."));
                           }
                           return json({ { QStringLiteral("status"), QStringLiteral("ok") } });
                       });
                   });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>"), M::Get,
                   [this](const QString& id, const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/mandates/<id>",
                                [this, id](const PortalRequest& q) { return getMandate(id, q); });
                   });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>"), M::Put,
                   [this](const QString& id, const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/mandates/<id>",
                                [this, id](const PortalRequest& q) { return putMandate(id, q); });
                   });
    static const char* const documentRoute = "/api/v1/mandates/<id>/documents/<kind>/<sha256>";
    m_server.route(
        QStringLiteral("/api/v1/mandates/<arg>/documents/<arg>/<arg>"), M::Get,
        [this](const QString& id, const QString& kind, const QString& sha, const QHttpServerRequest& r,
               Responder&& out) {
            dispatch(r, std::move(out), documentRoute,
                     [this, id, kind, sha](const PortalRequest& q) { return getDocument(id, kind, sha, q); });
        });
    m_server.route(
        QStringLiteral("/api/v1/mandates/<arg>/documents/<arg>/<arg>"), M::Put,
        [this](const QString& id, const QString& kind, const QString& sha, const QHttpServerRequest& r,
               Responder&& out) {
            dispatch(r, std::move(out), documentRoute,
                     [this, id, kind, sha](const PortalRequest& q) { return putDocument(id, kind, sha, q); });
        });
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>/documents/<arg>/<arg>"), M::Delete,
                   [this](const QString& id, const QString& kind, const QString& sha,
                          const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), documentRoute,
                                [this, id, kind, sha](const PortalRequest& q) {
                                    return deleteDocument(id, kind, sha, q);
                                });
                   });
    // Answered at once, or when its documents are checked: see submit().
    m_server.route(QStringLiteral("/api/v1/mandates/<arg>/submit"), M::Post,
                   [this](const QString& id, const QHttpServerRequest& r, Responder&& out) {
                       dispatchAsync(
                           r, std::move(out), "/api/v1/mandates/<id>/submit",
                           [this, id](const PortalRequest& q, quint64 ticket) { submit(ticket, id, q); });
                   });
    m_server.route(QStringLiteral("/api/v1/changes"), M::Get,
                   [this](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/changes",
                                [this](const PortalRequest& q) { return changes(q); });
                   });
    m_server.route(QStringLiteral("/api/v1/template"), M::Get,
                   [this](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/template",
                                [this](const PortalRequest& q) { return templatePdf(q); });
                   });
    m_server.route(QStringLiteral("/api/v1/template/mapping"), M::Get,
                   [this](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/api/v1/template/mapping",
                                [this](const PortalRequest& q) { return templateMapping(q); });
                   });
    addDeskRoutes();
    // Anything else: 404, in the same shape, and in the access log, at once (no database).
    m_server.setMissingHandler([this](const QHttpServerRequest& r, QHttpServerResponder&& responder) {
        QElapsedTimer timer;
        timer.start();
        record(r);
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("error"), QStringLiteral("not_found") },
                                          { QStringLiteral("message"),
                                            QStringLiteral("Aucune ressource à cette adresse.") } })
                  .toJson(QJsonDocument::Compact);
        responder.write(
            body,
            { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8") },
              { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") },
              { QByteArrayLiteral("Content-Security-Policy"),
                QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'") },
              { QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY") } },
            QHttpServerResponder::StatusCode::NotFound);
        writeAccess(clientAddress(r), methodName(r.method()), r.url().path(), 404, {}, timer.nsecsElapsed());
    });
    m_checks.setMaxThreadCount(kCheckThreads);
    m_handlers.setMaxThreadCount(kHandlerThreads);
    // A handler thread keeps its database connection: it is not let go when idle.
    m_handlers.setExpiryTimeout(-1);
}

PortalServer::~PortalServer()
{
    // Handlers may start checks, checks end on a handler: both pools are waited for in that
    // order. Answers they posted go with m_server.
    m_handlers.waitForDone();
    m_checks.waitForDone();
    m_handlers.waitForDone();
}

void PortalServer::addDeskRoutes()
{
    using M = QHttpServerRequest::Method;
    using Responder = QHttpServerResponder;
    m_desk = std::make_unique<ReviewDesk>(*this, m_store);
    ReviewDesk* desk = m_desk.get();
    for (const char* path : { "/desk", "/desk/" })
        m_server.route(QLatin1String(path), M::Get,
                       [this, desk](const QHttpServerRequest& r, Responder&& out) {
                           dispatch(r, std::move(out), "/desk",
                                    [desk](const PortalRequest& q) { return desk->home(q); });
                       });
    m_server.route(QStringLiteral("/desk/style.css"), M::Get, [](const QHttpServerRequest&, Responder&& out) {
        ReviewDesk::style().write(std::move(out));
    });
    m_server.route(QStringLiteral("/desk/login"), M::Get,
                   [this, desk](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/login",
                                [desk](const PortalRequest& q) { return desk->loginPage(q); });
                   });
    m_server.route(QStringLiteral("/desk/login"), M::Post,
                   [this, desk](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/login", [this, desk](const PortalRequest& q) {
                           QHttpServerResponse refusal(Status::TooManyRequests);
                           // Without a session, the address is the client the rate counts (as the API's
                           // login).
                           if (!withinRate(QStringLiteral("address:") + q.clientAddress(), &refusal))
                               return refusal;
                           return desk->login(q);
                       });
                   });
    m_server.route(QStringLiteral("/desk/logout"), M::Post,
                   [this, desk](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/logout",
                                [desk](const PortalRequest& q) { return desk->logout(q); });
                   });
    m_server.route(QStringLiteral("/desk/queue"), M::Get,
                   [this, desk](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/queue",
                                [desk](const PortalRequest& q) { return desk->queue(q); });
                   });
    m_server.route(QStringLiteral("/desk/submissions/<arg>"), M::Get,
                   [this, desk](const QString& id, const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/submissions/<id>",
                                [desk, id](const PortalRequest& q) { return desk->submission(id, q); });
                   });
    m_server.route(QStringLiteral("/desk/submissions/<arg>/<arg>"), M::Post,
                   [this, desk](const QString& id, const QString& decision, const QHttpServerRequest& r,
                                Responder&& out) {
                       dispatch(r, std::move(out), "/desk/submissions/<id>/<decision>",
                                [desk, id, decision](const PortalRequest& q) {
                                    if (decision != QLatin1String("approve")
                                        && decision != QLatin1String("reject"))
                                        return QHttpServerResponse(Status::NotFound);
                                    return desk->decide(id, decision, q);
                                });
                   });
    m_server.route(QStringLiteral("/desk/users"), M::Get,
                   [this, desk](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/users",
                                [desk](const PortalRequest& q) { return desk->users(q); });
                   });
    m_server.route(QStringLiteral("/desk/users/invite"), M::Post,
                   [this, desk](const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/users/invite",
                                [desk](const PortalRequest& q) { return desk->invite(q); });
                   });
    m_server.route(QStringLiteral("/desk/users/<arg>/<arg>"), M::Post,
                   [this, desk](const QString& login, const QString& action, const QHttpServerRequest& r,
                                Responder&& out) {
                       dispatch(r, std::move(out), "/desk/users/<login>/<action>",
                                [desk, login, action](const PortalRequest& q) {
                                    return desk->userAction(login, action, q); // decoded by the router
                                });
                   });
    m_server.route(QStringLiteral("/desk/invitation/<arg>"), M::Get,
                   [this, desk](const QString& token, const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/invitation/<token>",
                                [desk, token](const PortalRequest& q) { return desk->invitation(token, q); });
                   });
    m_server.route(QStringLiteral("/desk/invitation/<arg>"), M::Post,
                   [this, desk](const QString& token, const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/invitation/<token>",
                                [this, desk, token](const PortalRequest& q) {
                                    QHttpServerResponse refusal(Status::TooManyRequests);
                                    if (!withinRate(QStringLiteral("address:") + q.clientAddress(), &refusal))
                                        return refusal;
                                    return desk->acceptInvitation(token, q);
                                });
                   });
    m_server.route(QStringLiteral("/desk/submissions/<arg>/documents/<arg>/<arg>"), M::Get,
                   [this, desk](const QString& id, const QString& kind, const QString& sha,
                                const QHttpServerRequest& r, Responder&& out) {
                       dispatch(r, std::move(out), "/desk/submissions/<id>/documents/<kind>/<sha256>",
                                [desk, id, kind, sha](const PortalRequest& q) {
                                    return desk->document(id, kind, sha, q);
                                });
                   });
}

void PortalServer::dispatch(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                            const char* route, Handler handler)
{
    dispatchAsync(request, std::move(responder), route,
                  [this, handler = std::move(handler)](const PortalRequest& copy, quint64 ticket) {
                      t_account.clear();
                      m_store.renewConnection();
                      QHttpServerResponse response = handler(copy);
                      post(ticket, std::move(response), t_account);
                  });
}

void PortalServer::dispatchAsync(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                                 const char* route, AsyncHandler handler)
{
    const quint64 ticket = ++m_nextTicket;
    record(request);
    Waiting& w = m_waiting[ticket];
    w.timer.start();
    w.address = clientAddress(request);
    w.method = methodName(request.method());
    w.route = QLatin1String(route);
    w.socket = responder.socket();
    w.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    // The request goes when the route returns: the handler gets a copy (the body shared).
    auto copy = std::make_shared<const PortalRequest>(request, w.address);
    m_handlers.start([ticket, copy, handler = std::move(handler)] { handler(*copy, ticket); });
}

void PortalServer::post(quint64 ticket, QHttpServerResponse&& response, const QString& account, int delayMs)
{
    auto owed = std::make_shared<QHttpServerResponse>(std::move(response));
    QMetaObject::invokeMethod(
        &m_server,
        [this, ticket, owed, account, delayMs] {
            if (delayMs <= 0) {
                answer(ticket, std::move(*owed), account);
                return;
            }
            // Fault injection: done, but the answer comes late (without holding anyone).
            QTimer::singleShot(delayMs, &m_server,
                               [this, ticket, owed, account] { answer(ticket, std::move(*owed), account); });
        },
        Qt::QueuedConnection);
}

void PortalServer::answer(quint64 ticket, QHttpServerResponse&& response, const QString& account)
{
    Waiting w = m_waiting.take(ticket);
    if (!w.responder)
        return;
    const int status = int(response.statusCode());
    // A client that left gets nothing; what was decided stays decided (a submission's key
    // replays it).
    const bool connected = w.socket && w.socket->state() == QAbstractSocket::ConnectedState;
    if (connected) {
        // Every answer, API or page, read as what it says it is, and never framed or run by a
        // browser unless its route said otherwise (the desk's pages and documents).
        for (const auto& [name, value] :
             { std::pair { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") },
               std::pair { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") },
               std::pair { QByteArrayLiteral("Content-Security-Policy"),
                           QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'") },
               std::pair { QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY") } })
            if (!response.hasHeader(name))
                response.setHeader(name, value);
        response.write(std::move(*w.responder));
    }
    writeAccess(w.address, w.method, w.route, connected ? status : 499, account, w.timer.nsecsElapsed());
}

bool PortalServer::claimCheck(const QString& mandateId)
{
    QMutexLocker lock(&m_lock);
    if (m_checking.contains(mandateId))
        return false;
    m_checking.insert(mandateId);
    return true;
}

void PortalServer::releaseCheck(const QString& mandateId)
{
    QMutexLocker lock(&m_lock);
    m_checking.remove(mandateId);
}

bool PortalServer::isChecking(const QString& mandateId) const
{
    QMutexLocker lock(&m_lock);
    return m_checking.contains(mandateId);
}

int PortalServer::rateBuckets() const
{
    QMutexLocker lock(&m_lock);
    return m_store.isShared() ? m_store.rateBuckets(m_rateMinute) : int(m_rate.size());
}

QHttpServerResponse PortalServer::templatePdf(const PortalRequest& r)
{
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
}

QHttpServerResponse PortalServer::templateMapping(const PortalRequest& r)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    if (!authorise(r, &refusal))
        return refusal;
    QFile mapping(m_mappingPath);
    if (!m_mappingPath.isEmpty() && mapping.open(QIODevice::ReadOnly))
        return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"), mapping.readAll());
    // Without a mapping of its own, the portal serves MandatDesk's template: its names say it.
    return json({ { QStringLiteral("fields"), QJsonObject {} } });
}

bool PortalServer::setAccessLog(const QString& path)
{
    m_accessLog.close();
    if (path.isEmpty())
        return true;
    m_accessLog.setFileName(path);
    return m_accessLog.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void PortalServer::writeAccess(const QString& address, const QByteArray& method, const QString& route,
                               int status, const QString& account, qint64 nsecs)
{
    // Time, address, method, route (never the token or the body), status, account, duration.
    const QString line = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 ms")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), address,
                                  QString::fromLatin1(method), route)
                             .arg(status)
                             .arg(account.isEmpty() ? QStringLiteral("-") : account)
                             .arg(double(nsecs) / 1e6, 0, 'f', 1);
    if (m_accessLog.isOpen()) {
        m_accessLog.write(line.toUtf8() + '\n');
        m_accessLog.flush();
    } else {
        qCInfo(lcPortalAccess).noquote() << line;
    }
}

QHttpServerResponse PortalServer::inFlight(const QString& message)
{
    // A check takes seconds: the client asks again (with the same key, it gets the answer).
    QHttpServerResponse r = error(Status::Conflict, QStringLiteral("in_flight"), message);
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

QHttpServerResponse PortalServer::underReview()
{
    return error(Status::Conflict, QStringLiteral("under_review"),
                 QStringLiteral("Le mandat est en cours de vérification : ses documents ne peuvent pas être "
                                "modifiés."));
}

QHttpServerResponse PortalServer::internalError(const QString& detail) const
{
    qCWarning(lcPortal).noquote() << "internal error:" << detail;
    return error(Status::InternalServerError, QStringLiteral("internal"),
                 QStringLiteral("Erreur interne du portail : réessayez plus tard."));
}

quint16 PortalServer::listen(const QSslConfiguration& tls, const QHostAddress& address, quint16 port)
{
    m_server.sslSetup(tls);
    const quint16 listening = m_server.listen(address, port);
    for (QTcpServer* server : m_server.servers()) {
        QObject::connect(server, &QTcpServer::newConnection, &m_server, [this] {
            ++m_connections;
            if (m_record.isOpen()) {
                m_record.write(QJsonDocument(QJsonObject { { QStringLiteral("connection"), m_connections } })
                                   .toJson(QJsonDocument::Compact)
                               + '\n');
                m_record.flush();
            }
        });
    }
    return listening;
}

bool PortalServer::setRequestRecord(const QString& path)
{
    m_record.close();
    m_recordedBodies.clear();
    if (path.isEmpty())
        return true;
    m_record.setFileName(path);
    return QDir().mkpath(path + QStringLiteral(".bodies"))
        && m_record.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void PortalServer::record(const QHttpServerRequest& request)
{
    if (!m_record.isOpen())
        return;
    const QByteArray& body = request.body();
    QString path = request.url().path()
        + (request.url().hasQuery() ? u'?' + request.url().query(QUrl::FullyEncoded) : QString());
    // What holds a secret: a password (a login, a sign-in, an invitation's form), an invitation's
    // token (its path). Their bodies are kept by size only.
    const QString route = request.url().path();
    const bool secret = route == QLatin1String("/api/v1/login") || route == QLatin1String("/desk/login")
        || route.startsWith(QLatin1String("/desk/invitation/"));
    if (route.startsWith(QLatin1String("/desk/invitation/")))
        path = QStringLiteral("/desk/invitation/<token>");
    QJsonObject line { { QStringLiteral("connection"), m_connections },
                       { QStringLiteral("method"), QString::fromLatin1(methodName(request.method())) },
                       { QStringLiteral("path"), path },
                       { QStringLiteral("body_bytes"), body.size() },
                       { QStringLiteral("token"),
                         request.value(QByteArrayLiteral("Authorization")).startsWith("Bearer ") } };
    QJsonObject headers;
    for (const char* name : { "Content-Type", "X-File-Name", "X-Issue-Date", "X-Signature-Confirmed-By",
                              "If-Match", "Idempotency-Key" }) {
        const QByteArray value = request.value(QByteArray(name));
        if (!value.isEmpty())
            headers.insert(QLatin1String(name), QString::fromUtf8(value));
    }
    line.insert(QStringLiteral("headers"), headers);
    if (!body.isEmpty() && !secret) {
        const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        line.insert(QStringLiteral("body_sha256"), QString::fromLatin1(sha));
        if (!m_recordedBodies.contains(sha)) {
            QFile file(m_record.fileName() + QStringLiteral(".bodies/") + QString::fromLatin1(sha));
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(body) == body.size())
                m_recordedBodies.insert(sha);
            else
                qCWarning(lcPortal) << "cannot record a request's body in" << file.fileName();
        }
    }
    m_record.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_record.flush();
}

QString PortalServer::clientAddress(const QHttpServerRequest& request) const
{
    if (m_behindProxy) {
        const QHostAddress forwarded(
            QString::fromLatin1(request.value(QByteArrayLiteral("X-Real-IP")).trimmed()));
        if (!forwarded.isNull())
            return forwarded.toString();
    }
    return request.remoteAddress().toString();
}

std::optional<PortalStore::User> PortalServer::authorise(const PortalRequest& request,
                                                         QHttpServerResponse* refusal, bool mandatesRight)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer ")) {
        *refusal = error(Status::Unauthorized, QStringLiteral("unauthenticated"),
                         QStringLiteral("Connectez-vous d'abord (jeton manquant)."));
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    bool expired = false;
    const auto user = m_store.userForToken(token, m_now(), &expired);
    if (!user) {
        *refusal = expired ? error(Status::Unauthorized, QStringLiteral("token_expired"),
                                   QStringLiteral("La session a expiré : reconnectez-vous."))
                           : error(Status::Unauthorized, QStringLiteral("unauthenticated"),
                                   QStringLiteral("Jeton inconnu : reconnectez-vous."));
        return std::nullopt;
    }
    t_account = user->account;
    // Buckets only for valid tokens: made-up tokens cost nothing.
    if (!withinRate(QStringLiteral("token:") + token, refusal))
        return std::nullopt;
    QDateTime maintenanceUntil;
    {
        QMutexLocker lock(&m_lock);
        if (m_maintenanceAfter >= 0 && m_maintenanceAfter-- == 0)
            m_maintenanceUntil = m_now().addSecs(m_maintenanceSeconds);
        maintenanceUntil = m_maintenanceUntil;
    }
    if (maintenanceUntil.isValid() && m_now() < maintenanceUntil) {
        const QString until = QLocale::c().toString(maintenanceUntil.toUTC(),
                                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        *refusal = error(Status::ServiceUnavailable, QStringLiteral("unavailable"),
                         QStringLiteral("Le portail est en maintenance jusqu'au %1.").arg(until));
        refusal->setHeader(QByteArrayLiteral("Retry-After"), until.toLatin1());
        return std::nullopt;
    }
    if (mandatesRight && !user->mayManageMandates()) {
        *refusal
            = error(Status::Forbidden, QStringLiteral("forbidden"),
                    QStringLiteral("Votre compte n'a pas le droit de gérer les mandats : demandez-le à un "
                                   "administrateur."));
        return std::nullopt;
    }
    return user;
}

bool PortalServer::withinRate(const QString& bucket, QHttpServerResponse* refusal)
{
    // Only the current minute's buckets are kept.
    const qint64 now = m_now().toSecsSinceEpoch();
    int count = 0;
    {
        QMutexLocker lock(&m_lock);
        if (now / 60 != m_rateMinute) {
            m_rate.clear();
            m_rateMinute = now / 60;
        }
        if (!m_store.isShared())
            count = ++m_rate[bucket];
    }
    // Several instances on one database count in it, so that each client has its limit in all.
    if (m_store.isShared())
        count = m_store.countRequest(bucket, now / 60);
    if (count <= m_requestsPerMinute)
        return true;
    // The count starts again with the next minute: that is how long to wait.
    const qint64 wait = 60 - now % 60;
    *refusal = error(Status::TooManyRequests, QStringLiteral("rate_limited"),
                     QStringLiteral("Trop de requêtes (%1 par minute) : réessayez dans %2 s.")
                         .arg(m_requestsPerMinute)
                         .arg(wait),
                     { { QStringLiteral("requests_per_minute"), m_requestsPerMinute } });
    refusal->setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
    return false;
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
        docs.append(
            QJsonObject { { QStringLiteral("kind"), d.kind },
                          { QStringLiteral("sha256"), d.sha256 },
                          { QStringLiteral("size"), d.size },
                          { QStringLiteral("media_type"), d.mediaType },
                          { QStringLiteral("name"), d.name },
                          { QStringLiteral("stated_date"),
                            d.statedDate.isValid() ? QJsonValue(d.statedDate.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null) },
                          { QStringLiteral("signature_confirmed_by"),
                            d.signatureConfirmedBy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(d.signatureConfirmedBy) } });
    }
    o.insert(QStringLiteral("documents"), docs);
    o.insert(QStringLiteral("updated_at"), m.updatedAt.toString(Qt::ISODate));
    // Who changed it last, and how: a login of the account (or the operator's reviewer), and the
    // audit's action ("created", "updated", "document_added", "approved"...).
    if (const auto last = m_store.lastChange(m.id)) {
        o.insert(QStringLiteral("updated_by"), last->actor);
        o.insert(QStringLiteral("last_action"), last->action);
    }
    return o;
}

QHttpServerResponse PortalServer::login(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::BadRequest);
    // Without a token, the address is the client the rate counts.
    if (!withinRate(QStringLiteral("address:") + request.clientAddress(), &refusal))
        return refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    const LoginAttempt attempt
        = attemptLogin(body->value(QStringLiteral("login")).toString(),
                       body->value(QStringLiteral("password")).toString(), request.clientAddress());
    if (attempt.waitSeconds > 0) {
        QHttpServerResponse r = error(
            Status::TooManyRequests, QStringLiteral("too_many_attempts"),
            QStringLiteral("Trop d'essais de connexion : réessayez dans %1 s.").arg(attempt.waitSeconds));
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(attempt.waitSeconds));
        return r;
    }
    const std::optional<PortalStore::User>& user = attempt.user;
    if (!user)
        return error(Status::Unauthorized, QStringLiteral("bad_credentials"),
                     QStringLiteral("Identifiant ou mot de passe incorrect."));
    t_account = user->account;
    const QDateTime expires = m_now().addSecs(8 * 3600);
    const QString token = m_store.newToken(user->id, expires);
    if (token.isEmpty())
        return internalError(QStringLiteral("the session of %1 could not be stored").arg(user->login));
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

PortalServer::LoginAttempt PortalServer::attemptLogin(const QString& login, const QString& password,
                                                      const QString& address)
{
    LoginAttempt attempt;
    const QDateTime now = m_now();
    // While a delay runs for the login or the address, no password is tried, not even the right one.
    const QString loginKey = login.left(256);
    {
        QMutexLocker lock(&m_lock);
        forgetOldAttempts(now);
        for (const auto& [map, key] :
             { std::pair { &m_loginAttempts, loginKey }, std::pair { &m_addressAttempts, address } }) {
            const auto it = map->constFind(key);
            if (it != map->cend() && it->lockedUntil.isValid() && it->lockedUntil > now)
                attempt.waitSeconds = qMax(attempt.waitSeconds, qMax<qint64>(now.secsTo(it->lockedUntil), 1));
        }
    }
    if (attempt.waitSeconds > 0)
        return attempt;
    attempt.user = m_store.checkPassword(login, password);
    QMutexLocker lock(&m_lock);
    if (!attempt.user) {
        recordFailure(m_loginAttempts[loginKey], kFreeLoginFailures, now);
        recordFailure(m_addressAttempts[address], kFreeAddressFailures, now);
        qCInfo(lcPortal).noquote() << "failed login from" << address;
    } else {
        m_loginAttempts.remove(loginKey);
    }
    return attempt;
}

void PortalServer::recordFailure(Attempts& a, int free, const QDateTime& now)
{
    // A quiet hour forgets the failures before it.
    if (a.lastFailure.isValid() && a.lastFailure.secsTo(now) > 3600)
        a.failures = 0;
    ++a.failures;
    a.lastFailure = now;
    if (a.failures > free) {
        const int doublings = qMin(a.failures - free, 10);
        a.lockedUntil = now.addSecs(qMin(kLockSeconds, 1 << doublings));
    }
}

void PortalServer::forgetOldAttempts(const QDateTime& now)
{
    // Once a minute: the entries of logins and addresses quiet for an hour go, so guessed
    // logins do not fill the memory.
    const qint64 minute = now.toSecsSinceEpoch() / 60;
    if (minute == m_attemptsPruned)
        return;
    m_attemptsPruned = minute;
    for (QHash<QString, Attempts>* map : { &m_loginAttempts, &m_addressAttempts }) {
        for (auto it = map->begin(); it != map->end();) {
            const bool quiet = !it->lastFailure.isValid() || it->lastFailure.secsTo(now) > 3600;
            it = quiet && !(it->lockedUntil > now) ? map->erase(it) : std::next(it);
        }
    }
}

QHttpServerResponse PortalServer::logout(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal, false);
    if (!user)
        return refusal;
    m_store.endSession(
        QString::fromLatin1(request.value(QByteArrayLiteral("Authorization")).mid(7).trimmed()));
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse PortalServer::getMandate(const QString& id, const PortalRequest& request)
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

QHttpServerResponse PortalServer::putMandate(const QString& id, const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    if (!isCanonicalUuid(id))
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("L'identifiant n'est pas un UUID en minuscules sans accolades."));
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
    const QJsonObject client = body->value(QStringLiteral("client")).toObject();
    for (auto it = client.begin(); it != client.end(); ++it) {
        if (!it->isString() && !it->isNull())
            return error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("« client.%1 » est un texte.").arg(it.key()));
    }
    // The numbers, read with the desktop's own numbering rules, kept in E.164.
    QJsonArray e164;
    for (const QJsonValue& n : numbers.toArray()) {
        if (!n.isString())
            return error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("« numbers » ne contient que des numéros E.164 en texte."));
        const NumberClassification c = NumberClassifier::builtIn().classify(n.toString());
        if (!c.valid)
            return error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("« numbers » : « %1 » n'est pas un numéro valide (%2).")
                             .arg(n.toString().left(64), c.reason));
        if (!e164.contains(c.e164))
            e164.append(c.e164);
    }
    const QJsonValue renews = body->value(QStringLiteral("renews"));
    if (!renews.isNull() && !renews.isUndefined()
        && !(renews.isString() && isCanonicalUuid(renews.toString())))
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("« renews » est l'UUID d'un mandat ou null."));
    const QString use = body->value(QStringLiteral("use")).toString(QStringLiteral("agents"));
    if (use != QLatin1String("agents") && use != QLatin1String("automated"))
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("« use » vaut agents ou automated."));

    QJsonObject data;
    data.insert(QStringLiteral("name"), body->value(QStringLiteral("name")));
    data.insert(QStringLiteral("client"), client);
    data.insert(QStringLiteral("numbers"), e164);
    data.insert(QStringLiteral("renews"), renews.isString() ? renews : QJsonValue(QJsonValue::Null));
    data.insert(QStringLiteral("use"), use);
    // What the client asks for is there already (its first answer was lost and this is the
    // retry, or another seat made the same change): a PUT repeated changes nothing, and says so.
    auto alreadyThere = [&](const PortalStore::Mandate& current) {
        QHttpServerResponse r = json(mandateJson(current));
        r.setHeader(QByteArrayLiteral("ETag"), etag(current.version).toLatin1());
        return r;
    };

    std::optional<PortalStore::Mandate> existing = m_store.mandate(id);
    const QByteArray ifMatch = request.value(QByteArrayLiteral("If-Match"));
    if (existing && existing->account != user->account)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun mandat %1.").arg(id));
    if (existing) {
        if (ifMatch.isEmpty() || QString::fromLatin1(ifMatch) != etag(existing->version)) {
            if (existing->data == data)
                return alreadyThere(*existing);
            return error(
                Status::PreconditionFailed, QStringLiteral("version_mismatch"),
                QStringLiteral("Le mandat a changé sur le portail (version %1).").arg(existing->version),
                { { QStringLiteral("version"), existing->version } });
        }
        if (existing->status == QLatin1String("under_review") || isChecking(id))
            return error(
                Status::Conflict, QStringLiteral("under_review"),
                QStringLiteral("Le mandat est en cours de vérification : il ne peut pas être modifié."));
    }
    PortalStore::Mandate m = existing.value_or(PortalStore::Mandate());
    m.id = id;
    m.account = user->account;
    m.data = data;
    // An edit after a rejection or a validation is a new version to submit again.
    m.status = QStringLiteral("not_submitted");
    m.rejectionCode.clear();
    m.rejectionReason.clear();
    m.validatedOn = {};
    m.validUntil = {};
    QString storeError;
    bool stale = false;
    if (!m_store.saveMandate(m, m_now(), &storeError, user->login, {}, {}, &stale)) {
        if (!stale)
            return internalError(storeError);
        // Changed (or made) meanwhile by another request, here or on another instance: as if the
        // If-Match had not matched.
        const std::optional<PortalStore::Mandate> now = m_store.mandate(id);
        if (now && now->account == user->account && now->data == data)
            return alreadyThere(*now);
        const int version = now ? now->version : 0;
        return error(Status::PreconditionFailed, QStringLiteral("version_mismatch"),
                     QStringLiteral("Le mandat a changé sur le portail (version %1).").arg(version),
                     { { QStringLiteral("version"), version } });
    }
    QHttpServerResponse r = json(mandateJson(m), existing ? Status::Ok : Status::Created);
    r.setHeader(QByteArrayLiteral("ETag"), etag(m.version).toLatin1());
    return r;
}

QHttpServerResponse PortalServer::getDocument(const QString& id, const QString& kind, const QString& sha,
                                              const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    // Another account's mandate, or a document it does not hold: the same answer.
    const std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
    const std::optional<PortalStore::StoredDocument> doc
        = m ? m_store.document(id, kind, sha.toLower()) : std::nullopt;
    if (!doc)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun document de ce type."));
    // The bytes as they were checked on arrival, with the type sniffed then; a browser saves
    // them rather than showing them inside the portal's origin.
    QHttpServerResponse response(doc->mediaType.toLatin1(), doc->bytes);
    response.setHeader(QByteArrayLiteral("ETag"), '"' + doc->sha256.toLatin1() + '"');
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(doc->name));
    return response;
}

QHttpServerResponse PortalServer::putDocument(const QString& id, const QString& kind, const QString& sha,
                                              const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
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
    // The facts a seat states about it: the issue date read by hand, the signature confirmed.
    QDate statedDate;
    const QByteArray stated = request.value(QByteArrayLiteral("X-Issue-Date"));
    if (!stated.isEmpty()) {
        statedDate = QDate::fromString(QString::fromLatin1(stated), Qt::ISODate);
        if (!statedDate.isValid())
            return error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("X-Issue-Date est une date AAAA-MM-JJ."));
    }
    const QString confirmedBy
        = QString::fromUtf8(request.value(QByteArrayLiteral("X-Signature-Confirmed-By")));
    if (confirmedBy.size() > 200 || std::any_of(confirmedBy.begin(), confirmedBy.end(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        }))
        return error(
            Status::BadRequest, QStringLiteral("bad_request"),
            QStringLiteral("X-Signature-Confirmed-By : un nom de 200 caractères au plus, sans caractère "
                           "de contrôle."));
    if (!confirmedBy.isEmpty() && kind != QLatin1String("mandate"))
        return error(Status::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("Seul un mandat signé porte une signature à confirmer."));
    // The same bytes again change nothing, whatever the status: a retry succeeds. Facts stated
    // since are recorded (a date or a confirmation added; they are never dropped by omission).
    if (std::optional<PortalStore::StoredDocument> held = m_store.document(id, kind, actual)) {
        const bool newFacts = (statedDate.isValid() && statedDate != held->statedDate)
            || (!confirmedBy.isEmpty() && confirmedBy != held->signatureConfirmedBy);
        if (newFacts) {
            if (auto frozen = startNewVersionIfDecided(*m, *user))
                return std::move(*frozen);
            if (statedDate.isValid())
                held->statedDate = statedDate;
            if (!confirmedBy.isEmpty())
                held->signatureConfirmedBy = confirmedBy;
            QString storeError;
            bool stale = false;
            if (!m_store.setDocumentFacts(id, *held, &storeError, m_now(), user->login, &stale))
                return stale ? underReview() : internalError(storeError);
        }
        return json({ { QStringLiteral("sha256"), actual },
                      { QStringLiteral("kind"), kind },
                      { QStringLiteral("version"), m->version } });
    }
    // The type is what the bytes are, whatever the request says (Content-Type is not trusted).
    const QString sniffed = DocumentReader::sniff(request.body());
    if (sniffed.isEmpty())
        return error(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                     QStringLiteral("Un document est un PDF, un JPEG ou un PNG."));
    PortalStore::StoredDocument doc;
    doc.kind = kind;
    doc.sha256 = actual;
    doc.size = request.body().size();
    doc.mediaType = sniffed;
    doc.name = QString::fromUtf8(request.value(QByteArrayLiteral("X-File-Name")));
    if (doc.name.isEmpty())
        doc.name = kind + u'-' + actual.left(12); // NOT NULL, and something to show
    if (!isAcceptableFileName(doc.name))
        return error(
            Status::BadRequest, QStringLiteral("bad_request"),
            QStringLiteral("Nom de fichier refusé : sans chemin, sans < > \" ni caractère de contrôle, "
                           "255 caractères au plus."));
    doc.bytes = request.body();
    doc.statedDate = statedDate;
    doc.signatureConfirmedBy = confirmedBy;
    if (auto frozen = startNewVersionIfDecided(*m, *user))
        return std::move(*frozen);
    bool existed = false;
    QString storeError;
    bool stale = false;
    if (!m_store.putDocument(id, doc, &existed, &storeError, m_now(), user->login, &stale))
        return stale ? underReview() : internalError(storeError);
    return json({ { QStringLiteral("sha256"), actual },
                  { QStringLiteral("kind"), kind },
                  { QStringLiteral("version"), m->version } },
                existed ? Status::Ok : Status::Created);
}

QHttpServerResponse PortalServer::deleteDocument(const QString& id, const QString& kind, const QString& sha,
                                                 const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
    if (!m || !m_store.hasDocument(id, kind, sha))
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun document de ce type."));
    if (auto frozen = startNewVersionIfDecided(*m, *user))
        return std::move(*frozen);
    bool stale = false;
    if (!m_store.removeDocument(id, kind, sha, m_now(), user->login, &stale))
        return stale ? underReview()
                     : internalError(QStringLiteral("removing a document of %1 failed").arg(id));
    return QHttpServerResponse(Status::NoContent);
}

std::optional<QHttpServerResponse> PortalServer::startNewVersionIfDecided(PortalStore::Mandate& m,
                                                                          const PortalStore::User& user)
{
    // What was submitted stays as it was reviewed: under review, nothing changes; once decided,
    // a change of documents is a new version to submit again, as an edit of the mandate is.
    if (m.status == QLatin1String("under_review") || isChecking(m.id))
        return error(Status::Conflict, QStringLiteral("under_review"),
                     QStringLiteral("Le mandat est en cours de vérification : ses documents ne peuvent pas "
                                    "être modifiés."));
    if (!isDecided(m.status))
        return std::nullopt;
    m.status = QStringLiteral("not_submitted");
    m.rejectionCode.clear();
    m.rejectionReason.clear();
    m.validatedOn = {};
    m.validUntil = {};
    QString storeError;
    bool stale = false;
    if (!m_store.saveMandate(m, m_now(), &storeError, user.login, QStringLiteral("updated"),
                             QStringLiteral("documents changed after the decision"), &stale)) {
        if (!stale)
            return internalError(storeError);
        // Changed meanwhile by another request: the client sends this again, on what is there now.
        QHttpServerResponse busy = error(Status::ServiceUnavailable, QStringLiteral("changed_meanwhile"),
                                         QStringLiteral("Le mandat vient de changer : réessayez."));
        busy.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        return busy;
    }
    return std::nullopt;
}

void PortalServer::submit(quint64 ticket, const QString& id, const PortalRequest& request)
{
    t_account.clear();
    m_store.renewConnection();
    auto pending = std::make_shared<PendingSubmit>();
    if (std::optional<QHttpServerResponse> now = beginSubmit(id, request, pending.get())) {
        post(ticket, std::move(*now), t_account);
        return;
    }
    // Claimed (claimCheck): the documents are read on a check thread, this handler thread goes
    // on to the next request, and the outcome is written on a handler thread again.
    ++m_checksRunning;
    const std::function<void()> hook = m_checkHook;
    m_checks.start([this, ticket, pending, hook] {
        if (hook)
            hook();
        QJsonArray report;
        const QJsonArray problems = checkDocuments(pending->documents, pending->today, &report);
        m_handlers.start([this, ticket, pending, problems, report] {
            m_store.renewConnection();
            QHttpServerResponse answer = finishSubmit(*pending, problems, report);
            int delayMs = 0;
            {
                QMutexLocker lock(&m_lock);
                m_checking.remove(pending->mandateId);
                if (m_slowSubmits > 0) {
                    // Fault injection: done, but the answer comes late.
                    --m_slowSubmits;
                    delayMs = qMax(m_delayMs, 1);
                }
            }
            --m_checksRunning;
            post(ticket, std::move(answer), pending->user.account, delayMs);
        });
    });
}

std::optional<QHttpServerResponse> PortalServer::beginSubmit(const QString& id, const PortalRequest& request,
                                                             PendingSubmit* pending)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    {
        QMutexLocker lock(&m_lock);
        if (m_failingSubmits > 0) {
            --m_failingSubmits;
            return error(Status::InternalServerError, QStringLiteral("internal"),
                         QStringLiteral("Erreur interne du portail (simulée)."));
        }
    }
    const QString key = QString::fromLatin1(request.value(QByteArrayLiteral("Idempotency-Key")));
    if (key.isEmpty())
        return error(Status::BadRequest, QStringLiteral("idempotency_key_required"),
                     QStringLiteral("L'en-tête Idempotency-Key est obligatoire."));
    // Ownership first: another account's mandate does not exist, whatever the key.
    std::optional<PortalStore::Mandate> m = ownMandate(id, *user);
    if (!m)
        return error(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("Aucun mandat %1.").arg(id));
    const QString fingerprint = id + u'|' + QString::fromLatin1(request.body());
    if (const auto seen = m_store.idempotent(user->account, key, m_now())) {
        if (seen->fingerprint != fingerprint)
            return error(Status::UnprocessableEntity, QStringLiteral("idempotency_key_reused"),
                         QStringLiteral("Cette clé a déjà servi pour une autre demande."));
        // In flight while this process checks it; a key a stopped portal left in flight
        // (stopped or crashed mid-check) is taken up again, or its client would wait a day.
        if (seen->status == 0 && isChecking(id))
            return inFlight(QStringLiteral("Cette demande est déjà en cours de traitement."));
        if (seen->status != 0)
            return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"), seen->body,
                                       QHttpServerResponse::StatusCode(seen->status));
    }
    // Another key for a mandate whose documents are being checked: one check at a time. Claimed
    // here, it is let go on any answer before the check starts.
    if (!claimCheck(id))
        return inFlight(QStringLiteral("Ce mandat est déjà en cours de vérification."));
    auto unclaim = qScopeGuard([&] { releaseCheck(id); });
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    if (!m_store.beginIdempotent(user->account, key, fingerprint, m_now())) {
        // Taken meanwhile by another request with this key (another instance): its answer, or
        // in flight.
        const auto seen = m_store.idempotent(user->account, key, m_now());
        if (seen && seen->status != 0 && seen->fingerprint == fingerprint)
            return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"), seen->body,
                                       QHttpServerResponse::StatusCode(seen->status));
        return inFlight(QStringLiteral("Cette demande est déjà en cours de traitement."));
    }
    auto finish = [&](QHttpServerResponse&& response) {
        m_store.finishIdempotent(user->account, key, int(response.statusCode()), response.data());
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

    // The portal checks what MandatDesk checks: numbers here, documents on a worker thread.
    const QJsonArray numbers = m->data.value(QStringLiteral("numbers")).toArray();
    if (numbers.isEmpty())
        pending->problems.append(
            problemJson("no_numbers", QStringLiteral("Le mandat ne couvre aucun numéro.")));
    const NumberClassifier classifier;
    for (const QJsonValue& n : numbers) {
        if (classifier.classify(n.toString()).category == NumberCategory::Mobile)
            pending->problems.append(
                problemJson("number_mobile", QStringLiteral("%1 est un numéro mobile.").arg(n.toString())));
    }
    pending->user = *user;
    pending->key = key;
    pending->mandateId = id;
    pending->version = m->version;
    pending->documentsRevision = m->documentsRevision;
    pending->today = m_now().date();
    pending->documents = m_store.documents(id, true);
    unclaim.dismiss(); // until the check's outcome is written
    return std::nullopt;
}

QJsonArray PortalServer::checkDocuments(const QList<PortalStore::StoredDocument>& docs, const QDate& today,
                                        QJsonArray* report)
{
    QJsonArray problems;
    // What the review desk shows of each document: what was read, its date and every problem.
    auto describe = [report](const PortalStore::StoredDocument& d, const DocumentCheck::Result* result,
                             const QString& unreadable) {
        if (!report)
            return;
        QJsonObject entry { { QStringLiteral("kind"), d.kind },
                            { QStringLiteral("sha256"), d.sha256 },
                            { QStringLiteral("name"), d.name },
                            { QStringLiteral("media_type"), d.mediaType },
                            { QStringLiteral("stated_date"),
                              d.statedDate.isValid() ? QJsonValue(d.statedDate.toString(Qt::ISODate))
                                                     : QJsonValue() },
                            { QStringLiteral("signature_confirmed_by"), d.signatureConfirmedBy } };
        QJsonArray found;
        if (!unreadable.isEmpty())
            found.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("unreadable") },
                                       { QStringLiteral("severity"), QStringLiteral("blocking") },
                                       { QStringLiteral("message"), unreadable } });
        if (result) {
            entry.insert(QStringLiteral("pages"), result->pages);
            entry.insert(QStringLiteral("date"),
                         result->date.isValid() ? QJsonValue(result->date.toString(Qt::ISODate))
                                                : QJsonValue());
            entry.insert(QStringLiteral("date_role"), result->dateRole);
            entry.insert(QStringLiteral("date_text"), result->dateText);
            QJsonArray numbers;
            for (const QString& n : result->numbersFound)
                numbers.append(n);
            entry.insert(QStringLiteral("numbers_found"), numbers);
            for (const Problem& p : result->problems)
                found.append(
                    QJsonObject { { QStringLiteral("code"), p.code },
                                  { QStringLiteral("severity"),
                                    p.isBlocking() ? QStringLiteral("blocking") : QStringLiteral("warning") },
                                  { QStringLiteral("message"), p.message } });
        }
        entry.insert(QStringLiteral("problems"), found);
        report->append(entry);
    };
    auto problem
        = [&](const char* code, const QString& message) { problems.append(problemJson(code, message)); };
    DocumentReader::Options caps;
    caps.maxPages = kCheckMaxPages;
    for (const char* kind : { "mandate", "kbis", "invoice" }) {
        bool present = false;
        for (const auto& d : docs) {
            if (d.kind != QLatin1String(kind))
                continue;
            present = true;
            caps.deadline = QDeadlineTimer(std::chrono::seconds(kCheckSeconds));
            // The desktop's own checks: a document that cannot be read, or has no date, is a
            // problem, as is one too old by the dated rules (resources/rules/dossier-rules.json).
            DocumentCheck::Input input;
            input.kind = d.kind == QLatin1String("kbis") ? Document::Kind::Kbis
                : d.kind == QLatin1String("invoice")     ? Document::Kind::Invoice
                                                         : Document::Kind::SignedMandate;
            input.fileName = d.name;
            input.checkDay = today;
            if (input.kind == Document::Kind::SignedMandate) {
                // Only readable: the signature of a scan is the operator's to see.
                DocumentReader::Text text;
                QString readError;
                DocumentReader::Options options = caps;
                options.ocr = false;
                if (DocumentReader::read(d.bytes, options, &text, &readError)
                    != DocumentReader::Failure::None)
                    problem("unreadable_mandate",
                            QStringLiteral("%1 ne peut pas être lu : %2").arg(d.name, readError));
                describe(d, nullptr, readError);
                continue;
            }
            DocumentReader::Text text;
            DocumentCheck::Result result = DocumentCheck::run(d.bytes, input, caps, &text);
            // Undated text (a scan OCR could not date): the date the provider's user read on
            // it, if they sent one. A date in the text always wins.
            if (d.statedDate.isValid() && !result.date.isValid() && !text.pages.isEmpty()) {
                input.manualDate = d.statedDate;
                result = DocumentCheck::analyse(text, d.bytes, input);
            }
            describe(d, &result, {});
            const int months = DocumentCheck::freshnessMonths(input.kind, result.identity);
            for (const Problem& p : result.problems) {
                if (!p.isBlocking())
                    continue;
                const QByteArray suffix = '_' + d.kind.toLatin1();
                if (p.code == QLatin1String("unreadable"))
                    problem(("unreadable" + suffix).constData(),
                            QStringLiteral("%1 (%2) ne peut pas être lu : %3")
                                .arg(d.name, kindLabel(d.kind), p.message));
                else if (p.code == QLatin1String("date_unknown"))
                    problem(("undated" + suffix).constData(),
                            QStringLiteral("%1 (%2) : aucune date d'émission lisible.")
                                .arg(d.name, kindLabel(d.kind)));
                else if (p.code == QLatin1String("stale"))
                    problem(("stale" + suffix).constData(),
                            QStringLiteral("%1 est daté du %2 : plus de %3 mois.")
                                .arg(d.name, result.date.toString(Qt::ISODate))
                                .arg(months));
                else if (p.code == QLatin1String("date_in_future"))
                    problem(("future" + suffix).constData(),
                            QStringLiteral("%1 est daté du %2, après aujourd'hui : la date est fausse.")
                                .arg(d.name, result.date.toString(Qt::ISODate)));
            }
        }
        if (!present)
            problem(QByteArray("missing_").append(kind).constData(),
                    QStringLiteral("Document manquant : %1.").arg(QLatin1String(kind)));
    }
    return problems;
}

QHttpServerResponse PortalServer::finishSubmit(const PendingSubmit& pending,
                                               const QJsonArray& documentProblems, const QJsonArray& report)
{
    auto finish = [&](QHttpServerResponse&& response) {
        m_store.finishIdempotent(pending.user.account, pending.key, int(response.statusCode()),
                                 response.data());
        return std::move(response);
    };
    QJsonArray problems = pending.problems;
    for (const QJsonValue& p : documentProblems)
        problems.append(p);
    if (!problems.isEmpty())
        return finish(error(Status::UnprocessableEntity, QStringLiteral("not_submittable"),
                            QStringLiteral("Le dossier ne peut pas être soumis."),
                            { { QStringLiteral("problems"), problems } }));
    // Nothing changed it through this instance meanwhile (claimCheck), but another instance or
    // the operator's command line may have: read again, and written only over what was read.
    std::optional<PortalStore::Mandate> m = m_store.mandate(pending.mandateId);
    if (!m || m->version != pending.version || m->documentsRevision != pending.documentsRevision
        || m->status != QLatin1String("not_submitted"))
        return finish(
            error(Status::Conflict, QStringLiteral("not_submittable"),
                  QStringLiteral("Le mandat a changé pendant sa vérification : soumettez-le à nouveau.")));
    m->status = QStringLiteral("under_review");
    QString storeError;
    bool stale = false;
    if (!m_store.setStatus(*m, m_now(), &storeError, pending.user.login, {}, &stale)) {
        if (stale) // changed by another instance since it was read just above
            return finish(error(
                Status::Conflict, QStringLiteral("not_submittable"),
                QStringLiteral("Le mandat a changé pendant sa vérification : soumettez-le à nouveau.")));
        m_store.finishIdempotent(pending.user.account, pending.key, 0, {});
        return internalError(storeError);
    }
    // For the review desk; a submission is not refused for want of it.
    if (!m_store.saveCheckReport(m->id, m->version, report, m_now(), &storeError))
        qCWarning(lcPortal).noquote() << "the check report of" << m->id << "was not kept:" << storeError;
    return finish(json(mandateJson(*m), Status::Accepted));
}

QHttpServerResponse PortalServer::changes(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const auto user = authorise(request, &refusal);
    if (!user)
        return refusal;
    const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong();
    qint64 last = 0;
    bool more = false;
    QJsonArray list;
    for (const QJsonObject& c : m_store.changes(user->account, since, 500, &last, &more))
        list.append(c);
    return json({ { QStringLiteral("changes"), list },
                  { QStringLiteral("cursor"), QString::number(last) },
                  { QStringLiteral("more"), more } });
}

} // namespace Mandat
