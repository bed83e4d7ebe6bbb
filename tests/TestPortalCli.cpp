#include "Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * The user's path, with the real programs: mandatdesk-portal serving HTTPS on 127.0.0.1,
 * mandatdesk-cli logging in, submitting, and following the operator's decision.
 */
class TestPortalCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void submitThenApprove();
    void rejectedWithReason();
    void unreadyRefusedBeforeThePortal();
    void changedAuthorityNeedsApproval();
    void operatorCommands();
    void listensOnlyOnLoopbackUnlessBehindProxy();
    void otherAccountStartsFromTheBeginning();
    void pinKeptOrDroppedOnlyWhenAsked();
    void pinnedKeyChangesOnlyWhenAsked();
    void templateKeptForOffline(); // last: it stops the portal

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };
    Run cli(const QStringList& args, const QByteArray& stdinData = {});
    int portal(const QStringList& args, const QByteArray& stdinData = {}, QByteArray* out = nullptr);
    QString readyDossier(const QString& name);

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
};

void TestPortalCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QProcess certs;
    certs.start(QStringLiteral("bash"),
                { QStringLiteral(MANDATDESK_SOURCE_DIR "/scripts/make-test-certs.sh"),
                  m_dir.filePath(QStringLiteral("certs")) });
    QVERIFY(certs.waitForFinished(60000) && certs.exitCode() == 0);
    QCOMPARE(portal({ "user", "add", "agent", "--account", "acme", "--right", "mandates" }, "agent-pw\n"), 0);
    m_server.start(QStringLiteral(MANDATDESK_PORTAL_PATH),
                   { "--db", m_dir.filePath(QStringLiteral("portal.sqlite")), "serve", "--cert",
                     m_dir.filePath(QStringLiteral("certs/server.pem")), "--key",
                     m_dir.filePath(QStringLiteral("certs/server.key")) });
    QVERIFY(m_server.waitForReadyRead(20000));
    const QByteArray line = m_server.readLine().trimmed();
    QVERIFY2(line.startsWith("listening https://127.0.0.1:"), line.constData());
    m_url = QString::fromLatin1(line.mid(10));
    const Run r = cli({ "portal", "login", m_url, "--user", "agent", "--ca",
                        m_dir.filePath(QStringLiteral("certs/ca.pem")) },
                      "agent-pw\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("logged_in")).toBool(), true);
}

void TestPortalCli::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

TestPortalCli::Run TestPortalCli::cli(const QStringList& args, const QByteArray& stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MANDATDESK_CLI_PATH),
            QStringList { "--json", "--lang", "en", "--profile", m_dir.filePath(QStringLiteral("profile")) }
                + args);
    p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = p.readAllStandardError();
    if (r.exitCode < 0 || r.exitCode > 2) // a crash: show what it said
        qWarning("mandatdesk-cli %s crashed:\n%s", qPrintable(args.join(u' ')), r.err.constData());
    return r;
}

int TestPortalCli::portal(const QStringList& args, const QByteArray& stdinData, QByteArray* out)
{
    QProcess p;
    p.start(QStringLiteral(MANDATDESK_PORTAL_PATH),
            QStringList { "--db", m_dir.filePath(QStringLiteral("portal.sqlite")) } + args);
    p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(30000);
    if (out)
        *out = p.readAllStandardOutput();
    return finished ? p.exitCode() : -1;
}

QString TestPortalCli::readyDossier(const QString& name)
{
    const Run created = cli({ "dossier", "create", "--name", name, "--client-name", "ACME", "--siren",
                              "518452750", "--number", "01 62 12 34 56" });
    const QString id = created.json.value(QStringLiteral("id")).toString();
    const QDate issued = QDate::currentDate().addDays(-5);
    const QList<QPair<QString, QByteArray>> docs {
        { "kbis", Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }) },
        { "invoice",
          Fixtures::textPdf({ Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) }) },
        { "mandate", Fixtures::textPdf({ name + QStringLiteral(" — mandat signé") }) },
    };
    for (const auto& d : docs) {
        const QString path = m_dir.filePath(name + u'-' + d.first + QStringLiteral(".pdf"));
        if (!Fixtures::writeFile(path, d.second))
            return {};
        const Run added = cli({ "dossier", "add-document", id, "--kind", d.first, path });
        if (added.exitCode != 0)
            return {};
        // The scan bears no digital signature: the user saw signature and stamp.
        if (d.first == QLatin1String("mandate")
            && cli({ "dossier", "confirm-signature", added.json.value(QStringLiteral("id")).toString() })
                    .exitCode
                != 0)
            return {};
    }
    return id;
}

void TestPortalCli::submitThenApprove()
{
    const QString id = readyDossier(QStringLiteral("Approuvé"));
    QVERIFY(!id.isEmpty());
    Run r = cli({ "submit", id, "--password-stdin" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("under_review"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(portal({ "review", "approve", id, "--on", QDate::currentDate().toString(Qt::ISODate),
                      "--reviewer", "Marie Curie" }),
             0);
    // The audit log says who decided, and when (the real time, not noon).
    QByteArray history;
    QCOMPARE(portal({ "review", "history", id }, {}, &history), 0);
    const QList<QByteArray> lines = history.trimmed().split('\n');
    QVERIFY2(lines.last().contains("Marie Curie") && lines.last().contains("approved"), history.constData());
    const QDateTime at
        = QDateTime::fromString(QString::fromLatin1(lines.last().split('\t').value(0)), Qt::ISODateWithMs);
    QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(1), history.constData());
    r = cli({ "sync", "--password-stdin" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("received")).toArray().size(), 1);
    r = cli({ "dossier", "show", id });
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(r.json.value(QStringLiteral("valid_until")).toString(),
             QDate::currentDate().addYears(1).toString(Qt::ISODate));
    // Without the password and without a keychain, sync says how to log in.
    r = cli({ "sync" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void TestPortalCli::rejectedWithReason()
{
    const QString id = readyDossier(QStringLiteral("Rejeté"));
    QCOMPARE(cli({ "submit", id, "--password-stdin" }, "agent-pw\n").exitCode, 0);
    QCOMPARE(portal({ "review", "reject", id, "--reason", "Cachet absent sur le mandat" }), 0);
    QCOMPARE(cli({ "sync", "--password-stdin" }, "agent-pw\n").exitCode, 0);
    const Run r = cli({ "dossier", "show", id });
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(r.json.value(QStringLiteral("rejection_reason")).toString(),
             QStringLiteral("Cachet absent sur le mandat"));
}

void TestPortalCli::unreadyRefusedBeforeThePortal()
{
    const Run created = cli({ "dossier", "create", "--name", "Incomplet", "--client-name", "ACME", "--siren",
                              "518452750", "--number", "01 62 12 34 56" });
    const QString id = created.json.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    // Logged in and the portal up, but no signed mandate: refused here, nothing sent.
    Run r = cli({ "submit", id, "--password-stdin" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_ready"));
    QStringList codes;
    for (const QJsonValue& p : r.json.value(QStringLiteral("problems")).toArray())
        codes.append(p.toObject().value(QStringLiteral("code")).toString());
    QVERIFY2(codes.contains(QStringLiteral("missing_signed_mandate")), qPrintable(codes.join(u',')));
    r = cli({ "dossier", "show", id });
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("not_submitted"));
    r = cli({ "portal", "status" });
    for (const QJsonValue& p : r.json.value(QStringLiteral("pending")).toArray())
        QVERIFY(p.toObject().value(QStringLiteral("dossier")).toString() != id);
    // The portal never heard of it.
    QCOMPARE(portal({ "review", "approve", id }), 2);
}

void TestPortalCli::changedAuthorityNeedsApproval()
{
    const QString other = m_dir.filePath(QStringLiteral("certs/other-ca.pem"));
    Run r = cli({ "portal", "login", m_url, "--user", "agent", "--ca", other }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("pinned_certificate_changed"));
    // Approved, the new authority is tried — and it did not sign the portal's certificate.
    r = cli({ "portal", "login", m_url, "--user", "agent", "--ca", other, "--accept-new-ca" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unreachable"));
    QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("not trusted")),
             qPrintable(r.json.value(QStringLiteral("message")).toString()));
    // Nothing changed: the pinned authority is still the portal's.
    QCOMPARE(cli({ "sync", "--password-stdin" }, "agent-pw\n").exitCode, 0);
}

void TestPortalCli::operatorCommands()
{
    QCOMPARE(portal({ "user", "add", "temp", "--account", "acme", "--right", "mandates", "--password",
                      "temp-pw" }),
             0);
    QCOMPARE(portal({ "user", "passwd", "temp" }, "temp-pw-2\n"), 0);
    QCOMPARE(portal({ "user", "disable", "temp" }), 0);
    QCOMPARE(portal({ "user", "passwd", "nobody", "--password", "x" }), 1);
    QCOMPARE(portal({ "user", "disable", "nobody" }), 1);
}

void TestPortalCli::listensOnlyOnLoopbackUnlessBehindProxy()
{
    QProcess p;
    p.start(QStringLiteral(MANDATDESK_PORTAL_PATH),
            { "--db", m_dir.filePath(QStringLiteral("portal.sqlite")), "serve", "--address", "0.0.0.0",
              "--cert", m_dir.filePath(QStringLiteral("certs/server.pem")), "--key",
              m_dir.filePath(QStringLiteral("certs/server.key")) });
    const bool finished = p.waitForFinished(10000);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    QVERIFY2(finished, "served on every address without --behind-proxy");
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--behind-proxy"));
}

void TestPortalCli::templateKeptForOffline()
{
    Run r = cli({ "portal", "template", "--password-stdin" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("template_sha256")).toString().size(), 64);
    // The portal goes away: the template is still there for filling.
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(5000));
    const QString id = readyDossier(QStringLiteral("Hors ligne"));
    const QString out = m_dir.filePath(QStringLiteral("operator-mandate.pdf"));
    r = cli({ "fill", id, "--template", "portal", "--out", out });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("verified")).toBool(), true);
    QVERIFY(QFile::exists(out));
    // And submitting while it is away: queued, not lost.
    r = cli({ "submit", id, "--password-stdin" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1); // the portal is down…
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("queued"));
    r = cli({ "dossier", "show", id });
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(),
             QStringLiteral("queued")); // …but nothing is lost
    r = cli({ "portal", "status" });
    QCOMPARE(r.json.value(QStringLiteral("pending")).toArray().size(), 1);
}

void TestPortalCli::otherAccountStartsFromTheBeginning()
{
    // Issue 12.4: the changes cursor belongs to one portal and one account.
    QCOMPARE(
        portal({ "user", "add", "colleague", "--account", "acme", "--right", "mandates" }, "colleague-pw\n"),
        0);
    const Run synced = cli({ "sync", "--password-stdin" }, "agent-pw\n");
    QVERIFY2(synced.exitCode == 0, QJsonDocument(synced.json).toJson().constData());
    QVERIFY(cli({ "portal", "status" }).json.value(QStringLiteral("cursor")).toString().toLongLong() > 0);
    const QString ca = m_dir.filePath(QStringLiteral("certs/ca.pem"));
    const Run r = cli({ "portal", "login", m_url, "--user", "colleague", "--ca", ca }, "colleague-pw\n");
    QCOMPARE(r.exitCode, 0);
    const Run status = cli({ "portal", "status" });
    QCOMPARE(status.json.value(QStringLiteral("user")).toString(), QStringLiteral("colleague"));
    QCOMPARE(status.json.value(QStringLiteral("cursor")).toString(), QString());
    QCOMPARE(cli({ "portal", "login", m_url, "--user", "agent", "--ca", ca }, "agent-pw\n").exitCode, 0);
}

void TestPortalCli::pinKeptOrDroppedOnlyWhenAsked()
{
    // Issue 12.5: logging in again without --ca keeps the pin; dropping it needs approval.
    const QString ca = m_dir.filePath(QStringLiteral("certs/ca.pem"));
    Run r = cli({ "portal", "login", m_url, "--user", "agent" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 0);
    r = cli({ "portal", "login", m_url, "--user", "agent", "--drop-ca" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("pinned_certificate_changed"));
    // The pin is still there: a portal whose authority this computer does not trust still works.
    QCOMPARE(cli({ "sync", "--password-stdin" }, "agent-pw\n").exitCode, 0);
    r = cli({ "portal", "login", m_url, "--user", "agent", "--drop-ca", "--accept-new-ca" }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1); // dropped, and this computer does not trust the test authority
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unreachable"));
    QCOMPARE(cli({ "portal", "login", m_url, "--user", "agent", "--ca", ca }, "agent-pw\n").exitCode, 0);
}

void TestPortalCli::pinnedKeyChangesOnlyWhenAsked()
{
    // Issue 12.5: the server's key pinned instead of its authority; changing or dropping it
    // needs approval as for the authority.
    const QString ca = m_dir.filePath(QStringLiteral("certs/ca.pem"));
    const QString server = m_dir.filePath(QStringLiteral("certs/server.pem"));
    const QString other = m_dir.filePath(QStringLiteral("certs/other-ca.pem"));
    QCOMPARE(
        cli({ "portal", "login", m_url, "--user", "agent", "--ca", ca, "--pin-key", server }, "agent-pw\n")
            .exitCode,
        2);
    Run r = cli({ "portal", "login", m_url, "--user", "agent", "--pin-key", server }, "agent-pw\n");
    QCOMPARE(r.exitCode, 1); // the pinned authority would go
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("pinned_certificate_changed"));
    r = cli({ "portal", "login", m_url, "--user", "agent", "--pin-key", server, "--accept-new-ca" },
            "agent-pw\n");
    QCOMPARE(r.exitCode, 0);
    r = cli({ "portal", "status" });
    QCOMPARE(r.json.value(QStringLiteral("pinned_ca")).toString(), QString());
    QCOMPARE(r.json.value(QStringLiteral("pinned_key")).toString().count(u':'), 31);
    QCOMPARE(cli({ "sync", "--password-stdin" }, "agent-pw\n").exitCode, 0);
    for (const QStringList& change :
         { QStringList { "--pin-key", other }, QStringList { "--drop-ca" }, QStringList { "--ca", ca } }) {
        r = cli(QStringList { "portal", "login", m_url, "--user", "agent" } + change, "agent-pw\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("pinned_certificate_changed"));
    }
    // Approved, another key is tried — and the portal's certificate does not carry it.
    r = cli({ "portal", "login", m_url, "--user", "agent", "--pin-key", other, "--accept-new-ca" },
            "agent-pw\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unreachable"));
    // Nothing changed: the key is still pinned and still works.
    QCOMPARE(cli({ "portal", "login", m_url, "--user", "agent" }, "agent-pw\n").exitCode, 0);
    QCOMPARE(cli({ "sync", "--password-stdin" }, "agent-pw\n").exitCode, 0);
    QCOMPARE(cli({ "portal", "login", m_url, "--user", "agent", "--ca", ca, "--accept-new-ca" }, "agent-pw\n")
                 .exitCode,
             0);
    QCOMPARE(cli({ "portal", "status" }).json.value(QStringLiteral("pinned_key")).toString(), QString());
}

QTEST_MAIN(TestPortalCli)
#include "TestPortalCli.moc"
