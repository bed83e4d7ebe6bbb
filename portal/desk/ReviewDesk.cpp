#include "ReviewDesk.h"

#include "PortalRequest.h"
#include "PortalServer.h"
#include "numbering/NumberCategory.h"
#include "numbering/NumberClassifier.h"
#include "rules/DossierRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace Mandat {

using namespace DeskHtml;
using Status = QHttpServerResponse::StatusCode;

namespace {
QString statusLabel(Language language, const QString& status)
{
    if (status == QLatin1String("not_submitted"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Not submitted"));
    if (status == QLatin1String("under_review"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Under review"));
    if (status == QLatin1String("rejected"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Rejected"));
    if (status == QLatin1String("valid"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Valid"));
    if (status == QLatin1String("expired"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Expired"));
    return status;
}

QString kindLabel(Language language, const QString& kind)
{
    if (kind == QLatin1String("kbis"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Kbis extract"));
    if (kind == QLatin1String("invoice"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Phone invoice"));
    if (kind == QLatin1String("mandate"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Signed mandate"));
    return kind;
}

// What the date found on a document is (DateRoles::roleCode), for a person.
QString dateRoleLabel(Language language, const QString& code)
{
    static const std::pair<const char*, const char*> roles[] = {
        { "kbis_up_to_date", QT_TRANSLATE_NOOP("ReviewDesk", "the day the extract is up to date") },
        { "kbis_delivered", QT_TRANSLATE_NOOP("ReviewDesk", "the day the extract was delivered") },
        { "kbis_footer", QT_TRANSLATE_NOOP("ReviewDesk", "the date in the extract's footer") },
        { "situation_at", QT_TRANSLATE_NOOP("ReviewDesk", "the day the situation is given at") },
        { "print_date", QT_TRANSLATE_NOOP("ReviewDesk", "the day it was printed") },
        { "invoice_date", QT_TRANSLATE_NOOP("ReviewDesk", "the invoice's date") },
        { "billing_period", QT_TRANSLATE_NOOP("ReviewDesk", "the end of the billing period") },
        { "due_date", QT_TRANSLATE_NOOP("ReviewDesk", "the due date") },
        { "direct_debit", QT_TRANSLATE_NOOP("ReviewDesk", "the direct debit's date") },
        { "signed_on", QT_TRANSLATE_NOOP("ReviewDesk", "the signing date") },
        { "registration", QT_TRANSLATE_NOOP("ReviewDesk", "the registration date") },
        { "modification", QT_TRANSLATE_NOOP("ReviewDesk", "the date of a change") },
    };
    for (const auto& [role, label] : roles)
        if (code == QLatin1String(role))
            return text(language, label);
    return code;
}

QString digits(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

QString date(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString option(const QString& value, const QString& label, const QString& selected)
{
    return QStringLiteral("<option value=\"%1\"%2>%3</option>")
        .arg(escape(value), value == selected ? QStringLiteral(" selected") : QString(), escape(label));
}
} // namespace

ReviewDesk::ReviewDesk(PortalServer& server, PortalStore& store)
    : m_server(server)
    , m_store(store)
{ }

QStringList ReviewDesk::rejectionCodes()
{
    return { QStringLiteral("stale_kbis"),
             QStringLiteral("stale_invoice"),
             QStringLiteral("number_not_on_invoice"),
             QStringLiteral("unsigned_mandate"),
             QStringLiteral("holder_mismatch"),
             QStringLiteral("siren_mismatch"),
             QStringLiteral("unreadable_document"),
             QStringLiteral("other") };
}

QString ReviewDesk::rejectionLabel(Language language, const QString& code)
{
    if (code == QLatin1String("stale_kbis"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Kbis extract older than 3 months"));
    if (code == QLatin1String("stale_invoice"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Invoice older than 3 months"));
    if (code == QLatin1String("number_not_on_invoice"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "A number is not on the invoice"));
    if (code == QLatin1String("unsigned_mandate"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Mandate not signed or not stamped"));
    if (code == QLatin1String("holder_mismatch"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Invoice not in the client's name"));
    if (code == QLatin1String("siren_mismatch"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The Kbis extract is another company's"));
    if (code == QLatin1String("unreadable_document"))
        return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "A document cannot be read"));
    return text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Other reason"));
}

QString ReviewDesk::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ReviewDesk::sameSecret(const QString& a, const QString& b)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

QString ReviewDesk::csrfFor(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash("mandatdesk-csrf:" + token.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Page ReviewDesk::page(const PortalRequest& request, const QString& title, const Session* session) const
{
    Page p;
    p.language = languageOf(request);
    p.title = title;
    p.path = request.url().path();
    if (session) {
        p.user = session->user.login;
        p.csrf = session->csrf;
    }
    return p;
}

bool ReviewDesk::mayUse(const PortalStore::User& user)
{
    return user.reviewer || user.admin;
}

std::optional<ReviewDesk::Session> ReviewDesk::signedIn(const PortalRequest& request,
                                                        QHttpServerResponse* refusal, Who who, bool form)
{
    const Language language = languageOf(request);
    const QString token = cookies(request).value(QStringLiteral("__Host-md_session"));
    bool expired = false;
    const auto user
        = token.isEmpty() ? std::nullopt : m_store.userForToken(token, m_server.m_now(), &expired);
    if (!user || !mayUse(*user)) {
        if (form) {
            Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Sign in")), nullptr);
            p.body = QStringLiteral("<p class=\"error\">%1</p><p><a href=\"/desk/login\">%2</a></p>")
                         .arg(escape(text(
                                  language,
                                  QT_TRANSLATE_NOOP("ReviewDesk", "Your session has ended: sign in again."))),
                              escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Sign in"))));
            *refusal = render(p, Status::Forbidden);
        } else {
            *refusal = redirect(QStringLiteral("/desk/login"));
        }
        return std::nullopt;
    }
    // Pages count against the session's requests a minute, as the API's calls do.
    if (!m_server.withinRate(QStringLiteral("token:") + token, refusal))
        return std::nullopt;
    Session s { *user, token, csrfFor(token) };
    if ((who == Who::Reviewer && !user->reviewer) || (who == Who::Administrator && user->reviewer)) {
        Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Refused")), &s);
        p.body = QStringLiteral("<p class=\"error\" id=\"not-yours\">%1</p><p><a href=\"/desk\">%2</a></p>")
                     .arg(escape(text(language,
                                      QT_TRANSLATE_NOOP("ReviewDesk", "This page is not for your account."))),
                          escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back"))));
        *refusal = render(p, Status::Forbidden);
        return std::nullopt;
    }
    if (form
        && !sameSecret(form ? DeskHtml::form(request).value(QStringLiteral("csrf")) : QString(), s.csrf)) {
        Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Refused")), &s);
        p.body = QStringLiteral("<p class=\"error\" id=\"csrf-refused\">%1</p>")
                     .arg(escape(text(
                         language,
                         QT_TRANSLATE_NOOP("ReviewDesk",
                                           "This form did not come from this page: nothing was done."))));
        *refusal = render(p, Status::Forbidden);
        return std::nullopt;
    }
    return s;
}

QHttpServerResponse ReviewDesk::home(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Anyone);
    if (!s)
        return refusal;
    return redirect(s->user.reviewer ? QStringLiteral("/desk/queue") : QStringLiteral("/desk/users"));
}

QHttpServerResponse ReviewDesk::loginForm(const PortalRequest& request, const QString& message,
                                          QHttpServerResponse::StatusCode status)
{
    const Language language = languageOf(request);
    // Before a session, the form's token is a cookie of its own (double submit).
    const QString pre = randomToken();
    Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Sign in")), nullptr);
    p.path = QStringLiteral("/desk/login");
    if (!message.isEmpty())
        p.body += QStringLiteral("<p class=\"error\" id=\"login-error\" role=\"alert\">%1</p>")
                      .arg(escape(message));
    p.body += QStringLiteral(
                  "<form method=\"post\" action=\"/desk/login\" class=\"card narrow\">"
                  "<input type=\"hidden\" name=\"csrf\" value=\"%1\">"
                  "<label for=\"login\">%2</label>"
                  "<input id=\"login\" name=\"login\" autocomplete=\"username\" required maxlength=\"256\">"
                  "<label for=\"password\">%3</label>"
                  "<input id=\"password\" name=\"password\" type=\"password\" "
                  "autocomplete=\"current-password\" required maxlength=\"1024\">"
                  "<button type=\"submit\" id=\"sign-in\">%4</button></form>"
                  "<p class=\"hint\">%5</p>")
                  .arg(pre, escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Login"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Password"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Sign in"))),
                       escape(text(language,
                                   QT_TRANSLATE_NOOP("ReviewDesk",
                                                     "For the operator's reviewers and the accounts' "
                                                     "administrators. Providers' users use MandatDesk."))));
    return render(p, status, { cookie("__Host-md_pre", pre.toLatin1(), 1800) });
}

QHttpServerResponse ReviewDesk::loginPage(const PortalRequest& request)
{
    return loginForm(request, {}, Status::Ok);
}

QHttpServerResponse ReviewDesk::login(const PortalRequest& request)
{
    const Language language = languageOf(request);
    const Form fields = form(request);
    if (!sameSecret(fields.value(QStringLiteral("csrf")),
                    cookies(request).value(QStringLiteral("__Host-md_pre"))))
        return loginForm(
            request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The sign-in form expired: try again.")),
            Status::Forbidden);
    const QString login = fields.value(QStringLiteral("login"));
    const PortalServer::LoginAttempt attempt
        = m_server.attemptLogin(login, fields.value(QStringLiteral("password")), request.clientAddress());
    if (attempt.waitSeconds > 0) {
        QHttpServerResponse r = loginForm(
            request,
            text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Too many sign-in attempts: try again in %1 s."))
                .arg(attempt.waitSeconds),
            Status::TooManyRequests);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(attempt.waitSeconds));
        return r;
    }
    if (!attempt.user)
        return loginForm(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Wrong login or password.")),
                         Status::Unauthorized);
    if (!mayUse(*attempt.user))
        return loginForm(request,
                         text(language,
                              QT_TRANSLATE_NOOP("ReviewDesk",
                                                "This portal is for the operator's reviewers and the "
                                                "accounts' administrators.")),
                         Status::Forbidden);
    const QString token = m_store.newToken(attempt.user->id, m_server.m_now().addSecs(kSessionSeconds));
    if (token.isEmpty())
        return loginForm(
            request,
            text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The session could not be opened: try again.")),
            Status::InternalServerError);
    return redirect(
        attempt.user->reviewer ? QStringLiteral("/desk/queue") : QStringLiteral("/desk/users"),
        { cookie("__Host-md_session", token.toLatin1(), kSessionSeconds), cookie("__Host-md_pre", "", 0) });
}

QHttpServerResponse ReviewDesk::logout(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Anyone, true);
    if (!s)
        return refusal;
    m_store.endSession(s->token);
    return redirect(QStringLiteral("/desk/login"), { cookie("__Host-md_session", "", 0) });
}

QHttpServerResponse ReviewDesk::queue(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Reviewer);
    if (!s)
        return refusal;
    const Language language = languageOf(request);
    const QUrlQuery query = request.query();
    const QString status = query.hasQueryItem(QStringLiteral("status"))
        ? query.queryItemValue(QStringLiteral("status"))
        : QStringLiteral("under_review");
    const QString provider = query.queryItemValue(QStringLiteral("provider"), QUrl::FullyDecoded).trimmed();
    const int age = query.queryItemValue(QStringLiteral("age")).toInt();
    const QString search = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    const QString searchDigits = digits(search);
    const QDateTime now = m_server.m_now();

    QList<PortalStore::Mandate> rows = m_store.mandates(status == QLatin1String("all") ? QString() : status);
    rows.erase(std::remove_if(
                   rows.begin(), rows.end(),
                   [&](const PortalStore::Mandate& m) {
                       if (!provider.isEmpty() && m.account.compare(provider, Qt::CaseInsensitive) != 0)
                           return true;
                       if (age > 0 && m.updatedAt.daysTo(now) < age)
                           return true;
                       if (searchDigits.isEmpty())
                           return !search.isEmpty(); // a search without digits finds nothing
                       const QJsonObject client = m.data.value(QStringLiteral("client")).toObject();
                       if (digits(client.value(QStringLiteral("siren")).toString()).contains(searchDigits))
                           return false;
                       for (const QJsonValue& n : m.data.value(QStringLiteral("numbers")).toArray()) {
                           const QString e164 = n.toString();
                           const QString national = QLatin1Char('0') + digits(e164).mid(2);
                           if (digits(e164).contains(searchDigits) || national.contains(searchDigits))
                               return false;
                       }
                       return true;
                   }),
               rows.end());
    // Oldest first: the longest waiting is decided first.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PortalStore::Mandate& a, const PortalStore::Mandate& b) {
                         return a.updatedAt < b.updatedAt;
                     });

    Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Submissions")), &*s);
    const QString done = query.queryItemValue(QStringLiteral("done"));
    if (const std::optional<PortalStore::Mandate> decided
        = done.isEmpty() ? std::nullopt : m_store.mandate(done)) {
        const QString what
            = QStringLiteral("%1 — %2").arg(decided->data.value(QStringLiteral("client"))
                                                .toObject()
                                                .value(QStringLiteral("legal_name"))
                                                .toString(),
                                            decided->data.value(QStringLiteral("name")).toString());
        p.body += QStringLiteral("<p class=\"notice\" id=\"done\" role=\"status\">%1</p>")
                      .arg(escape(text(language,
                                       QT_TRANSLATE_NOOP("ReviewDesk",
                                                         "The decision on %1 is recorded and sent to the "
                                                         "provider."))
                                      .arg(what)));
    }
    p.body += QStringLiteral("<form method=\"get\" action=\"/desk/queue\" class=\"filters\">");
    p.body += QStringLiteral("<label>%1 <select name=\"status\" id=\"status\">")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Status"))));
    for (const char* code : { "under_review", "rejected", "valid", "expired", "not_submitted" })
        p.body += option(QLatin1String(code), statusLabel(language, QLatin1String(code)), status);
    p.body += option(QStringLiteral("all"), text(language, QT_TRANSLATE_NOOP("ReviewDesk", "All")), status)
        + QStringLiteral("</select></label>");
    p.body
        += QStringLiteral("<label>%1 <input name=\"provider\" id=\"provider\" value=\"%2\" maxlength=\"100\">"
                          "</label>")
               .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Provider"))), escape(provider));
    p.body += QStringLiteral("<label>%1 <select name=\"age\" id=\"age\">")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Waiting"))));
    p.body += option(QStringLiteral("0"), text(language, QT_TRANSLATE_NOOP("ReviewDesk", "any time")),
                     QString::number(age));
    for (int days : { 2, 7, 30 })
        p.body += option(QString::number(days),
                         text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 days or more")).arg(days),
                         QString::number(age));
    p.body += QStringLiteral("</select></label>");
    p.body
        += QStringLiteral(
               "<label>%1 <input name=\"q\" id=\"q\" value=\"%2\" maxlength=\"40\" "
               "placeholder=\"%3\"></label><button type=\"submit\" id=\"filter\">%4</button></form>")
               .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "SIREN or number"))),
                    escape(search), escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "e.g. 518452750"))),
                    escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Filter"))));
    // A page at a time, the longest waiting first.
    const qsizetype pages = qMax<qsizetype>(1, (rows.size() + kQueuePage - 1) / kQueuePage);
    const qsizetype pageNumber
        = qBound<qsizetype>(1, query.queryItemValue(QStringLiteral("page")).toLongLong(), pages);
    const qsizetype first = (pageNumber - 1) * kQueuePage;
    const qsizetype last = qMin<qsizetype>(rows.size(), first + kQueuePage);
    QString count = rows.size() == 1
        ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "1 submission"))
        : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 submissions")).arg(rows.size());
    if (pages > 1)
        count = text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 to %2 of %3 submissions"))
                    .arg(first + 1)
                    .arg(last)
                    .arg(rows.size());
    p.body += QStringLiteral("<p class=\"count\" id=\"count\">%1</p>").arg(escape(count));
    if (rows.isEmpty()) {
        p.body += QStringLiteral("<p class=\"empty\">%1</p>")
                      .arg(escape(text(
                          language, QT_TRANSLATE_NOOP("ReviewDesk", "Nothing to show with these filters."))));
        return render(p);
    }
    p.body += QStringLiteral("<table id=\"queue\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                             "<th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr></thead><tbody>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Since"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Waiting"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Provider"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Client"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Dossier"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "SIREN"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Numbers"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Status"))));
    for (const PortalStore::Mandate& m : rows.mid(first, last - first)) {
        const QJsonObject client = m.data.value(QStringLiteral("client")).toObject();
        // Waiting means under review; a decided one waits for nobody.
        const qint64 days = m.updatedAt.daysTo(now);
        const QString waiting = m.status != QLatin1String("under_review") ? QStringLiteral("—")
            : days == 1 ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "1 day"))
                        : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 days")).arg(days);
        p.body
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><a class=\"open\" href=\"/desk/"
                              "submissions/%4\">%5</a></td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>")
                   .arg(escape(date(m.updatedAt)), escape(waiting), escape(m.account), escape(m.id),
                        escape(client.value(QStringLiteral("legal_name")).toString()),
                        escape(m.data.value(QStringLiteral("name")).toString()),
                        escape(client.value(QStringLiteral("siren")).toString()),
                        QString::number(m.data.value(QStringLiteral("numbers")).toArray().size()),
                        escape(statusLabel(language, m.status)));
    }
    p.body += QStringLiteral("</tbody></table>");
    if (pages > 1) {
        // The same filters, another page.
        auto link = [&](qsizetype to, const char* label, const char* id) {
            QUrlQuery target;
            for (const char* key : { "status", "provider", "age", "q" })
                if (query.hasQueryItem(QLatin1String(key)))
                    target.addQueryItem(QLatin1String(key),
                                        query.queryItemValue(QLatin1String(key), QUrl::FullyEncoded));
            target.addQueryItem(QStringLiteral("page"), QString::number(to));
            return QStringLiteral("<a id=\"%1\" href=\"/desk/queue?%2\">%3</a>")
                .arg(QLatin1String(id), escape(target.query(QUrl::FullyEncoded)),
                     escape(text(language, label)));
        };
        p.body += QStringLiteral("<nav class=\"pages\">");
        if (pageNumber > 1)
            p.body += link(pageNumber - 1, QT_TRANSLATE_NOOP("ReviewDesk", "Previous page"), "previous");
        if (pageNumber < pages)
            p.body += link(pageNumber + 1, QT_TRANSLATE_NOOP("ReviewDesk", "Next page"), "next");
        p.body += QStringLiteral("</nav>");
    }
    return render(p);
}

QHttpServerResponse ReviewDesk::submission(const QString& id, const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Reviewer);
    if (!s)
        return refusal;
    const Language language = languageOf(request);
    const std::optional<PortalStore::Mandate> m = m_store.mandate(id);
    if (!m) {
        Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Not found")), &*s);
        p.body = QStringLiteral("<p class=\"error\">%1</p><p><a href=\"/desk/queue\">%2</a></p>")
                     .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "There is no submission %1."))
                                     .arg(id)),
                          escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the queue"))));
        return render(p, Status::NotFound);
    }
    const QJsonObject client = m->data.value(QStringLiteral("client")).toObject();
    const QString use = m->data.value(QStringLiteral("use")).toString();
    Page p = page(request, client.value(QStringLiteral("legal_name")).toString(), &*s);
    p.body += QStringLiteral("<p><a href=\"/desk/queue\">%1</a></p>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the queue"))));
    p.body
        += QStringLiteral("<p class=\"status %1\" id=\"status-line\">%2 — %3 %4 — %5</p>")
               .arg(escape(m->status), escape(statusLabel(language, m->status)),
                    escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "version"))),
                    QString::number(m->version),
                    escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "provider %1")).arg(m->account)));
    if (m->status == QLatin1String("rejected"))
        p.body += QStringLiteral("<p class=\"reason\">%1</p>").arg(escape(m->rejectionReason));
    if (m->status == QLatin1String("valid"))
        p.body += QStringLiteral("<p class=\"reason\">%1</p>")
                      .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Valid from %1 to %2."))
                                      .arg(m->validatedOn.toString(Qt::ISODate),
                                           m->validUntil.toString(Qt::ISODate))));

    // The client.
    p.body += QStringLiteral("<section class=\"card\"><h2>%1</h2><dl id=\"client\">")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Client"))));
    const std::pair<const char*, const char*> fields[] = {
        { "legal_name", QT_TRANSLATE_NOOP("ReviewDesk", "Legal name") },
        { "legal_form", QT_TRANSLATE_NOOP("ReviewDesk", "Legal form") },
        { "siren", QT_TRANSLATE_NOOP("ReviewDesk", "SIREN") },
        { "address", QT_TRANSLATE_NOOP("ReviewDesk", "Address") },
        { "rcs_city", QT_TRANSLATE_NOOP("ReviewDesk", "Registry (RCS)") },
        { "representative_name", QT_TRANSLATE_NOOP("ReviewDesk", "Representative") },
        { "representative_title", QT_TRANSLATE_NOOP("ReviewDesk", "Representative's title") },
    };
    for (const auto& [key, label] : fields) {
        const QString value = client.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            p.body
                += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escape(text(language, label)), escape(value));
    }
    p.body += QStringLiteral("<dt>%1</dt><dd>%2</dd></dl></section>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Calls"))),
                       escape(use == QLatin1String("automated")
                                  ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "automated calls"))
                                  : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "calls by agents"))));

    // Its numbers, as the numbering plan sees them on the decision day.
    const QDate today = m_server.m_now().date();
    p.body += QStringLiteral("<section class=\"card\"><h2>%1</h2><table id=\"numbers\"><thead><tr><th>%2</th>"
                             "<th>%3</th><th>%4</th></tr></thead><tbody>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Numbers"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Number"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Category"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "May be shown for this use"))));
    for (const QJsonValue& n : m->data.value(QStringLiteral("numbers")).toArray()) {
        const NumberClassification c = NumberClassifier::builtIn().classify(n.toString(), today);
        const bool allowed = use == QLatin1String("automated") ? c.automatedAllowed : c.agentsAllowed;
        p.body += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td></tr>")
                      .arg(allowed ? QStringLiteral("ok") : QStringLiteral("bad"),
                           escape(c.national.isEmpty() ? n.toString() : c.national),
                           escape(text(language, "NumberCategory", numberCategoryLabel(c.category))),
                           escape(allowed ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "yes"))
                                          : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "no"))));
    }
    p.body += QStringLiteral("</tbody></table></section>");

    // What the portal's checks found, and each document.
    const std::optional<QJsonArray> report = m_store.checkReport(m->id, m->version);
    p.body += QStringLiteral("<section class=\"card\"><h2>%1</h2>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Documents and checks"))));
    if (!report)
        p.body += QStringLiteral("<p class=\"hint\">%1</p>")
                      .arg(escape(
                          text(language,
                               QT_TRANSLATE_NOOP(
                                   "ReviewDesk",
                                   "No check was kept for this version (it was not submitted since the desk "
                                   "opened)."))));
    QList<PortalStore::StoredDocument> stored = m_store.documents(m->id, false);
    for (const PortalStore::StoredDocument& d : std::as_const(stored)) {
        QJsonObject checked;
        for (const QJsonValue& v : report.value_or(QJsonArray()))
            if (v.toObject().value(QStringLiteral("sha256")).toString() == d.sha256
                && v.toObject().value(QStringLiteral("kind")).toString() == d.kind)
                checked = v.toObject();
        const QString url
            = QStringLiteral("/desk/submissions/%1/documents/%2/%3").arg(m->id, d.kind, d.sha256);
        p.body += QStringLiteral("<article class=\"document\" id=\"document-%1\"><h3>%2 — %3</h3><dl>")
                      .arg(escape(d.kind), escape(kindLabel(language, d.kind)), escape(d.name));
        const QString detected = checked.value(QStringLiteral("date")).toString();
        p.body += QStringLiteral("<dt>%1</dt><dd class=\"date\">%2</dd>")
                      .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Date found"))),
                           escape(detected.isEmpty() ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "none"))
                                                     : detected));
        if (!checked.value(QStringLiteral("date_role")).toString().isEmpty())
            p.body += QStringLiteral("<dt>%1</dt><dd>%2 <q>%3</q></dd>")
                          .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Read as"))),
                               escape(dateRoleLabel(language,
                                                    checked.value(QStringLiteral("date_role")).toString())),
                               escape(checked.value(QStringLiteral("date_text")).toString()));
        if (d.statedDate.isValid())
            p.body += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                          .arg(escape(text(language,
                                           QT_TRANSLATE_NOOP("ReviewDesk", "Date stated by the provider"))),
                               d.statedDate.toString(Qt::ISODate));
        if (!d.signatureConfirmedBy.isEmpty())
            p.body
                += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                       .arg(escape(text(language,
                                        QT_TRANSLATE_NOOP("ReviewDesk", "Signature and stamp confirmed by"))),
                            escape(d.signatureConfirmedBy));
        p.body += QStringLiteral("</dl>");
        const QJsonArray problems = checked.value(QStringLiteral("problems")).toArray();
        if (!problems.isEmpty()) {
            p.body += QStringLiteral("<ul class=\"problems\">");
            for (const QJsonValue& v : problems) {
                const QJsonObject problem = v.toObject();
                const bool blocking
                    = problem.value(QStringLiteral("severity")).toString() == QLatin1String("blocking");
                p.body += QStringLiteral("<li class=\"problem %1\"><span class=\"code\">%2</span> %3</li>")
                              .arg(blocking ? QStringLiteral("blocking") : QStringLiteral("warning"),
                                   escape(problem.value(QStringLiteral("code")).toString()),
                                   escape(problem.value(QStringLiteral("message")).toString()));
            }
            p.body += QStringLiteral("</ul>");
        } else if (report) {
            p.body += QStringLiteral("<p class=\"ok\">%1</p>")
                          .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "No problem found."))));
        }
        if (d.mediaType == QLatin1String("application/pdf"))
            p.body += QStringLiteral("<iframe class=\"viewer\" src=\"%1\" title=\"%2\"></iframe>")
                          .arg(escape(url), escape(d.name));
        else
            p.body += QStringLiteral("<img class=\"viewer\" src=\"%1\" alt=\"%2\">")
                          .arg(escape(url), escape(d.name));
        p.body += QStringLiteral("<p><a href=\"%1\" target=\"_blank\" rel=\"noopener\">%2</a></p></article>")
                      .arg(escape(url),
                           escape(text(language,
                                       QT_TRANSLATE_NOOP("ReviewDesk", "Open the document on its own"))));
    }
    if (stored.isEmpty())
        p.body += QStringLiteral("<p class=\"hint\">%1</p>")
                      .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "No document."))));
    p.body += QStringLiteral("</section>");

    // The decision.
    if (m->status == QLatin1String("under_review")) {
        // The version the reviewer saw: a decision is taken on it, not on a later one.
        const QString versionField
            = QStringLiteral("<input type=\"hidden\" name=\"version\" value=\"%1\">").arg(m->version);
        p.body += QStringLiteral("<section class=\"card decision\"><h2>%1</h2>")
                      .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Decision"))));
        p.body += QStringLiteral(
                      "<form method=\"post\" action=\"/desk/submissions/%1/approve\" class=\"inline\">"
                      "<input type=\"hidden\" name=\"csrf\" value=\"%2\">%4"
                      "<button type=\"submit\" id=\"approve\" class=\"approve\">%3</button></form>")
                      .arg(escape(m->id), escape(s->csrf),
                           escape(text(
                               language,
                               QT_TRANSLATE_NOOP("ReviewDesk", "Approve: valid for one year from today"))),
                           versionField);
        p.body
            += QStringLiteral("<form method=\"post\" action=\"/desk/submissions/%1/reject\" class=\"reject\">"
                              "<input type=\"hidden\" name=\"csrf\" value=\"%2\">%5"
                              "<label for=\"code\">%3</label><select id=\"code\" name=\"code\" required>"
                              "<option value=\"\">%4</option>")
                   .arg(escape(m->id), escape(s->csrf),
                        escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Reason"))),
                        escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Choose a reason"))),
                        versionField);
        for (const QString& code : rejectionCodes())
            p.body += option(code, rejectionLabel(language, code), QString());
        p.body
            += QStringLiteral(
                   "</select><label for=\"details\">%1</label>"
                   "<textarea id=\"details\" name=\"details\" maxlength=\"1000\" rows=\"3\"></textarea>"
                   "<button type=\"submit\" id=\"reject\" class=\"danger\">%2</button></form></section>")
                   .arg(escape(text(language,
                                    QT_TRANSLATE_NOOP("ReviewDesk", "Details for the provider (optional)"))),
                        escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Reject"))));
    }

    // Who did what.
    p.body += QStringLiteral("<section class=\"card\"><h2>%1</h2><table id=\"history\"><thead><tr><th>%2</th>"
                             "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "History"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "When"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Who"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "What"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Version"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Details"))));
    for (const PortalStore::AuditEntry& e : m_store.audit(m->id))
        p.body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                      .arg(escape(date(e.at)), escape(e.actor), escape(e.action), QString::number(e.version),
                           escape(e.detail));
    p.body += QStringLiteral("</tbody></table></section>");
    return render(p);
}

QHttpServerResponse ReviewDesk::decide(const QString& id, const QString& decision,
                                       const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Reviewer, true);
    if (!s)
        return refusal;
    const Language language = languageOf(request);
    auto refuse = [&](const QString& message, QHttpServerResponse::StatusCode status) {
        Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Nothing was done")), &*s);
        p.body = QStringLiteral(
                     "<p class=\"error\" id=\"refused\">%1</p><p><a href=\"/desk/submissions/%2\">%3</a></p>")
                     .arg(escape(message), escape(id),
                          escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the submission"))));
        return render(p, status);
    };
    std::optional<PortalStore::Mandate> m = m_store.mandate(id);
    if (!m)
        return refuse(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "There is no submission %1.")).arg(id),
                      Status::NotFound);
    if (m->status != QLatin1String("under_review"))
        return refuse(
            text(language,
                 QT_TRANSLATE_NOOP("ReviewDesk",
                                   "This submission is no longer under review: it was decided already.")),
            Status::Conflict);
    const Form fields = form(request);
    if (fields.value(QStringLiteral("version")) != QString::number(m->version))
        return refuse(text(language,
                           QT_TRANSLATE_NOOP("ReviewDesk",
                                             "The submission changed since you opened it: "
                                             "nothing was done. Open it again.")),
                      Status::Conflict);
    const QDate today = m_server.m_now().date();
    if (decision == QLatin1String("approve")) {
        m->status = QStringLiteral("valid");
        m->validatedOn = today;
        m->validUntil = DossierRules::builtIn().validUntil(today);
        m->rejectionCode.clear();
        m->rejectionReason.clear();
    } else {
        const QString code = fields.value(QStringLiteral("code"));
        const QString details = fields.value(QStringLiteral("details")).trimmed();
        static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]"));
        if (!rejectionCodes().contains(code))
            return refuse(
                text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Choose the reason of the rejection.")),
                Status::BadRequest);
        if (details.size() > 1000 || details.contains(control))
            return refuse(
                text(language,
                     QT_TRANSLATE_NOOP("ReviewDesk", "The details are at most 1000 characters of text.")),
                Status::BadRequest);
        if (code == QLatin1String("other") && details.isEmpty())
            return refuse(
                text(language,
                     QT_TRANSLATE_NOOP("ReviewDesk", "Say why in the details when the reason is \"other\".")),
                Status::BadRequest);
        m->status = QStringLiteral("rejected");
        m->rejectionCode = code;
        // The provider reads the reason in French, as every message of the portal.
        const QString label = rejectionLabel(Language::French, code);
        m->rejectionReason = details.isEmpty() ? label : label + QStringLiteral(" : ") + details;
    }
    QString error;
    bool stale = false;
    if (!m_store.setStatus(*m, m_server.m_now(), &error, s->user.login, {}, &stale)) {
        if (stale)
            return refuse(
                text(language,
                     QT_TRANSLATE_NOOP("ReviewDesk", "The submission changed meanwhile: open it again.")),
                Status::Conflict);
        qWarning("the decision on %s was not stored: %s", qPrintable(id), qPrintable(error));
        return refuse(
            text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The decision could not be stored: try again.")),
            Status::InternalServerError);
    }
    return redirect(QStringLiteral("/desk/queue?done=") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

QHttpServerResponse ReviewDesk::document(const QString& id, const QString& kind, const QString& sha,
                                         const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Reviewer);
    if (!s)
        return refusal;
    const std::optional<PortalStore::StoredDocument> d = m_store.document(id, kind, sha.toLower());
    if (!d) {
        QHttpServerResponse missing(Status::NotFound);
        secure(missing);
        return missing;
    }
    // The bytes as they were checked on arrival, with the type found in them then; shown in
    // the desk's own pages only.
    QHttpServerResponse response(d->mediaType.toLatin1(), d->bytes);
    secure(response);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       "inline; filename*=UTF-8''" + QUrl::toPercentEncoding(d->name));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("frame-ancestors 'self'"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("SAMEORIGIN"));
    return response;
}

QHttpServerResponse ReviewDesk::style()
{
    static const QByteArray css = [] {
        QFile f(QStringLiteral(":/desk/desk.css"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QHttpServerResponse response(QByteArrayLiteral("text/css; charset=utf-8"), css);
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400"));
    return response;
}

} // namespace Mandat
