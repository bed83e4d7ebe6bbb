// Account administration for a provider's administrators ("Gestion des utilisateurs / Droit"):
// the account's users, invitations, disabling, and the mandates right.
#include "PortalRequest.h"
#include "PortalServer.h"
#include "ReviewDesk.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace Mandat {

using namespace DeskHtml;
using Status = QHttpServerResponse::StatusCode;

namespace {
constexpr int kMinPassword = 10;

QString actionForm(const QString& login, const QString& action, const QString& csrf, const QString& label,
                   const QString& cssClass)
{
    return QStringLiteral("<form method=\"post\" action=\"/desk/users/%1/%2\" class=\"inline\">"
                          "<input type=\"hidden\" name=\"csrf\" value=\"%3\">"
                          "<button type=\"submit\" class=\"small %4\" id=\"%2-%5\">%6</button></form>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(login)), action, escape(csrf), cssClass,
             escape(login), escape(label));
}
// The answer to a link that cannot be used (unknown, used, expired or revoked), on `p`.
QHttpServerResponse deadInvitation(Page& p)
{
    p.body = QStringLiteral("<p class=\"error\" id=\"refused\">%1</p>")
                 .arg(escape(text(p.language,
                                  QT_TRANSLATE_NOOP("ReviewDesk",
                                                    "This invitation is unknown, used or "
                                                    "expired: ask your administrator "
                                                    "for another."))));
    return render(p, Status::NotFound);
}
} // namespace

QHttpServerResponse ReviewDesk::users(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Administrator);
    if (!s)
        return refusal;
    const Language language = languageOf(request);
    const QString account = s->user.account;
    Page p
        = page(request,
               text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Users of the account %1")).arg(account), &*s);
    const QUrlQuery query = request.query();
    const QString done = query.queryItemValue(QStringLiteral("done"));
    const QString who = query.queryItemValue(QStringLiteral("login"), QUrl::FullyDecoded);
    const QList<PortalStore::AccountUser> users = m_store.accountUsers(account);
    // Said only of one of the account's users: a link cannot make the page say anything else.
    const bool known = std::any_of(users.cbegin(), users.cend(),
                                   [&](const PortalStore::AccountUser& u) { return u.login == who; });
    if (!done.isEmpty() && known) {
        QString message;
        if (done == QLatin1String("grant"))
            message = text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 may now manage mandates.")).arg(who);
        else if (done == QLatin1String("withdraw"))
            message = text(language,
                           QT_TRANSLATE_NOOP("ReviewDesk",
                                             "%1 may no longer manage mandates: its next call "
                                             "to the portal is refused."))
                          .arg(who);
        else if (done == QLatin1String("disable"))
            message
                = text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 is disabled: its sessions are ended."))
                      .arg(who);
        else if (done == QLatin1String("enable"))
            message = text(language, QT_TRANSLATE_NOOP("ReviewDesk", "%1 may sign in again.")).arg(who);
        if (!message.isEmpty())
            p.body += QStringLiteral("<p class=\"notice\" id=\"done\" role=\"status\">%1</p>")
                          .arg(escape(message));
    }
    p.body += QStringLiteral(
                  "<table id=\"users\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                  "</tr></thead><tbody>")
                  .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Login"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Role"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Mandates right"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "State"))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Change"))));
    for (const PortalStore::AccountUser& u : users) {
        const bool self = u.login == s->user.login;
        const QString role = u.admin ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "administrator"))
                                     : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "user"));
        const bool right = u.admin || u.mandatesRight;
        const QString state = u.invited ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "invited"))
            : u.disabled                ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "disabled"))
                                        : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "active"));
        QString actions;
        if (!u.admin)
            actions += u.mandatesRight
                ? actionForm(u.login, QStringLiteral("withdraw"), s->csrf,
                             text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Withdraw the right")), QString())
                : actionForm(u.login, QStringLiteral("grant"), s->csrf,
                             text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Grant the right")), QString());
        if (!self && !u.invited)
            actions += u.disabled
                ? actionForm(u.login, QStringLiteral("enable"), s->csrf,
                             text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Enable")), QString())
                : actionForm(u.login, QStringLiteral("disable"), s->csrf,
                             text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Disable")),
                             QStringLiteral("danger"));
        p.body += QStringLiteral("<tr id=\"user-%1\"><td>%1%2</td><td>%3</td><td class=\"right\">%4</td><td "
                                 "class=\"state\">%5</td><td>%6</td></tr>")
                      .arg(escape(u.login),
                           self ? QStringLiteral(" (%1)").arg(
                               escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "you"))))
                                : QString(),
                           escape(role),
                           escape(right ? text(language, QT_TRANSLATE_NOOP("ReviewDesk", "yes"))
                                        : text(language, QT_TRANSLATE_NOOP("ReviewDesk", "no"))),
                           escape(state), actions);
    }
    p.body += QStringLiteral("</tbody></table>");
    p.body
        += QStringLiteral(
               "<form method=\"post\" action=\"/desk/users/invite\" class=\"card narrow\" id=\"invite-form\">"
               "<h2>%1</h2><input type=\"hidden\" name=\"csrf\" value=\"%2\">"
               "<label for=\"new-login\">%3</label>"
               "<input id=\"new-login\" name=\"login\" required maxlength=\"64\" "
               "pattern=\"[A-Za-z0-9._@-]{3,64}\">"
               "<label class=\"check\"><input type=\"checkbox\" name=\"right\" value=\"mandates\" "
               "id=\"new-right\"> %4</label>"
               "<button type=\"submit\" id=\"invite\">%5</button></form>")
               .arg(escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Invite a user"))), escape(s->csrf),
                    escape(
                        text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Login (letters, digits, . _ @ -)"))),
                    escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "May manage mandates"))),
                    escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Invite"))));
    return render(p);
}

QHttpServerResponse ReviewDesk::userAction(const QString& login, const QString& action,
                                           const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Administrator, true);
    if (!s)
        return refusal;
    const Language language = languageOf(request);
    auto refuse = [&](const QString& message, QHttpServerResponse::StatusCode status) {
        Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Nothing was done")), &*s);
        p.body
            = QStringLiteral("<p class=\"error\" id=\"refused\">%1</p><p><a href=\"/desk/users\">%2</a></p>")
                  .arg(escape(message),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the users"))));
        return render(p, status);
    };
    // Only the account's own users, and never one's own access.
    std::optional<PortalStore::AccountUser> target;
    for (const PortalStore::AccountUser& u : m_store.accountUsers(s->user.account))
        if (u.login == login)
            target = u;
    if (!target)
        return refuse(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "There is no user %1 in your account."))
                          .arg(login),
                      Status::NotFound);
    if (login == s->user.login && action == QLatin1String("disable"))
        return refuse(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "You cannot disable yourself.")),
                      Status::BadRequest);
    QString error;
    bool ok = false;
    if (action == QLatin1String("grant") || action == QLatin1String("withdraw"))
        ok = m_store.setMandatesRight(s->user.account, login, action == QLatin1String("grant"), &error);
    else if (action == QLatin1String("disable"))
        ok = m_store.disableUser(login, &error);
    else if (action == QLatin1String("enable") && !target->invited)
        ok = m_store.enableUser(login, &error);
    else
        return refuse(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "This change does not exist.")),
                      Status::NotFound);
    if (!ok) {
        qWarning("%s of %s failed: %s", qPrintable(action), qPrintable(login), qPrintable(error));
        return refuse(
            text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The change could not be stored: try again.")),
            Status::InternalServerError);
    }
    qInfo("account %s: %s %s, by %s", qPrintable(s->user.account), qPrintable(action), qPrintable(login),
          qPrintable(s->user.login));
    return redirect(QStringLiteral("/desk/users?done=%1&login=%2")
                        .arg(action, QString::fromLatin1(QUrl::toPercentEncoding(login))));
}

QHttpServerResponse ReviewDesk::invite(const PortalRequest& request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const std::optional<Session> s = signedIn(request, &refusal, Who::Administrator, true);
    if (!s)
        return refusal;
    const Language language = languageOf(request);
    const Form fields = form(request);
    const QString login = fields.value(QStringLiteral("login")).trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
    Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Invite a user")), &*s);
    if (!valid.match(login).hasMatch()) {
        p.body
            = QStringLiteral("<p class=\"error\" id=\"refused\">%1</p><p><a href=\"/desk/users\">%2</a></p>")
                  .arg(escape(text(language,
                                   QT_TRANSLATE_NOOP("ReviewDesk",
                                                     "A login is 3 to 64 letters, digits or "
                                                     ". _ @ -."))),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the users"))));
        return render(p, Status::BadRequest);
    }
    QString token, error;
    const QDateTime expires = m_server.m_now().addSecs(kInvitationSeconds);
    if (!m_store.inviteUser(s->user.account, login,
                            fields.value(QStringLiteral("right")) == QLatin1String("mandates"), expires,
                            &token, &error)) {
        p.body
            = QStringLiteral("<p class=\"error\" id=\"refused\">%1</p><p><a href=\"/desk/users\">%2</a></p>")
                  .arg(escape(text(language,
                                   QT_TRANSLATE_NOOP("ReviewDesk", "The login %1 is taken: choose another."))
                                  .arg(login)),
                       escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the users"))));
        return render(p, Status::Conflict);
    }
    qInfo("account %s: %s invited by %s", qPrintable(s->user.account), qPrintable(login),
          qPrintable(s->user.login));
    // Shown once: the portal keeps only its hash.
    const QString link = QStringLiteral("/desk/invitation/") + token;
    p.body = QStringLiteral(
                 "<p class=\"notice\">%1</p><p class=\"card\"><code id=\"invitation-link\">%2</code></p>"
                 "<p class=\"hint\">%3</p><p><a href=\"/desk/users\">%4</a></p>")
                 .arg(escape(text(language,
                                  QT_TRANSLATE_NOOP("ReviewDesk",
                                                    "%1 is invited. Send them this link, "
                                                    "on this portal's address:"))
                                 .arg(login)),
                      escape(link),
                      escape(text(language,
                                  QT_TRANSLATE_NOOP("ReviewDesk",
                                                    "It works once, for 72 hours, and is "
                                                    "shown only now."))),
                      escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Back to the users"))));
    return render(p);
}

QHttpServerResponse ReviewDesk::invitation(const QString& token, const PortalRequest& request)
{
    const Language language = languageOf(request);
    const QString login = m_store.invitedLogin(token, m_server.m_now());
    Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Choose your password")), nullptr);
    if (login.isEmpty()) {
        return deadInvitation(p);
    }
    const QString pre = randomToken();
    p.body
        = QStringLiteral(
              "<form method=\"post\" action=\"/desk/invitation/%1\" class=\"card narrow\">"
              "<input type=\"hidden\" name=\"csrf\" value=\"%2\"><p>%3</p>"
              "<label for=\"password\">%4</label><input id=\"password\" name=\"password\" "
              "type=\"password\" autocomplete=\"new-password\" required minlength=\"%5\" maxlength=\"1024\">"
              "<label for=\"again\">%6</label><input id=\"again\" name=\"again\" type=\"password\" "
              "autocomplete=\"new-password\" required minlength=\"%5\" maxlength=\"1024\">"
              "<button type=\"submit\" id=\"set-password\">%7</button></form>")
              .arg(
                  escape(token), pre,
                  escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Your login: %1")).arg(login)),
                  escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Password (10 characters or more)"))),
                  QString::number(kMinPassword),
                  escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The same again"))),
                  escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Set my password"))));
    return render(p, Status::Ok, { cookie("__Host-md_pre", pre.toLatin1(), 1800) });
}

QHttpServerResponse ReviewDesk::acceptInvitation(const QString& token, const PortalRequest& request)
{
    const Language language = languageOf(request);
    const Form fields = form(request);
    Page p = page(request, text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Choose your password")), nullptr);
    auto refuse = [&](const QString& message, QHttpServerResponse::StatusCode status) {
        p.body = QStringLiteral(
                     "<p class=\"error\" id=\"refused\">%1</p><p><a href=\"/desk/invitation/%2\">%3</a></p>")
                     .arg(escape(message), escape(token),
                          escape(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "Try again"))));
        return render(p, status);
    };
    if (!sameSecret(fields.value(QStringLiteral("csrf")),
                    cookies(request).value(QStringLiteral("__Host-md_pre"))))
        return refuse(text(language,
                           QT_TRANSLATE_NOOP("ReviewDesk",
                                             "This form did not come from this page: nothing "
                                             "was done.")),
                      Status::Forbidden);
    const QString password = fields.value(QStringLiteral("password"));
    if (password.size() < kMinPassword || password.size() > 1024)
        return refuse(
            text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The password needs 10 characters or more.")),
            Status::BadRequest);
    if (password != fields.value(QStringLiteral("again")))
        return refuse(text(language, QT_TRANSLATE_NOOP("ReviewDesk", "The two passwords differ.")),
                      Status::BadRequest);
    QString login, error;
    if (!m_store.acceptInvitation(token, password, m_server.m_now(), &login, &error)) {
        return deadInvitation(p);
    }
    p.body = QStringLiteral("<p class=\"notice\" id=\"welcome\">%1</p>")
                 .arg(escape(text(language,
                                  QT_TRANSLATE_NOOP("ReviewDesk",
                                                    "Your password is set. Sign in from "
                                                    "MandatDesk with the login %1."))
                                 .arg(login)));
    return render(p, Status::Ok, { cookie("__Host-md_pre", "", 0) });
}

} // namespace Mandat
