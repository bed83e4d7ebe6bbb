#include "Fixtures.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "TestCertificates.h"
#include "sync/PortalClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
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
    void unknownCertificateAuthorityRefused();
    void wrongHostAndExpiredRefused_data();
    void wrongHostAndExpiredRefused();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray etag;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {},
               QNetworkAccessManager* nam = nullptr);
    QString login(const QString& user, const QString& password);
    QJsonObject sampleMandate() const;
    QString uploadAll(const QString& id, const QDate& documentsDate);

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

    m_store.reset(new PortalStore(m_dir.filePath(QStringLiteral("portal.sqlite"))));
    QVERIFY2(m_store->open(&error), qPrintable(error));
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
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    r.etag = reply->rawHeader("ETag");
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
    // A submission still being processed under this key: 409.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body = R"({"version":1})";
    QVERIFY(m_store->beginIdempotent(key, id + u'|' + QString::fromLatin1(body), m_now));
    Reply r = call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), body,
                   { { "Idempotency-Key", key.toLatin1() } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("in_flight"));
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

QTEST_MAIN(TestPortal)
#include "TestPortal.moc"
