#include "DossierFixtures.h"
#include "Fixtures.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "TestCertificates.h"
#include "bundle/DossierArchive.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"
#include "sync/CredentialStore.h"
#include "sync/Outbox.h"
#include "sync/PortalSession.h"
#include "sync/Submission.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Mandat;

/*
 * End to end against a real reference portal on 127.0.0.1 over TLS, with certificates
 * made for the test: create, upload, submit, the operator decides, the client follows;
 * and the faults: portal down, answer lost after the portal committed, no right.
 */
class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void submitApproveValid();
    void rejectFixResubmit();
    void portalDownThenUp();
    void answerLostAfterCommit();
    void userWithoutRight();
    void backoffGrows();
    void serverErrorsThenSuccess();
    void slowAnswerAfterCommit();
    void schedulerSendsWhenReachable();
    void retryAfterOperatorDecisionPullsIt();
    void retriesKeepVersionAndDocuments();
    void replacedDocumentLeavesThePortal();
    void dateEnteredByHandReachesThePortal();
    void otherPortalStartsFromTheBeginning();
    void archiveStatusConfirmedBySync();
    void pinnedAuthorityAlone();
    void pinnedKeyWithoutAuthority();
    void pinnedKeyRefusesAnotherKey();
    void retryAfterRead_data();
    void retryAfterRead();
    void pacedByRetryAfter();
    void longRetryAfterWaitsForTheNextSync();
    void connectionsKeptForTheWholeSync();
    void loginClientKeepsItsConnection();
    void anotherSeatReceivesTheDossier();
    void oversizedAnswerRefused();

private:
    quint16 startPortal(QProcess* portal, const QString& db, const QStringList& options);
    Dossier readyDossier(const QString& name);
    bool queue(const QUuid& id);
    // Points `session` at this test's portal as the agent, trusting its certificate.
    bool configureSession(PortalSession& session);
    PortalClient client(const QString& user = QStringLiteral("agent"), quint16 port = 0);
    QSslCertificate certificate(const QString& name) const;
    PortalClient::Reply loginPinnedKey(quint16 port, const QByteArray& key);
    void decide(const QUuid& id, const QString& status, const QString& reason = {});

    QTemporaryDir m_dir;
    QScopedPointer<PortalStore> m_portalStore;
    QScopedPointer<PortalServer> m_server;
    quint16 m_port = 0;
    QSslConfiguration m_tls;
    QSslCertificate m_ca;
    FixedClock* m_clock = nullptr;
    Profile m_profile;
};

void TestSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_clock = new FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(m_clock);
    QSslConfiguration& tls = m_tls;
    QString error;
    QVERIFY2(TestCertificates::make(m_dir.path(), &tls, &m_ca, &error), qPrintable(error));
    m_portalStore.reset(new PortalStore(m_dir.filePath(QStringLiteral("portal.sqlite"))));
    QVERIFY(m_portalStore->open(&error));
    QVERIFY(m_portalStore->addUser(QStringLiteral("agent"), QStringLiteral("pw"), QStringLiteral("acme"),
                                   false, true, &error));
    QVERIFY(m_portalStore->addUser(QStringLiteral("viewer"), QStringLiteral("pw"), QStringLiteral("acme"),
                                   false, false, &error));
    m_server.reset(new PortalServer(*m_portalStore));
    m_server->setClock([this] { return m_clock->currentDateTimeUtc(); });
    m_port = m_server->listen(tls, QHostAddress::LocalHost, 0);
    QVERIFY(m_port);
    QVERIFY(m_profile.open(m_dir.filePath(QStringLiteral("profile")), &error));
}

void TestSync::cleanupTestCase()
{
    m_server.reset();
    m_portalStore.reset();
}

PortalClient TestSync::client(const QString& user, quint16 port)
{
    PortalClient c(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port ? port : m_port)));
    c.setPinned({ m_ca }); // the CA the user pinned in the settings
    c.setTimeoutMs(5000);
    if (!port)
        c.login(user, QStringLiteral("pw"));
    return c;
}

Dossier TestSync::readyDossier(const QString& name)
{
    QString error;
    const std::optional<Dossier> d
        = DossierFixtures::create(m_profile.dossiers(), name, m_clock->today(), &error);
    if (!d)
        qWarning("cannot make the dossier %s: %s", qPrintable(name), qPrintable(error));
    return d.value_or(Dossier());
}

bool TestSync::configureSession(PortalSession& session)
{
    QString error;
    if (session.configure(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)), QStringLiteral("agent"),
                          m_ca.toPem(), {}, &error))
        return true;
    qWarning("cannot configure the session: %s", qPrintable(error));
    return false;
}

bool TestSync::queue(const QUuid& id)
{
    // Through the one submission rule, as the user's paths go.
    const Submission::Result r = Submission::queue(m_profile, id);
    if (!r.queued())
        qWarning("not queued: %s", qPrintable(r.message));
    return r.queued();
}

void TestSync::decide(const QUuid& id, const QString& status, const QString& reason)
{
    auto m = m_portalStore->mandate(id.toString(QUuid::WithoutBraces));
    QVERIFY(m);
    m->status = status;
    if (status == QLatin1String("valid")) {
        m->validatedOn = m_clock->today();
        m->validUntil = m->validatedOn.addYears(1);
    } else {
        m->rejectionCode = QStringLiteral("operator");
        m->rejectionReason = reason;
    }
    QString error;
    QVERIFY(m_portalStore->setStatus(*m, m_clock->currentDateTimeUtc(), &error));
}

void TestSync::submitApproveValid()
{
    const Dossier d = readyDossier(QStringLiteral("valid"));
    PortalClient c = client();
    QVERIFY(!c.token().isEmpty());
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::Queued);
    QCOMPARE(Outbox(m_profile.database()).forDossier(d.id).size(), 1);

    SyncEngine::Report report = engine.syncOnce();
    QCOMPARE(report.sent.size(), 1);
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    QCOMPARE(m_portalStore->mandate(d.id.toString(QUuid::WithoutBraces))->status,
             QStringLiteral("under_review"));
    QCOMPARE(m_portalStore->documents(d.id.toString(QUuid::WithoutBraces), false).size(), 3);

    m_clock->advanceDays(2);
    decide(d.id, QStringLiteral("valid"));
    // Two days on, the session token has expired: the pull says so, and a new login fixes it.
    report = engine.syncOnce();
    QVERIFY(report.received.isEmpty());
    QCOMPARE(report.waiting.size(), 1);
    c.login(QStringLiteral("agent"), QStringLiteral("pw"));
    report = engine.syncOnce();
    QVERIFY(!report.received.isEmpty());
    const Dossier after = *m_profile.dossiers().dossier(d.id, nullptr);
    QCOMPARE(after.status, DossierStatus::Valid);
    QCOMPARE(after.validatedOn, QDate(2026, 11, 25));
    QCOMPARE(after.validUntil, QDate(2027, 11, 25));
    QCOMPARE(after.effectiveStatus(QDate(2027, 11, 24)), DossierStatus::Valid);
    QCOMPARE(after.effectiveStatus(QDate(2027, 11, 25)), DossierStatus::Expired);
    m_clock->advanceDays(-2);
}

void TestSync::rejectFixResubmit()
{
    const Dossier d = readyDossier(QStringLiteral("rejected"));
    PortalClient c = client();
    SyncEngine engine(m_profile, c);
    QString error;
    QVERIFY(queue(d.id));
    QCOMPARE(engine.syncOnce().sent.size(), 1);
    decide(d.id, QStringLiteral("rejected"), QStringLiteral("Le mandat n'est pas tamponné."));
    engine.syncOnce();
    Dossier local = *m_profile.dossiers().dossier(d.id, nullptr);
    QCOMPARE(local.status, DossierStatus::Rejected);
    QCOMPARE(local.rejectionReason, QStringLiteral("Le mandat n'est pas tamponné."));
    // Fixed by the user, submitted again: a new version on the portal.
    QVERIFY(m_profile.dossiers().setStatus(d.id, DossierStatus::NotSubmitted, {}, {}, QStringLiteral("me"),
                                           nullptr, &error));
    QVERIFY(queue(d.id));
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    const auto remote = m_portalStore->mandate(d.id.toString(QUuid::WithoutBraces));
    QCOMPARE(remote->status, QStringLiteral("under_review"));
    QCOMPARE(remote->version, 2);
}

void TestSync::portalDownThenUp()
{
    const Dossier d = readyDossier(QStringLiteral("down"));
    // A port where nothing listens: the portal is down.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    PortalClient down = client(QStringLiteral("agent"), deadPort);
    SyncEngine offline(m_profile, down);
    QVERIFY(queue(d.id));
    SyncEngine::Report report = offline.syncOnce();
    QCOMPARE(report.waiting.size(), 2); // the submission and the pull
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::Queued);
    Outbox outbox(m_profile.database());
    QCOMPARE(outbox.forDossier(d.id).first().attempts, 1);
    QVERIFY(!outbox.forDossier(d.id).first().lastError.isEmpty());

    // Up again, but the item waits for its backoff…
    PortalClient up = client();
    SyncEngine online(m_profile, up);
    QCOMPARE(online.syncOnce().sent.size(), 0);
    // …until it is due.
    m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(10));
    report = online.syncOnce();
    QCOMPARE(report.sent.size(), 1);
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    int underReview = 0;
    for (const auto& m : m_portalStore->mandates())
        underReview += m.id == d.id.toString(QUuid::WithoutBraces) ? 1 : 0;
    QCOMPARE(underReview, 1); // delivered once
}

void TestSync::answerLostAfterCommit()
{
    const Dossier d = readyDossier(QStringLiteral("lost"));
    PortalClient c = client();
    SyncEngine engine(m_profile, c);
    QString error;
    QVERIFY(queue(d.id));
    const Outbox::Item item = Outbox(m_profile.database()).forDossier(d.id).first();
    // The first attempt reached the portal and was committed, but its answer never came back:
    // play it by hand with the item's own key.
    SyncEngine firstTry(m_profile, c);
    Q_UNUSED(firstTry)
    QString id = d.id.toString(QUuid::WithoutBraces);
    QJsonObject body { { "name", d.name },
                       { "client", QJsonObject { { "legal_name", "ACME" } } },
                       { "numbers", QJsonArray { "+33162123456" } } };
    QCOMPARE(c.call("PUT", QStringLiteral("/api/v1/mandates/") + id, QJsonDocument(body).toJson()).status,
             201);
    for (const Document& doc : m_profile.dossiers().documents(d.id, &error)) {
        const QString kind = doc.kind == Document::Kind::Kbis ? QStringLiteral("kbis")
            : doc.kind == Document::Kind::Invoice             ? QStringLiteral("invoice")
                                                              : QStringLiteral("mandate");
        c.call("PUT", QStringLiteral("/api/v1/mandates/%1/documents/%2/%3").arg(id, kind, doc.sha256),
               m_profile.blobs().read(doc.sha256, &error));
    }
    QCOMPARE(c.call("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), R"({"version":1})",
                    { { "Idempotency-Key", item.idempotencyKey.toLatin1() } })
                 .status,
             202);
    // The retry finds the work done: no second submission, the local status follows.
    const SyncEngine::Report report = engine.syncOnce();
    QCOMPARE(report.sent.size(), 1);
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    QCOMPARE(m_portalStore->mandate(id)->version, 1);
}

void TestSync::userWithoutRight()
{
    const Dossier d = readyDossier(QStringLiteral("forbidden"));
    PortalClient c = client(QStringLiteral("viewer"));
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    const SyncEngine::Report report = engine.syncOnce();
    QCOMPARE(report.failed.size(), 1);
    QVERIFY2(report.failed.first().contains(QStringLiteral("droit")), qPrintable(report.failed.first()));
    const Dossier local = *m_profile.dossiers().dossier(d.id, nullptr);
    QCOMPARE(local.status, DossierStatus::NotSubmitted);
    QVERIFY(local.history.last().reason.contains(QStringLiteral("droit")));
    Outbox outbox(m_profile.database());
    QCOMPARE(outbox.forDossier(d.id).first().state, Outbox::State::Failed);
    // "Retry now" does not revive a refusal: retrying cannot fix it.
    QVERIFY(outbox.retryNow(d.id, m_clock->currentDateTimeUtc()));
    QCOMPARE(outbox.forDossier(d.id).first().state, Outbox::State::Failed);
    QVERIFY(outbox.due(m_clock->currentDateTimeUtc()).isEmpty());
}

void TestSync::backoffGrows()
{
    QCOMPARE(Outbox::backoffMs(1, 0), 5000);
    QCOMPARE(Outbox::backoffMs(2, 0), 10000);
    QCOMPARE(Outbox::backoffMs(3, 0), 20000);
    QCOMPARE(Outbox::backoffMs(30, 0), 3600 * 1000);
    QCOMPARE(Outbox::backoffMs(1, 1), 6000);
    QCOMPARE(Outbox::backoffMs(1, -1), 4000);
}

void TestSync::serverErrorsThenSuccess()
{
    const Dossier d = readyDossier(QStringLiteral("errors"));
    PortalClient c = client();
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    m_server->setFaults(2, 0, 0); // two 500s before it works
    Outbox outbox(m_profile.database());
    QList<QDateTime> next;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const SyncEngine::Report report = engine.syncOnce();
        QCOMPARE(report.sent.size(), 0);
        QCOMPARE(report.waiting.size(), 1);
        const Outbox::Item item = outbox.forDossier(d.id).first();
        QCOMPARE(item.attempts, attempt);
        next.append(item.nextAttemptAt);
        // Not due before its backoff…
        QCOMPARE(engine.syncOnce().waiting.size(), 0);
        m_clock->setNow(item.nextAttemptAt);
    }
    // …which grew: about 5 s, then about 10 s.
    QVERIFY(next.at(0) > m_clock->currentDateTimeUtc().addSecs(-30));
    const SyncEngine::Report report = engine.syncOnce();
    QCOMPARE(report.sent.size(), 1);
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    QCOMPARE(m_portalStore->mandate(d.id.toString(QUuid::WithoutBraces))->status,
             QStringLiteral("under_review"));
}

void TestSync::slowAnswerAfterCommit()
{
    // A portal of its own, as a process: it commits the submission, then answers too late.
    const QString db = m_dir.filePath(QStringLiteral("slow.sqlite"));
    QProcess add;
    add.start(QStringLiteral(MANDATDESK_PORTAL_PATH),
              { "--db", db, "user", "add", "agent", "--account", "acme", "--right", "mandates", "--password",
                "pw" });
    QVERIFY(add.waitForFinished(30000) && add.exitCode() == 0);
    QProcess portal;
    portal.start(QStringLiteral(MANDATDESK_PORTAL_PATH),
                 { "--db", db, "serve", "--cert", m_dir.filePath(QStringLiteral("server.pem")), "--key",
                   m_dir.filePath(QStringLiteral("server.key")), "--slow-submits", "1", "--delay-ms",
                   "2500" });
    QVERIFY(portal.waitForReadyRead(20000));
    const QByteArray line = portal.readLine().trimmed();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
    QVERIFY2(port, line.constData());

    const Dossier d = readyDossier(QStringLiteral("slow"));
    PortalClient c(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    c.setPinned({ m_ca });
    // The login costs the production password hash (seconds under ASan): only the
    // submission's answer must come too late.
    c.setTimeoutMs(30000);
    QCOMPARE(c.login(QStringLiteral("agent"), QStringLiteral("pw")).status, 200);
    c.setTimeoutMs(1000);
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    SyncEngine::Report report = engine.syncOnce();
    QCOMPARE(report.sent.size(), 0); // the answer timed out…
    QTest::qWait(2000); // (the portal finishes its late answer)
    m_clock->setNow(Outbox(m_profile.database()).forDossier(d.id).first().nextAttemptAt);
    report = engine.syncOnce();
    QCOMPARE(report.sent.size(), 1); // …the retry finds it done
    const PortalClient::Reply remote
        = c.call("GET", QStringLiteral("/api/v1/mandates/") + d.id.toString(QUuid::WithoutBraces));
    QCOMPARE(remote.json.value(QStringLiteral("status")).toString(), QStringLiteral("under_review"));
    QCOMPARE(remote.json.value(QStringLiteral("version")).toInt(), 1);
    int submissions = 0;
    for (const QJsonValue& ch :
         c.call("GET", QStringLiteral("/api/v1/changes")).json.value(QStringLiteral("changes")).toArray())
        submissions
            += ch.toObject().value(QStringLiteral("status")).toString() == QLatin1String("under_review") ? 1
                                                                                                         : 0;
    QCOMPARE(submissions, 1); // not submitted twice
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    portal.terminate();
    portal.waitForFinished(5000);
}

void TestSync::schedulerSendsWhenReachable()
{
    const Dossier d = readyDossier(QStringLiteral("scheduled"));
    PortalClient c = client();
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    SyncScheduler scheduler(engine);
    QSignalSpy synced(&scheduler, &SyncScheduler::synced);
    scheduler.start(50);
    // Nobody calls sync: the scheduler sends it on its own.
    QTRY_COMPARE_WITH_TIMEOUT(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview,
                              10000);
    QVERIFY(!synced.isEmpty());
    scheduler.stop();
    QVERIFY(!scheduler.isActive());
}

// A portal of its own, as a process (its faults need a thread of their own); 0 if it did not start.
quint16 TestSync::startPortal(QProcess* portal, const QString& db, const QStringList& options)
{
    QProcess add;
    add.start(QStringLiteral(MANDATDESK_PORTAL_PATH),
              { "--db", db, "user", "add", "agent", "--account", "acme", "--right", "mandates", "--password",
                "pw" });
    if (!add.waitForFinished(30000) || add.exitCode() != 0)
        return 0;
    portal->start(QStringLiteral(MANDATDESK_PORTAL_PATH),
                  QStringList { "--db", db, "serve", "--cert", m_dir.filePath(QStringLiteral("server.pem")),
                                "--key", m_dir.filePath(QStringLiteral("server.key")) }
                      + options);
    if (!portal->waitForReadyRead(20000))
        return 0;
    const QByteArray line = portal->readLine().trimmed();
    return quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
}

void TestSync::retryAfterOperatorDecisionPullsIt()
{
    // Issue 12.1: the submission's answer is lost, the operator approves, then the client retries.
    const QString db = m_dir.filePath(QStringLiteral("decided.sqlite"));
    QProcess portal;
    const quint16 port = startPortal(&portal, db, { "--slow-submits", "1", "--delay-ms", "2500" });
    QVERIFY(port);
    const Dossier d = readyDossier(QStringLiteral("decided while the answer was lost"));
    const QString id = d.id.toString(QUuid::WithoutBraces);
    PortalClient c(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    c.setPinned({ m_ca });
    // The login costs the production password hash (seconds under ASan): only the
    // submission's answer must come too late.
    c.setTimeoutMs(30000);
    QCOMPARE(c.login(QStringLiteral("agent"), QStringLiteral("pw")).status, 200);
    c.setTimeoutMs(1000);
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    QCOMPARE(engine.syncOnce().sent.size(), 0); // timed out: "will retry"
    QTest::qWait(2000);
    QProcess review;
    review.start(QStringLiteral(MANDATDESK_PORTAL_PATH), { "--db", db, "review", "approve", id });
    QVERIFY(review.waitForFinished(30000));
    QCOMPARE(review.exitCode(), 0);

    Outbox outbox(m_profile.database());
    m_clock->setNow(outbox.forDossier(d.id).first().nextAttemptAt);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    const PortalClient::Reply remote = c.call("GET", QStringLiteral("/api/v1/mandates/") + id);
    QCOMPARE(remote.json.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(remote.json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::Valid);
    QCOMPARE(outbox.forDossier(d.id).first().state, Outbox::State::Done);
    portal.terminate();
    portal.waitForFinished(5000);
}

void TestSync::retriesKeepVersionAndDocuments()
{
    // Issue 12.2: three failed submissions, then one that goes: one version, each document once.
    const Dossier d = readyDossier(QStringLiteral("retried"));
    const QString path = QStringLiteral("/api/v1/mandates/") + d.id.toString(QUuid::WithoutBraces);
    PortalClient c = client();
    int mandatePuts = 0;
    int documentPuts = 0;
    c.setTrace([&](const QByteArray& verb, const QString& p, int) {
        if (verb == "PUT" && p == path)
            ++mandatePuts;
        else if (verb == "PUT" && p.startsWith(path + QStringLiteral("/documents/")))
            ++documentPuts;
    });
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    m_server->setFaults(3, 0, 0);
    Outbox outbox(m_profile.database());
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QCOMPARE(engine.syncOnce().waiting.size(), 1);
        m_clock->setNow(outbox.forDossier(d.id).first().nextAttemptAt);
    }
    const SyncEngine::Report report = engine.syncOnce();
    QCOMPARE(report.sent.size(), 1);
    QCOMPARE(m_portalStore->mandate(d.id.toString(QUuid::WithoutBraces))->version, 1);
    QCOMPARE(mandatePuts, 1);
    QCOMPARE(documentPuts, 3);
}

void TestSync::replacedDocumentLeavesThePortal()
{
    // Issue 12.3: the portal holds a Kbis the dossier has since replaced by a fresh one.
    const Dossier d = readyDossier(QStringLiteral("replaced kbis"));
    const QString path = QStringLiteral("/api/v1/mandates/") + d.id.toString(QUuid::WithoutBraces);
    PortalClient c = client();
    const QJsonObject body { { "name", d.name },
                             { "client", QJsonObject { { "legal_name", "ACME" } } },
                             { "numbers", QJsonArray { "+33162123456" } } };
    QCOMPARE(c.call("PUT", path, QJsonDocument(body).toJson()).status, 201);
    const QByteArray stale
        = Fixtures::textPdf({ Fixtures::kbisUpToDate(m_clock->today().addMonths(-5), d.client.siren) });
    const QString staleSha
        = QString::fromLatin1(QCryptographicHash::hash(stale, QCryptographicHash::Sha256).toHex());
    QCOMPARE(c.call("PUT", path + QStringLiteral("/documents/kbis/") + staleSha, stale,
                    { { "Content-Type", "application/pdf" } })
                 .status,
             201);

    SyncEngine engine(m_profile, c);
    QVERIFY(queue(d.id));
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    const auto held = m_portalStore->documents(d.id.toString(QUuid::WithoutBraces), false);
    QCOMPARE(held.size(), 3);
    for (const auto& doc : held)
        QVERIFY(doc.sha256 != staleSha);
}

void TestSync::dateEnteredByHandReachesThePortal()
{
    // An invoice whose text gives no issue date, dated by hand in the dossier: the portal
    // gets the date with it (X-Issue-Date) and accepts the submission.
    const Dossier d = readyDossier(QStringLiteral("hand dated"));
    QString error;
    for (const Document& doc : m_profile.dossiers().documents(d.id, &error))
        if (doc.kind == Document::Kind::Invoice)
            QVERIFY(m_profile.dossiers().removeDocument(doc.id, &error));
    const QByteArray undated = Fixtures::textPdf({ Fixtures::invoiceWithoutIssueDate(
        m_clock->today().addMonths(-1), { QStringLiteral("01 62 12 34 56") }) });
    const DocumentIntake::Outcome added = DocumentIntake::add(
        m_profile.dossiers(), d.id, Document::Kind::Invoice, QStringLiteral("facture.pdf"), undated);
    QVERIFY2(added.document, qPrintable(added.error));
    QVERIFY(m_profile.dossiers().setDocumentDate(added.document->id, m_clock->today().addDays(-12), &error));
    QVERIFY(queue(d.id));
    PortalClient c = client();
    const SyncEngine::Report report = SyncEngine(m_profile, c).syncOnce();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    bool stated = false;
    for (const auto& doc : m_portalStore->documents(d.id.toString(QUuid::WithoutBraces), false))
        stated = stated
            || (doc.kind == QLatin1String("invoice") && doc.statedDate == m_clock->today().addDays(-12));
    QVERIFY(stated);
}

void TestSync::otherPortalStartsFromTheBeginning()
{
    // Issue 12.4: the cursor of one portal means nothing to another, nor to another account.
    MemoryCredentialStore credentials;
    PortalSession session(m_profile, credentials);
    QString error;
    const QUrl first(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    QVERIFY2(session.configure(first, QStringLiteral("agent"), m_ca.toPem(), {}, &error), qPrintable(error));
    QVERIFY2(session.login(QStringLiteral("pw"), &error), qPrintable(error));
    const Dossier sent = readyDossier(QStringLiteral("first portal"));
    QVERIFY(queue(sent.id));
    {
        std::unique_ptr<PortalClient> c = session.client();
        QVERIFY(c);
        SyncEngine(m_profile, *c).syncOnce();
    }
    const ProfileSettings settings(m_profile.database());
    QVERIFY(settings.value(QStringLiteral("portal.cursor")).toLongLong() > 2);

    // Another account on the same portal: its changes start from the beginning.
    QVERIFY2(session.configure(first, QStringLiteral("viewer"), m_ca.toPem(), {}, &error), qPrintable(error));
    QCOMPARE(settings.value(QStringLiteral("portal.cursor")), QString());
    QVERIFY2(session.configure(first, QStringLiteral("agent"), m_ca.toPem(), {}, &error), qPrintable(error));
    QVERIFY2(session.login(QStringLiteral("pw"), &error), qPrintable(error));
    {
        std::unique_ptr<PortalClient> c = session.client();
        SyncEngine(m_profile, *c).syncOnce();
    }

    // Another portal, where the operator already approved a mandate of this profile.
    PortalStore otherStore(m_dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY(otherStore.open(&error));
    QVERIFY(otherStore.addUser(QStringLiteral("agent"), QStringLiteral("pw"), QStringLiteral("acme"), false,
                               true, &error));
    const Dossier d = readyDossier(QStringLiteral("decided on the other portal"));
    PortalStore::Mandate m;
    m.id = d.id.toString(QUuid::WithoutBraces);
    m.account = QStringLiteral("acme");
    m.data = QJsonObject { { "name", d.name } };
    QVERIFY(otherStore.saveMandate(m, m_clock->currentDateTimeUtc(), &error));
    m.status = QStringLiteral("valid");
    m.validatedOn = m_clock->today();
    m.validUntil = m.validatedOn.addYears(1);
    QVERIFY(otherStore.setStatus(m, m_clock->currentDateTimeUtc(), &error));
    PortalServer other(otherStore);
    other.setClock([this] { return m_clock->currentDateTimeUtc(); });
    const quint16 otherPort = other.listen(m_tls, QHostAddress::LocalHost, 0);
    QVERIFY(otherPort);

    QVERIFY2(session.configure(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(otherPort)),
                               QStringLiteral("agent"), m_ca.toPem(), {}, &error),
             qPrintable(error));
    QVERIFY2(session.login(QStringLiteral("pw"), &error), qPrintable(error));
    std::unique_ptr<PortalClient> c = session.client();
    QVERIFY(c);
    const SyncEngine::Report report = SyncEngine(m_profile, *c).syncOnce();
    QVERIFY2(!report.received.isEmpty(), "the old cursor hid the other portal's decisions");
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::Valid);
}

void TestSync::archiveStatusConfirmedBySync()
{
    // Issue 12.6: statuses an archive brought wait for the portal's word.
    const Dossier known = readyDossier(QStringLiteral("archived, known to the portal"));
    PortalClient c = client();
    SyncEngine engine(m_profile, c);
    QVERIFY(queue(known.id));
    QCOMPARE(engine.syncOnce().sent.size(), 1);
    decide(known.id, QStringLiteral("valid"));
    engine.syncOnce();
    QCOMPARE(m_profile.dossiers().dossier(known.id, nullptr)->status, DossierStatus::Valid);
    // One the portal never saw, valid only on this computer's word.
    const Dossier unknown = readyDossier(QStringLiteral("archived, never sent"));
    QString error;
    for (DossierStatus::Status s :
         { DossierStatus::Queued, DossierStatus::UnderReview, DossierStatus::Valid })
        QVERIFY2(m_profile.dossiers().setStatus(unknown.id, s, {}, {}, QStringLiteral("me"), nullptr, &error),
                 qPrintable(error));
    Outbox(m_profile.database()).markDone(Outbox(m_profile.database()).forDossier(unknown.id).value(0).id);

    const QString path = m_dir.filePath(QStringLiteral("archived.zip"));
    DossierArchive::ExportSummary exported;
    QVERIFY2(DossierArchive::exportTo(m_profile, { known.id, unknown.id }, path, &exported, &error),
             qPrintable(error));
    DossierArchive::ImportSummary imported;
    QVERIFY2(DossierArchive::importFrom(m_profile, path, true, &imported, &error), qPrintable(error));
    QVERIFY(m_profile.dossiers().dossier(known.id, nullptr)->statusUnconfirmed);
    QVERIFY(m_profile.dossiers().dossier(unknown.id, nullptr)->statusUnconfirmed);

    engine.syncOnce();
    const Dossier confirmed = *m_profile.dossiers().dossier(known.id, nullptr);
    QCOMPARE(confirmed.status, DossierStatus::Valid);
    QVERIFY(!confirmed.statusUnconfirmed);
    const Dossier stillUnconfirmed = *m_profile.dossiers().dossier(unknown.id, nullptr);
    QCOMPARE(stillUnconfirmed.status, DossierStatus::Valid);
    QVERIFY(stillUnconfirmed.statusUnconfirmed);
}

void TestSync::pinnedAuthorityAlone()
{
    // Issue 12.5: the portal's authority is one the system trusts, but the user pinned another:
    // the pin decides.
    QSslCertificate otherCa;
    {
        const QList<QSslCertificate> certs
            = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("other-ca.pem")));
        QVERIFY(!certs.isEmpty());
        otherCa = certs.first();
    }
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration system = saved;
    system.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(system);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    PortalClient pinned(url); // a client of its own: no connection kept alive from another test
    pinned.setPinned({ otherCa });
    pinned.setTimeoutMs(5000);
    const PortalClient::Reply refused = pinned.login(QStringLiteral("agent"), QStringLiteral("pw"));
    PortalClient unpinned(url);
    unpinned.setTimeoutMs(5000);
    const PortalClient::Reply accepted = unpinned.login(QStringLiteral("agent"), QStringLiteral("pw"));
    QSslConfiguration::setDefaultConfiguration(saved);
    QCOMPARE(refused.status, 0);
    QVERIFY2(refused.networkError.contains(QStringLiteral("not trusted")), qPrintable(refused.networkError));
    QCOMPARE(accepted.status, 200); // without a pin, the system's authorities decide
}

QSslCertificate TestSync::certificate(const QString& name) const
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_dir.filePath(name));
    return certs.value(0);
}

PortalClient::Reply TestSync::loginPinnedKey(quint16 port, const QByteArray& key)
{
    // A client of its own: no connection kept alive from another test skips the handshake.
    PortalClient c(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    c.setPinnedKey(key);
    c.setTimeoutMs(5000);
    return c.login(QStringLiteral("agent"), QStringLiteral("pw"));
}

void TestSync::pinnedKeyWithoutAuthority()
{
    // Issue 12.5: the user pinned the portal's server key, and no authority this computer
    // trusts signed its certificate: that key is enough…
    const QByteArray key = PortalClient::keyHash(m_tls.localCertificate());
    QCOMPARE(key.size(), 32);
    const PortalClient::Reply accepted = loginPinnedKey(m_port, key);
    QCOMPARE(accepted.status, 200);
    // …for the portal's host name and within the certificate's dates only (same key).
    for (const QString& name : { QStringLiteral("wrong-host.pem"), QStringLiteral("expired.pem") }) {
        QSslConfiguration tls = m_tls;
        tls.setLocalCertificate(certificate(name));
        QCOMPARE(PortalClient::keyHash(tls.localCertificate()), key);
        PortalServer server(*m_portalStore);
        const quint16 port = server.listen(tls, QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const PortalClient::Reply refused = loginPinnedKey(port, key);
        QVERIFY2(refused.status == 0, qPrintable(name));
        QVERIFY2(refused.networkError.contains(QStringLiteral("not trusted")),
                 qPrintable(refused.networkError));
    }
    // Kept in the profile beside the authority, and used by the session's clients.
    QString error;
    MemoryCredentialStore credentials;
    PortalSession session(m_profile, credentials);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    QVERIFY(!session.configure(url, QStringLiteral("agent"), m_ca.toPem(), key, &error));
    PortalClient::Reply reply;
    QVERIFY2(session.login(url, QStringLiteral("agent"), {}, key, QStringLiteral("pw"), &reply, &error),
             qPrintable(error));
    QCOMPARE(session.pinnedKey(), key);
    QVERIFY(session.pinnedPem().isEmpty());
    QCOMPARE(session.pinnedFingerprint(), QString::fromLatin1(key.toHex(':')));
    std::unique_ptr<PortalClient> c = session.client();
    QVERIFY(c);
    QCOMPARE(c->call("GET", QStringLiteral("/api/v1/changes")).status, 200);
    QVERIFY2(session.configure(url, QStringLiteral("agent"), m_ca.toPem(), {}, &error), qPrintable(error));
    QVERIFY(session.pinnedKey().isEmpty());
}

void TestSync::pinnedKeyRefusesAnotherKey()
{
    // Issue 12.5: a key pin refuses any other key, even in a certificate for the right host
    // that an authority the system trusts signed.
    const QByteArray otherKey = PortalClient::keyHash(certificate(QStringLiteral("other-ca.pem")));
    QCOMPARE(otherKey.size(), 32);
    QVERIFY(otherKey != PortalClient::keyHash(m_tls.localCertificate()));
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration system = saved;
    system.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(system);
    const PortalClient::Reply trustedButOtherKey = loginPinnedKey(m_port, otherKey);
    QSslConfiguration::setDefaultConfiguration(saved);
    QCOMPARE(trustedButOtherKey.status, 0);
    QVERIFY2(trustedButOtherKey.networkError.contains(QStringLiteral("pinned key")),
             qPrintable(trustedButOtherKey.networkError));
    // A second portal with a certificate of its own, the pin being the first portal's key.
    QFile otherKeyFile(m_dir.filePath(QStringLiteral("other-ca.key")));
    QVERIFY(otherKeyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = m_tls;
    tls.setLocalCertificate(certificate(QStringLiteral("other-ca.pem")));
    tls.setPrivateKey(QSslKey(otherKeyFile.readAll(), QSsl::Rsa));
    PortalServer other(*m_portalStore);
    const quint16 port = other.listen(tls, QHostAddress::LocalHost, 0);
    QVERIFY(port);
    const PortalClient::Reply refused = loginPinnedKey(port, PortalClient::keyHash(m_tls.localCertificate()));
    QCOMPARE(refused.status, 0);
    QVERIFY2(refused.networkError.contains(QStringLiteral("pinned key")), qPrintable(refused.networkError));
}

void TestSync::retryAfterRead_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    // Read on Monday 23 November 2026, 09:00:00 UTC.
    QTest::newRow("seconds") << QByteArray("32") << qint64(32000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("a day") << QByteArray("86400") << qint64(86400000);
    QTest::newRow("IMF-fixdate") << QByteArray("Mon, 23 Nov 2026 09:00:45 GMT") << qint64(45000);
    QTest::newRow("date in an hour") << QByteArray("Mon, 23 Nov 2026 10:00:00 GMT") << qint64(3600000);
    QTest::newRow("date past") << QByteArray("Sun, 22 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("RFC 850") << QByteArray("Monday, 23-Nov-26 09:01:00 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArray("Mon Nov 23 09:02:00 2026") << qint64(120000);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("words") << QByteArray("in a minute") << qint64(-1);
    QTest::newRow("date without zone") << QByteArray("Mon, 23 Nov 2026 09:00:45") << qint64(-1);
}

void TestSync::retryAfterRead()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    QCOMPARE(PortalClient::retryAfterMs(value, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)), ms);
}

void TestSync::pacedByRetryAfter()
{
    // Issue 15: a portal that states 3 requests a minute. The sync waits each time for the
    // minute to turn, as Retry-After says, and completes; nothing fails, nothing is lost.
    const Dossier d = readyDossier(QStringLiteral("paced"));
    PortalClient c = client();
    QList<qint64> waits;
    c.setWait([&](qint64 ms) {
        waits.append(ms);
        m_clock->setNow(m_clock->currentDateTimeUtc().addMSecs(ms)); // the portal's clock too
    });
    int limited = 0;
    c.setTrace([&](const QByteArray&, const QString&, int status) { limited += status == 429 ? 1 : 0; });
    // Earlier tests' changes are read first: this test counts this dossier's requests.
    SyncEngine::Report earlier;
    QVERIFY(SyncEngine(m_profile, c).pull(&earlier));
    m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(120)); // buckets of earlier tests are gone
    m_server->setRequestsPerMinute(3);
    const auto restore
        = qScopeGuard([this] { m_server->setRequestsPerMinute(PortalServer::kRequestsPerMinute); });
    // The limit is stated (a request without a token, counted for the address).
    const PortalClient::Reply limits = c.call("GET", QStringLiteral("/api/v1/limits"));
    QCOMPARE(limits.json.value(QStringLiteral("requests_per_minute")).toInt(), 3);

    QVERIFY(queue(d.id));
    const qint64 firstWait = (60 - m_clock->currentDateTimeUtc().toSecsSinceEpoch() % 60) * 1000;
    SyncEngine engine(m_profile, c);
    const SyncEngine::Report report = engine.syncOnce();
    // GET, PUT, three documents, submit and the changes: 3 + 3 + 1 over three minutes.
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QVERIFY2(report.waiting.isEmpty(), qPrintable(report.waiting.join(u'\n')));
    QCOMPARE(report.sent.size(), 1);
    QCOMPARE(waits, (QList<qint64> { firstWait, 60000 }));
    // The documents go together: two refused, sent again after one wait; then the changes.
    QCOMPARE(limited, 3);
    QCOMPARE(report.pauses, 2);
    QCOMPARE(report.pausedMs, firstWait + 60000);
    QCOMPARE(
        report.pacing,
        QStringLiteral("The portal asked to slow down: waited %1 s in all.").arg((firstWait + 60000) / 1000));
    QCOMPARE(m_profile.dossiers().dossier(d.id, nullptr)->status, DossierStatus::UnderReview);
    QCOMPARE(m_portalStore->mandate(d.id.toString(QUuid::WithoutBraces))->status,
             QStringLiteral("under_review"));
    QCOMPARE(m_portalStore->documents(d.id.toString(QUuid::WithoutBraces), false).size(), 3);
    // A sync without pauses says nothing about them.
    m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(60));
    const SyncEngine::Report quiet = engine.syncOnce();
    QCOMPARE(quiet.pauses, 0);
    QVERIFY(quiet.pacing.isEmpty());
}

void TestSync::longRetryAfterWaitsForTheNextSync()
{
    // Issue 15: the portal goes down for maintenance for 10 minutes in the middle of a
    // dossier (its Retry-After a date). That is longer than a sync waits: the dossier and the
    // next one wait for a later sync, without a failure and without a grown backoff; then only
    // what the portal lacks is sent.
    const Dossier first = readyDossier(QStringLiteral("maintenance, first"));
    const Dossier second = readyDossier(QStringLiteral("maintenance, second"));
    PortalClient c = client();
    QList<qint64> waits;
    c.setWait([&](qint64 ms) { waits.append(ms); });
    QHash<QString, QList<int>> documentPuts; // path -> statuses
    int changes = 0;
    c.setTrace([&](const QByteArray& verb, const QString& path, int status) {
        if (verb == "PUT" && path.contains(QStringLiteral("/documents/")))
            documentPuts[path].append(status);
        changes += path.startsWith(QStringLiteral("/api/v1/changes")) ? 1 : 0;
    });
    m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(120));
    QVERIFY(queue(first.id));
    QVERIFY(queue(second.id));
    m_server->setMaintenance(3, 600); // the mandate's GET and PUT, one document, then down
    const auto restore = qScopeGuard([this] { m_server->setMaintenance(-1, 0); });
    const QDateTime start = m_clock->currentDateTimeUtc();
    SyncEngine engine(m_profile, c);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY(waits.isEmpty()); // not waited out
    QCOMPARE(report.pauses, 0);
    QVERIFY(report.sent.isEmpty());
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(report.waiting.size(), 3);
    QVERIFY2(report.waiting.at(0).contains(QStringLiteral("wait 10 min")), qPrintable(report.waiting.at(0)));
    QCOMPARE(report.waiting.at(1), QStringLiteral("1 more dossier(s) left for the next sync."));
    QCOMPARE(changes, 0); // nor asked for the changes
    Outbox outbox(m_profile.database());
    const Outbox::Item deferred = outbox.forDossier(first.id).first();
    QCOMPARE(deferred.state, Outbox::State::Queued);
    QCOMPARE(deferred.attempts, 0);
    // The portal's date, to its second.
    QCOMPARE(deferred.nextAttemptAt,
             QDateTime::fromSecsSinceEpoch(start.addSecs(600).toSecsSinceEpoch(), Qt::UTC));
    QVERIFY(outbox.forDossier(second.id).first().nextAttemptAt <= start);
    QCOMPARE(m_profile.dossiers().dossier(first.id, nullptr)->status, DossierStatus::Queued);
    QCOMPARE(m_profile.dossiers().dossier(second.id, nullptr)->status, DossierStatus::Queued);

    // The next sync after the maintenance sends both; each document went once.
    m_clock->setNow(start.addSecs(600));
    const SyncEngine::Report later = engine.syncOnce();
    QVERIFY2(later.failed.isEmpty(), qPrintable(later.failed.join(u'\n')));
    QCOMPARE(later.sent.size(), 2);
    QCOMPARE(m_profile.dossiers().dossier(first.id, nullptr)->status, DossierStatus::UnderReview);
    QCOMPARE(m_profile.dossiers().dossier(second.id, nullptr)->status, DossierStatus::UnderReview);
    QCOMPARE(documentPuts.size(), 6);
    int refused = 0;
    for (auto it = documentPuts.cbegin(); it != documentPuts.cend(); ++it) {
        refused += int(it->count(503));
        QCOMPARE(it->count(201), 1); // stored once, never sent again once stored
        QCOMPARE(it->count(200), 0);
    }
    QCOMPARE(refused, 2); // the documents go together: one stored, the two beside it refused
}

void TestSync::connectionsKeptForTheWholeSync()
{
    // Issue 15: a login and the sync of three dossiers (18 calls and the changes) over
    // kept-alive connections: the login's, and those the documents sent together open (three
    // a dossier), each used again by the next dossier.
    MemoryCredentialStore credentials;
    PortalSession session(m_profile, credentials);
    QString error;
    QVERIFY(configureSession(session));
    QList<QUuid> ids;
    for (int i = 0; i < 3; ++i) {
        const Dossier d = readyDossier(QStringLiteral("one connection %1").arg(i));
        QVERIFY(queue(d.id));
        ids.append(d.id);
    }
    int calls = 0;
    const int before = m_server->connections();
    std::unique_ptr<PortalClient> c = session.loginClient(QStringLiteral("pw"), &error);
    QVERIFY2(c, qPrintable(error));
    c->setTrace([&](const QByteArray&, const QString&, int) { ++calls; });
    const SyncEngine::Report report = SyncEngine(m_profile, *c).syncOnce();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QCOMPARE(report.sent.size(), 3);
    QVERIFY(calls >= 19);
    const int connections = m_server->connections() - before;
    QVERIFY2(connections >= 1 && connections <= 3, qPrintable(QString::number(connections)));
    for (const QUuid& id : std::as_const(ids))
        QCOMPARE(m_profile.dossiers().dossier(id, nullptr)->status, DossierStatus::UnderReview);
}

void TestSync::loginClientKeepsItsConnection()
{
    // What `sync --password-stdin` does: the client that logged in is the one that syncs,
    // on the login's connection; the session keeps the token for the others.
    MemoryCredentialStore credentials;
    PortalSession session(m_profile, credentials);
    QString error;
    QVERIFY(configureSession(session));
    const int before = m_server->connections();
    std::unique_ptr<PortalClient> c = session.loginClient(QStringLiteral("pw"), &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(!c->token().isEmpty());
    QVERIFY(session.isLoggedIn());
    QCOMPARE(c->call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    QCOMPARE(m_server->connections() - before, 1);
    // A client built from the session afterwards is another connection, with the same token.
    std::unique_ptr<PortalClient> other = session.client();
    QVERIFY(other);
    QCOMPARE(other->token(), c->token());
    QCOMPARE(other->call("GET", QStringLiteral("/api/v1/changes?since=999999")).status, 200);
    QCOMPARE(m_server->connections() - before, 2);
    // A refused login gives no client.
    QVERIFY(!session.loginClient(QStringLiteral("wrong"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestSync)
void TestSync::anotherSeatReceivesTheDossier()
{
    // Issue 16: seat B of the account receives what seat A pushed, documents included, each
    // checked against its hash; bytes that are not what the portal listed are refused, nothing
    // is kept, and the next sync takes the dossier once the portal serves the right bytes.
    QTemporaryDir seatDir;
    Profile seat;
    QString error;
    QVERIFY2(seat.open(seatDir.filePath(QStringLiteral("b")), &error), qPrintable(error));
    PortalClient b = client();
    SyncEngine seatEngine(seat, b);
    // Seat B catches up with what earlier tests pushed.
    const SyncEngine::Report caughtUp = seatEngine.syncOnce();
    QVERIFY2(caughtUp.failed.isEmpty() && caughtUp.waiting.isEmpty(),
             qPrintable((caughtUp.failed + caughtUp.waiting).join(u'\n')));
    const qsizetype before = seat.dossiers().dossierCount();
    QVERIFY(before > 0);

    m_clock->setNow(m_clock->currentDateTimeUtc().addSecs(120));
    const Dossier shared = readyDossier(QStringLiteral("seat A's client"));
    const Dossier corrupted = readyDossier(QStringLiteral("seat A's other client"));
    PortalClient a = client();
    QVERIFY(queue(shared.id));
    QVERIFY(queue(corrupted.id));
    const SyncEngine::Report pushed = SyncEngine(m_profile, a).syncOnce();
    QCOMPARE(pushed.sent.size(), 2);

    // The portal's copy of one document of the second dossier is damaged.
    QList<Document> originals = m_profile.dossiers().documents(corrupted.id, &error);
    QCOMPARE(originals.size(), 3);
    const QString damaged = originals.first().sha256;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_dir.filePath(QStringLiteral("portal.sqlite")));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        q.prepare(QStringLiteral("UPDATE documents SET bytes = ? WHERE mandate_id = ? AND sha256 = ?"));
        q.addBindValue(QByteArray("%PDF-1.4 not what was sent"));
        q.addBindValue(corrupted.id.toString(QUuid::WithoutBraces));
        q.addBindValue(damaged);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const auto closeRaw = qScopeGuard([] { QSqlDatabase::removeDatabase(QStringLiteral("raw")); });

    const SyncEngine::Report received = seatEngine.syncOnce();
    QVERIFY2(received.received.contains(QStringLiteral("seat A's client: received from the portal")),
             qPrintable(received.received.join(u'\n')));
    QCOMPARE(received.waiting.size(), 1);
    QVERIFY2(received.waiting.first().contains(QStringLiteral("does not match its SHA-256")),
             qPrintable(received.waiting.first()));
    // The first dossier, as seat A holds it, under review.
    const std::optional<Dossier> got = seat.dossiers().dossier(shared.id, &error);
    QVERIFY2(got, qPrintable(error));
    QCOMPARE(got->name, shared.name);
    QCOMPARE(got->numbers, shared.numbers);
    QCOMPARE(got->client.siren, shared.client.siren);
    QCOMPARE(got->use, shared.use);
    QCOMPARE(got->status, DossierStatus::UnderReview);
    QStringList mine;
    QHash<QString, Document> minesByHash;
    for (const Document& doc : m_profile.dossiers().documents(shared.id, &error)) {
        mine.append(doc.sha256);
        minesByHash.insert(doc.sha256, doc);
    }
    QStringList theirs;
    int datesRead = 0;
    for (const Document& doc : seat.dossiers().documents(shared.id, &error)) {
        theirs.append(doc.sha256);
        // Stored like a local one: the bytes in the profile, the kind, the date read from the text.
        QCOMPARE(QCryptographicHash::hash(seat.blobs().read(doc.sha256, &error), QCryptographicHash::Sha256)
                     .toHex(),
                 doc.sha256.toLatin1());
        const Document original = minesByHash.value(doc.sha256);
        QCOMPARE(doc.kind, original.kind);
        QCOMPARE(doc.originalName, original.originalName);
        if (original.dateSource == Document::DateSource::FoundInText) {
            QCOMPARE(doc.issueDate, original.issueDate);
            ++datesRead;
        }
    }
    QVERIFY(datesRead >= 2); // the Kbis's and the invoice's
    mine.sort();
    theirs.sort();
    QCOMPARE(theirs, mine);
    // The damaged one: nothing of it kept.
    QVERIFY(!seat.dossiers().dossier(corrupted.id, nullptr));
    QCOMPARE(seat.dossiers().dossierCount(), before + 1);

    // Repaired on the portal: the next sync takes it (its change was not passed over).
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw")));
        q.prepare(QStringLiteral("UPDATE documents SET bytes = ? WHERE mandate_id = ? AND sha256 = ?"));
        q.addBindValue(m_profile.blobs().read(damaged, &error));
        q.addBindValue(corrupted.id.toString(QUuid::WithoutBraces));
        q.addBindValue(damaged);
        QVERIFY(q.exec());
    }
    const SyncEngine::Report again = seatEngine.syncOnce();
    QVERIFY2(again.waiting.isEmpty(), qPrintable(again.waiting.join(u'\n')));
    QVERIFY(seat.dossiers().dossier(corrupted.id, nullptr));
    QCOMPARE(seat.dossiers().documents(corrupted.id, &error).size(), 3);

    // The operator's decision reaches both seats.
    decide(shared.id, QStringLiteral("valid"));
    seatEngine.syncOnce();
    QCOMPARE(seat.dossiers().dossier(shared.id, nullptr)->status, DossierStatus::Valid);

    // A listing no later sync would make takeable (a kind of document the API does not have):
    // said, passed over, and the dossiers after it still come.
    const Dossier odd = readyDossier(QStringLiteral("odd listing"));
    const Dossier after = readyDossier(QStringLiteral("after the odd one"));
    QVERIFY(queue(odd.id));
    QVERIFY(queue(after.id));
    QCOMPARE(SyncEngine(m_profile, a).syncOnce().sent.size(), 2);
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw")));
        q.prepare(
            QStringLiteral("UPDATE documents SET kind = 'passport' WHERE mandate_id = ? AND kind = 'kbis'"));
        q.addBindValue(odd.id.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const SyncEngine::Report oddOne = seatEngine.syncOnce();
    QCOMPARE(
        oddOne.failed,
        QStringList { QStringLiteral("odd listing: the portal lists a document that cannot be asked for.") });
    QVERIFY(!seat.dossiers().dossier(odd.id, nullptr));
    QVERIFY(seat.dossiers().dossier(after.id, nullptr));
}

void TestSync::oversizedAnswerRefused()
{
    // A portal (or what stands in for it) that answers without end: the client stops reading
    // past its cap and says so, whether the size is announced or not.
    for (const bool announced : { true, false }) {
        QSslServer server;
        server.setSslConfiguration(m_tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        qint64 sent = 0;
        QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                socket->readAll();
                if (sent > 0)
                    return;
                socket->write(announced ? QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4000000000\r\n\r\n")
                                        : QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"));
                auto* pump = new QTimer(socket); // goes with the socket, itself with the server
                QObject::connect(pump, &QTimer::timeout, socket, [&sent, socket, pump] {
                    if (socket->state() != QAbstractSocket::ConnectedState || sent > 64 * 1024 * 1024)
                        pump->stop();
                    else
                        sent += socket->write(QByteArray(1024 * 1024, 'x'));
                });
                pump->start(0);
            });
        });
        PortalClient c(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        c.setPinned({ m_ca });
        c.setTimeoutMs(20000);
        const PortalClient::Reply r = c.call("GET", QStringLiteral("/api/v1/mandates/x/documents/kbis/y"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.message(), QStringLiteral("The portal's answer is larger than 32 MiB: it is refused."));
    }
}

#include "TestSync.moc"
