#pragma once

#include "DeskHtml.h"
#include "PortalStore.h"

#include <QHttpServerResponse>
#include <optional>

namespace Mandat {

class PortalRequest;
class PortalServer;

/*
 * The operator's review desk: web pages served by the portal under /desk, for the operator's
 * reviewers (PortalStore::addReviewer). A reviewer signs in, sees the queue of submissions
 * (oldest first, filtered by status, provider, age, SIREN or number), opens one (the client,
 * its numbers with their category, what the portal's checks found in each document, the
 * documents themselves) and approves it (valid for the rules' validity from the decision day)
 * or rejects it with a typed reason and a text, which the provider's desktops receive as
 * before. Every decision goes to the audit log with the reviewer and the time.
 *
 * Sessions are the portal's (a cookie holds the token: Secure, HttpOnly, SameSite=Strict);
 * every form carries a CSRF token derived from the session; a page runs no script. Logins
 * are throttled with the API's (PortalServer::attemptLogin).
 */
class ReviewDesk
{
public:
    ReviewDesk(PortalServer& server, PortalStore& store);

    // The reasons a reviewer rejects with: code, and its text in the page's language.
    static QStringList rejectionCodes();
    static QString rejectionLabel(DeskHtml::Language language, const QString& code);

    // The routes, each answered on a handler thread (PortalServer::dispatch).
    QHttpServerResponse home(const PortalRequest& request);
    QHttpServerResponse loginPage(const PortalRequest& request);
    QHttpServerResponse login(const PortalRequest& request);
    QHttpServerResponse logout(const PortalRequest& request);
    QHttpServerResponse queue(const PortalRequest& request);
    QHttpServerResponse submission(const QString& id, const PortalRequest& request);
    QHttpServerResponse decide(const QString& id, const QString& decision, const PortalRequest& request);
    QHttpServerResponse document(const QString& id, const QString& kind, const QString& sha,
                                 const PortalRequest& request);
    // Account administration (ReviewDeskUsers.cpp), for a provider's administrators: the
    // account's users, invite, disable or enable, grant or withdraw the mandates right.
    QHttpServerResponse users(const PortalRequest& request);
    QHttpServerResponse userAction(const QString& login, const QString& action, const PortalRequest& request);
    QHttpServerResponse invite(const PortalRequest& request);
    // The invitation's page (choose a password) and its form, for whoever holds the link.
    QHttpServerResponse invitation(const QString& token, const PortalRequest& request);
    QHttpServerResponse acceptInvitation(const QString& token, const PortalRequest& request);
    // An invitation can be used for this long.
    static constexpr int kInvitationSeconds = 72 * 3600;
    static QHttpServerResponse style();

    // The token every form of a session carries (derived from the session's own).
    static QString csrfFor(const QString& token);
    // Submissions listed on a page of the queue.
    static constexpr int kQueuePage = 100;
    // Sessions last as long as the API's tokens.
    static constexpr int kSessionSeconds = 8 * 3600;

private:
    struct Session
    {
        PortalStore::User user;
        QString token;
        QString csrf;
    };
    enum class Who { Reviewer, Administrator, Anyone };
    // Reviewers and the providers' account administrators; nobody else signs in.
    static bool mayUse(const PortalStore::User& user);
    // The session behind the request's cookie, of a user the page is for; otherwise *refusal is
    // the answer (the sign-in page for a page, 403 for another's page or a form whose CSRF token
    // is wrong).
    std::optional<Session> signedIn(const PortalRequest& request, QHttpServerResponse* refusal, Who who,
                                    bool form = false);
    static QString randomToken();
    static bool sameSecret(const QString& a, const QString& b);
    DeskHtml::Page page(const PortalRequest& request, const QString& title, const Session* session) const;
    QHttpServerResponse loginForm(const PortalRequest& request, const QString& message,
                                  QHttpServerResponse::StatusCode status);

    PortalServer& m_server;
    PortalStore& m_store;
};

} // namespace Mandat
