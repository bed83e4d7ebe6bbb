// The portal's request handlers: every request a stranger may send it, JSON bodies, paths,
// headers, whether logged in or not. The portal runs as it serves (QtHttpServer over TLS,
// handler threads, SQLite) and the harness talks to it on one kept-alive connection.
//
// The input is a few requests, separated by a line "====":
//   METHOD /path?query
//   Name: value       (headers, any number; the harness frames the request itself, so
//                     Host, Content-Length, Transfer-Encoding, Connection, Expect and
//                     Upgrade are its own)
//                     (a blank line)
//   body…
// Placeholders: @TOKEN@ is a valid token of a user with the mandates right, @VIEWER@ one of
// a user without it, @ID@ a mandate of that account, @OTHER@ one of another account, @NEW@ a
// fresh id, @SHA@ the SHA-256 of this request's body and @LASTSHA@ that of the request before
// (a document's hash the fuzzer could not guess). For the web pages (/desk): @REVIEWER@ and
// @ADMIN@ are sessions of a reviewer and of the account's administrator (for a Cookie header:
// __Host-md_session=@REVIEWER@), @REVIEWER_CSRF@ and @ADMIN_CSRF@ their forms' tokens.
//
// Every answer must come, be an HTTP status the API states, never a 500, carry an error's
// JSON shape when it is one, and a page its Content-Security-Policy. MANDAT_FUZZ_TRACE=1
// prints each request's answer.
#include "FuzzApp.h"
#include "FuzzCheck.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "TestCertificates.h"
#include "desk/ReviewDesk.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Mandat;

namespace {

struct Answer
{
    int status = 0; // 0: none (the connection closed)
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
};

[[noreturn]] void fatal(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    std::abort();
}

class Harness
{
public:
    Harness()
    {
        QString error;
        const QString dir = FuzzApp::instance().dir();
        QSslConfiguration tls;
        if (!TestCertificates::make(dir, &tls, &m_ca, &error))
            fatal("certificates:", error);
        // The production cost would make logins the whole run (OpenSSL allocates at each
        // iteration, and ASan records every allocation).
        PortalStore::setPasswordIterations(10);
        m_store = std::make_unique<PortalStore>(dir + QStringLiteral("/portal.sqlite"));
        if (!m_store->open(&error))
            fatal("store:", error);
        const auto user = [&](const char* login, const char* account, bool admin, bool right) {
            if (!m_store->addUser(QLatin1String(login), QStringLiteral("pw-%1").arg(QLatin1String(login)),
                                  QLatin1String(account), admin, right, &error))
                fatal("user:", error);
        };
        user("agent", "acme", false, true);
        user("viewer", "acme", false, false);
        user("rival", "globex", true, false);
        user("boss", "acme", true, false);
        if (!m_store->addReviewer(QStringLiteral("reviewer"), QStringLiteral("pw-reviewer"), &error))
            fatal("reviewer:", error);
        m_server = std::make_unique<PortalServer>(*m_store);
        m_server->setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC); });
        m_server->setRequestsPerMinute(1000 * 1000 * 1000); // the fuzzer's pace is not a client's
        m_port = m_server->listen(tls, QHostAddress::LocalHost, 0);
        if (!m_port)
            fatal("listen");
        renewSessions();
        const QByteArray rival = login("rival");
        m_id = newMandate(m_token);
        m_other = newMandate(rival);
    }

    // Sends one request on the kept-alive connection (opened again if the portal closed it).
    Answer send(const QByteArray& method, const QByteArray& target,
                const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            connectSocket();
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto& h : headers)
            request += h.first + ": " + h.second + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_buffer.clear();
        m_socket->write(request);
        Answer a;
        QElapsedTimer timer;
        timer.start();
        while (!parse(&a)) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return Answer(); // closed on a request the HTTP parser refused: no handler's
            if (timer.elapsed() > 30000)
                fatal("no answer in 30 s to", QString::fromLatin1(method + ' ' + target));
            QEventLoop loop;
            QObject::connect(m_socket.get(), &QSslSocket::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(m_socket.get(), &QSslSocket::disconnected, &loop, &QEventLoop::quit);
            QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            loop.exec();
            m_buffer += m_socket->readAll();
        }
        return a;
    }

    // The sessions again, after an input that may have ended them (a logout, a 401).
    void renewSessions()
    {
        m_token = login("agent");
        m_viewer = login("viewer");
        m_reviewer = login("reviewer");
        m_admin = login("boss");
    }

    QByteArray fill(QByteArray text, const QByteArray& sha, const QByteArray& lastSha = {}) const
    {
        return text.replace("@LASTSHA@", lastSha)
            .replace("@REVIEWER_CSRF@", ReviewDesk::csrfFor(QString::fromLatin1(m_reviewer)).toLatin1())
            .replace("@ADMIN_CSRF@", ReviewDesk::csrfFor(QString::fromLatin1(m_admin)).toLatin1())
            .replace("@REVIEWER@", m_reviewer)
            .replace("@ADMIN@", m_admin)
            .replace("@TOKEN@", m_token)
            .replace("@VIEWER@", m_viewer)
            .replace("@ID@", m_id)
            .replace("@OTHER@", m_other)
            .replace("@NEW@", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1())
            .replace("@SHA@", sha);
    }

private:
    void connectSocket()
    {
        m_socket = std::make_unique<QSslSocket>();
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates({ m_ca }); // the test authority alone, as a client that pinned it
        m_socket->setSslConfiguration(trust);
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        QEventLoop loop;
        QObject::connect(m_socket.get(), &QSslSocket::encrypted, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!m_socket->isEncrypted())
            fatal("cannot connect:", m_socket->errorString());
    }

    // A whole answer in m_buffer (its head, then Content-Length bytes).
    bool parse(Answer* a)
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        Answer parsed;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        parsed.status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            parsed.headers.append({ name, value });
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (m_buffer.size() - headEnd - 4 < length)
            return false;
        parsed.body = m_buffer.mid(headEnd + 4, length);
        *a = parsed;
        return true;
    }

    // A session made in the store, as a login makes it: the fuzzer's logins get throttled (the
    // clock stands still), and its logouts end sessions, so the harness never logs in itself.
    QByteArray login(const char* who)
    {
        const QString name = QLatin1String(who);
        if (!m_userIds.contains(name)) {
            const auto user = m_store->checkPassword(name, QStringLiteral("pw-%1").arg(name));
            if (!user)
                fatal("no such user:", name);
            m_userIds.insert(name, user->id);
        }
        return m_store->newToken(m_userIds.value(name), QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC))
            .toLatin1();
    }

    QByteArray newMandate(const QByteArray& token)
    {
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray body
            = R"({"name":"Campagne","client":{"legal_name":"ACME","siren":"518452750"},"numbers":["+33162123456"],"use":"agents"})";
        const Answer a
            = send("PUT", "/api/v1/mandates/" + id,
                   { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } }, body);
        if (a.status != 201)
            fatal("mandate not created:", QString::number(a.status));
        return id;
    }

    std::unique_ptr<PortalStore> m_store;
    std::unique_ptr<PortalServer> m_server;
    std::unique_ptr<QSslSocket> m_socket;
    QSslCertificate m_ca;
    QByteArray m_buffer;
    quint16 m_port = 0;
    QByteArray m_token, m_viewer, m_reviewer, m_admin, m_id, m_other;
    QHash<QString, qint64> m_userIds;
};

Harness& harness()
{
    static Harness* h = new Harness; // lives as long as the process
    return *h;
}

// Path and query as a request line carries them: bytes that would end it are percent-encoded.
QByteArray requestTarget(const QByteArray& raw)
{
    QByteArray out;
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            out += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out.isEmpty() ? QByteArray("/") : out;
}

bool framingHeader(const QByteArray& name)
{
    static const QList<QByteArray> names { "host",       "content-length", "transfer-encoding",
                                           "connection", "expect",         "upgrade",
                                           "te",         "trailer" };
    return names.contains(name.toLower());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzApp::instance();
    harness();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0;
    Harness& h = harness();
    const bool trace = qEnvironmentVariableIsSet("MANDAT_FUZZ_TRACE");
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    int requests = 0;
    bool unauthenticated = false;
    QByteArray lastSha;
    for (qsizetype from = 0; from <= input.size() && requests < 8; ++requests) {
        const qsizetype at = input.indexOf("\n====\n", from);
        const QByteArray part = input.mid(from, at < 0 ? -1 : at - from);
        from = at < 0 ? input.size() + 1 : at + 6;

        const qsizetype headEnd = part.indexOf("\n\n");
        const QByteArray rawBody = headEnd < 0 ? QByteArray() : part.mid(headEnd + 2);
        const QList<QByteArray> lines = (headEnd < 0 ? part : part.left(headEnd)).split('\n');
        const QByteArray requestLine = lines.value(0).trimmed();
        const qsizetype space = requestLine.indexOf(' ');
        QByteArray method = space > 0 ? requestLine.left(space) : QByteArray("GET");
        if (!std::all_of(method.cbegin(), method.cend(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            method = "GET"; // a method token: capital letters only
        const QByteArray body = h.fill(rawBody, {});
        const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        const QByteArray target = requestTarget(
            h.fill(space > 0 ? requestLine.mid(space + 1).trimmed() : requestLine, sha, lastSha));
        QList<QPair<QByteArray, QByteArray>> headers;
        for (qsizetype i = 1; i < lines.size() && headers.size() < 32; ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0)
                continue;
            QByteArray name = lines.at(i).left(colon).trimmed();
            QByteArray value = h.fill(lines.at(i).mid(colon + 1).trimmed(), sha, lastSha);
            value.replace('\r', ' ').replace('\0', ' ');
            bool token = !name.isEmpty();
            for (const char c : name)
                token = token && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
            if (token && !framingHeader(name))
                headers.append({ name, value });
        }
        const Answer a = h.send(method, target, headers, body);
        lastSha = sha;
        if (trace)
            std::fprintf(
                stderr, "%s %s -> %d %s\n", method.constData(), target.left(120).constData(), a.status,
                a.body.mid(a.body.indexOf("<main>") > 0 ? a.body.indexOf("<main>") : 0, 300).constData());
        // A session may have ended (an API logout, a sign-out on the desk, a user disabled).
        unauthenticated = unauthenticated || a.status == 401 || a.status == 403 || a.status == 303;
        if (a.status == 0)
            continue; // the HTTP parser refused the request before any handler saw it
        MANDAT_FUZZ_CHECK(a.status >= 200 && a.status < 600);
        MANDAT_FUZZ_CHECK(a.status != 500); // a failure inside: never the answer to a request
        if (a.header("content-type").startsWith("text/html"))
            MANDAT_FUZZ_CHECK(a.header("content-security-policy").startsWith("default-src 'none'"));
        if (a.status >= 400 && a.header("content-type").startsWith("application/json")) {
            const QJsonObject error = QJsonDocument::fromJson(a.body).object();
            MANDAT_FUZZ_CHECK(error.value(QStringLiteral("error")).isString());
            MANDAT_FUZZ_CHECK(error.value(QStringLiteral("message")).isString());
        }
    }
    if (unauthenticated)
        h.renewSessions();
    return 0;
}
