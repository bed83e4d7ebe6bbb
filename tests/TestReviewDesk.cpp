// The operator's review desk (/desk) over HTTPS, as a browser uses it: cookies, forms with
// their CSRF token, redirects, headers; and what a decision does to the API's side.
#include "Fixtures.h"
#include "PortalDatabase.h"
#include "PortalServer.h"
#include "PortalStore.h"
#include "TestCertificates.h"
#include "desk/ReviewDesk.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Mandat;

class TestReviewDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInNeedsTheFormsTokenAndAReviewer();
    void cookiesAndHeadersAsBrowsersExpect();
    void throttlingSharedWithTheApi();
    void queueOldestFirstAndFiltered();
    void submissionShowsClientNumbersChecksAndDocuments();
    void formsWithoutTheirTokenDoNothing();
    void rejectionReachesTheApiAndTheAudit();
    void approvalFromTheDecisionDay();
    void reviewersHaveNoMandatesThroughTheApi();
    void englishOnAsking();
    void adminsManageTheirAccountsUsers();
    void rightWithdrawnAnswers403AtTheNextCall();
    void invitationSetsThePasswordOnce();
    void pagesCountAgainstTheSessionsRate();
    void decisionOnTheVersionSeen();
    void formsDecodedOnce();
    void loginsWithPercentReachThatUserOnly();
    void secretsNeverRecorded();
    void invitationEndsWithTheUserDisabled();
    void noticesSayOnlyWhatHappened();
    void everyAnswerHasItsHeaders();
    void queueByPages();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QList<QByteArray>> headers; // names in lower case
        QByteArray header(const QByteArray& name) const { return headers.value(name).value(0); }
    };
    // The answer of a request once it finished.
    static Reply finished(QNetworkReply* reply);
    // A browser of its own: its cookies are kept between its requests (a jar per "browser").
    Reply get(const QString& path, QNetworkAccessManager& browser);
    Reply post(const QString& path, const QList<QPair<QString, QString>>& fields,
               QNetworkAccessManager& browser);
    Reply api(const QByteArray& verb, const QString& path, const QString& token, const QByteArray& body = {},
              const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Signs in through the form; the answer to the form's POST.
    Reply signIn(QNetworkAccessManager& browser, const QString& login, const QString& password);
    static QString field(const QByteArray& html, const QString& name);
    // The link an invitation's page shows once.
    static QString invitationLink(const Reply& invited);
    QString apiLogin(const QString& login, const QString& password);
    // A mandate of `token`'s account, submitted with fresh documents: under review.
    QString submitted(const QString& token, const QString& name, const QString& siren, const QString& number);

    QTemporaryDir m_dir;
    QScopedPointer<PortalStore> m_store;
    QScopedPointer<PortalServer> m_server;
    QDateTime m_now;
    quint16 m_port = 0;
    QSslCertificate m_ca;
    QString m_agent; // an API token of acme's agent
    QString m_rival; // of globex's
    QStringList m_ids; // submitted, oldest first
};

void TestReviewDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSslConfiguration tls;
    QString error;
    QVERIFY2(TestCertificates::make(m_dir.path(), &tls, &m_ca, &error), qPrintable(error));
    const QString location = PortalDatabase::location(m_dir.path(), &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    m_store.reset(new PortalStore(location));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    PortalStore::setPasswordIterations(1000);
    QVERIFY(m_store->addReviewer(QStringLiteral("reviewer"), QStringLiteral("rev-pw"), &error));
    QVERIFY(m_store->addReviewer(QStringLiteral("throttled-reviewer"), QStringLiteral("t-pw"), &error));
    QVERIFY(m_store->addUser(QStringLiteral("agent"), QStringLiteral("agent-pw"), QStringLiteral("acme"),
                             false, true, &error));
    QVERIFY(m_store->addUser(QStringLiteral("rival"), QStringLiteral("rival-pw"), QStringLiteral("globex"),
                             true, false, &error));
    QVERIFY(m_store->addUser(QStringLiteral("boss"), QStringLiteral("boss-pw"), QStringLiteral("acme"), true,
                             false, &error));
    QVERIFY(m_store->addUser(QStringLiteral("seat"), QStringLiteral("seat-pw"), QStringLiteral("acme"), false,
                             true, &error));
    // The reviewers' account is no provider's.
    QVERIFY(!m_store->addUser(QStringLiteral("sneaky"), QStringLiteral("pw"), PortalStore::reviewersAccount(),
                              true, true, &error));
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    m_server.reset(new PortalServer(*m_store));
    m_server->setClock([this] { return m_now; });
    m_port = m_server->listen(tls, QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(client);

    m_agent = apiLogin(QStringLiteral("agent"), QStringLiteral("agent-pw"));
    m_rival = apiLogin(QStringLiteral("rival"), QStringLiteral("rival-pw"));
    QVERIFY(!m_agent.isEmpty() && !m_rival.isEmpty());
    // Three submissions, a day apart: the oldest waits longest.
    m_now = m_now.addDays(-3);
    m_ids << submitted(m_agent, QStringLiteral("ACME TÉLÉCOM"), QStringLiteral("518452750"),
                       QStringLiteral("01 62 12 34 56"));
    m_now = m_now.addDays(1);
    m_ids << submitted(m_rival, QStringLiteral("GLOBEX"), QStringLiteral("732829320"),
                       QStringLiteral("09 72 10 10 10"));
    m_now = m_now.addDays(1);
    m_ids << submitted(m_agent, QStringLiteral("INITECH"), QStringLiteral("552100554"),
                       QStringLiteral("01 62 12 34 57"));
    m_now = m_now.addDays(1);
    for (const QString& id : std::as_const(m_ids))
        QVERIFY2(!id.isEmpty(), "a submission was refused");
}

TestReviewDesk::Reply TestReviewDesk::get(const QString& path, QNetworkAccessManager& browser)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return finished(browser.get(request));
}

TestReviewDesk::Reply TestReviewDesk::finished(QNetworkReply* reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto& h : reply->rawHeaderPairs())
        for (const QByteArray& value : h.second.split('\n')) // Qt joins repeated headers with '\n'
            r.headers[h.first.toLower()].append(value);
    reply->deleteLater();
    return r;
}

TestReviewDesk::Reply TestReviewDesk::post(const QString& path, const QList<QPair<QString, QString>>& fields,
                                           QNetworkAccessManager& browser)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    for (const auto& f : fields)
        form.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    return finished(browser.post(request, form.query(QUrl::FullyEncoded).toUtf8()));
}

TestReviewDesk::Reply TestReviewDesk::api(const QByteArray& verb, const QString& path, const QString& token,
                                          const QByteArray& body,
                                          const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    return finished(nam.sendCustomRequest(request, verb, body));
}

QString TestReviewDesk::apiLogin(const QString& login, const QString& password)
{
    const Reply r = api("POST", QStringLiteral("/api/v1/login"), {},
                        QJsonDocument(QJsonObject { { "login", login }, { "password", password } }).toJson());
    return r.status == 200
        ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString()
        : QString();
}

QString TestReviewDesk::field(const QByteArray& html, const QString& name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    return re.match(QString::fromUtf8(html)).captured(1);
}

QString TestReviewDesk::invitationLink(const Reply& invited)
{
    return QRegularExpression(QStringLiteral("id=\"invitation-link\">([^<]+)<"))
        .match(QString::fromUtf8(invited.body))
        .captured(1);
}

TestReviewDesk::Reply TestReviewDesk::signIn(QNetworkAccessManager& browser, const QString& login,
                                             const QString& password)
{
    const Reply form = get(QStringLiteral("/desk/login"), browser);
    return post(QStringLiteral("/desk/login"),
                { { QStringLiteral("csrf"), field(form.body, QStringLiteral("csrf")) },
                  { QStringLiteral("login"), login },
                  { QStringLiteral("password"), password } },
                browser);
}

QString TestReviewDesk::submitted(const QString& token, const QString& name, const QString& siren,
                                  const QString& number)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject mandate { { "name", name },
                                { "client", QJsonObject { { "legal_name", name }, { "siren", siren } } },
                                { "numbers", QJsonArray { number } },
                                { "use", "agents" } };
    if (api("PUT", QStringLiteral("/api/v1/mandates/") + id, token, QJsonDocument(mandate).toJson()).status
        != 201)
        return {};
    const QDate issued = m_now.date().addDays(-10);
    const QList<QPair<QString, QByteArray>> docs {
        { QStringLiteral("mandate"),
          Fixtures::textPdf({ QStringLiteral("Mandat signé pour %1").arg(name) }) },
        { QStringLiteral("kbis"), Fixtures::textPdf({ Fixtures::kbisUpToDate(issued, siren) }) },
        { QStringLiteral("invoice"), Fixtures::textPdf({ Fixtures::invoiceOperator(issued, { number }) }) },
    };
    for (const auto& d : docs) {
        const QByteArray sha = QCryptographicHash::hash(d.second, QCryptographicHash::Sha256).toHex();
        if (api("PUT",
                QStringLiteral("/api/v1/mandates/%1/documents/%2/%3")
                    .arg(id, d.first, QString::fromLatin1(sha)),
                token, d.second,
                { { "Content-Type", "application/pdf" }, { "X-File-Name", d.first.toUtf8() + ".pdf" } })
                .status
            != 201)
            return {};
    }
    const Reply r
        = api("POST", QStringLiteral("/api/v1/mandates/%1/submit").arg(id), token, R"({"version":1})",
              { { "Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() } });
    if (r.status != 202)
        qWarning("submission refused: %s", r.body.constData());
    return r.status == 202 ? id : QString();
}

void TestReviewDesk::signInNeedsTheFormsTokenAndAReviewer()
{
    QNetworkAccessManager browser;
    // Pages need a session: to the sign-in form.
    Reply r = get(QStringLiteral("/desk/queue"), browser);
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), QByteArray("/desk/login"));
    // A form posted from elsewhere (no token of the form's own): refused, no session.
    r = post(QStringLiteral("/desk/login"),
             { { QStringLiteral("login"), QStringLiteral("reviewer") },
               { QStringLiteral("password"), QStringLiteral("rev-pw") } },
             browser);
    QCOMPARE(r.status, 403);
    QVERIFY(!r.headers.value("set-cookie").join('\n').contains("__Host-md_session="));
    QCOMPARE(get(QStringLiteral("/desk/queue"), browser).status, 303);
    // A wrong password; a provider's user who is not its account's administrator.
    r = signIn(browser, QStringLiteral("reviewer"), QStringLiteral("wrong"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("id=\"login-error\""));
    r = signIn(browser, QStringLiteral("agent"), QStringLiteral("agent-pw"));
    QCOMPARE(r.status, 403);
    QCOMPARE(get(QStringLiteral("/desk/queue"), browser).status, 303);
    // The reviewer: to the queue.
    r = signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw"));
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), QByteArray("/desk/queue"));
    QCOMPARE(get(QStringLiteral("/desk/queue"), browser).status, 200);
    // Signing out ends the session: its cookie no longer opens a page.
    const Reply queue = get(QStringLiteral("/desk/queue"), browser);
    r = post(QStringLiteral("/desk/logout"),
             { { QStringLiteral("csrf"), field(queue.body, QStringLiteral("csrf")) } }, browser);
    QCOMPARE(r.status, 303);
    QCOMPARE(get(QStringLiteral("/desk/queue"), browser).status, 303);
}

void TestReviewDesk::cookiesAndHeadersAsBrowsersExpect()
{
    QNetworkAccessManager browser;
    const Reply form = get(QStringLiteral("/desk/login"), browser);
    QCOMPARE(form.status, 200);
    const QByteArray csp = form.header("content-security-policy");
    QVERIFY2(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'")
                 && csp.contains("form-action 'self'") && !csp.contains("script-src"),
             csp.constData());
    QVERIFY(!form.body.contains("<script"));
    QCOMPARE(form.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(form.header("x-frame-options"), QByteArray("DENY"));
    const Reply in = signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw"));
    QByteArray session;
    for (const QByteArray& c : in.headers.value("set-cookie"))
        if (c.startsWith("__Host-md_session="))
            session = c;
    QVERIFY2(!session.isEmpty(), in.headers.value("set-cookie").join(" | ").constData());
    for (const char* flag : { "; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/;" })
        QVERIFY2(session.contains(flag), session.constData());
    // The style sheet is the only other thing a page loads.
    const Reply css = get(QStringLiteral("/desk/style.css?v=2"), browser);
    QCOMPARE(css.status, 200);
    QVERIFY(css.header("content-type").startsWith("text/css"));
}

void TestReviewDesk::throttlingSharedWithTheApi()
{
    QNetworkAccessManager browser;
    // Failures on the desk count for the API's login of the same name, and the other way round.
    for (int i = 0; i < PortalServer::kFreeLoginFailures; ++i)
        QCOMPARE(signIn(browser, QStringLiteral("throttled-reviewer"), QStringLiteral("nope")).status, 401);
    const Reply apiAttempt = api("POST", QStringLiteral("/api/v1/login"), {},
                                 R"({"login":"throttled-reviewer","password":"nope"})");
    QCOMPARE(apiAttempt.status, 401); // the fourth failure starts the delay
    const Reply locked = signIn(browser, QStringLiteral("throttled-reviewer"), QStringLiteral("t-pw"));
    QCOMPARE(locked.status, 429);
    QVERIFY(!locked.header("retry-after").isEmpty());
    m_now = m_now.addSecs(3600 + 60); // a quiet hour forgets the failures
    QCOMPARE(signIn(browser, QStringLiteral("throttled-reviewer"), QStringLiteral("t-pw")).status, 303);
}

void TestReviewDesk::queueOldestFirstAndFiltered()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    auto order = [&](const QString& query) {
        const Reply r = get(QStringLiteral("/desk/queue") + query, browser);
        QStringList ids;
        const QRegularExpression link(QStringLiteral("href=\"/desk/submissions/([0-9a-f-]{36})\""));
        for (auto it = link.globalMatch(QString::fromUtf8(r.body)); it.hasNext();)
            ids << it.next().captured(1);
        return ids;
    };
    QCOMPARE(order({}), m_ids); // under review, oldest first
    QCOMPARE(order(QStringLiteral("?provider=globex")), QStringList { m_ids.at(1) });
    QCOMPARE(order(QStringLiteral("?q=552+100+554")), QStringList { m_ids.at(2) }); // SIREN, spaced
    QCOMPARE(order(QStringLiteral("?q=0162123456")), QStringList { m_ids.at(0) }); // a number, national
    QCOMPARE(order(QStringLiteral("?q=%2B33972101010")), QStringList { m_ids.at(1) }); // E.164
    QCOMPARE(order(QStringLiteral("?age=2")), (QStringList { m_ids.at(0), m_ids.at(1) }));
    QCOMPARE(order(QStringLiteral("?status=valid")), QStringList());
    QCOMPARE(order(QStringLiteral("?q=nothing")), QStringList());
}

void TestReviewDesk::submissionShowsClientNumbersChecksAndDocuments()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const Reply page = get(QStringLiteral("/desk/submissions/") + m_ids.at(0), browser);
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("ACME TÉLÉCOM")));
    QVERIFY(html.contains(QStringLiteral("518452750")));
    // The number with its category, allowed for calls by agents.
    QVERIFY2(html.contains(QStringLiteral("01 62 12 34 56")), qPrintable(html));
    QVERIFY(html.contains(
        QStringLiteral("<tr class=\"ok\"><td>01 62 12 34 56</td><td>numéro polyvalent vérifié (NPV)")));
    // What the checks found when it was submitted: each document's date, read from its text.
    const QString issued = m_now.date().addDays(-3 - 10).toString(Qt::ISODate);
    QVERIFY2(html.contains(QStringLiteral("<dd class=\"date\">%1</dd>").arg(issued)), qPrintable(html));
    // Each document in the page, served inline with its checked type.
    const QRegularExpression frame(
        QStringLiteral("<iframe class=\"viewer\" src=\"(/desk/submissions/[^\"]+/kbis/[0-9a-f]{64})\""));
    const QString url = frame.match(html).captured(1);
    QVERIFY2(!url.isEmpty(), qPrintable(html));
    const Reply document = get(url, browser);
    QCOMPARE(document.status, 200);
    QCOMPARE(document.header("content-type"), QByteArray("application/pdf"));
    QVERIFY(document.header("content-disposition").startsWith("inline; filename*=UTF-8''kbis.pdf"));
    QCOMPARE(document.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(document.body.startsWith("%PDF"));
    // Without a reviewer's session, neither the page nor the document.
    QNetworkAccessManager stranger;
    QCOMPARE(get(url, stranger).status, 303);
    QCOMPARE(get(QStringLiteral("/desk/submissions/") + m_ids.at(0), stranger).status, 303);
    // A made-up path and a made-up submission.
    QCOMPARE(get(QStringLiteral("/desk/submissions/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                 browser)
                 .status,
             404);
}

void TestReviewDesk::formsWithoutTheirTokenDoNothing()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const QString id = m_ids.at(2);
    Reply r = post(QStringLiteral("/desk/submissions/%1/approve").arg(id), {}, browser);
    QCOMPARE(r.status, 403);
    r = post(QStringLiteral("/desk/submissions/%1/reject").arg(id),
             { { QStringLiteral("csrf"), QStringLiteral("forged") },
               { QStringLiteral("code"), QStringLiteral("other") },
               { QStringLiteral("details"), QStringLiteral("x") } },
             browser);
    QCOMPARE(r.status, 403);
    QCOMPARE(m_store->mandate(id)->status, QStringLiteral("under_review"));
    // Another session's token is not this one's.
    QNetworkAccessManager other;
    QCOMPARE(signIn(other, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const QString otherToken = field(get(QStringLiteral("/desk/queue"), other).body, QStringLiteral("csrf"));
    r = post(QStringLiteral("/desk/submissions/%1/approve").arg(id),
             { { QStringLiteral("csrf"), otherToken } }, browser);
    QCOMPARE(r.status, 403);
    QCOMPARE(m_store->mandate(id)->status, QStringLiteral("under_review"));
}

void TestReviewDesk::rejectionReachesTheApiAndTheAudit()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const QString id = m_ids.at(0);
    const Reply opened = get(QStringLiteral("/desk/submissions/") + id, browser);
    const QString csrf = field(opened.body, QStringLiteral("csrf"));
    const QPair<QString, QString> version { QStringLiteral("version"),
                                            field(opened.body, QStringLiteral("version")) };
    // A reason is required; "other" needs details.
    Reply r = post(QStringLiteral("/desk/submissions/%1/reject").arg(id),
                   { { QStringLiteral("csrf"), csrf }, version }, browser);
    QCOMPARE(r.status, 400);
    r = post(
        QStringLiteral("/desk/submissions/%1/reject").arg(id),
        { { QStringLiteral("csrf"), csrf }, version, { QStringLiteral("code"), QStringLiteral("other") } },
        browser);
    QCOMPARE(r.status, 400);
    QCOMPARE(m_store->mandate(id)->status, QStringLiteral("under_review"));

    r = post(
        QStringLiteral("/desk/submissions/%1/reject").arg(id),
        { { QStringLiteral("csrf"), csrf },
          version,
          { QStringLiteral("code"), QStringLiteral("stale_kbis") },
          { QStringLiteral("details"), QStringLiteral("Merci d'envoyer un extrait de moins de 3 mois.") } },
        browser);
    QCOMPARE(r.status, 303);
    QVERIFY(r.header("location").startsWith("/desk/queue?done="));
    // The provider sees it through the API, as a desktop's sync reads it.
    const Reply changes = api("GET", QStringLiteral("/api/v1/changes"), m_agent);
    QJsonObject last;
    for (const QJsonValue& c :
         QJsonDocument::fromJson(changes.body).object().value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            last = c.toObject();
    QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(last.value(QStringLiteral("changed_by")).toString(), QStringLiteral("reviewer"));
    const QJsonObject rejection = last.value(QStringLiteral("rejection")).toObject();
    QCOMPARE(rejection.value(QStringLiteral("code")).toString(), QStringLiteral("stale_kbis"));
    QCOMPARE(
        rejection.value(QStringLiteral("reason")).toString(),
        QStringLiteral("Extrait Kbis de plus de 3 mois : Merci d'envoyer un extrait de moins de 3 mois."));
    // The audit log: who, when, what.
    const PortalStore::AuditEntry entry = m_store->audit(id).constLast();
    QCOMPARE(entry.actor, QStringLiteral("reviewer"));
    QCOMPARE(entry.action, QStringLiteral("rejected"));
    QCOMPARE(entry.at, m_now);
    // Decided: no second decision.
    r = post(QStringLiteral("/desk/submissions/%1/approve").arg(id),
             { { QStringLiteral("csrf"), csrf }, version }, browser);
    QCOMPARE(r.status, 409);
    QCOMPARE(m_store->mandate(id)->status, QStringLiteral("rejected"));
    const QString page = QString::fromUtf8(get(QStringLiteral("/desk/submissions/") + id, browser).body);
    QVERIFY(!page.contains(QStringLiteral("id=\"approve\"")));
    QVERIFY(page.contains(QStringLiteral("Merci d&#x27;envoyer"))
            || page.contains(QStringLiteral("Merci d'envoyer")));
}

void TestReviewDesk::approvalFromTheDecisionDay()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const QString id = m_ids.at(1);
    const Reply opened = get(QStringLiteral("/desk/submissions/") + id, browser);
    const QString csrf = field(opened.body, QStringLiteral("csrf"));
    const QPair<QString, QString> version { QStringLiteral("version"),
                                            field(opened.body, QStringLiteral("version")) };
    QCOMPARE(post(QStringLiteral("/desk/submissions/%1/approve").arg(id),
                  { { QStringLiteral("csrf"), csrf }, version }, browser)
                 .status,
             303);
    const auto m = m_store->mandate(id);
    QCOMPARE(m->status, QStringLiteral("valid"));
    QCOMPARE(m->validatedOn, m_now.date());
    QCOMPARE(m->validUntil, m_now.date().addYears(1));
    QCOMPARE(m_store->audit(id).constLast().actor, QStringLiteral("reviewer"));
    QCOMPARE(m_store->audit(id).constLast().action, QStringLiteral("approved"));
}

void TestReviewDesk::reviewersHaveNoMandatesThroughTheApi()
{
    const QString token = apiLogin(QStringLiteral("reviewer"), QStringLiteral("rev-pw"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(api("GET", QStringLiteral("/api/v1/mandates/") + m_ids.at(2), token).status, 403);
    QCOMPARE(
        api("PUT", QStringLiteral("/api/v1/mandates/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
            token, R"({"name":"x","client":{"legal_name":"X"},"numbers":["+33162123456"],"use":"agents"})")
            .status,
        403);
}

void TestReviewDesk::englishOnAsking()
{
    QNetworkAccessManager browser;
    const Reply french = get(QStringLiteral("/desk/login"), browser);
    QVERIFY(french.body.contains("<html lang=\"fr\">"));
    QVERIFY2(french.body.contains("Se connecter"), french.body.constData());
    const Reply english = get(QStringLiteral("/desk/login?lang=en"), browser);
    QVERIFY(english.body.contains("<html lang=\"en\">"));
    QVERIFY(english.body.contains("Sign in"));
    // Kept for the next page by its cookie.
    QVERIFY(get(QStringLiteral("/desk/login"), browser).body.contains("<html lang=\"en\">"));
}

void TestReviewDesk::adminsManageTheirAccountsUsers()
{
    QNetworkAccessManager browser;
    Reply r = signIn(browser, QStringLiteral("boss"), QStringLiteral("boss-pw"));
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), QByteArray("/desk/users"));
    const Reply page = get(QStringLiteral("/desk/users"), browser);
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    // The account's users, nobody else's (no reviewer, no other account).
    for (const char* login : { "agent", "boss", "seat" })
        QVERIFY2(html.contains(QStringLiteral("id=\"user-%1\"").arg(QLatin1String(login))), qPrintable(html));
    for (const char* login : { "rival", "reviewer" })
        QVERIFY(!html.contains(QStringLiteral("id=\"user-%1\"").arg(QLatin1String(login))));
    // Not the reviewers' pages, and a reviewer not the administrators'.
    QCOMPARE(get(QStringLiteral("/desk/queue"), browser).status, 403);
    QNetworkAccessManager reviewer;
    QCOMPARE(signIn(reviewer, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    QCOMPARE(get(QStringLiteral("/desk/users"), reviewer).status, 403);
    // Another account's user is out of reach; one's own access cannot be cut.
    const QString csrf = field(page.body, QStringLiteral("csrf"));
    QCOMPARE(post(QStringLiteral("/desk/users/rival/disable"), { { QStringLiteral("csrf"), csrf } }, browser)
                 .status,
             404);
    QCOMPARE(post(QStringLiteral("/desk/users/boss/disable"), { { QStringLiteral("csrf"), csrf } }, browser)
                 .status,
             400);
    // Disabling ends the user's sessions; enabling lets it sign in again.
    const QString seat = apiLogin(QStringLiteral("seat"), QStringLiteral("seat-pw"));
    QCOMPARE(api("GET", QStringLiteral("/api/v1/changes"), seat).status, 200);
    QCOMPARE(post(QStringLiteral("/desk/users/seat/disable"), { { QStringLiteral("csrf"), csrf } }, browser)
                 .status,
             303);
    QCOMPARE(api("GET", QStringLiteral("/api/v1/changes"), seat).status, 401);
    QVERIFY(apiLogin(QStringLiteral("seat"), QStringLiteral("seat-pw")).isEmpty());
    QVERIFY(QString::fromUtf8(get(QStringLiteral("/desk/users"), browser).body)
                .contains(QStringLiteral("<td class=\"state\">désactivé</td>")));
    QCOMPARE(
        post(QStringLiteral("/desk/users/seat/enable"), { { QStringLiteral("csrf"), csrf } }, browser).status,
        303);
    QVERIFY(!apiLogin(QStringLiteral("seat"), QStringLiteral("seat-pw")).isEmpty());
    // Without the form's token, nothing.
    QCOMPARE(post(QStringLiteral("/desk/users/seat/disable"), {}, browser).status, 403);
    QVERIFY(!apiLogin(QStringLiteral("seat"), QStringLiteral("seat-pw")).isEmpty());
}

void TestReviewDesk::rightWithdrawnAnswers403AtTheNextCall()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    const QString csrf = field(get(QStringLiteral("/desk/users"), browser).body, QStringLiteral("csrf"));
    const QString seat = apiLogin(QStringLiteral("seat"), QStringLiteral("seat-pw"));
    const QString path = QStringLiteral("/api/v1/mandates/") + m_ids.at(2);
    QCOMPARE(api("GET", path, seat).status, 200);
    QCOMPARE(post(QStringLiteral("/desk/users/seat/withdraw"), { { QStringLiteral("csrf"), csrf } }, browser)
                 .status,
             303);
    QCOMPARE(m_store->accountUsers(QStringLiteral("acme")).at(2).mandatesRight, false);
    // The same session, its next call: refused for want of the right (not signed out).
    const Reply refused = api("GET", path, seat);
    QCOMPARE(refused.status, 403);
    QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("forbidden"));
    QCOMPARE(
        post(QStringLiteral("/desk/users/seat/grant"), { { QStringLiteral("csrf"), csrf } }, browser).status,
        303);
    QCOMPARE(api("GET", path, seat).status, 200);
}

void TestReviewDesk::invitationSetsThePasswordOnce()
{
    QNetworkAccessManager admin;
    QCOMPARE(signIn(admin, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    const QString csrf = field(get(QStringLiteral("/desk/users"), admin).body, QStringLiteral("csrf"));
    // A login that exists, or that is not a login: refused.
    QCOMPARE(post(QStringLiteral("/desk/users/invite"),
                  { { QStringLiteral("csrf"), csrf }, { QStringLiteral("login"), QStringLiteral("rival") } },
                  admin)
                 .status,
             409);
    QCOMPARE(
        post(QStringLiteral("/desk/users/invite"),
             { { QStringLiteral("csrf"), csrf }, { QStringLiteral("login"), QStringLiteral("<b>x</b>") } },
             admin)
            .status,
        400);
    const Reply invited = post(QStringLiteral("/desk/users/invite"),
                               { { QStringLiteral("csrf"), csrf },
                                 { QStringLiteral("login"), QStringLiteral("newcomer") },
                                 { QStringLiteral("right"), QStringLiteral("mandates") } },
                               admin);
    QCOMPARE(invited.status, 200);
    const QString link = invitationLink(invited);
    QVERIFY2(link.startsWith(QLatin1String("/desk/invitation/")), invited.body.constData());
    // Invited: listed, not yet able to sign in.
    QVERIFY(get(QStringLiteral("/desk/users"), admin).body.contains("id=\"user-newcomer\""));
    QVERIFY(apiLogin(QStringLiteral("newcomer"), QString()).isEmpty());
    // Whoever holds the link chooses the password, once.
    QNetworkAccessManager newcomer;
    const Reply form = get(link, newcomer);
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("newcomer"));
    const QString pre = field(form.body, QStringLiteral("csrf"));
    QCOMPARE(post(link,
                  { { QStringLiteral("csrf"), pre },
                    { QStringLiteral("password"), QStringLiteral("short") },
                    { QStringLiteral("again"), QStringLiteral("short") } },
                  newcomer)
                 .status,
             400);
    QCOMPARE(post(link,
                  { { QStringLiteral("csrf"), pre },
                    { QStringLiteral("password"), QStringLiteral("a long password") },
                    { QStringLiteral("again"), QStringLiteral("another long one") } },
                  newcomer)
                 .status,
             400);
    const Reply set = post(link,
                           { { QStringLiteral("csrf"), pre },
                             { QStringLiteral("password"), QStringLiteral("a long password") },
                             { QStringLiteral("again"), QStringLiteral("a long password") } },
                           newcomer);
    QCOMPARE(set.status, 200);
    QVERIFY(set.body.contains("id=\"welcome\""));
    const QString token = apiLogin(QStringLiteral("newcomer"), QStringLiteral("a long password"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(api("GET", QStringLiteral("/api/v1/mandates/") + m_ids.at(2), token).status,
             200); // the right it was given
    // Used: the link no longer works.
    QCOMPARE(get(link, newcomer).status, 404);
    QCOMPARE(get(QStringLiteral("/desk/invitation/not-a-token"), newcomer).status, 404);
}

void TestReviewDesk::pagesCountAgainstTheSessionsRate()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    m_server->setRequestsPerMinute(5);
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses << get(QStringLiteral("/desk/queue"), browser).status;
    m_server->setRequestsPerMinute(0); // the default again
    QCOMPARE(statuses, (QList<int> { 200, 200, 200, 200, 200, 429 }));
}

void TestReviewDesk::decisionOnTheVersionSeen()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const QString id = m_ids.at(2);
    const Reply page = get(QStringLiteral("/desk/submissions/") + id, browser);
    const QString csrf = field(page.body, QStringLiteral("csrf"));
    const QString seen = field(page.body, QStringLiteral("version"));
    QCOMPARE(seen, QString::number(m_store->mandate(id)->version));
    // Another version arrives while the page is open (here through the store itself).
    auto m = m_store->mandate(id);
    QString error;
    QVERIFY2(m_store->saveMandate(*m, m_now, &error), qPrintable(error));
    const Reply r = post(QStringLiteral("/desk/submissions/%1/approve").arg(id),
                         { { QStringLiteral("csrf"), csrf }, { QStringLiteral("version"), seen } }, browser);
    QCOMPARE(r.status, 409);
    QCOMPARE(m_store->mandate(id)->status, QStringLiteral("under_review"));
    // Without a version at all, the same.
    QCOMPARE(post(QStringLiteral("/desk/submissions/%1/approve").arg(id),
                  { { QStringLiteral("csrf"), csrf } }, browser)
                 .status,
             409);
    QCOMPARE(m_store->mandate(id)->status, QStringLiteral("under_review"));
}

void TestReviewDesk::formsDecodedOnce()
{
    // What a person types is what is kept: "%41" stays "%41", a "+" stays a "+".
    QNetworkAccessManager admin;
    QCOMPARE(signIn(admin, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    const QString csrf = field(get(QStringLiteral("/desk/users"), admin).body, QStringLiteral("csrf"));
    const Reply invited = post(
        QStringLiteral("/desk/users/invite"),
        { { QStringLiteral("csrf"), csrf }, { QStringLiteral("login"), QStringLiteral("typist") } }, admin);
    const QString link = invitationLink(invited);
    QNetworkAccessManager typist;
    const QString pre = field(get(link, typist).body, QStringLiteral("csrf"));
    const QString password = QStringLiteral("Secret%41pass+100% sûr");
    QCOMPARE(post(link,
                  { { QStringLiteral("csrf"), pre },
                    { QStringLiteral("password"), password },
                    { QStringLiteral("again"), password } },
                  typist)
                 .status,
             200);
    QVERIFY(!apiLogin(QStringLiteral("typist"), password).isEmpty());
    QVERIFY(apiLogin(QStringLiteral("typist"), QStringLiteral("SecretApass 100% sûr")).isEmpty());
}

void TestReviewDesk::loginsWithPercentReachThatUserOnly()
{
    QString error;
    QVERIFY(m_store->addUser(QStringLiteral("ag%65nt"), QStringLiteral("pw-percent"), QStringLiteral("acme"),
                             false, true, &error));
    QNetworkAccessManager admin;
    QCOMPARE(signIn(admin, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    const Reply page = get(QStringLiteral("/desk/users"), admin);
    // The page's own button for that user.
    QVERIFY2(page.body.contains("action=\"/desk/users/ag%2565nt/disable\""), page.body.constData());
    QCOMPARE(post(QStringLiteral("/desk/users/ag%2565nt/disable"),
                  { { QStringLiteral("csrf"), field(page.body, QStringLiteral("csrf")) } }, admin)
                 .status,
             303);
    QVERIFY(apiLogin(QStringLiteral("ag%65nt"), QStringLiteral("pw-percent")).isEmpty());
    QVERIFY(!apiLogin(QStringLiteral("agent"), QStringLiteral("agent-pw")).isEmpty()); // not agent
}

void TestReviewDesk::secretsNeverRecorded()
{
    const QString record = m_dir.filePath(QStringLiteral("recorded.jsonl"));
    QVERIFY(m_server->setRequestRecord(record));
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    QNetworkAccessManager admin;
    QCOMPARE(signIn(admin, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    const QString csrf = field(get(QStringLiteral("/desk/users"), admin).body, QStringLiteral("csrf"));
    const Reply invited = post(
        QStringLiteral("/desk/users/invite"),
        { { QStringLiteral("csrf"), csrf }, { QStringLiteral("login"), QStringLiteral("quiet") } }, admin);
    const QString link = invitationLink(invited);
    QNetworkAccessManager quiet;
    const QString pre = field(get(link, quiet).body, QStringLiteral("csrf"));
    QCOMPARE(post(link,
                  { { QStringLiteral("csrf"), pre },
                    { QStringLiteral("password"), QStringLiteral("quiet-password") },
                    { QStringLiteral("again"), QStringLiteral("quiet-password") } },
                  quiet)
                 .status,
             200);
    QVERIFY(m_server->setRequestRecord({}));
    QByteArray everything = Fixtures::readFile(record);
    const QDir bodies(record + QStringLiteral(".bodies"));
    for (const QString& name : bodies.entryList(QDir::Files))
        everything += Fixtures::readFile(bodies.filePath(name));
    QVERIFY(everything.contains("/desk/invitation/<token>"));
    for (const QByteArray& secret : { QByteArray("rev-pw"), QByteArray("boss-pw"),
                                      QByteArray("quiet-password"), link.section(u'/', -1).toLatin1() })
        QVERIFY2(!everything.contains(secret), secret.constData());
}

void TestReviewDesk::invitationEndsWithTheUserDisabled()
{
    QNetworkAccessManager admin;
    QCOMPARE(signIn(admin, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    const QString csrf = field(get(QStringLiteral("/desk/users"), admin).body, QStringLiteral("csrf"));
    auto invite = [&](const QString& login) {
        const Reply r = post(QStringLiteral("/desk/users/invite"),
                             { { QStringLiteral("csrf"), csrf }, { QStringLiteral("login"), login } }, admin);
        return qMakePair(r.status, invitationLink(r));
    };
    const auto first = invite(QStringLiteral("revoked"));
    QCOMPARE(first.first, 200);
    // Disabled before it was used: its link no longer works.
    QCOMPARE(post(QStringLiteral("/desk/users/revoked/disable"), { { QStringLiteral("csrf"), csrf } }, admin)
                 .status,
             303);
    QNetworkAccessManager holder;
    QCOMPARE(get(first.second, holder).status, 404);
    // Invited again: a new link, the old one still dead.
    const auto second = invite(QStringLiteral("revoked"));
    QCOMPARE(second.first, 200);
    QVERIFY(second.second != first.second);
    QCOMPARE(get(first.second, holder).status, 404);
    QCOMPARE(get(second.second, holder).status, 200);
    // Another account's login, a reviewer's, in another case: taken.
    QCOMPARE(invite(QStringLiteral("REVIEWER")).first, 409);
    QCOMPARE(invite(QStringLiteral("Rival")).first, 409);
    QCOMPARE(invite(QStringLiteral("agent")).first, 409); // an active user is not invited again
}

void TestReviewDesk::noticesSayOnlyWhatHappened()
{
    QNetworkAccessManager admin;
    QCOMPARE(signIn(admin, QStringLiteral("boss"), QStringLiteral("boss-pw")).status, 303);
    QVERIFY(!get(QStringLiteral("/desk/users?done=disable&login=Appelez+le+01+02+03+04+05"), admin)
                 .body.contains("id=\"done\""));
    QVERIFY(get(QStringLiteral("/desk/users?done=disable&login=seat"), admin).body.contains("id=\"done\""));
    QNetworkAccessManager reviewer;
    QCOMPARE(signIn(reviewer, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    QVERIFY(!get(QStringLiteral("/desk/queue?done=Appelez+le+01"), reviewer).body.contains("id=\"done\""));
}

void TestReviewDesk::everyAnswerHasItsHeaders()
{
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    const QString csrf = field(get(QStringLiteral("/desk/queue"), browser).body, QStringLiteral("csrf"));
    for (const Reply& r : { get(QStringLiteral("/desk/nothing-here"), browser),
                            post(QStringLiteral("/desk/submissions/%1/frobnicate").arg(m_ids.at(2)),
                                 { { QStringLiteral("csrf"), csrf } }, browser),
                            api("GET", QStringLiteral("/api/v1/changes"), m_agent) }) {
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY2(r.header("content-security-policy").startsWith("default-src 'none'"),
                 r.header("content-security-policy").constData());
    }
}

void TestReviewDesk::queueByPages()
{
    // 105 submissions of one provider, a minute apart: the oldest first, a page of 100 at a time.
    QStringList made;
    QString error;
    for (int i = 0; i < ReviewDesk::kQueuePage + 5; ++i) {
        PortalStore::Mandate m;
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.account = QStringLiteral("bulk");
        m.data
            = QJsonObject { { "name", QStringLiteral("Lot %1").arg(i) },
                            { "client", QJsonObject { { "legal_name", "BULK" }, { "siren", "732829320" } } },
                            { "numbers", QJsonArray { "+33972101010" } },
                            { "use", "agents" } };
        const QDateTime at = m_now.addSecs(-3600 + 60 * i);
        QVERIFY2(m_store->saveMandate(m, at, &error), qPrintable(error));
        m.status = QStringLiteral("under_review");
        QVERIFY2(m_store->setStatus(m, at, &error), qPrintable(error));
        made << m.id;
    }
    QNetworkAccessManager browser;
    QCOMPARE(signIn(browser, QStringLiteral("reviewer"), QStringLiteral("rev-pw")).status, 303);
    auto listed = [](const Reply& r) {
        QStringList ids;
        const QRegularExpression link(QStringLiteral("href=\"/desk/submissions/([0-9a-f-]{36})\""));
        for (auto it = link.globalMatch(QString::fromUtf8(r.body)); it.hasNext();)
            ids << it.next().captured(1);
        return ids;
    };
    const Reply first = get(QStringLiteral("/desk/queue?provider=bulk"), browser);
    QCOMPARE(listed(first), made.mid(0, ReviewDesk::kQueuePage));
    QVERIFY2(QString::fromUtf8(first.body).contains(QStringLiteral("1 à 100 sur 105 dossiers")),
             first.body.constData());
    QVERIFY(!first.body.contains("id=\"previous\""));
    const QString next = QRegularExpression(QStringLiteral("id=\"next\" href=\"([^\"]+)\""))
                             .match(QString::fromUtf8(first.body))
                             .captured(1);
    QCOMPARE(next, QStringLiteral("/desk/queue?provider=bulk&amp;page=2"));
    const Reply second = get(QStringLiteral("/desk/queue?provider=bulk&page=2"), browser);
    QCOMPARE(listed(second), made.mid(ReviewDesk::kQueuePage));
    QVERIFY(second.body.contains("id=\"previous\""));
    QVERIFY(!second.body.contains("id=\"next\""));
    // A page past the last is the last.
    QCOMPARE(listed(get(QStringLiteral("/desk/queue?provider=bulk&page=99"), browser)),
             made.mid(ReviewDesk::kQueuePage));
}

QTEST_MAIN(TestReviewDesk)
#include "TestReviewDesk.moc"
