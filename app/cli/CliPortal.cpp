// mandatdesk-cli: portal login, portal status, submit, sync.
#include "Cli.h"
#include "CliSupport.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"
#include "sync/CredentialStore.h"
#include "sync/Outbox.h"
#include "sync/PortalClient.h"
#include "sync/PortalSession.h"
#include "sync/PortalTemplate.h"
#include "sync/Submission.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace Mandat {

using namespace CliSupport;

namespace {
QString readPasswordLine()
{
    QTextStream in(stdin);
    return in.readLine();
}
} // namespace

std::unique_ptr<PortalClient> Cli::portalClient(bool passwordFromStdin, QString* error)
{
    if (!openProfile(error))
        return nullptr;
    DesktopCredentialStore credentials;
    PortalSession session(*m_profile, credentials);
    if (session.url().isEmpty()) {
        *error = tr("No portal yet: run portal login URL first.");
        return nullptr;
    }
    // The client that logged in goes on with the same connection.
    if (passwordFromStdin)
        return session.loginClient(readPasswordLine(), error);
    if (!session.isLoggedIn()) {
        *error = tr("Not logged in to the portal (no keychain keeps the session on this computer): give the "
                    "password on the standard input with --password-stdin.");
        return nullptr;
    }
    return session.client();
}

int Cli::portal(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("share-drafts"))
        return portalShareDrafts(args.mid(1));
    SubParser p;
    p.add(QStringLiteral("user"), QStringLiteral("login"));
    p.add(QStringLiteral("ca"), QStringLiteral("file"));
    p.add(QStringLiteral("password-stdin"));
    p.add(QStringLiteral("accept-new-ca"));
    p.add(QStringLiteral("drop-ca"));
    p.add(QStringLiteral("pin-key"), QStringLiteral("file"));
    QString error;
    if (!p.parse(args.mid(1), &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (sub == QLatin1String("login") && pos.size() == 1) {
        const QUrl url(pos.first());
        const QString user = p.parser.isSet(QStringLiteral("user")) ? p.parser.value(QStringLiteral("user"))
                                                                    : Profile::currentUserName();
        if (!PortalSession::checkAddress(url, user, {}, &error))
            return usage(error);
        const bool drop = p.parser.isSet(QStringLiteral("drop-ca"));
        const bool pinCa = p.parser.isSet(QStringLiteral("ca"));
        const bool pinKey = p.parser.isSet(QStringLiteral("pin-key"));
        if (int(drop) + int(pinCa) + int(pinKey) > 1)
            return usage(tr("--ca, --pin-key and --drop-ca exclude each other."));
        QByteArray pem;
        QByteArray key;
        if (pinCa || pinKey) {
            QFile file(p.parser.value(pinCa ? QStringLiteral("ca") : QStringLiteral("pin-key")));
            if (!file.open(QIODevice::ReadOnly))
                return fail(Usage, QStringLiteral("file_not_found"),
                            tr("Cannot open %1: %2").arg(file.fileName(), file.errorString()));
            const QByteArray data = file.readAll();
            if (PortalSession::fingerprint(data).isEmpty())
                return fail(Usage, QStringLiteral("bad_certificate"),
                            tr("%1 holds no PEM certificate.").arg(file.fileName()));
            if (pinCa)
                pem = data;
            else
                key = PortalSession::keyHash(data);
        }
        if (!openProfile(&error))
            return fail(Usage, QStringLiteral("profile"), error);
        DesktopCredentialStore credentials;
        PortalSession session(*m_profile, credentials);
        // A pin (authority or server key) that changes or goes is a decision for the user, never
        // a silent switch. Without --ca or --pin-key the pin stays, as in the window's settings.
        const QByteArray pinned = session.pinnedPem();
        const QByteArray pinnedKey = session.pinnedKey();
        if (!pinCa && !pinKey && !drop) {
            pem = pinned;
            key = pinnedKey;
        }
        if ((!pinned.isEmpty() || !pinnedKey.isEmpty()) && (pinned != pem || pinnedKey != key)
            && !p.parser.isSet(QStringLiteral("accept-new-ca"))) {
            QString message;
            if (pem.isEmpty() && key.isEmpty())
                message = pinnedKey.isEmpty()
                    ? tr("The portal's pinned authority (%1) would be dropped: any authority this "
                         "computer trusts would be accepted. If you mean it, log in again with "
                         "--accept-new-ca.")
                          .arg(session.pinnedFingerprint())
                    : tr("The portal's pinned server key (%1) would be dropped: any authority this "
                         "computer trusts would be accepted. If you mean it, log in again with "
                         "--accept-new-ca.")
                          .arg(session.pinnedFingerprint());
            else if (pinnedKey.isEmpty() && key.isEmpty())
                message = tr("The portal's pinned authority would change (now %1, new %2). If you trust "
                             "the new one, log in again with --accept-new-ca.")
                              .arg(session.pinnedFingerprint(), PortalSession::fingerprint(pem));
            else
                message = tr("The portal's pinned certificate would change (now %1, new %2). If you trust "
                             "the new one, log in again with --accept-new-ca.")
                              .arg(session.pinnedFingerprint(),
                                   key.isEmpty() ? PortalSession::fingerprint(pem)
                                                 : PortalSession::keyFingerprint(key));
            return fail(Blocked, QStringLiteral("pinned_certificate_changed"), message);
        }
        if (isatty(fileno(stdin)))
            m_err << tr("Password for %1: ").arg(user) << Qt::flush;
        PortalClient::Reply r;
        if (!session.login(url, user, pem, key, readPasswordLine(), &r, &error)) {
            if (r.status == 200) // logged in, but the profile could not keep it
                return fail(Blocked, QStringLiteral("store"), error);
            return fail(Blocked,
                        r.status == 0 ? QStringLiteral("unreachable")
                                      : r.json.value(QStringLiteral("error")).toString(),
                        error);
        }
        const bool kept = session.sessionKept();
        if (!kept)
            m_err << session.keepError() << Qt::endl;
        emitResult(
            QJsonObject { { QStringLiteral("url"), url.toString() },
                          { QStringLiteral("user"), user },
                          { QStringLiteral("logged_in"), true },
                          { QStringLiteral("session_kept"), kept },
                          { QStringLiteral("expires_at"), r.json.value(QStringLiteral("expires_at")) } },
            tr("Logged in to %1 as %2.\n").arg(url.toString(), user));
        return Ok;
    }
    if (sub == QLatin1String("template") && pos.isEmpty()) {
        // The operator's blank mandate, kept in the profile for offline use.
        std::unique_ptr<PortalClient> client
            = portalClient(args.contains(QStringLiteral("--password-stdin")), &error);
        if (!client)
            return fail(Blocked, QStringLiteral("not_logged_in"), error);
        PortalTemplate::Result kept;
        PortalTemplate::Failure failure;
        if (!PortalTemplate::fetch(*m_profile, *client, &kept, &error, &failure))
            return fail(Blocked,
                        failure == PortalTemplate::Failure::Store ? QStringLiteral("store")
                                                                  : QStringLiteral("unreachable"),
                        error);
        emitResult(
            QJsonObject { { QStringLiteral("template_sha256"), kept.sha256 },
                          { QStringLiteral("size"), kept.size },
                          { QStringLiteral("mapped_fields"), kept.mappedFields } },
            tr("The portal's mandate template is kept for offline use (%1).\n").arg(kept.sha256.left(12)));
        return Ok;
    }
    if (sub == QLatin1String("status") && pos.isEmpty()) {
        if (!openProfile(&error))
            return fail(Usage, QStringLiteral("profile"), error);
        const ProfileSettings settings(m_profile->database());
        const QString url = settings.portalUrl().toString();
        Outbox outbox(m_profile->database());
        QJsonArray pending;
        QString text = tr("Portal: %1 (%2)\n").arg(url.isEmpty() ? tr("none") : url, settings.portalUser());
        for (const Outbox::Item& i : outbox.pending()) {
            pending.append(
                QJsonObject { { QStringLiteral("dossier"), i.dossierId.toString(QUuid::WithoutBraces) },
                              { QStringLiteral("kind"), i.kind },
                              { QStringLiteral("state"), Outbox::stateCode(i.state) },
                              { QStringLiteral("attempts"), i.attempts },
                              { QStringLiteral("next_attempt_at"), i.nextAttemptAt.toString(Qt::ISODate) },
                              { QStringLiteral("last_error"), i.lastError } });
            text += QStringLiteral("  %1 %2 %3 %4\n")
                        .arg(i.dossierId.toString(QUuid::WithoutBraces).left(8), i.kind,
                             Outbox::stateCode(i.state), i.lastError);
        }
        emitResult(
            QJsonObject {
                { QStringLiteral("url"), url },
                { QStringLiteral("user"), settings.portalUser() },
                { QStringLiteral("cursor"), settings.portalCursor() },
                { QStringLiteral("pinned_ca"), PortalSession::fingerprint(settings.portalCaPem()) },
                { QStringLiteral("pinned_key"), PortalSession::keyFingerprint(settings.portalKeySha256()) },
                { QStringLiteral("pending"), pending } },
            text);
        return Ok;
    }
    return usage(tr(
        "Use: portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca], portal "
        "template [--password-stdin], portal share-drafts [at-once|at-submission], or "
        "portal status"));
}

static QJsonObject reportJson(const SyncEngine::Report& r)
{
    return QJsonObject { { QStringLiteral("sent"), QJsonArray::fromStringList(r.sent) },
                         { QStringLiteral("received"), QJsonArray::fromStringList(r.received) },
                         { QStringLiteral("waiting"), QJsonArray::fromStringList(r.waiting) },
                         { QStringLiteral("failed"), QJsonArray::fromStringList(r.failed) },
                         { QStringLiteral("conflicts"), QJsonArray::fromStringList(r.conflicts) },
                         { QStringLiteral("paused_ms"), r.pausedMs },
                         { QStringLiteral("pauses"), r.pauses } };
}

static QString reportText(const SyncEngine::Report& r)
{
    QString text;
    for (const QString& s : r.sent)
        text += QStringLiteral("→ %1\n").arg(s);
    for (const QString& s : r.received)
        text += QStringLiteral("← %1\n").arg(s);
    for (const QString& s : r.waiting)
        text += QStringLiteral("… %1\n").arg(s);
    for (const QString& s : r.failed)
        text += QStringLiteral("✗ %1\n").arg(s);
    for (const QString& s : r.conflicts)
        text += QStringLiteral("⇄ %1\n").arg(s);
    if (!r.pacing.isEmpty())
        text += r.pacing + u'\n';
    return text;
}

int Cli::sync(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("password-stdin"));
    p.add(QStringLiteral("retry-now"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    std::unique_ptr<PortalClient> client
        = portalClient(p.parser.isSet(QStringLiteral("password-stdin")), &error);
    if (!client)
        return fail(Blocked, QStringLiteral("not_logged_in"), error);
    if (p.parser.isSet(QStringLiteral("retry-now"))) {
        // What waits for its backoff is tried at once.
        Outbox outbox(m_profile->database());
        for (const Outbox::Item& item : outbox.pending())
            outbox.retryNow(item.dossierId, Clock::instance().currentDateTimeUtc());
    }
    SyncEngine engine(*m_profile, *client);
    const SyncEngine::Report report = engine.syncOnce();
    emitResult(reportJson(report), reportText(report));
    return report.failed.isEmpty() && report.waiting.isEmpty() && report.conflicts.isEmpty() ? Ok : Blocked;
}

int Cli::submit(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("password-stdin"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Use: submit ID [--password-stdin]"));
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(pos.first(), &exitCode);
    if (!d)
        return exitCode;
    // Checked and saved locally first: queued even when the portal cannot be reached now, and
    // refused before the portal hears of it when it is not ready.
    const Submission::Result queued = Submission::queue(*m_profile, d->id);
    switch (queued.outcome) {
    case Submission::Outcome::Queued:
        break;
    case Submission::Outcome::Ready: // check() only: queue() never answers it
    case Submission::Outcome::StoreError:
        return fail(Blocked, QStringLiteral("store"), queued.message);
    case Submission::Outcome::NotReady: {
        const QList<Problem> blocking = queued.blockingProblems();
        QJsonArray problems;
        for (const Problem& problem : blocking)
            problems.append(problem.toJson());
        const int code = fail(Blocked, QStringLiteral("not_ready"), queued.message,
                              QJsonObject { { QStringLiteral("problems"), problems } });
        m_err << problemsText(blocking) << Qt::flush;
        return code;
    }
    case Submission::Outcome::RefusedStatus:
        return fail(Blocked, QStringLiteral("refused_transition"), queued.message);
    }
    std::unique_ptr<PortalClient> client
        = portalClient(p.parser.isSet(QStringLiteral("password-stdin")), &error);
    if (!client)
        return fail(Blocked, QStringLiteral("queued"),
                    tr("Queued: it will be sent at the next sync. (%1)").arg(error));
    SyncEngine engine(*m_profile, *client);
    const SyncEngine::Report report = engine.syncOnce();
    const std::optional<Dossier> after = m_profile->dossiers().dossier(d->id, &error);
    QJsonObject json = reportJson(report);
    json.insert(QStringLiteral("status"),
                DossierStatus::code(after->effectiveStatus(Clock::instance().today())));
    emitResult(json, reportText(report));
    return report.failed.isEmpty() ? Ok : Blocked;
}

} // namespace Mandat
