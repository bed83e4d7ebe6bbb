#include "DossierFixtures.h"
#include "Fixtures.h"
#include "PortalDatabase.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "TestCertificates.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"
#include "sync/Conflicts.h"
#include "sync/Submission.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QDirIterator>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

namespace {

/*
 * A TCP relay between a seat and the portal: TLS goes through it end to end. Once cut() is
 * called, every connection is closed after it relayed `allowed` more bytes from the portal: an
 * answer cut in the middle, as a network that drops.
 */
class Relay : public QObject
{
public:
    explicit Relay(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                auto* portal = new QTcpSocket(client);
                auto* relayed = new qint64(0);
                connect(client, &QObject::destroyed, [relayed] { delete relayed; });
                connect(client, &QTcpSocket::readyRead, portal,
                        [client, portal] { portal->write(client->readAll()); });
                connect(portal, &QTcpSocket::readyRead, client, [this, client, portal, relayed] {
                    QByteArray bytes = portal->readAll();
                    if (m_armed) {
                        const qint64 left = m_allowed - *relayed;
                        *relayed += bytes.size();
                        if (left <= bytes.size()) {
                            client->write(bytes.left(qMax<qint64>(left, 0)));
                            client->flush();
                            ++m_cuts;
                            client->abort();
                            portal->abort();
                            return;
                        }
                    }
                    client->write(bytes);
                });
                connect(client, &QTcpSocket::disconnected, portal, &QTcpSocket::disconnectFromHost);
                connect(portal, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                portal->connectToHost(QHostAddress::LocalHost, m_target);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    void cut(qint64 allowed)
    {
        m_allowed = allowed;
        m_armed = true;
    }
    void mend() { m_armed = false; }
    int cuts() const { return m_cuts; }

private:
    QTcpServer m_server;
    quint16 m_target;
    bool m_armed = false;
    qint64 m_allowed = 0;
    int m_cuts = 0;
};

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

/*
 * Issue 16, end to end: three seats of one account (three profiles, three logins) and the real
 * reference portal over TLS. A shares a dossier; B receives it with its documents (after a
 * download cut midway, which leaves nothing, and a document whose bytes do not match its hash,
 * which is refused); A and B edit it offline, B's push gets 412 and B takes each field from one
 * side; A submits; the operator approves; B and a fresh seat C see it valid.
 */
class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeSeats();
    void rights();
    void refusedShareWaitsForAnEdit();

private:
    bool openSeat(Profile& profile, const QString& dir, const QString& login);
    PortalClient client(const QString& login, quint16 port = 0);
    SyncEngine::Report sync(Profile& profile, const QString& login, quint16 port = 0,
                            const PortalClient::Trace& trace = {});

    QTemporaryDir m_dir;
    QScopedPointer<PortalStore> m_portalStore;
    QString m_location; // SQLite, or PostgreSQL (portal_on_postgresql)
    QScopedPointer<PortalServer> m_server;
    quint16 m_port = 0;
    QSslConfiguration m_tls;
    QSslCertificate m_ca;
    FixedClock* m_clock = nullptr;
};

void TestTeam::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_clock = new FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(m_clock);
    QString error;
    QVERIFY2(TestCertificates::make(m_dir.path(), &m_tls, &m_ca, &error), qPrintable(error));
    PortalStore::setPasswordIterations(1000);
    m_location = PortalDatabase::location(m_dir.path(), &error);
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
    m_portalStore.reset(new PortalStore(m_location));
    QVERIFY2(m_portalStore->open(&error), qPrintable(error));
    for (const QString& login :
         { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("erin") })
        QVERIFY(
            m_portalStore->addUser(login, QStringLiteral("pw"), QStringLiteral("acme"), false, true, &error));
    QVERIFY(m_portalStore->addUser(QStringLiteral("dora"), QStringLiteral("pw"), QStringLiteral("acme"),
                                   false, false, &error));
    m_server.reset(new PortalServer(*m_portalStore));
    m_server->setClock([this] { return m_clock->currentDateTimeUtc(); });
    m_port = m_server->listen(m_tls, QHostAddress::LocalHost, 0);
    QVERIFY(m_port);
}

void TestTeam::cleanupTestCase()
{
    m_server.reset();
    m_portalStore.reset();
}

bool TestTeam::openSeat(Profile& profile, const QString& dir, const QString& login)
{
    QString error;
    if (!profile.open(m_dir.filePath(dir), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    // The seat's portal, account and pinned authority, as Settings or `portal login` keep them.
    return ProfileSettings(profile.database())
        .setPortal(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)), login, m_ca.toPem(), {});
}

PortalClient TestTeam::client(const QString& login, quint16 port)
{
    PortalClient c(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port ? port : m_port)));
    c.setPinned({ m_ca });
    c.setTimeoutMs(5000);
    c.login(login, QStringLiteral("pw"));
    return c;
}

SyncEngine::Report TestTeam::sync(Profile& profile, const QString& login, quint16 port,
                                  const PortalClient::Trace& trace)
{
    PortalClient c = client(login, port);
    if (trace)
        c.setTrace(trace);
    return SyncEngine(profile, c).syncOnce();
}

void TestTeam::threeSeats()
{
    Profile a;
    Profile b;
    QVERIFY(openSeat(a, QStringLiteral("a"), QStringLiteral("alice")));
    QVERIFY(openSeat(b, QStringLiteral("b"), QStringLiteral("bob")));
    QString error;

    // A: a dossier ready to submit, shared as a draft (the team's setting).
    QVERIFY(ProfileSettings(a.database()).setShareDrafts(true));
    const std::optional<Dossier> made
        = DossierFixtures::create(a.dossiers(), QStringLiteral("Acme"), m_clock->today(), &error);
    QVERIFY2(made, qPrintable(error));
    const QUuid id = made->id;
    const QString remoteId = id.toString(QUuid::WithoutBraces);
    SyncEngine::Report r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QVERIFY2(r.sent.contains(QStringLiteral("Acme: shared with the team")), qPrintable(r.sent.join(u'\n')));
    QCOMPARE(m_portalStore->mandate(remoteId)->status, QStringLiteral("not_submitted"));
    QCOMPARE(m_portalStore->documents(remoteId, false).size(), 3);
    // Shared once: a second sync sends nothing.
    r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.sent.isEmpty(), qPrintable(r.sent.join(u'\n')));

    // B: the portal is cut while the documents come down. Nothing is kept, not a dossier, not a
    // byte; the next sync takes it whole.
    Relay relay(m_port);
    const QStringList blobsBefore = filesUnder(b.blobs().root());
    bool armed = false;
    r = sync(b, QStringLiteral("bob"), relay.port(),
             [&](const QByteArray& verb, const QString& path, int status) {
                 if (!armed && verb == "GET" && path == QStringLiteral("/api/v1/mandates/") + remoteId
                     && status == 200) {
                     armed = true;
                     relay.cut(600); // the next answers are the documents: each stops after 600 bytes
                 }
             });
    QVERIFY(armed);
    QVERIFY(relay.cuts() > 0);
    QVERIFY2(!r.waiting.isEmpty()
                 && r.waiting.join(u'\n').contains(QStringLiteral("could not be downloaded")),
             qPrintable(r.waiting.join(u'\n')));
    QVERIFY(!b.dossiers().dossier(id, nullptr));
    QCOMPARE(b.dossiers().dossierCount(), 0);
    QCOMPARE(filesUnder(b.blobs().root()), blobsBefore);
    relay.mend();
    r = sync(b, QStringLiteral("bob"), relay.port());
    QVERIFY2(r.waiting.isEmpty() && r.failed.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QVERIFY2(r.received.contains(QStringLiteral("Acme: received from the portal")),
             qPrintable(r.received.join(u'\n')));
    std::optional<Dossier> onB = b.dossiers().dossier(id, &error);
    QVERIFY2(onB, qPrintable(error));
    QCOMPARE(SyncState::content(*onB), SyncState::content(*made));
    QCOMPARE(SyncState::documentKeys(b.dossiers().documents(id, nullptr)),
             SyncState::documentKeys(a.dossiers().documents(id, nullptr)));
    QCOMPARE(SyncState(b.database()).lastChange(id).by, QStringLiteral("alice"));
    // The documents' facts came with them: the scanned mandate's signature and stamp, confirmed
    // on A, are confirmed on B, which could submit the dossier as well.
    bool confirmed = false;
    for (const Document& doc : b.dossiers().documents(id, nullptr))
        confirmed |= doc.kind == Document::Kind::SignedMandate && doc.signatureConfirmed;
    QVERIFY(confirmed);
    QCOMPARE(Submission::check(b, id).outcome, Submission::Outcome::Ready);

    // A adds a second invoice, named as a browser saves it (what the portal refuses in a name is
    // replaced). The portal's copy of it is damaged: B refuses it and keeps what it had, and the
    // changes after it still come (a dossier A shares next); once the portal holds the right
    // bytes, B takes it, though the feed went past it.
    Document invoice;
    invoice.dossierId = id;
    invoice.kind = Document::Kind::Invoice;
    invoice.originalName = QStringLiteral("Facture \"Orange\" <novembre>.pdf");
    const QByteArray invoiceBytes = Fixtures::textPdf(
        { Fixtures::invoiceOperator(m_clock->today().addDays(-5), { QStringLiteral("01 62 12 34 56") }) });
    QVERIFY2(a.dossiers().addDocument(invoice, invoiceBytes, &error), qPrintable(error));
    QVERIFY(a.dossiers().setDocumentDate(invoice.id, m_clock->today().addDays(-5), &error));
    r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QCOMPARE(m_portalStore->documents(remoteId, false).size(), 4);
    QCOMPARE(m_portalStore->document(remoteId, QStringLiteral("invoice"), invoice.sha256)->name,
             QStringLiteral("Facture _Orange_ _novembre_.pdf"));
    {
        QSqlDatabase raw = PortalDatabase::raw(m_location, QStringLiteral("raw"));
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw);
        q.prepare(QStringLiteral("UPDATE documents SET bytes = ? WHERE mandate_id = ? AND sha256 = ?"));
        q.addBindValue(QByteArray("%PDF-1.4 not what was sent"));
        q.addBindValue(remoteId);
        q.addBindValue(invoice.sha256);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        const std::optional<Dossier> next
            = DossierFixtures::create(a.dossiers(), QStringLiteral("Beta"), m_clock->today(), &error);
        QVERIFY2(next, qPrintable(error));
        r = sync(a, QStringLiteral("alice"));
        QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
        r = sync(b, QStringLiteral("bob"));
        QVERIFY2(r.waiting.join(u'\n').contains(QStringLiteral("does not match its SHA-256")),
                 qPrintable(r.waiting.join(u'\n')));
        QCOMPARE(b.dossiers().documents(id, nullptr).size(), 3);
        QVERIFY2(r.received.contains(QStringLiteral("Beta: received from the portal")),
                 qPrintable(r.received.join(u'\n')));
        QCOMPARE(SyncState(b.database()).held(), QList<QUuid> { id });
        // Still damaged: asked for again, refused again, and nothing else read again.
        int reads = 0;
        r = sync(b, QStringLiteral("bob"), 0, [&](const QByteArray& verb, const QString& path, int) {
            reads += verb == "GET" && path.contains(next->id.toString(QUuid::WithoutBraces)) ? 1 : 0;
        });
        QVERIFY2(r.waiting.join(u'\n').contains(QStringLiteral("does not match its SHA-256")),
                 qPrintable(r.waiting.join(u'\n')));
        QCOMPARE(reads, 0);
        QCOMPARE(SyncState(b.database()).held(), QList<QUuid> { id });
        QCOMPARE(b.dossiers().documents(id, nullptr).size(), 3);
        q.addBindValue(invoiceBytes);
        q.addBindValue(remoteId);
        q.addBindValue(invoice.sha256);
        QVERIFY(q.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    r = sync(b, QStringLiteral("bob"));
    QVERIFY2(r.waiting.isEmpty() && r.failed.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QCOMPARE(SyncState::documentKeys(b.dossiers().documents(id, nullptr)),
             SyncState::documentKeys(a.dossiers().documents(id, nullptr)));
    QVERIFY(SyncState(b.database()).held().isEmpty());

    // A removes that invoice again while B changes the representative's title: B's push does not
    // send the removed invoice back, and B's pull removes it there.
    QVERIFY(a.dossiers().removeDocument(invoice.id, &error));
    r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QCOMPARE(m_portalStore->documents(remoteId, false).size(), 3);
    onB = b.dossiers().dossier(id, nullptr);
    onB->client.representativeTitle = QStringLiteral("Présidente");
    QVERIFY(b.dossiers().updateDossier(*onB, &error));
    r = sync(b, QStringLiteral("bob"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty() && r.conflicts.isEmpty(),
             qPrintable((r.failed + r.waiting + r.conflicts).join(u'\n')));
    QCOMPARE(m_portalStore->documents(remoteId, false).size(), 3);
    QCOMPARE(m_portalStore->mandate(remoteId)->version, 2);
    QCOMPARE(SyncState::documentKeys(b.dossiers().documents(id, nullptr)),
             SyncState::documentKeys(a.dossiers().documents(id, nullptr)));
    r = sync(a, QStringLiteral("alice")); // A takes B's title
    QCOMPARE(a.dossiers().dossier(id, nullptr)->client.representativeTitle, QStringLiteral("Présidente"));

    // Offline, A renames the dossier and B corrects the representative's name.
    Dossier onA = *a.dossiers().dossier(id, nullptr);
    onA.name = QStringLiteral("Acme — campagne d'hiver");
    QVERIFY(a.dossiers().updateDossier(onA, &error));
    onB = b.dossiers().dossier(id, nullptr);
    onB->client.representativeName = QStringLiteral("Jeanne Dupont-Martin");
    QVERIFY(b.dossiers().updateDossier(*onB, &error));
    r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QCOMPARE(m_portalStore->mandate(remoteId)->version, 3);
    // B's push on top of version 2 gets 412: nothing is overwritten, on the portal or on B.
    int refused = 0;
    r = sync(b, QStringLiteral("bob"), 0, [&](const QByteArray& verb, const QString& path, int status) {
        refused += verb == "PUT" && path.endsWith(remoteId) && status == 412;
    });
    QCOMPARE(refused, 1);
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY2(r.conflicts.first().contains(QStringLiteral("alice")), qPrintable(r.conflicts.first()));
    QCOMPARE(m_portalStore->mandate(remoteId)->data.value(QStringLiteral("name")).toString(),
             QStringLiteral("Acme — campagne d'hiver"));
    QCOMPARE(m_portalStore->mandate(remoteId)->version, 3);
    onB = b.dossiers().dossier(id, nullptr);
    QCOMPARE(onB->name, QStringLiteral("Acme"));
    QCOMPARE(onB->client.representativeName, QStringLiteral("Jeanne Dupont-Martin"));
    const QList<SyncState::Conflict> conflicts = SyncState(b.database()).conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().theirVersion, 3);
    QCOMPARE(conflicts.first().theirBy, QStringLiteral("alice"));
    const QList<Conflicts::Field> fields
        = Conflicts::differences(SyncState::content(*onB), conflicts.first().theirs);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).key, QStringLiteral("name"));
    QCOMPARE(fields.at(0).mine, QStringLiteral("Acme"));
    QCOMPARE(fields.at(0).theirs, QStringLiteral("Acme — campagne d'hiver"));
    QCOMPARE(fields.at(1).key, QStringLiteral("representative_name"));
    QCOMPARE(fields.at(1).mine, QStringLiteral("Jeanne Dupont-Martin"));
    // Waiting on the user: another sync sends nothing and changes nothing.
    r = sync(b, QStringLiteral("bob"));
    QVERIFY2(r.sent.isEmpty(), qPrintable(r.sent.join(u'\n')));
    QCOMPARE(m_portalStore->mandate(remoteId)->version, 3);
    // B takes the portal's name and keeps its own representative; a choice missing is refused.
    QStringList missing;
    QVERIFY(!Conflicts::resolve(b, id, { { QStringLiteral("name"), Conflicts::Side::Theirs } }, std::nullopt,
                                &error, &missing));
    QCOMPARE(missing, QStringList { QStringLiteral("representative_name") });
    QVERIFY2(Conflicts::resolve(b, id, { { QStringLiteral("representative_name"), Conflicts::Side::Mine } },
                                Conflicts::Side::Theirs, &error),
             qPrintable(error));
    QVERIFY(SyncState(b.database()).conflicts().isEmpty());
    onB = b.dossiers().dossier(id, nullptr);
    QCOMPARE(onB->name, QStringLiteral("Acme — campagne d'hiver"));
    QCOMPARE(onB->client.representativeName, QStringLiteral("Jeanne Dupont-Martin"));
    // Both versions are in B's history, and what was taken from where.
    QStringList notes;
    for (const StatusChange& c : onB->history)
        notes.append(c.reason);
    const QString history = notes.join(u'\n');
    QVERIFY2(
        history.contains(QStringLiteral("Changed on the portal by alice (version 3)"))
            && history.contains(QStringLiteral("Portal's version: Dossier name \"Acme — campagne d'hiver\""))
            && history.contains(QStringLiteral("This desktop's version: Dossier name \"Acme\""))
            && history.contains(
                QStringLiteral("Taken from the portal's version (alice, version 3): Dossier name."))
            && history.contains(QStringLiteral("Kept from this desktop: Representative.")),
        qPrintable(history));
    r = sync(b, QStringLiteral("bob"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty() && r.conflicts.isEmpty(),
             qPrintable((r.failed + r.waiting + r.conflicts).join(u'\n')));
    QCOMPARE(m_portalStore->mandate(remoteId)->version, 4);
    const QJsonObject merged = SyncState::content(*onB);
    QCOMPARE(SyncState::content(m_portalStore->mandate(remoteId)->data), merged);

    // A takes B's version (it changed nothing since), then submits.
    r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.conflicts.isEmpty() && r.waiting.isEmpty(), qPrintable((r.conflicts + r.waiting).join(u'\n')));
    QCOMPARE(SyncState::content(*a.dossiers().dossier(id, nullptr)), merged);
    QCOMPARE(SyncState(a.database()).lastChange(id).by, QStringLiteral("bob"));
    const Submission::Result queued = Submission::queue(a, id);
    QVERIFY2(queued.queued(), qPrintable(queued.message));
    r = sync(a, QStringLiteral("alice"));
    QVERIFY2(r.sent.contains(QStringLiteral("Acme — campagne d'hiver: submitted for verification")),
             qPrintable((r.sent + r.failed + r.waiting + r.conflicts).join(u'\n')));
    QCOMPARE(m_portalStore->mandate(remoteId)->version, 4); // what B resolved is what was submitted

    // The operator approves.
    std::optional<PortalStore::Mandate> m = m_portalStore->mandate(remoteId);
    m->status = QStringLiteral("valid");
    m->validatedOn = m_clock->today();
    m->validUntil = m->validatedOn.addYears(1);
    QVERIFY(m_portalStore->setStatus(*m, m_clock->currentDateTimeUtc(), &error, QStringLiteral("reviewer")));

    // B and a fresh seat C see it valid.
    r = sync(b, QStringLiteral("bob"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QCOMPARE(b.dossiers().dossier(id, nullptr)->status, DossierStatus::Valid);
    Profile c;
    QVERIFY(openSeat(c, QStringLiteral("c"), QStringLiteral("carol")));
    r = sync(c, QStringLiteral("carol"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    const std::optional<Dossier> onC = c.dossiers().dossier(id, &error);
    QVERIFY2(onC, qPrintable(error));
    QCOMPARE(onC->status, DossierStatus::Valid);
    QCOMPARE(onC->validUntil, m_clock->today().addYears(1));
    QCOMPARE(SyncState::content(*onC), merged);
    QCOMPARE(SyncState::documentKeys(c.dossiers().documents(id, nullptr)),
             SyncState::documentKeys(a.dossiers().documents(id, nullptr)));
    QCOMPARE(a.dossiers().dossier(id, nullptr)->status, DossierStatus::UnderReview); // until A syncs
    r = sync(a, QStringLiteral("alice"));
    QCOMPARE(a.dossiers().dossier(id, nullptr)->status, DossierStatus::Valid);

    // B deletes the shared dossier: a later change of it on the portal does not bring it back
    // there; C, which kept it, follows the change.
    QVERIFY(b.dossiers().deleteDossier(id, &error));
    QVERIFY(SyncState(b.database()).isForgotten(id));
    m = m_portalStore->mandate(remoteId);
    m->data.insert(QStringLiteral("name"), QStringLiteral("Acme — renouvellement"));
    QVERIFY(m_portalStore->saveMandate(*m, m_clock->currentDateTimeUtc(), &error, QStringLiteral("alice")));
    r = sync(b, QStringLiteral("bob"));
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QVERIFY(!b.dossiers().dossier(id, nullptr));
    r = sync(c, QStringLiteral("carol"));
    QCOMPARE(c.dossiers().dossier(id, nullptr)->name, QStringLiteral("Acme — renouvellement"));
}

void TestTeam::rights()
{
    // A seat without the mandates right receives nothing; a seat disabled on the portal loses
    // access at its next call, and keeps what it had.
    Profile d;
    QVERIFY(openSeat(d, QStringLiteral("d"), QStringLiteral("dora")));
    SyncEngine::Report r = sync(d, QStringLiteral("dora"));
    QVERIFY(r.received.isEmpty());
    QVERIFY(!r.waiting.isEmpty());
    QCOMPARE(d.dossiers().dossierCount(), 0);

    Profile e;
    QVERIFY(openSeat(e, QStringLiteral("e"), QStringLiteral("erin")));
    PortalClient erin = client(QStringLiteral("erin"));
    QVERIFY(!erin.token().isEmpty());
    SyncEngine engine(e, erin);
    r = engine.syncOnce();
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    const int held = e.dossiers().dossierCount();
    QVERIFY(held > 0); // what threeSeats made
    QString error;
    QVERIFY(m_portalStore->disableUser(QStringLiteral("erin"), &error));
    // The same session, kept by the client: refused at the next call.
    const PortalClient::Reply refused = erin.call("GET", QStringLiteral("/api/v1/changes?since="));
    QCOMPARE(refused.status, 401);
    r = engine.syncOnce();
    QVERIFY(r.received.isEmpty());
    QVERIFY(!r.waiting.isEmpty());
    QCOMPARE(e.dossiers().dossierCount(), held);
}

void TestTeam::refusedShareWaitsForAnEdit()
{
    // A draft the portal refuses for good (a number half typed): said, and not sent again at each
    // sync until the dossier is changed.
    Profile f;
    QVERIFY(openSeat(f, QStringLiteral("f"), QStringLiteral("alice")));
    QVERIFY(ProfileSettings(f.database()).setShareDrafts(true));
    QString error;
    std::optional<Dossier> draft
        = DossierFixtures::create(f.dossiers(), QStringLiteral("Brouillon"), m_clock->today(), &error);
    QVERIFY2(draft, qPrintable(error));
    draft->numbers = { QStringLiteral("01 62 12") };
    QVERIFY(f.dossiers().updateDossier(*draft, &error));
    const QString path = QStringLiteral("/api/v1/mandates/") + draft->id.toString(QUuid::WithoutBraces);
    QList<int> puts;
    auto trace = [&](const QByteArray& verb, const QString& p, int status) {
        if (verb == "PUT" && p.startsWith(path))
            puts.append(status);
    };
    SyncEngine::Report r = sync(f, QStringLiteral("alice"), 0, trace);
    QCOMPARE(puts, QList<int> { 400 });
    QVERIFY2(r.failed.join(u'\n').contains(QStringLiteral("Brouillon: ")), qPrintable(r.failed.join(u'\n')));
    puts.clear();
    r = sync(f, QStringLiteral("alice"), 0, trace);
    QVERIFY(puts.isEmpty());
    QVERIFY2(r.failed.join(u'\n').contains(QStringLiteral("Brouillon: not shared, the portal refused it")),
             qPrintable(r.failed.join(u'\n')));
    QVERIFY(!m_portalStore->mandate(draft->id.toString(QUuid::WithoutBraces)));

    // Changed: sent again, and taken.
    draft->numbers = { QStringLiteral("01 62 12 34 56") };
    QVERIFY(f.dossiers().updateDossier(*draft, &error));
    r = sync(f, QStringLiteral("alice"), 0, trace);
    QVERIFY2(r.failed.isEmpty() && r.waiting.isEmpty(), qPrintable((r.failed + r.waiting).join(u'\n')));
    QVERIFY(puts.contains(201));
    QVERIFY(m_portalStore->mandate(draft->id.toString(QUuid::WithoutBraces)));
    QVERIFY(SyncState(f.database()).refusedShares().isEmpty());
}

QTEST_MAIN(TestTeam)
#include "TestTeam.moc"
