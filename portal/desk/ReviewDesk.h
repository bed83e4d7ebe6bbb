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
    static QHttpServerResponse style();

    // Sessions last as long as the API's tokens.
    static constexpr int kSessionSeconds = 8 * 3600;

private:
    struct Session
    {
        PortalStore::User user;
        QString token;
        QString csrf;
    };
    // The reviewer behind the request's cookie; otherwise *refusal is the answer (the sign-in
    // page for a page, 403 for a form whose CSRF token is wrong).
    std::optional<Session> reviewer(const PortalRequest& request, QHttpServerResponse* refusal,
                                    bool form = false);
    static QString csrfFor(const QString& token);
    DeskHtml::Page page(const PortalRequest& request, const QString& title, const Session* session) const;
    QHttpServerResponse loginForm(const PortalRequest& request, const QString& message,
                                  QHttpServerResponse::StatusCode status);

    PortalServer& m_server;
    PortalStore& m_store;
};

} // namespace Mandat
