#include "Fixtures.h"
#include "PortalDatabase.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "TestCertificates.h"
#include "sync/PortalClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Mandat;

/*
 * The reference portal, for real: HTTPS on 127.0.0.1 with certificates made for the test,
 * driven through QNetworkAccessManager as the client will.
 */
class TestPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginAndRights();
    void mandateVersions();
    void documentsByHash();
    void submitIsIdempotentAndChecked();
    void reviewAndChanges();
    void badInput();
    void inFlightAndRateLimit();
    void passwordHashCost();
    void unknownLoginsCostTheSame();
    void tokensHashedAndRevoked();
    void documentsFrozenAfterSubmission();
    void portalChecksCannotBeBypassed();
    void idempotencyKeysScopedToAccount();
    void operatorFacts();
    void cursorPerAccount();
    void rateBucketsOnlyForValidTokens();
    void rateLimitStatedAndTimed();
    void requestsRecorded();
    void loginThrottled();
    void clientAddressBehindTheProxy();
    void checksDoNotHoldOtherClients();
    void clientLeavingDuringCheck();
    void waitingForTheDatabaseHoldsNobody();
    void connectionsClosedByTheDatabase();
    void twoInstancesOneDatabase();
    void keyOfAGoneInstanceTakenUp();
    void documentsInAFolder();
    void schemaSteps();
    void documentPagesCapped(); // last of the HTTP tests: it moves the clock on
    void unknownCertificateAuthorityRefused();
    void wrongHostAndExpiredRefused_data();
    void wrongHostAndExpiredRefused();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray etag;
        QByteArray retryAfter;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };
    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {},
               QNetworkAccessManager* nam = nullptr);
    QString login(const QString& user, const QString& password);
    QJsonObject sampleMandate() const;
    QString uploadAll(const QString& id, const QDate& documentsDate);
    Reply upload(const QString& id, const QString& kind, const QByteArray& bytes,
                 const QByteArray& mediaType = "application/pdf", const QByteArray& name = "doc.pdf");
    QString newMandate();
    // A submission of version 1 sent without waiting for its answer (its check may be held).
    QNetworkReply* startSubmit(QNetworkAccessManager& nam, quint16 port, const QString& id,
                               const QByteArray& key);
    QSqlDatabase raw();
    QString m_location; // SQLite, or PostgreSQL (portal_on_postgresql)
    QSslConfiguration m_tls;

    QTemporaryDir m_dir;
    QScopedPointer<PortalStore> m_store;
    QScopedPointer<PortalServer> m_server;
    QDateTime m_now;
    quint16 m_port = 0;
    QSslCertificate m_ca;
    QNetworkAccessManager m_nam;
    QString m_token;
};

void TestPortal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSslConfiguration tls;
    QString error;
    QVERIFY2(TestCertificates::make(m_dir.path(), &tls, &m_ca, &error), qPrintable(error));

    m_location = PortalDatabase::location(m_dir.path(), &error);
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
    m_store.reset(new PortalStore(m_location));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    // A user added at an older, lower cost: rehashed at the next login.
    PortalStore::setPasswordIterations(500);
    QVERIFY(m_store->addUser(QStringLiteral("legacy"), QStringLiteral("legacy-pw"), QStringLiteral("acme"),
                             false, true, &error));
    // The production cost is slow in Debug and under ASan: the tests use a lower one.
    PortalStore::setPasswordIterations(1000);
    for (const char* login : { "changer", "throttled" })
        QVERIFY(m_store->addUser(QLatin1String(login), QStringLiteral("pw-%1").arg(QLatin1String(login)),
                                 QStringLiteral("acme"), false, true, &error));
    QVERIFY(m_store->addUser(QStringLiteral("rival"), QStringLiteral("rival-pw"), QStringLiteral("globex"),
                             true, false, &error));
    QVERIFY(m_store->addUser(QStringLiteral("rival-seat"), QStringLiteral("rival-seat-pw"),
                             QStringLiteral("globex"), false, true, &error));
    QVERIFY(m_store->addUser(QStringLiteral("admin"), QStringLiteral("s3cret-adm1n"), QStringLiteral("acme"),
                             true, false, &error));
    QVERIFY(m_store->addUser(QStringLiteral("agent"), QStringLiteral("agent-pw"), QStringLiteral("acme"),
                             false, true, &error));
    QVERIFY(m_store->addUser(QStringLiteral("viewer"), QStringLiteral("viewer-pw"), QStringLiteral("acme"),
                             false, false, &error));
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    m_server.reset(new PortalServer(*m_store));
    m_server->setClock([this] { return m_now; });
    m_port = m_server->listen(tls, QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_tls = tls;

    // The client trusts the test CA, and nothing is ignored.
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(client);
    m_token = login(QStringLiteral("agent"), QStringLiteral("agent-pw"));
    QVERIFY(!m_token.isEmpty());
}

TestPortal::Reply TestPortal::call(const QByteArray& verb, const QString& path, const QByteArray& body,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   QNetworkAccessManager* nam)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply* reply = (nam ? nam : &m_nam)->sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto& h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    r.etag = reply->rawHeader("ETag");
    r.retryAfter = reply->rawHeader("Retry-After");
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

QString TestPortal::login(const QString& user, const QString& password)
{
    const QString saved = m_token;
    m_token.clear();
    const Reply r = call("POST", QStringLiteral("/api/v1/login"),
                         QJsonDocument(QJsonObject { { "login", user }, { "password", password } }).toJson());
    m_token = saved;
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

QJsonObject TestPortal::sampleMandate() const
{
    return QJsonObject { { "name", "Campagne 2027" },
                         { "client",
                           QJsonObject { { "legal_name", "ACME TÉLÉCOM" }, { "siren", "518452750" } } },
                         { "numbers", QJsonArray { "+33162123456" } },
                         { "use", "agents" } };
}

void TestPortal::loginAndRights()
{
    QVERIFY(login(QStringLiteral("agent"), QStringLiteral("wrong")).isEmpty());
    const QString saved = m_token;
    m_token.clear();
    Reply r = call("POST", QStringLiteral("/api/v1/login"), R"({"login":"agent","password":"nope"})");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("bad_credentials"));
    r = call("GET",
             QStringLiteral("/api/v1/mandates/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthenticated"));
    // A user without the mandates right: 403 on every mandate call, with a reason.
    m_token = login(QStringLiteral("viewer"), QStringLiteral("viewer-pw"));
    QVERIFY(!m_token.isEmpty());
    r = call("PUT",
             QStringLiteral("/api/v1/mandates/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
             QJsonDocument(sampleMandate()).toJson());
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    // Tokens expire.
    m_token = login(QStringLiteral("admin"), QStringLiteral("s3cret-adm1n"));
    m_now = m_now.addSecs(9 * 3600);
    r = call("GET", QStringLiteral("/api/v1/changes"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("token_expired"));
    m_now = m_now.addSecs(-9 * 3600);
    m_token = saved;
}

void TestPortal::mandateVersions()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Reply r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(sampleMandate()).toJson());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.etag, QByteArray("\"1\""));
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("not_submitted"));
    // Updating needs the current version.
    QJsonObject changed = sampleMandate();
    changed.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(changed).toJson());
    QCOMPARE(r.status, 412);
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(changed).toJson(),
             { { "If-Match", "\"7\"" } });
    QCOMPARE(r.status, 412);
    QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), 1);
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(changed).toJson(),
             { { "If-Match", "\"1\"" } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.etag, QByteArray("\"2\""));
    r = call("GET", QStringLiteral("/api/v1/mandates/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(r.json.value(QStringLiteral("client")).toObject().value(QStringLiteral("legal_name")).toString(),
             QStringLiteral("ACME TÉLÉCOM"));
    r = call("GET", QStringLiteral("/api/v1/mandates/") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(r.status, 404);
    // A PUT sent again whose first answer was lost (the proxy sends it to another instance):
    // what it asks for is there, so it is told so (200, the current ETag), and nothing new is
    // written; a different content over an old version is still refused.
    const int audited = m_store->audit(id).size();
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(changed).toJson(),
             { { "If-Match", "\"1\"" } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.etag, QByteArray("\"2\""));
    QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), 2);
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id,
             QJsonDocument(changed).toJson()); // a creation's retry
    QCOMPARE(r.status, 200);
    QCOMPARE(r.etag, QByteArray("\"2\""));
    QCOMPARE(m_store->audit(id).size(), audited);
    QCOMPARE(m_store->mandate(id)->version, 2);
    changed.insert(QStringLiteral("name"), QStringLiteral("Renamed again"));
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(changed).toJson(),
                  { { "If-Match", "\"1\"" } })
                 .status,
             412);
}

QString TestPortal::uploadAll(const QString& id, const QDate& documentsDate)
{
    const QList<QPair<QString, QByteArray>> docs {
        { QStringLiteral("mandate"), Fixtures::textPdf({ QStringLiteral("Mandat signé") }) },
        { QStringLiteral("kbis"), Fixtures::textPdf({ Fixtures::kbisUpToDate(documentsDate) }) },
        { QStringLiteral("invoice"),
          Fixtures::textPdf(
              { Fixtures::invoiceOperator(documentsDate, { QStringLiteral("01 62 12 34 56") }) }) },
    };
    for (const auto& d : docs) {
        const QByteArray sha = QCryptographicHash::hash(d.second, QCryptographicHash::Sha256).toHex();
        const Reply r = call(
            "PUT",
            QStringLiteral("/api/v1/mandates/%1/documents/%2/%3").arg(id, d.first, QString::fromLatin1(sha)),
            d.second,
            { { "Content-Type", "application/pdf" }, { "X-File-Name", d.first.toLatin1() + ".pdf" } });
        if (r.status != 201)
            return QStringLiteral("upload %1: %2").arg(d.first).arg(r.status);
    }
    return {};
}

void TestPortal::documentsByHash()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(sampleMandate()).toJson()).status,
        201);
    const QByteArray pdf = Fixtures::textPdf({ QStringLiteral("Facture") });
    const QByteArray sha = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
    const QString path = QStringLiteral("/api/v1/mandates/%1/documents/invoice/").arg(id);
    Reply r = call("PUT", path + QString::fromLatin1(sha), pdf, { { "Content-Type", "application/pdf" } });
    QCOMPARE(r.status, 201);
    r = call("PUT", path + QString::fromLatin1(sha), pdf, { { "Content-Type", "application/pdf" } });
    QCOMPARE(r.status, 200); // the same bytes twice: no duplicate
    r = call("PUT", path + QString(64, u'0'), pdf, { { "Content-Type", "application/pdf" } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("hash_mismatch"));
    r = call("GET", QStringLiteral("/api/v1/mandates/") + id);
    QCOMPARE(r.json.value(QStringLiteral("documents")).toArray().size(), 1);

    // Issue 16: another seat downloads it, bytes and facts as they were stored.
    const QString saved = m_token;
    const auto restore = qScopeGuard([&] { m_token = saved; });
    m_token = login(QStringLiteral("changer"), QStringLiteral("pw-changer"));
    r = call("GET", path + QString::fromLatin1(sha));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, pdf);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/pdf"));
    QCOMPARE(r.etag, '"' + sha + '"');
    QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY2(r.headers.value("content-disposition").startsWith("attachment; filename*=UTF-8''"),
             r.headers.value("content-disposition").constData());
    QCOMPARE(call("GET", path + QString::fromLatin1(sha).toUpper()).status, 200); // either case, as uploads
    // What the mandate does not hold, under another kind or another hash: 404.
    QCOMPARE(
        call("GET", QStringLiteral("/api/v1/mandates/%1/documents/kbis/%2").arg(id, QString::fromLatin1(sha)))
            .status,
        404);
    QCOMPARE(call("GET", path + QString(64, u'0')).status, 404);
    // Another account's seat: as if it did not exist. A seat without the mandates right: 403.
    m_token = login(QStringLiteral("rival-seat"), QStringLiteral("rival-seat-pw"));
    r = call("GET", path + QString::fromLatin1(sha));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body != pdf);
    m_token = login(QStringLiteral("viewer"), QStringLiteral("viewer-pw"));
    r = call("GET", path + QString::fromLatin1(sha));
    QCOMPARE(r.status, 403);
    QVERIFY(r.body != pdf);
    m_token.clear();
    QCOMPARE(call("GET", path + QString::fromLatin1(sha)).status, 401);
}

void TestPortal::submitIsIdempotentAndChecked()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(sampleMandate()).toJson()).status,
        201);
    const QString submit = QStringLiteral("/api/v1/mandates/%1/submit").arg(id);
    Reply r = call("POST", submit, R"({"version":1})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_key_required"));
    // Documents missing: refused with typed problems.
    r = call("POST", submit, R"({"version":1})",
             { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("problems")).toArray().size(), 3);
    // Old documents: refused as stale.
    QCOMPARE(uploadAll(id, QDate(2026, 6, 1)), QString());
    r = call("POST", submit, R"({"version":1})",
             { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
    QCOMPARE(r.status, 422);
    QStringList codes;
    for (const QJsonValue& p : r.json.value(QStringLiteral("problems")).toArray())
        codes.append(p.toObject().value(QStringLiteral("code")).toString());
    QCOMPARE(codes, (QStringList { "stale_kbis", "stale_invoice" }));

    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/mandates/") + fresh, QJsonDocument(sampleMandate()).toJson())
                 .status,
             201);
    QCOMPARE(uploadAll(fresh, QDate(2026, 11, 5)), QString());
    const QByteArray key = QUuid::createUuid().toByteArray();
    const QString freshSubmit = QStringLiteral("/api/v1/mandates/%1/submit").arg(fresh);
    r = call("POST", freshSubmit, R"({"version":1})", { { "Idempotency-Key", key } });
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("under_review"));
    // The same key and payload: the same answer, nothing done twice.
    const Reply again = call("POST", freshSubmit, R"({"version":1})", { { "Idempotency-Key", key } });
    QCOMPARE(again.status, 202);
    QCOMPARE(again.json, r.json);
    // The same key, another payload: refused.
    r = call("POST", submit, R"({"version":1})", { { "Idempotency-Key", key } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_key_reused"));
    // Under review, it cannot be edited.
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + fresh, QJsonDocument(sampleMandate()).toJson(),
             { { "If-Match", "\"1\"" } });
    QCOMPARE(r.status, 409);
}

void TestPortal::reviewAndChanges()
{
    Reply r = call("GET", QStringLiteral("/api/v1/changes"));
    QCOMPARE(r.status, 200);
    const QString cursor = r.json.value(QStringLiteral("cursor")).toString();
    QVERIFY(!r.json.value(QStringLiteral("changes")).toArray().isEmpty());
    // The operator approves what is under review.
    const QList<PortalStore::Mandate> pending = m_store->mandates(QStringLiteral("under_review"));
    QCOMPARE(pending.size(), 1);
    PortalStore::Mandate m = pending.first();
    m.status = QStringLiteral("valid");
    m.validatedOn = QDate(2026, 11, 24);
    m.validUntil = m.validatedOn.addYears(1);
    QString error;
    QVERIFY(m_store->setStatus(m, m_now, &error));
    r = call("GET", QStringLiteral("/api/v1/changes?since=") + cursor);
    const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(changes.first().toObject().value(QStringLiteral("valid_until")).toString(),
             QStringLiteral("2027-11-24"));
    // Expiry follows the portal's clock.
    m_now = QDateTime(QDate(2027, 11, 24), QTime(9, 0), Qt::UTC);
    const QString token = m_token;
    m_token = login(QStringLiteral("agent"), QStringLiteral("agent-pw"));
    r = call("GET", QStringLiteral("/api/v1/mandates/") + m.id);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    m_token = token;
}

void TestPortal::badInput()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Reply r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, "{not json");
    QCOMPARE(r.status, 400);
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id,
             R"({"name": 12, "client": [], "numbers": "x"})");
    QCOMPARE(r.status, 400);
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, R"({"name":"x","client":{},"numbers":[1,2]})");
    QCOMPARE(r.status, 400);
    r = call("PUT", QStringLiteral("/api/v1/mandates/not-a-uuid"), QJsonDocument(sampleMandate()).toJson());
    QCOMPARE(r.status, 400);
    r = call("PUT", QStringLiteral("/api/v1/mandates/") + id,
             QByteArray(int(PortalServer::kMaxJsonBody) + 10, ' '));
    QCOMPARE(r.status, 413);
    // The server is still there.
    QCOMPARE(call("GET", QStringLiteral("/api/v1/limits")).status, 200);
}

void TestPortal::inFlightAndRateLimit()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(sampleMandate()).toJson()).status,
        201);
    // A key another instance holds in flight (it checks that submission now): this one does not
    // check it too; the client asks again later, and gets that instance's answer.
    const QByteArray body = R"({"version":1})";
    const QString fingerprint = id + u'|' + QString::fromLatin1(body);
    const QString elsewhere = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(m_store->beginIdempotent(QStringLiteral("acme"), elsewhere, fingerprint, m_now.addSecs(-5)));
    QVERIFY(!m_store->beginIdempotent(QStringLiteral("acme"), elsewhere, fingerprint, m_now)); // held
    Reply r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), body,
                   { { "Idempotency-Key", elsewhere.toLatin1() } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("in_flight"));
    m_store->finishIdempotent(QStringLiteral("acme"), elsewhere, 422, R"({"error":"not_submittable"})");
    r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), body,
             { { "Idempotency-Key", elsewhere.toLatin1() } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body, QByteArray(R"({"error":"not_submittable"})")); // that instance's answer, replayed
    // A key a portal left in flight when it stopped mid-check (no check of it runs now, and
    // for longer than a check takes) is taken up again: the submission is checked (here: no
    // documents), not stuck for a day. (A key whose check runs: checksDoNotHoldOtherClients.)
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(m_store->beginIdempotent(QStringLiteral("acme"), key, fingerprint,
                                     m_now.addSecs(-PortalStore::kInFlightLeaseSeconds - 1)));
    r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), body,
             { { "Idempotency-Key", key.toLatin1() } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_submittable"));
    QCOMPARE(call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), body,
                  { { "Idempotency-Key", key.toLatin1() } })
                 .status,
             422); // and replayed
    // The stated rate: 600 requests a minute per token, then 429.
    m_now = m_now.addSecs(60);
    const QString token = m_token;
    m_token = login(QStringLiteral("agent"), QStringLiteral("agent-pw"));
    int limited = 0;
    for (int i = 0; i < PortalServer::kRequestsPerMinute + 1; ++i)
        limited += call("GET", QStringLiteral("/api/v1/changes?since=999999")).status == 429 ? 1 : 0;
    QCOMPARE(limited, 1);
    m_now = m_now.addSecs(60); // a new minute
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    m_now = m_now.addSecs(-120);
    m_token = token;
}

void TestPortal::unknownCertificateAuthorityRefused()
{
    // A fresh manager (no kept-alive connection) that trusts only an unrelated CA.
    QFile other(m_dir.filePath(QStringLiteral("other-ca.pem")));
    QVERIFY(other.open(QIODevice::ReadOnly));
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration strict = QSslConfiguration::defaultConfiguration();
    strict.setCaCertificates({ QSslCertificate(other.readAll()) });
    QSslConfiguration::setDefaultConfiguration(strict);
    QNetworkAccessManager fresh;
    const Reply r = call("GET", QStringLiteral("/api/v1/limits"), {}, {}, &fresh);
    QSslConfiguration::setDefaultConfiguration(saved);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(r.status, 0);
}

void TestPortal::wrongHostAndExpiredRefused_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong host name") << "wrong-host.pem"
                                     << "host name";
    QTest::newRow("expired") << "expired.pem"
                             << "expired";
}

void TestPortal::wrongHostAndExpiredRefused()
{
    QFETCH(QString, certificate);
    QFETCH(QString, expected);
    QFile cert(m_dir.filePath(certificate));
    QFile key(m_dir.filePath(QStringLiteral("server.key")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(cert.readAll()));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    QTest::qWait(1100); // "expired" was valid until the second it was made
    PortalServer bad(*m_store);
    const quint16 port = bad.listen(tls, QHostAddress::LocalHost, 0);
    QVERIFY(port);
    // The client as MandatDesk uses it: a fresh connection, the test CA pinned, nothing ignored.
    PortalClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    client.setPinned({ m_ca });
    const PortalClient::Reply r = client.login(QStringLiteral("agent"), QStringLiteral("agent-pw"));
    QCOMPARE(r.status, 0);
    QVERIFY(client.token().isEmpty());
    QVERIFY2(r.networkError.contains(expected, Qt::CaseInsensitive), qPrintable(r.networkError));
}

TestPortal::Reply TestPortal::upload(const QString& id, const QString& kind, const QByteArray& bytes,
                                     const QByteArray& mediaType, const QByteArray& name)
{
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return call("PUT",
                QStringLiteral("/api/v1/mandates/%1/documents/%2/%3").arg(id, kind, QString::fromLatin1(sha)),
                bytes, { { "Content-Type", mediaType }, { "X-File-Name", name } });
}

QString TestPortal::newMandate()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Reply r
        = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(sampleMandate()).toJson());
    return r.status == 201 ? id : QString();
}

QNetworkReply* TestPortal::startSubmit(QNetworkAccessManager& nam, quint16 port, const QString& id,
                                       const QByteArray& key)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/mandates/%2/submit").arg(port).arg(id)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setRawHeader("Idempotency-Key", key);
    return nam.post(request, QByteArrayLiteral(R"({"version":1})"));
}

QSqlDatabase TestPortal::raw()
{
    return PortalDatabase::raw(m_location, QStringLiteral("raw-test-connection"));
}

static QStringList problemCodes(const QJsonObject& json)
{
    QStringList codes;
    for (const QJsonValue& p : json.value(QStringLiteral("problems")).toArray())
        codes.append(p.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

void TestPortal::passwordHashCost()
{
    // Today's recommended cost for PBKDF2-SHA256 (OWASP, 2023).
    QVERIFY(PortalStore::kDefaultPasswordIterations >= 600000);
    QSqlQuery q(raw());
    QVERIFY(q.exec(QStringLiteral("SELECT iterations FROM users WHERE login = 'legacy'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 500);
    QVERIFY(!login(QStringLiteral("legacy"), QStringLiteral("legacy-pw")).isEmpty());
    QVERIFY(q.exec(QStringLiteral("SELECT iterations FROM users WHERE login = 'legacy'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), PortalStore::passwordIterations()); // rehashed on login
    QVERIFY(!login(QStringLiteral("legacy"), QStringLiteral("legacy-pw")).isEmpty());
    QVERIFY(login(QStringLiteral("legacy"), QStringLiteral("wrong")).isEmpty());
}

void TestPortal::unknownLoginsCostTheSame()
{
    // The same key derivation for an unknown login as for a known one: the time says nothing.
    QList<qint64> known, unknown;
    for (int i = 0; i < 3; ++i) {
        int before = PortalStore::derivations();
        QElapsedTimer t;
        t.start();
        QVERIFY(login(QStringLiteral("nobody-%1").arg(i), QStringLiteral("wrong")).isEmpty());
        unknown.append(t.nsecsElapsed());
        QCOMPARE(PortalStore::derivations() - before, 1);
        before = PortalStore::derivations();
        t.restart();
        QVERIFY(login(QStringLiteral("changer"), QStringLiteral("wrong-%1").arg(i)).isEmpty());
        known.append(t.nsecsElapsed());
        QCOMPARE(PortalStore::derivations() - before, 1);
    }
    std::sort(known.begin(), known.end());
    std::sort(unknown.begin(), unknown.end());
    qInfo("median login time: known %.2f ms, unknown %.2f ms", double(known.at(1)) / 1e6,
          double(unknown.at(1)) / 1e6);
    // Let the failures not count against the next tests.
    QVERIFY(!login(QStringLiteral("changer"), QStringLiteral("pw-changer")).isEmpty());
}

void TestPortal::tokensHashedAndRevoked()
{
    const QString saved = m_token;
    m_token = login(QStringLiteral("changer"), QStringLiteral("pw-changer"));
    QVERIFY(!m_token.isEmpty());
    // The token is nowhere in the database in clear.
    const QStringList tables = PortalDatabase::tables(raw());
    QVERIFY2(tables.contains(QStringLiteral("sessions")), qPrintable(tables.join(u' ')));
    for (const QString& table : tables) {
        QSqlQuery rows(raw());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                QVERIFY2(!rows.value(c).toString().contains(m_token), qPrintable(table));
        }
    }
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    // A password change revokes the sessions.
    QString error;
    QVERIFY(m_store->addUser(QStringLiteral("changer"), QStringLiteral("pw-changer-2"),
                             QStringLiteral("acme"), false, true, &error));
    Reply r = call("GET", QStringLiteral("/api/v1/changes?since=999999"));
    QCOMPARE(r.status, 401);
    // A move to another account too.
    m_token = login(QStringLiteral("changer"), QStringLiteral("pw-changer-2"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(m_store->addUser(QStringLiteral("changer"), QStringLiteral("pw-changer-2"),
                             QStringLiteral("globex"), false, true, &error));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 401);
    // Logging out ends the session.
    m_token = login(QStringLiteral("changer"), QStringLiteral("pw-changer-2"));
    QVERIFY(!m_token.isEmpty());
    r = call("POST", QStringLiteral("/api/v1/logout"));
    QCOMPARE(r.status, 204);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 401);
    // A disabled user can neither use a session nor log in again.
    m_token = login(QStringLiteral("changer"), QStringLiteral("pw-changer-2"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY2(m_store->disableUser(QStringLiteral("changer"), &error), qPrintable(error));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 401);
    QVERIFY(login(QStringLiteral("changer"), QStringLiteral("pw-changer-2")).isEmpty());
    QVERIFY(!m_store->disableUser(QStringLiteral("nobody"), &error));
    m_token = saved;
}

void TestPortal::documentsFrozenAfterSubmission()
{
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploadAll(id, QDate(2026, 11, 5)), QString());
    QCOMPARE(call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), R"({"version":1})",
                  { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } })
                 .status,
             202);
    const QByteArray kbis = Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 5)) });
    const QString kbisSha
        = QString::fromLatin1(QCryptographicHash::hash(kbis, QCryptographicHash::Sha256).toHex());
    const QByteArray other = Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 20)) });
    // Under review: frozen.
    Reply r = upload(id, QStringLiteral("kbis"), other);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("under_review"));
    r = call("DELETE", QStringLiteral("/api/v1/mandates/%1/documents/kbis/%2").arg(id, kbisSha));
    QCOMPARE(r.status, 409);
    // The same bytes again change nothing: a retry still succeeds.
    QCOMPARE(upload(id, QStringLiteral("kbis"), kbis, "application/pdf", "kbis.pdf").status, 200);
    r = call("GET", QStringLiteral("/api/v1/mandates/") + id);
    QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(r.json.value(QStringLiteral("documents")).toArray().size(), 3);
    // Decided: a change of document starts a new version to submit again.
    PortalStore::Mandate m = *m_store->mandate(id);
    m.status = QStringLiteral("valid");
    m.validatedOn = m_now.date();
    m.validUntil = m.validatedOn.addYears(1);
    QString error;
    QVERIFY(m_store->setStatus(m, m_now, &error));
    r = upload(id, QStringLiteral("kbis"), other);
    QCOMPARE(r.status, 201);
    r = call("GET", QStringLiteral("/api/v1/mandates/") + id);
    QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("not_submitted"));
    QCOMPARE(r.json.value(QStringLiteral("validated_on")), QJsonValue(QJsonValue::Null));
}

void TestPortal::portalChecksCannotBeBypassed()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = QStringLiteral("/api/v1/mandates/") + id;
    // Types and numbers.
    QJsonObject bad = sampleMandate();
    bad.insert(QStringLiteral("client"), QJsonObject { { "legal_name", 5 } });
    QCOMPARE(call("PUT", path, QJsonDocument(bad).toJson()).status, 400);
    bad = sampleMandate();
    bad.insert(QStringLiteral("numbers"), QJsonArray { "not a number" });
    Reply r = call("PUT", path, QJsonDocument(bad).toJson());
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("not a number")));
    bad = sampleMandate();
    bad.insert(QStringLiteral("renews"), QStringLiteral("yesterday"));
    QCOMPARE(call("PUT", path, QJsonDocument(bad).toJson()).status, 400);
    // One mandate, one spelling of its UUID.
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/mandates/") + id.toUpper(),
                  QJsonDocument(sampleMandate()).toJson())
                 .status,
             400);
    QCOMPARE(
        call("PUT", QStringLiteral("/api/v1/mandates/{%1}").arg(id), QJsonDocument(sampleMandate()).toJson())
            .status,
        400);
    QCOMPARE(call("PUT", path, QJsonDocument(sampleMandate()).toJson()).status, 201);
    // Media types by content, and file names.
    QByteArray noise(4096, Qt::Uninitialized);
    for (char& c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    r = upload(id, QStringLiteral("kbis"), noise);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_media_type"));
    // The stored type is the content's, whatever Content-Type said.
    const QByteArray pdf = Fixtures::textPdf({ QStringLiteral("Mandat signé") });
    QCOMPARE(upload(id, QStringLiteral("mandate"), pdf, "text/html").status, 201);
    const QByteArray other = Fixtures::textPdf({ QStringLiteral("Mandat signé, second exemplaire") });
    QCOMPARE(upload(id, QStringLiteral("mandate"), other, "application/pdf",
                    "../../<img src=x onerror=alert(1)>.pdf")
                 .status,
             400);
    QCOMPARE(upload(id, QStringLiteral("mandate"), other, "application/pdf", "Mandat d'ACME.pdf").status,
             201);
    // A document that cannot be read, or has no date, is a problem, not a pass.
    QCOMPARE(upload(id, QStringLiteral("kbis"), Fixtures::textPdf({ QStringLiteral("Extrait Kbis") })).status,
             201);
    QCOMPARE(upload(id, QStringLiteral("invoice"), QByteArray("%PDF-1.7\n") + noise).status, 201);
    r = call("POST", path + QStringLiteral("/submit"), R"({"version":1})",
             { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
    QCOMPARE(r.status, 422);
    QCOMPARE(problemCodes(r.json), (QStringList { "undated_kbis", "unreadable_invoice" }));
    r = call("GET", path);
    for (const QJsonValue& d : r.json.value(QStringLiteral("documents")).toArray())
        QCOMPARE(d.toObject().value(QStringLiteral("media_type")).toString(),
                 QStringLiteral("application/pdf"));
}

void TestPortal::idempotencyKeysScopedToAccount()
{
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploadAll(id, QDate(2026, 11, 5)), QString());
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString submit = QStringLiteral("/api/v1/mandates/%1/submit").arg(id);
    QCOMPARE(call("POST", submit, R"({"version":1})", { { "Idempotency-Key", key } }).status, 202);
    // Another account replays the key: it learns nothing of the first account's mandate.
    const QString saved = m_token;
    m_token = login(QStringLiteral("rival"), QStringLiteral("rival-pw"));
    QVERIFY(!m_token.isEmpty());
    Reply r = call("POST", submit, R"({"version":1})", { { "Idempotency-Key", key } });
    QCOMPARE(r.status, 404);
    QVERIFY(!r.json.contains(QStringLiteral("client")));
    // Its own use of the same key is its own.
    const QString own = newMandate();
    QVERIFY(!own.isEmpty());
    r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(own), R"({"version":1})",
             { { "Idempotency-Key", key } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_submittable"));
    m_token = saved;
}

void TestPortal::operatorFacts()
{
    const QString logPath = m_dir.filePath(QStringLiteral("access.log"));
    m_server->setAccessLog(logPath);
    // Every change of a mandate is in its audit log, with who made it.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QVERIFY(
        upload(id, QStringLiteral("mandate"), Fixtures::textPdf({ QStringLiteral("Mandat signé") })).status
        == 201);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nowhere")).status, 404);
    const QList<PortalStore::AuditEntry> audit = m_store->audit(id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).actor, QStringLiteral("agent"));
    QCOMPARE(audit.at(0).action, QStringLiteral("created"));
    QCOMPARE(audit.at(0).at, m_now);
    QCOMPARE(audit.at(1).action, QStringLiteral("document_added"));
    // A failure inside answers 500 with a generic message; the database's text stays in the log.
    QSqlQuery q(raw());
    if (PortalDatabase::isPostgres(m_location)) {
        QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION fail_changes() RETURNS trigger AS $$ BEGIN RAISE "
                                       "EXCEPTION 'secret database detail'; END $$ LANGUAGE plpgsql")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER fail_changes BEFORE INSERT ON mandates FOR EACH ROW "
                                       "EXECUTE FUNCTION fail_changes()")),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_changes BEFORE INSERT ON mandates BEGIN "
                                      "SELECT RAISE(ABORT, 'secret database detail'); END")));
    }
    const Reply r = call(
        "PUT", QStringLiteral("/api/v1/mandates/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
        QJsonDocument(sampleMandate()).toJson());
    QVERIFY(q.exec(PortalDatabase::isPostgres(m_location)
                       ? QStringLiteral("DROP TRIGGER fail_changes ON mandates")
                       : QStringLiteral("DROP TRIGGER fail_changes")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("internal"));
    QVERIFY2(!r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("secret")),
             qPrintable(r.json.value(QStringLiteral("message")).toString()));
    // One access-log line per request: method, route, status, account, duration.
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains("PUT /api/v1/mandates/<id> 201 acme "), lines.at(0).constData());
    QVERIFY2(lines.at(2).contains("GET /api/v1/nowhere 404 - "), lines.at(2).constData());
    QVERIFY2(lines.at(3).contains(" 500 acme "), lines.at(3).constData());
    QVERIFY(lines.at(3).endsWith(" ms"));
    m_server->setAccessLog({});
}

void TestPortal::cursorPerAccount()
{
    const QString saved = m_token;
    m_token = login(QStringLiteral("rival"), QStringLiteral("rival-pw"));
    Reply r = call("GET", QStringLiteral("/api/v1/changes"));
    QCOMPARE(r.status, 200);
    const QString cursor = r.json.value(QStringLiteral("cursor")).toString();
    // Another account's activity does not move this account's cursor.
    m_token = saved;
    QVERIFY(!newMandate().isEmpty());
    QVERIFY(!newMandate().isEmpty());
    m_token = login(QStringLiteral("rival"), QStringLiteral("rival-pw"));
    r = call("GET", QStringLiteral("/api/v1/changes?since=") + cursor);
    QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(r.json.value(QStringLiteral("cursor")).toString(), cursor);
    QVERIFY(!newMandate().isEmpty());
    r = call("GET", QStringLiteral("/api/v1/changes?since=") + cursor);
    QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), 1);
    QCOMPARE(r.json.value(QStringLiteral("cursor")).toString(), QString::number(cursor.toLongLong() + 1));
    m_token = saved;
}

void TestPortal::rateBucketsOnlyForValidTokens()
{
    const int before = m_server->rateBuckets();
    const QString saved = m_token;
    for (int i = 0; i < 50; ++i) {
        QByteArray fake(16 * 1024, 'A');
        fake.replace(0, 16, QUuid::createUuid().toByteArray(QUuid::Id128));
        m_token = QString::fromLatin1(fake);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/changes")).status, 401);
    }
    m_token = saved;
    QVERIFY2(m_server->rateBuckets() <= before, qPrintable(QString::number(m_server->rateBuckets())));
    // The buckets of past minutes go.
    m_now = m_now.addSecs(120);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    QCOMPARE(m_server->rateBuckets(), 1);
    m_now = m_now.addSecs(-120);
}

void TestPortal::rateLimitStatedAndTimed()
{
    // Issue 15: the limit is the one the portal was started with, stated by /limits; over it,
    // Retry-After is what is left of the minute. A token counts apart from its address.
    const QDateTime saved = m_now;
    m_now = QDateTime::fromSecsSinceEpoch((m_now.toSecsSinceEpoch() / 60 + 3) * 60 + 40, Qt::UTC);
    m_server->setRequestsPerMinute(5);
    const auto restore = qScopeGuard([&] {
        m_server->setRequestsPerMinute(PortalServer::kRequestsPerMinute);
        m_now = saved;
    });
    const Reply limits = call("GET", QStringLiteral("/api/v1/limits"));
    QCOMPARE(limits.status, 200);
    QCOMPARE(limits.json.value(QStringLiteral("requests_per_minute")).toInt(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    const Reply limited = call("GET", QStringLiteral("/api/v1/changes?since=999999"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QStringLiteral("error")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(limited.json.value(QStringLiteral("requests_per_minute")).toInt(), 5);
    QCOMPARE(limited.retryAfter, QByteArray("20"));
    // Without a token (the limits, a login), the address is counted: 1 + 4, then refused.
    const QString token = m_token;
    m_token.clear();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(call("GET", QStringLiteral("/api/v1/limits")).status, 200);
    const Reply loginLimited
        = call("POST", QStringLiteral("/api/v1/login"), R"({"login":"agent","password":"agent-pw"})");
    QCOMPARE(loginLimited.status, 429);
    QCOMPARE(loginLimited.retryAfter, QByteArray("20"));
    m_token = token;
    // The minute turns: both may go on.
    m_now = m_now.addSecs(20);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/limits")).status, 200);
}

void TestPortal::requestsRecorded()
{
    // What the sync benchmark replays: each request's method, path, headers and body (kept
    // once by its hash; never a login's), and each connection accepted.
    const QString path = m_dir.filePath(QStringLiteral("requests.jsonl"));
    QVERIFY(m_server->setRequestRecord(path));
    const int before = m_server->connections();
    QNetworkAccessManager nam; // a connection of its own
    const QString token = m_token;
    m_token.clear();
    QCOMPARE(
        call("POST", QStringLiteral("/api/v1/login"), R"({"login":"agent","password":"agent-pw"})", {}, &nam)
            .status,
        200);
    m_token = token;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray mandate = QJsonDocument(sampleMandate()).toJson(QJsonDocument::Compact);
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/mandates/") + id, mandate, {}, &nam).status, 201);
    const QByteArray pdf = Fixtures::textPdf({ Fixtures::kbisUpToDate(m_now.date().addDays(-3)) });
    const QByteArray sha = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
    const QString documentPath
        = QStringLiteral("/api/v1/mandates/%1/documents/kbis/%2").arg(id, QString::fromLatin1(sha));
    QCOMPARE(call("PUT", documentPath, pdf,
                  { { "Content-Type", "application/pdf" }, { "X-File-Name", "kbis-hôtel.pdf" } }, &nam)
                 .status,
             201);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=0"), {}, {}, &nam).status, 200);
    QVERIFY(m_server->setRequestRecord({}));
    QCOMPARE(m_server->connections() - before, 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> requests;
    QList<int> connections;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("method")))
            requests.append(o);
        else
            connections.append(o.value(QStringLiteral("connection")).toInt());
    }
    QCOMPARE(connections, QList<int> { m_server->connections() });
    QCOMPARE(requests.size(), 4);
    for (const QJsonObject& r : std::as_const(requests))
        QCOMPARE(r.value(QStringLiteral("connection")).toInt(), m_server->connections());
    const QJsonObject login = requests.at(0);
    QCOMPARE(login.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/login"));
    QVERIFY(login.value(QStringLiteral("body_bytes")).toInt() > 0);
    QVERIFY(!login.contains(QStringLiteral("body_sha256"))); // the password is not kept
    QVERIFY(!login.value(QStringLiteral("token")).toBool());
    auto body = [&](const QJsonObject& r) {
        QFile f(path + QStringLiteral(".bodies/") + r.value(QStringLiteral("body_sha256")).toString());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QCOMPARE(requests.at(1).value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(body(requests.at(1)), mandate);
    const QJsonObject document = requests.at(2);
    QCOMPARE(document.value(QStringLiteral("path")).toString(), documentPath);
    QCOMPARE(document.value(QStringLiteral("body_bytes")).toInt(), pdf.size());
    QCOMPARE(body(document), pdf);
    QVERIFY(document.value(QStringLiteral("token")).toBool());
    const QJsonObject headers = document.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("X-File-Name")).toString(), QStringLiteral("kbis-hôtel.pdf"));
    QCOMPARE(headers.value(QStringLiteral("Content-Type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(requests.at(3).value(QStringLiteral("path")).toString(),
             QStringLiteral("/api/v1/changes?since=0"));
    QCOMPARE(requests.at(3).value(QStringLiteral("body_bytes")).toInt(), 0);
}

void TestPortal::loginThrottled()
{
    // Wrong passwords for one login: a few free, then growing delays, and while one runs
    // even the right password waits.
    int refused = 0, throttled = 0;
    for (int i = 0; i < 20; ++i) {
        const QString saved = m_token;
        m_token.clear();
        const Reply r
            = call("POST", QStringLiteral("/api/v1/login"), R"({"login":"throttled","password":"wrong"})");
        m_token = saved;
        refused += r.status == 401 ? 1 : 0;
        throttled += r.status == 429 ? 1 : 0;
    }
    QCOMPARE(refused + throttled, 20);
    QVERIFY2(refused <= 5, qPrintable(QString::number(refused)));
    QVERIFY(login(QStringLiteral("throttled"), QStringLiteral("pw-throttled")).isEmpty());
    m_now = m_now.addSecs(16 * 60);
    QVERIFY(!login(QStringLiteral("throttled"), QStringLiteral("pw-throttled")).isEmpty());
    // Growing delays: after more failures, the wait is longer.
    for (int round = 0; round < 12; ++round) {
        QVERIFY(login(QStringLiteral("throttled"), QStringLiteral("wrong")).isEmpty());
        m_now = m_now.addSecs(1);
    }
    QVERIFY(login(QStringLiteral("throttled"), QStringLiteral("pw-throttled")).isEmpty());
    m_now = m_now.addSecs(16 * 60);
    QVERIFY(!login(QStringLiteral("throttled"), QStringLiteral("pw-throttled")).isEmpty());
    // Many logins tried from one address: that address waits, whatever the login.
    for (int i = 0; i < 40; ++i)
        QVERIFY(login(QStringLiteral("guess-%1").arg(i), QStringLiteral("wrong")).isEmpty());
    const QString saved = m_token;
    m_token.clear();
    const Reply r
        = call("POST", QStringLiteral("/api/v1/login"), R"({"login":"agent","password":"agent-pw"})");
    m_token = saved;
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("too_many_attempts"));
    m_now = m_now.addSecs(16 * 60);
    QVERIFY(!login(QStringLiteral("agent"), QStringLiteral("agent-pw")).isEmpty());
}

void TestPortal::clientAddressBehindTheProxy()
{
    // Facing clients, the portal ignores X-Real-IP: a client cannot choose its own address.
    const QList<QPair<QByteArray, QByteArray>> spoofed { { "X-Real-IP", "203.0.113.7" } };
    auto failLogins = [&](const QList<QPair<QByteArray, QByteArray>>& headers, int count) {
        const QString saved = m_token;
        m_token.clear();
        int last = 0;
        for (int i = 0; i < count; ++i)
            last = call("POST", QStringLiteral("/api/v1/login"),
                        QStringLiteral(R"({"login":"proxied-%1","password":"wrong"})").arg(i).toUtf8(),
                        headers)
                       .status;
        m_token = saved;
        return last;
    };
    QCOMPARE(failLogins(spoofed, PortalServer::kFreeAddressFailures + 2), 429); // counted for 127.0.0.1
    m_now = m_now.addSecs(16 * 60);
    // Behind the proxy, the header the proxy sets is the client's address: each address has
    // its own count, and one address's failures do not hold back another.
    m_server->setBehindProxy(true);
    QCOMPARE(failLogins({ { "X-Real-IP", "198.51.100.1" } }, PortalServer::kFreeAddressFailures + 2), 429);
    const QString saved = m_token;
    m_token.clear();
    const Reply other
        = call("POST", QStringLiteral("/api/v1/login"), R"({"login":"agent","password":"agent-pw"})",
               { { "X-Real-IP", "198.51.100.2" } });
    m_token = saved;
    m_server->setBehindProxy(false);
    QCOMPARE(other.status, 200);
    m_now = m_now.addSecs(16 * 60);
}

namespace {
// Holds each document check on its worker thread until the test lets it go.
struct CheckGate
{
    QSemaphore entered;
    QSemaphore release;
    std::function<void()> hook()
    {
        return [this] {
            entered.release();
            release.acquire();
        };
    }
};
} // namespace

void TestPortal::checksDoNotHoldOtherClients()
{
    // A submission's documents are read on a worker thread: while one is being checked (here
    // held, as a 50-page scan would hold it for seconds), other clients are answered.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploadAll(id, m_now.date().addDays(-5)), QString());
    CheckGate gate;
    m_server->setCheckHook(gate.hook());
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QNetworkAccessManager submitter;
    QNetworkReply* submit = startSubmit(submitter, m_port, id, key);
    QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() == 1, 20000);
    QCOMPARE(m_server->checksRunning(), 1);

    QNetworkAccessManager other;
    QCOMPARE(call("GET", QStringLiteral("/api/v1/limits"), {}, {}, &other).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/mandates/%1").arg(id), {}, {}, &other)
                 .json.value("status")
                 .toString(),
             QStringLiteral("not_submitted"));
    // What is being checked does not change under the check, whoever asks.
    QCOMPARE(upload(id, QStringLiteral("kbis"), Fixtures::textPdf({ Fixtures::kbisUpToDate(m_now.date()) }))
                 .status,
             409);
    const Reply sameKey = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id),
                               R"({"version":1})", { { "Idempotency-Key", key } }, &other);
    QCOMPARE(sameKey.status, 409);
    QCOMPARE(sameKey.json.value("error").toString(), QStringLiteral("in_flight"));
    const Reply second
        = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), R"({"version":1})",
               { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } }, &other);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.json.value("error").toString(), QStringLiteral("in_flight"));
    QVERIFY(!submit->isFinished());

    gate.release.release(3); // mandate, Kbis, invoice: one check, the hook runs once
    QSignalSpy done(submit, &QNetworkReply::finished);
    QVERIFY(submit->isFinished() || done.wait(20000));
    QCOMPARE(submit->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    QCOMPARE(submit->rawHeader("Cache-Control"), QByteArrayLiteral("no-store"));
    QCOMPARE(QJsonDocument::fromJson(submit->readAll()).object().value("status").toString(),
             QStringLiteral("under_review"));
    submit->deleteLater();
    QCOMPARE(m_server->checksRunning(), 0);
    m_server->setCheckHook({});
}

void TestPortal::clientLeavingDuringCheck()
{
    // The client goes while its documents are checked: the check ends, the decision is kept,
    // nothing is written to the gone connection, and the same key replays the answer.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploadAll(id, m_now.date().addDays(-5)), QString());
    CheckGate gate;
    m_server->setCheckHook(gate.hook());
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    {
        QNetworkAccessManager leaving;
        QNetworkReply* submit = startSubmit(leaving, m_port, id, key);
        QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() == 1, 20000);
        submit->abort();
        delete submit;
    } // the manager, and its connection, go
    QTest::qWait(200); // the portal sees the connection close and frees it
    gate.release.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->checksRunning(), 0, 20000);
    m_server->setCheckHook({});
    QCOMPARE(call("GET", QStringLiteral("/api/v1/mandates/%1").arg(id)).json.value("status").toString(),
             QStringLiteral("under_review"));
    const Reply replay = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id),
                              R"({"version":1})", { { "Idempotency-Key", key } });
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.json.value("status").toString(), QStringLiteral("under_review"));
}

void TestPortal::documentPagesCapped()
{
    // A Kbis of more pages than the portal reads is a problem at once, not minutes of reading.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploadAll(id, m_now.date().addDays(-5)), QString());
    QStringList pages { Fixtures::kbisUpToDate(m_now.date().addDays(-5)) };
    while (pages.size() <= PortalServer::kCheckMaxPages)
        pages.append(QStringLiteral("Annexe"));
    QCOMPARE(upload(id, QStringLiteral("kbis"), Fixtures::textPdf(pages), "application/pdf", "kbis-long.pdf")
                 .status,
             201);
    const Reply r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), R"({"version":1})",
                         { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
    QCOMPARE(r.status, 422);
    QVERIFY2(problemCodes(r.json).contains(QStringLiteral("unreadable_kbis")),
             qPrintable(problemCodes(r.json).join(u',')));
    QVERIFY(QJsonDocument(r.json).toJson().contains(QByteArray::number(pages.size()) + " pages"));
}

QTEST_MAIN(TestPortal)
void TestPortal::waitingForTheDatabaseHoldsNobody()
{
    // Each request is handled on a thread of its own with its own connection: one that waits
    // for the database (here a lock the test holds, as a long transaction of another instance
    // or the operator's command line would) holds no other client.
    QCOMPARE(m_server->handlerThreads(), PortalServer::kHandlerThreads);
    const QString held = newMandate();
    const QString other = newMandate();
    QVERIFY(!held.isEmpty() && !other.isEmpty());
    QSqlDatabase db = raw();
    QSqlQuery lock(db);
    const bool postgres = PortalDatabase::isPostgres(m_location);
    if (postgres) {
        QVERIFY(db.transaction());
        QVERIFY2(lock.exec(QStringLiteral("SELECT id FROM mandates WHERE id = '%1' FOR UPDATE").arg(held)),
                 qPrintable(lock.lastError().text()));
    } else {
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
    }
    QNetworkAccessManager writer;
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/mandates/%2").arg(m_port).arg(held)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setRawHeader("If-Match", "\"1\"");
    QJsonObject changed = sampleMandate();
    changed.insert(QStringLiteral("name"), QStringLiteral("Campagne 2028"));
    QNetworkReply* put = writer.put(request, QJsonDocument(changed).toJson());
    if (postgres) {
        // The write is in the database, waiting for the row.
        QSqlQuery waiting(db);
        QTRY_VERIFY_WITH_TIMEOUT(
            waiting.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) && waiting.next()
                && waiting.value(0).toInt() > 0,
            20000);
    } else {
        QTest::qWait(300); // SQLite tells nobody who waits for its lock: time for the PUT to get there
    }
    // Meanwhile others read and are answered; on PostgreSQL, they write too (SQLite has one
    // writer at a time: a login, which stores its session, would wait there).
    QNetworkAccessManager others;
    const Reply read = call("GET", QStringLiteral("/api/v1/mandates/%1").arg(other), {}, {}, &others);
    QCOMPARE(read.status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=0"), {}, {}, &others).status, 200);
    if (postgres) {
        QVERIFY(!login(QStringLiteral("agent"), QStringLiteral("agent-pw")).isEmpty());
        const Reply write = call("PUT", QStringLiteral("/api/v1/mandates/%1").arg(other),
                                 QJsonDocument(changed).toJson(), { { "If-Match", "\"1\"" } }, &others);
        QCOMPARE(write.status, 200);
    }
    QVERIFY(!put->isFinished());
    // The lock goes: the write is made, over the version it was read at.
    QVERIFY(postgres ? db.commit() : lock.exec(QStringLiteral("COMMIT")));
    QSignalSpy done(put, &QNetworkReply::finished);
    QVERIFY(put->isFinished() || done.wait(20000));
    QCOMPARE(put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(put->rawHeader("ETag"), QByteArrayLiteral("\"2\""));
    put->deleteLater();
    QCOMPARE(m_store->mandate(held)->data.value(QStringLiteral("name")).toString(),
             QStringLiteral("Campagne 2028"));
}

void TestPortal::connectionsClosedByTheDatabase()
{
    // PostgreSQL restarted, or it ended the portal's connections: each handler thread opens its
    // own again before its next request, and no client sees the difference.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    // The handler threads that served these hold a connection each.
    for (int i = 0; i < 4 * PortalServer::kHandlerThreads; ++i)
        QCOMPARE(call("GET", QStringLiteral("/api/v1/mandates/%1").arg(id)).status, 200);
    int ended = 0;
    if (PortalDatabase::isPostgres(m_location)) {
        QSqlQuery q(raw());
        // Each waited for (5 s at most) until its backend is gone.
        QVERIFY2(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE "
                                       "datname = current_database() AND pid <> pg_backend_pid()")),
                 qPrintable(q.lastError().text()));
        while (q.next())
            ended += q.value(0).toBool() ? 1 : 0;
        // At least the store's own on this thread and a handler thread's.
        QVERIFY2(ended >= 2, qPrintable(QString::number(ended)));
    }
    for (int i = 0; i < 4 * PortalServer::kHandlerThreads; ++i) {
        const Reply r = call("GET", QStringLiteral("/api/v1/mandates/%1").arg(id));
        QVERIFY2(r.status == 200, r.body.constData());
    }
    QJsonObject changed = sampleMandate();
    changed.insert(QStringLiteral("name"), QStringLiteral("Après la coupure"));
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/mandates/%1").arg(id), QJsonDocument(changed).toJson(),
                  { { "If-Match", "\"1\"" } })
                 .status,
             200);
    // The store's own connection on this thread was ended too: the next test reads through it.
    m_store->renewConnection();
    QVERIFY(m_store->mandate(id).has_value());
}

void TestPortal::twoInstancesOneDatabase()
{
    // Issue 17: two portals that share nothing but their database (here both in this process,
    // A on m_port and B); what must hold across them is decided by the database.
    QString error;
    PortalStore storeB(m_location);
    QVERIFY2(storeB.open(&error), qPrintable(error));
    PortalServer b(storeB);
    b.setClock([this] { return m_now; });
    const quint16 portA = m_port;
    const quint16 portB = b.listen(m_tls, QHostAddress::LocalHost, 0);
    QVERIFY(portB != 0);
    const auto restore = qScopeGuard([&] {
        m_port = portA;
        m_server->setCheckHook({});
    });

    // Versions: A and B both read version 1; the first write wins, the other is told it is
    // stale and writes nothing. The API answers it 412 whichever instance it reaches.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    std::optional<PortalStore::Mandate> readA = m_store->mandate(id);
    std::optional<PortalStore::Mandate> readB = storeB.mandate(id);
    readA->data.insert(QStringLiteral("name"), QStringLiteral("Par A"));
    readB->data.insert(QStringLiteral("name"), QStringLiteral("Par B"));
    QVERIFY2(m_store->saveMandate(*readA, m_now, &error, QStringLiteral("agent")), qPrintable(error));
    bool stale = false;
    QVERIFY(!storeB.saveMandate(*readB, m_now, &error, QStringLiteral("agent"), {}, {}, &stale));
    QVERIFY(stale);
    QCOMPARE(readB->version, 1); // untouched: the caller may read again and retry
    QCOMPARE(m_store->mandate(id)->version, 2);
    QCOMPARE(m_store->mandate(id)->data.value(QStringLiteral("name")).toString(), QStringLiteral("Par A"));
    // Made at once on both: made once.
    PortalStore::Mandate madeA;
    madeA.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    madeA.account = QStringLiteral("acme");
    madeA.data = sampleMandate();
    PortalStore::Mandate madeB = madeA;
    QVERIFY(m_store->saveMandate(madeA, m_now, &error, QStringLiteral("agent")));
    QVERIFY(!storeB.saveMandate(madeB, m_now, &error, QStringLiteral("agent"), {}, {}, &stale));
    QVERIFY(stale);
    QCOMPARE(m_store->audit(madeA.id).size(), 1);
    m_port = portB;
    Reply r = call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(sampleMandate()).toJson(),
                   { { "If-Match", "\"1\"" } });
    QCOMPARE(r.status, 412);
    QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), 2);
    m_port = portA;

    // The same submission sent to both at once (a client retrying through the proxy while A
    // checks it): B does not check it too; the retry after A answered replays A's answer.
    const QString submitted = newMandate();
    QCOMPARE(uploadAll(submitted, m_now.date().addDays(-5)), QString());
    CheckGate gate;
    m_server->setCheckHook(gate.hook());
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QNetworkAccessManager submitter;
    QNetworkReply* atA = startSubmit(submitter, portA, submitted, key);
    QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() == 1, 20000);
    m_port = portB;
    r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(submitted), R"({"version":1})",
             { { "Idempotency-Key", key } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("in_flight"));
    QCOMPARE(b.checksRunning(), 0);
    gate.release.release();
    QSignalSpy answered(atA, &QNetworkReply::finished);
    QVERIFY(answered.wait(20000));
    QCOMPARE(atA->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    const QByteArray firstAnswer = atA->readAll();
    atA->deleteLater();
    r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(submitted), R"({"version":1})",
             { { "Idempotency-Key", key } });
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, firstAnswer);
    m_port = portA;
    int submissions = 0;
    for (const PortalStore::AuditEntry& e : m_store->audit(submitted))
        submissions += e.action == QLatin1String("submitted") ? 1 : 0;
    QCOMPARE(submissions, 1);

    // A document added through B while A checks the submission: A does not take it with
    // documents it did not check; sent again, it is checked with them.
    const QString changed = newMandate();
    QCOMPARE(uploadAll(changed, m_now.date().addDays(-5)), QString());
    CheckGate held; // a gate of its own: this check, held
    m_server->setCheckHook(held.hook());
    atA = startSubmit(submitter, portA, changed, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QTRY_VERIFY_WITH_TIMEOUT(held.entered.available() == 1, 20000);
    m_port = portB;
    QCOMPARE(upload(changed, QStringLiteral("invoice"),
                    Fixtures::textPdf({ Fixtures::invoiceOperator(m_now.date().addDays(-3),
                                                                  { QStringLiteral("01 62 12 34 56") }) }))
                 .status,
             201);
    m_port = portA;
    held.release.release();
    QSignalSpy refused(atA, &QNetworkReply::finished);
    QVERIFY(refused.wait(20000));
    QCOMPARE(atA->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 409);
    atA->deleteLater();
    QCOMPARE(m_store->mandate(changed)->status, QStringLiteral("not_submitted"));
    m_server->setCheckHook({});
    r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(changed), R"({"version":1})",
             { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
    QCOMPARE(r.status, 202);
    // Under review now: B takes no document change of it either.
    m_port = portB;
    QCOMPARE(upload(changed, QStringLiteral("kbis"),
                    Fixtures::textPdf({ Fixtures::kbisUpToDate(m_now.date().addDays(-1)) }))
                 .status,
             409);
    m_port = portA;

    // The changes feed: both instances' changes in one sequence per account, none twice, none
    // skipped.
    QSqlQuery seq(raw());
    QVERIFY(seq.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT account_seq), MIN(account_seq), "
                                    "MAX(account_seq) FROM changes WHERE account = 'acme'")));
    QVERIFY(seq.next());
    QCOMPARE(seq.value(1).toLongLong(), seq.value(0).toLongLong());
    QCOMPARE(seq.value(3).toLongLong() - seq.value(2).toLongLong() + 1, seq.value(0).toLongLong());

    // On a database several instances share (PostgreSQL), a client's requests a minute are
    // counted in it: through A and B together.
    if (m_store->isShared()) {
        const QDateTime saved = m_now;
        m_now = QDateTime::fromSecsSinceEpoch((m_now.toSecsSinceEpoch() / 60 + 7) * 60 + 10, Qt::UTC);
        m_server->setRequestsPerMinute(4);
        b.setRequestsPerMinute(4);
        for (const quint16 port : { portA, portB, portA, portB }) {
            m_port = port;
            QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
        }
        m_port = portB;
        r = call("GET", QStringLiteral("/api/v1/changes?since=999999"));
        QCOMPARE(r.status, 429);
        m_port = portA;
        QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 429);
        m_server->setRequestsPerMinute(0);
        b.setRequestsPerMinute(0);
        m_now = saved;
    }
}

void TestPortal::keyOfAGoneInstanceTakenUp()
{
    // An instance killed mid-check leaves its submission's key in flight. On PostgreSQL the
    // others see it gone (its session, and the lock it held, ended) and take the key up at
    // once: the client's retry is checked and answered. On SQLite (one instance), after the
    // lease; meanwhile 409 in_flight, with when to ask again.
    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    const QByteArray body = R"({"version":1})";
    const QString fingerprint = id + u'|' + QString::fromLatin1(body);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    auto gone = std::make_unique<PortalStore>(m_location);
    QVERIFY2(gone->open(&error), qPrintable(error));
    QVERIFY(gone->beginIdempotent(QStringLiteral("acme"), key, fingerprint, m_now));
    QVERIFY(!m_store->beginIdempotent(QStringLiteral("acme"), key, fingerprint, m_now)); // alive: its own
    const bool postgres = PortalDatabase::isPostgres(m_location);
    QCOMPARE(gone->instance() != 0, postgres);
    gone.reset();
    if (postgres) {
        // Its backend ends a moment after its connection closes.
        QSqlQuery q(raw());
        QTRY_VERIFY_WITH_TIMEOUT(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = "
                                  "'advisory' AND classid = 7310230::oid AND database = (SELECT oid FROM "
                                  "pg_database WHERE datname = current_database())"))
                && q.next() && q.value(0).toInt() == 1, // this test's portal alone
            10000);
    }
    const Reply retried = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), body,
                               { { "Idempotency-Key", key.toLatin1() } });
    if (postgres) {
        QCOMPARE(retried.status, 422); // checked: no documents
        QCOMPARE(retried.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_submittable"));
    } else {
        QCOMPARE(retried.status, 409);
        QCOMPARE(retried.json.value(QStringLiteral("error")).toString(), QStringLiteral("in_flight"));
        QCOMPARE(retried.retryAfter, QByteArrayLiteral("1"));
        QVERIFY(m_store->beginIdempotent(QStringLiteral("acme"), key, fingerprint,
                                         m_now.addSecs(PortalStore::kInFlightLeaseSeconds + 1)));
    }
}

void TestPortal::documentsInAFolder()
{
    // Issue 17: on PostgreSQL the documents' bytes go to a folder the instances share; the
    // database holds what describes them. What a client gets back is what it sent.
    QTemporaryDir folder;
    QString error;
    PortalStore filed(m_location);
    QVERIFY2(filed.open(&error), qPrintable(error));
    filed.setDocumentFolder(folder.path());
    PortalServer server(filed);
    server.setClock([this] { return m_now; });
    const quint16 portA = m_port;
    m_port = server.listen(m_tls, QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    const auto restore = qScopeGuard([&] { m_port = portA; });

    const QString id = newMandate();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploadAll(id, m_now.date().addDays(-5)), QString());
    const QList<PortalStore::StoredDocument> held = filed.documents(id, true);
    QCOMPARE(held.size(), 3);
    for (const PortalStore::StoredDocument& d : held) {
        QFile file(folder.filePath(d.sha256.left(2) + u'/' + d.sha256));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), d.sha256.toLatin1());
        QCOMPARE(d.bytes, bytes);
        const Reply r
            = call("GET", QStringLiteral("/api/v1/mandates/%1/documents/%2/%3").arg(id, d.kind, d.sha256));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, bytes);
    }
    // Not in the database.
    QSqlQuery q(raw());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE mandate_id = ? AND LENGTH(bytes) = 0"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    // Checked from the folder: the submission is taken.
    const Reply submitted
        = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), R"({"version":1})",
               { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
    QCOMPARE(submitted.status, 202);

    // Collection: the files nobody refers to go once old enough; the others stay.
    auto place = [&](const QString& name, const QByteArray& bytes, int ageHours) {
        const QString path = folder.filePath(name.left(2) + u'/' + name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return QString();
        file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600LL * ageHours),
                         QFileDevice::FileModificationTime);
        return path;
    };
    auto sha = [](const QByteArray& bytes) {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    };
    const QString oldOrphan = place(sha("let go of"), "let go of", 48);
    const QString youngOrphan = place(sha("on its way in"), "on its way in", 0);
    const QString leftover = place(sha("stopped") + QStringLiteral(".aB3dE9"), "stop", 48);
    QVERIFY(!oldOrphan.isEmpty() && !youngOrphan.isEmpty() && !leftover.isEmpty());
    for (const PortalStore::StoredDocument& d : held) {
        QFile file(folder.filePath(d.sha256.left(2) + u'/' + d.sha256));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600LL * 48),
                                 QFileDevice::FileModificationTime));
    }
    PortalStore::Collected collected;
    QVERIFY2(
        filed.collectDocumentFiles(QDateTime::currentDateTimeUtc().addSecs(-3600 * 24), &collected, &error),
        qPrintable(error));
    QCOMPARE(collected.removed, 2);
    QCOMPARE(collected.bytes, qint64(QByteArray("let go of").size() + 4));
    QCOMPARE(collected.kept, 4);
    QVERIFY(!QFile::exists(oldOrphan) && !QFile::exists(leftover) && QFile::exists(youngOrphan));
    for (const PortalStore::StoredDocument& d : held)
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/mandates/%1/documents/%2/%3").arg(id, d.kind, d.sha256)).body,
            d.bytes);
    // A document removed is collected with its file; stored again, its file is written again.
    const QString other = newMandate();
    const QByteArray kbis = Fixtures::textPdf({ Fixtures::kbisUpToDate(m_now.date()) });
    QCOMPARE(upload(other, QStringLiteral("kbis"), kbis).status, 201);
    const QString kbisPath = folder.filePath(sha(kbis).left(2) + u'/' + sha(kbis));
    QCOMPARE(
        call("DELETE", QStringLiteral("/api/v1/mandates/%1/documents/kbis/%2").arg(other, sha(kbis))).status,
        204);
    QFile aged(kbisPath);
    QVERIFY(aged.open(QIODevice::ReadWrite));
    QVERIFY(aged.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600LL * 48),
                             QFileDevice::FileModificationTime));
    aged.close();
    QVERIFY(
        filed.collectDocumentFiles(QDateTime::currentDateTimeUtc().addSecs(-3600 * 24), &collected, &error));
    QCOMPARE(collected.removed, 1);
    QVERIFY(!QFile::exists(kbisPath));
    QCOMPARE(upload(other, QStringLiteral("kbis"), kbis).status, 201);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/mandates/%1/documents/kbis/%2").arg(other, sha(kbis))).body,
             kbis);
    // Two collections at once: the second says so and touches nothing.
    QLockFile running(folder.filePath(QStringLiteral(".collecting.lock")));
    QVERIFY(running.lock());
    QVERIFY(!filed.collectDocumentFiles(QDateTime::currentDateTimeUtc(), &collected, &error));
    QVERIFY2(error.contains(QStringLiteral("another collection")), qPrintable(error));
}

void TestPortal::schemaSteps()
{
    // One schema, made and changed in steps for both databases: a database left at an earlier
    // step is brought to this portal's; one made by a newer portal is not opened.
    QSqlDatabase db = raw();
    QSqlQuery q(db);
    auto hasIndex = [&] {
        return q.exec(PortalDatabase::isPostgres(m_location)
                          ? QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = 'documents_sha256'")
                          : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = "
                                           "'documents_sha256'"))
            && q.next();
    };
    QVERIFY(hasIndex());
    QVERIFY(q.exec(QStringLiteral("DROP INDEX documents_sha256")));
    QVERIFY(!hasIndex());
    if (PortalDatabase::isPostgres(m_location))
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
    QString error;
    {
        PortalStore again(m_location);
        QVERIFY2(again.open(&error), qPrintable(error));
    }
    QVERIFY(hasIndex());
    if (!PortalDatabase::isPostgres(m_location))
        return; // SQLite's steps look at what is there (its databases have no step number)
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
    const int latest = q.value(0).toInt();
    QCOMPARE(latest, 4); // steps 2 to 4 made again (each may run over what is there)
    QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    {
        PortalStore newer(m_location);
        QVERIFY(!newer.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer than this portal")), qPrintable(error));
    }
    QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(latest)));
}

#include "TestPortal.moc"
