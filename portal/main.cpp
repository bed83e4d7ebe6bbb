/*
 * mandatdesk-portal: the reference operator portal (docs/portal-api.md).
 *
 *   mandatdesk-portal [--db FILE|URL] [--documents DIR] COMMAND
 *     serve --cert CERT.pem --key KEY.pem [--port N] [--address A [--behind-proxy]]
 *           [--threads N] [--access-log FILE] [--requests-per-minute N] [--record-requests FILE]
 *     user add LOGIN --account A [--admin] [--right mandates] [--password P]
 *     user add-reviewer LOGIN [--password P]   (the operator's staff: the review desk, /desk)
 *     user passwd LOGIN [--password P] | user disable LOGIN | user enable LOGIN
 *           (the password is read from stdin without --password)
 *     review list | review approve ID [--on YYYY-MM-DD] | review reject ID --reason R
 *           [--reviewer NAME] | review history ID
 *     documents collect [--older-than-hours H]
 *           (the files of the documents folder no document refers to, older than H hours, 24 by
 *           default, are removed)
 */
#include "PortalServer.h"
#include "PortalStore.h"
#include "rules/DossierRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QUrl>
#include <cstdio>

namespace Mandat {

namespace {
int usage(const QString& message)
{
    std::fprintf(stderr,
                 "%s\nUsage: mandatdesk-portal [--db FILE|URL] [--documents DIR] serve|user "
                 "add|add-reviewer|passwd|disable|enable|review|documents collect ...\n",
                 qPrintable(message));
    return 2;
}

QSslConfiguration tlsFrom(const QString& certPath, const QString& keyPath, QString* error)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate or the key");
        return {};
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the certificate or the key is not valid PEM (RSA)");
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}
} // namespace

} // namespace Mandat

using namespace Mandat;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dbPath = QStringLiteral("portal.sqlite");
    QString documents;
    while (args.value(0) == QLatin1String("--db") || args.value(0) == QLatin1String("--documents")) {
        (args.value(0) == QLatin1String("--db") ? dbPath : documents) = args.value(1);
        args = args.mid(2);
    }
    PortalStore store(dbPath);
    store.setDocumentFolder(documents);
    QString error;
    if (!store.open(&error)) {
        // A database's URL is said without its password.
        QUrl shown(dbPath);
        shown.setPassword({});
        const QString where = PortalStore::isDatabaseUrl(dbPath) ? shown.toString() : dbPath;
        return usage(QStringLiteral("cannot open %1: %2").arg(where, error));
    }
    const QString command = args.value(0);
    QCommandLineParser p;
    for (const char* opt : { "port",
                             "address",
                             "cert",
                             "key",
                             "account",
                             "right",
                             "password",
                             "reason",
                             "on",
                             "template",
                             "mapping",
                             "fail-submits",
                             "slow-submits",
                             "delay-ms",
                             "access-log",
                             "reviewer",
                             "requests-per-minute",
                             "record-requests",
                             "threads",
                             "older-than-hours" })
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), {}, QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("admin")));
    p.addOption(QCommandLineOption(QStringLiteral("behind-proxy")));
    if (!p.parse(QStringList { QStringLiteral("portal") } + args.mid(1)))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();

    if (command == QLatin1String("serve")) {
        const QSslConfiguration tls
            = tlsFrom(p.value(QStringLiteral("cert")), p.value(QStringLiteral("key")), &error);
        if (!error.isEmpty())
            return usage(error);
        PortalServer server(store);
        server.setTemplate(p.value(QStringLiteral("template")), p.value(QStringLiteral("mapping")));
        server.setFaults(p.value(QStringLiteral("fail-submits")).toInt(),
                         p.value(QStringLiteral("slow-submits")).toInt(),
                         p.value(QStringLiteral("delay-ms")).toInt());
        const QHostAddress address(p.isSet(QStringLiteral("address")) ? p.value(QStringLiteral("address"))
                                                                      : QStringLiteral("127.0.0.1"));
        // Served directly, the portal stays on this machine; on the network, a reverse proxy
        // in front of it carries the TLS and the limits (docs/portal-api.md, Transport).
        if (!address.isLoopback() && !p.isSet(QStringLiteral("behind-proxy")))
            return usage(
                QStringLiteral("refusing to listen on %1: only loopback addresses, unless the portal "
                               "is behind a reverse proxy (--behind-proxy)")
                    .arg(address.toString()));
        server.setBehindProxy(p.isSet(QStringLiteral("behind-proxy")));
        if (!server.setAccessLog(p.value(QStringLiteral("access-log"))))
            return usage(
                QStringLiteral("cannot write the access log %1").arg(p.value(QStringLiteral("access-log"))));
        if (p.isSet(QStringLiteral("requests-per-minute"))) {
            bool ok = false;
            const int limit = p.value(QStringLiteral("requests-per-minute")).toInt(&ok);
            if (!ok || limit < 1)
                return usage(QStringLiteral("--requests-per-minute takes a number above 0"));
            server.setRequestsPerMinute(limit);
        }
        if (p.isSet(QStringLiteral("threads"))) {
            bool ok = false;
            const int threads = p.value(QStringLiteral("threads")).toInt(&ok);
            if (!ok || threads < 1 || threads > 64)
                return usage(QStringLiteral("--threads takes a number from 1 to 64"));
            server.setHandlerThreads(threads);
        }
        if (!server.setRequestRecord(p.value(QStringLiteral("record-requests"))))
            return usage(QStringLiteral("cannot write the request record %1")
                             .arg(p.value(QStringLiteral("record-requests"))));
        const quint16 port = server.listen(tls, address, quint16(p.value(QStringLiteral("port")).toUInt()));
        if (port == 0)
            return usage(QStringLiteral("cannot listen on %1").arg(address.toString()));
        // The first line says where: scripts and tests read it.
        std::printf("listening https://%s:%u\n", qPrintable(address.toString()), port);
        std::fflush(stdout);
        return app.exec();
    }
    if (command == QLatin1String("user") && pos.value(0) == QLatin1String("add-reviewer")
        && pos.size() == 2) {
        QString password = p.value(QStringLiteral("password"));
        if (!p.isSet(QStringLiteral("password")))
            password = QTextStream(stdin).readLine();
        if (password.isEmpty() || p.isSet(QStringLiteral("account")) || p.isSet(QStringLiteral("admin"))
            || p.isSet(QStringLiteral("right")))
            return usage(QStringLiteral("user add-reviewer needs a password, and no account or right"));
        if (!store.addReviewer(pos.at(1), password, &error))
            return usage(error);
        std::printf("reviewer %s added\n", qPrintable(pos.at(1)));
        return 0;
    }
    if (command == QLatin1String("user") && pos.value(0) == QLatin1String("add") && pos.size() == 2) {
        QString password = p.value(QStringLiteral("password"));
        if (!p.isSet(QStringLiteral("password")))
            password = QTextStream(stdin).readLine();
        if (password.isEmpty() || !p.isSet(QStringLiteral("account")))
            return usage(QStringLiteral("user add needs --account and a password"));
        if (!store.addUser(pos.at(1), password, p.value(QStringLiteral("account")),
                           p.isSet(QStringLiteral("admin")),
                           p.value(QStringLiteral("right")) == QLatin1String("mandates"), &error))
            return usage(error);
        std::printf("user %s added to %s\n", qPrintable(pos.at(1)),
                    qPrintable(p.value(QStringLiteral("account"))));
        return 0;
    }
    if (command == QLatin1String("user") && pos.size() == 2
        && (pos.at(0) == QLatin1String("passwd") || pos.at(0) == QLatin1String("disable")
            || pos.at(0) == QLatin1String("enable"))) {
        bool ok = false;
        if (pos.at(0) == QLatin1String("passwd")) {
            QString password = p.value(QStringLiteral("password"));
            if (!p.isSet(QStringLiteral("password")))
                password = QTextStream(stdin).readLine();
            if (password.isEmpty())
                return usage(QStringLiteral("user passwd needs a password"));
            ok = store.setPassword(pos.at(1), password, &error);
        } else if (pos.at(0) == QLatin1String("disable")) {
            ok = store.disableUser(pos.at(1), &error);
        } else {
            ok = store.enableUser(pos.at(1), &error);
        }
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // Each of them ends the user's sessions.
        std::printf("user %s: %s done, sessions ended\n", qPrintable(pos.at(1)), qPrintable(pos.at(0)));
        return 0;
    }
    if (command == QLatin1String("review") && pos.value(0) == QLatin1String("history") && pos.size() == 2) {
        const QList<PortalStore::AuditEntry> entries = store.audit(pos.at(1));
        if (entries.isEmpty())
            return usage(QStringLiteral("no mandate %1").arg(pos.at(1)));
        for (const auto& e : entries)
            std::printf("%s\t%s\t%s\tv%d\t%s\t%s\n", qPrintable(e.at.toString(Qt::ISODateWithMs)),
                        qPrintable(e.actor), qPrintable(e.action), e.version, qPrintable(e.status),
                        qPrintable(e.detail));
        return 0;
    }
    if (command == QLatin1String("review")) {
        const QString sub = pos.value(0);
        if (sub == QLatin1String("list")) {
            for (const auto& m : store.mandates(QStringLiteral("under_review")))
                std::printf("%s\t%s\tv%d\n", qPrintable(m.id),
                            qPrintable(m.data.value(QStringLiteral("name")).toString()), m.version);
            return 0;
        }
        std::optional<PortalStore::Mandate> m = store.mandate(pos.value(1));
        if (!m)
            return usage(QStringLiteral("no mandate %1").arg(pos.value(1)));
        if (m->status != QLatin1String("under_review")) {
            std::fprintf(stderr, "the mandate is %s, not under review\n", qPrintable(m->status));
            return 1;
        }
        const QDate on = p.isSet(QStringLiteral("on"))
            ? QDate::fromString(p.value(QStringLiteral("on")), Qt::ISODate)
            : QDate::currentDate();
        if (sub == QLatin1String("approve")) {
            m->status = QStringLiteral("valid");
            m->validatedOn = on;
            m->validUntil = DossierRules::builtIn().validUntil(on);
        } else if (sub == QLatin1String("reject") && !p.value(QStringLiteral("reason")).isEmpty()) {
            m->status = QStringLiteral("rejected");
            m->rejectionCode = QStringLiteral("operator");
            m->rejectionReason = p.value(QStringLiteral("reason"));
        } else {
            return usage(QStringLiteral("review approve ID [--on DATE] | review reject ID --reason R"));
        }
        // The real time of the decision, and who took it.
        QString reviewer = p.value(QStringLiteral("reviewer"));
        if (reviewer.isEmpty())
            reviewer
                = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("operator")));
        if (!store.setStatus(*m, QDateTime::currentDateTimeUtc(), &error, reviewer))
            return usage(error);
        std::printf("%s is now %s\n", qPrintable(m->id), qPrintable(m->status));
        return 0;
    }
    if (command == QLatin1String("documents") && pos == QStringList { QStringLiteral("collect") }) {
        bool ok = true;
        const int hours = p.isSet(QStringLiteral("older-than-hours"))
            ? p.value(QStringLiteral("older-than-hours")).toInt(&ok)
            : 24;
        if (!ok || hours < 1)
            return usage(QStringLiteral("--older-than-hours takes a number above 0"));
        PortalStore::Collected collected;
        if (!store.collectDocumentFiles(QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours), &collected,
                                        &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("removed %d files (%lld bytes), kept %d\n", collected.removed,
                    static_cast<long long>(collected.bytes), collected.kept);
        return 0;
    }
    return usage(QStringLiteral("unknown command"));
}
