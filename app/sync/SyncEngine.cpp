#include "SyncEngine.h"

#include "Conflicts.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "documents/DocumentIntake.h"
#include "documents/DocumentReadTask.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <optional>
#include <utility>

namespace Mandat {

namespace {
// What a dossier received from the portal may hold at most (a stranger's answer is capped).
constexpr qsizetype kMaxAdoptedNumbers = 1000;
constexpr qsizetype kMaxAdoptedDocuments = 50;
// The documents of one dossier received in one sync, in all (each is capped by the client too),
// and how many are downloaded at once.
constexpr qint64 kMaxReceivedBytes = 160LL * 1024 * 1024;
constexpr qsizetype kDownloadsAtOnce = 4;

// The file name a document is sent with: as the portal takes it (no path, no < > " or control
// character, 255 characters at most), the rest of the user's name kept.
QString portalFileName(const QString& name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        const bool refused = c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'/' || c == u'\\' || c == u'<'
            || c == u'>' || c == u'"' || c == QChar::ReplacementCharacter
            || c.category() == QChar::Other_Format;
        safe.append(refused ? u'_' : c);
    }
    safe = safe.trimmed().left(255);
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        return {};
    return safe;
}

// A refusal no later sync changes (the portal does not take that document or content): not sent
// again until the dossier is changed.
bool refusedForGood(int status)
{
    return status == 400 || status == 413 || status == 415 || status == 422;
}

// The facts a desktop states about a document, sent with it: the date a user entered by hand (the
// text has none the checks could read), and the signature and stamp a user saw on a scanned mandate.
QDate statedDate(const Document& doc)
{
    return doc.dateSource == Document::DateSource::EnteredByHand ? doc.issueDate : QDate();
}

QString confirmedBy(const Document& doc)
{
    if (doc.kind != Document::Kind::SignedMandate || !doc.signatureConfirmed)
        return {};
    return doc.signatureConfirmedBy.isEmpty() ? QStringLiteral("?") : doc.signatureConfirmedBy.left(200);
}

// Whether the portal's listing of a document lacks a fact this desktop states.
bool factsMissing(const Document& doc, const QJsonObject& held)
{
    const QDate date = statedDate(doc);
    return (date.isValid()
            && held.value(QStringLiteral("stated_date")).toString() != date.toString(Qt::ISODate))
        || (!confirmedBy(doc).isEmpty()
            && held.value(QStringLiteral("signature_confirmed_by")).toString().isEmpty());
}

// Applies the facts another seat stated about a document this desktop holds (added, never dropped).
void takeFacts(DossierStore& store, const Document& doc, const QJsonObject& listed)
{
    const QDate stated
        = QDate::fromString(listed.value(QStringLiteral("stated_date")).toString(), Qt::ISODate);
    if (stated.isValid() && doc.dateSource == Document::DateSource::Unknown) // a date here stays
        store.setDocumentDate(doc.id, stated, nullptr);
    const QString by = listed.value(QStringLiteral("signature_confirmed_by")).toString();
    if (!by.isEmpty() && doc.kind == Document::Kind::SignedMandate && !doc.signatureConfirmed)
        store.setSignatureConfirmed(doc.id, true, by.left(200), nullptr);
}

bool isSha256(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}
} // namespace

SyncEngine::SyncEngine(Profile& profile, PortalClient& client)
    : m_profile(profile)
    , m_client(client)
    , m_outbox(profile.database())
    , m_state(profile.database())
    , m_login(client.user().isEmpty() ? ProfileSettings(profile.database()).portalUser() : client.user())
{ }

SyncEngine::Report SyncEngine::syncOnce()
{
    Report report;
    const qint64 pausedBefore = m_client.pausedMs();
    const int pausesBefore = m_client.pauses();
    m_deferredUntil = {};
    m_settled.clear();
    m_itemsDone.clear();
    m_passedOver.clear();
    m_heldNow.clear();
    m_pushed.clear();
    push(&report);
    // The portal asked for a long pause: the changes too are asked for at the next sync.
    if (m_deferredUntil.isValid())
        report.waiting.append(tr("Changes from the portal: at the next sync (the portal asked to wait)."));
    else if (pull(&report))
        confirmImported(&report);
    report.pausedMs = m_client.pausedMs() - pausedBefore;
    report.pauses = m_client.pauses() - pausesBefore;
    if (report.pauses > 0)
        report.pacing = tr("The portal asked to slow down: waited %n s in all.", nullptr,
                           int((report.pausedMs + 500) / 1000));
    return report;
}

bool SyncEngine::confirmImported(Report* report)
{
    // Statuses an archive brought: the cursor may be past their changes, so each is asked for.
    // One the portal does not know stays unconfirmed, as it is shown.
    QString error;
    for (const QUuid& id : m_profile.dossiers().unconfirmedStatuses(&error)) {
        const PortalClient::Reply r
            = m_client.call("GET", QStringLiteral("/api/v1/mandates/") + id.toString(QUuid::WithoutBraces));
        if (r.status == 200)
            applyRemote(r.json, report);
        else if (r.status == 404)
            qCInfo(lcSync) << "the portal does not know the imported dossier" << id;
        else
            return false;
    }
    return true;
}

bool SyncEngine::push(Report* report)
{
    const QDateTime now = Clock::instance().currentDateTimeUtc();
    bool allSent = true;
    const QList<Outbox::Item> due = m_outbox.due(now);
    // Where the portal stands on the next dossier, asked with this one's submission.
    std::optional<PortalClient::Reply> ahead;
    for (qsizetype i = 0; i < due.size(); ++i) {
        const Outbox::Item& item = due.at(i);
        QString message;
        QString name = item.dossierId.toString(QUuid::WithoutBraces);
        Ahead next;
        next.current = std::exchange(ahead, std::nullopt);
        if (i + 1 < due.size() && due.at(i + 1).dossierId != item.dossierId)
            next.nextId = due.at(i + 1).dossierId;
        const Outcome outcome = sendSubmission(item, &message, &name, report, &next);
        ahead = std::move(next.next);
        if (!report->changed.contains(item.dossierId))
            report->changed.append(item.dossierId);
        switch (outcome) {
        case Outcome::Done:
            if (!m_itemsDone.contains(item.id)) // otherwise done with the status already
                m_outbox.markDone(item.id);
            report->sent.append(tr("%1: submitted for verification").arg(name));
            break;
        case Outcome::Retry:
            m_outbox.markRetry(item.id, item.attempts + 1, now, message);
            report->waiting.append(tr("%1: %2 (will retry)").arg(name, message));
            allSent = false;
            break;
        case Outcome::Conflict:
            // Back to the user, who chooses what to keep and submits again.
            m_outbox.markFailed(item.id, message);
            m_profile.dossiers().setStatus(item.dossierId, DossierStatus::NotSubmitted, {}, message,
                                           QStringLiteral("portal"), nullptr, nullptr);
            allSent = false;
            break;
        case Outcome::Failed:
            m_outbox.markFailed(item.id, message);
            // Back to the user, with the reason in the history: retrying cannot fix it.
            m_profile.dossiers().setStatus(item.dossierId, DossierStatus::NotSubmitted, {}, message,
                                           QStringLiteral("portal"), nullptr, nullptr);
            report->failed.append(tr("%1: %2").arg(name, message));
            allSent = false;
            break;
        case Outcome::Deferred: {
            // Nothing lost and nothing failed: this one and the rest go when the portal said.
            m_outbox.markDeferred(item.id, m_deferredUntil, message);
            const int minutes
                = int((Clock::instance().currentDateTimeUtc().secsTo(m_deferredUntil) + 59) / 60);
            report->waiting.append(
                tr("%1: the portal asked to wait %n min; it goes at the next sync.", nullptr, minutes)
                    .arg(name));
            if (i + 1 < due.size())
                report->waiting.append(
                    tr("%n more dossier(s) left for the next sync.", nullptr, int(due.size() - i - 1)));
            return false;
        }
        }
    }
    return share(report) && allSent;
}

bool SyncEngine::share(Report* report)
{
    // A dossier is shared from its first push (its submission, or at once when the team shares
    // its drafts): its later edits go at each sync.
    const bool drafts = ProfileSettings(m_profile.database()).shareDrafts();
    bool allSent = true;
    // Refused for good at an earlier sync and not changed since: said again, not sent again.
    for (const auto& [id, reason] : m_state.refusedShares()) {
        if (const std::optional<Dossier> d = m_profile.dossiers().dossier(id, nullptr)) {
            report->failed.append(
                tr("%1: not shared, the portal refused it: %2 (change the dossier to send it again)")
                    .arg(d->name, reason));
            allSent = false;
        }
    }
    for (const QUuid& id : m_state.toShare(drafts)) {
        if (m_deferredUntil.isValid())
            return false;
        const std::optional<Dossier> d = m_profile.dossiers().dossier(id, nullptr);
        if (!d)
            continue;
        const PortalClient::Reply current
            = m_client.call("GET", QStringLiteral("/api/v1/mandates/") + id.toString(QUuid::WithoutBraces));
        QString message;
        Outcome o = Outcome::Done;
        int version = 0;
        if (current.status != 200 && current.status != 404)
            o = outcome(current, &message);
        else if (const QString status = current.json.value(QStringLiteral("status")).toString();
                 current.status == 200 && status != QLatin1String("not_submitted")
                 && status != QLatin1String("rejected"))
            continue; // submitted or decided from elsewhere: the pull follows it first
        else
            o = pushContent(*d, current, false, &version, &message, report, {});
        switch (o) {
        case Outcome::Done:
            if (m_pushed.contains(id))
                report->sent.append(tr("%1: shared with the team").arg(d->name));
            if (!report->changed.contains(id))
                report->changed.append(id);
            break;
        case Outcome::Conflict:
            allSent = false;
            if (!report->changed.contains(id))
                report->changed.append(id);
            break;
        case Outcome::Retry:
        case Outcome::Deferred:
            report->waiting.append(tr("%1: %2 (will retry)").arg(d->name, message));
            allSent = false;
            break;
        case Outcome::Failed:
            report->failed.append(tr("%1: %2").arg(d->name, message));
            allSent = false;
            break;
        }
    }
    return allSent;
}

SyncEngine::Outcome SyncEngine::sendSubmission(const Outbox::Item& item, QString* message, QString* name,
                                               Report* report, Ahead* ahead)
{
    QString error;
    const std::optional<Dossier> d = m_profile.dossiers().dossier(item.dossierId, &error);
    if (!d) {
        *message = error;
        return Outcome::Failed;
    }
    *name = d->name;
    const QString id = d->id.toString(QUuid::WithoutBraces);
    const QString path = QStringLiteral("/api/v1/mandates/") + id;
    auto outcomeOf = [&](const PortalClient::Reply& r) { return outcome(r, message); };

    // 1. Where the portal stands (asked already with the previous dossier's submission).
    const bool askedAhead
        = ahead->current && (ahead->current->status == 200 || ahead->current->status == 404);
    const PortalClient::Reply current = askedAhead ? *ahead->current : m_client.call("GET", path);
    if (current.status != 200 && current.status != 404)
        return outcomeOf(current);
    const QString remoteStatus
        = current.status == 200 ? current.json.value(QStringLiteral("status")).toString() : QString();
    const int remoteVersion = current.json.value(QStringLiteral("version")).toInt();
    QString key = item.idempotencyKey;
    int version = 0;
    if (item.sentVersion > 0) {
        // A retry of a submission that went out: its answer was lost. Past "not submitted" the
        // portal took it, and maybe decided since: its word stands, nothing is sent again.
        if (current.status == 200 && remoteStatus != QLatin1String("not_submitted")) {
            agree(*d, current.json);
            applyRemote(current.json, report);
            return Outcome::Done;
        }
        if (current.status == 200 && remoteVersion == item.sentVersion) {
            version = item.sentVersion; // the same request again: same key, same version
        } else if (!m_outbox.renewKey(item.id, &key)) { // changed on the portal: another request
            *message = tr("The outbox could not be updated.");
            return Outcome::Retry;
        }
    } else if (remoteStatus == QLatin1String("under_review")) {
        // Submitted already (from elsewhere, or before this item): the portal is authoritative.
        agree(*d, current.json);
        markUnderReview(d->id, item.id);
        return Outcome::Done;
    }

    // 2. and 3. The mandate and its documents, as this desktop holds them, on top of the version
    // it last agreed with the portal; meanwhile the version is kept for step 4: if its answer is
    // lost, the retry sends exactly that request again (and a retry after a document failed finds
    // the same version, and sends the documents again).
    bool kept = false;
    const Outcome pushed = pushContent(*d, current, true, &version, message, report,
                                       [&] { kept = m_outbox.markSending(item.id, version); });
    if (pushed != Outcome::Done)
        return pushed;
    if (!kept && !m_outbox.markSending(item.id, version)) {
        *message = tr("The outbox could not be updated.");
        return Outcome::Retry;
    }

    // 4. The submission, with the key chosen when it was queued.
    QList<PortalClient::Request> requests {
        { "POST",
          path + QStringLiteral("/submit"),
          QJsonDocument(QJsonObject { { QStringLiteral("version"), version } })
              .toJson(QJsonDocument::Compact),
          { { QByteArrayLiteral("Idempotency-Key"), key.toLatin1() } } }
    };
    // The next dossier's GET goes with it: the portal answers it while this one is recorded.
    if (!ahead->nextId.isNull())
        requests.append(
            { "GET", QStringLiteral("/api/v1/mandates/") + ahead->nextId.toString(QUuid::WithoutBraces) });
    QList<PortalClient::Reply> answers = m_client.callAll(requests);
    if (answers.size() > 1)
        ahead->next = answers.takeLast();
    const PortalClient::Reply submitted = answers.takeFirst();
    if (submitted.status == 202) {
        markUnderReview(d->id, item.id);
        return Outcome::Done;
    }
    if (submitted.status == 409
        && submitted.json.value(QStringLiteral("error")).toString() == QLatin1String("in_flight")) {
        *message = submitted.message();
        return Outcome::Retry;
    }
    Outcome o = outcomeOf(submitted);
    const QJsonArray problems = submitted.json.value(QStringLiteral("problems")).toArray();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const QJsonValue& p : problems)
            lines.append(p.toObject().value(QStringLiteral("message")).toString());
        *message += u' ' + lines.join(QStringLiteral(" "));
    }
    return o;
}

SyncEngine::Outcome SyncEngine::outcome(const PortalClient::Reply& r, QString* message)
{
    *message = r.message();
    // Still paced after the client's own waits (a long Retry-After, or many in a row).
    if (r.paced()) {
        m_deferredUntil = Clock::instance().currentDateTimeUtc().addMSecs(r.retryAfterMs);
        return Outcome::Deferred;
    }
    return r.transient() || r.status == 401 ? Outcome::Retry : Outcome::Failed;
}

SyncEngine::Outcome SyncEngine::pushContent(Dossier d, const PortalClient::Reply& current, bool submitting,
                                            int* version, QString* message, Report* report,
                                            const std::function<void()>& meanwhileDocuments)
{
    const QString path = QStringLiteral("/api/v1/mandates/") + d.id.toString(QUuid::WithoutBraces);
    const bool onPortal = current.status == 200;
    const QString remoteStatus
        = onPortal ? current.json.value(QStringLiteral("status")).toString() : QString();
    const int remoteVersion = current.json.value(QStringLiteral("version")).toInt();
    const QSet<QString> held = onPortal ? SyncState::documentKeys(current.json) : QSet<QString>();
    QHash<QString, QJsonObject> heldFacts;
    for (const QJsonValue& v : current.json.value(QStringLiteral("documents")).toArray())
        heldFacts.insert(v.toObject().value(QStringLiteral("kind")).toString() + u'/'
                             + v.toObject().value(QStringLiteral("sha256")).toString(),
                         v.toObject());
    SyncState::Base base = m_state.base(d.id);
    QJsonObject mine = SyncState::content(d);

    // Nothing changed here since the last agreement, but another seat changed it on the portal:
    // its version is taken here first, never pushed over.
    if (onPortal && base.version > 0 && mine == base.content && remoteVersion != base.version) {
        if (!takeTheirs(d, current.json, report))
            return Outcome::Retry;
        mine = SyncState::content(d);
        base.version = remoteVersion;
        base.content = mine;
    }
    const qint64 edits = m_state.pendingEdits(d.id);
    const QList<Document> documents = m_profile.dossiers().documents(d.id, nullptr);
    // A mandate on the portal this desktop never agreed on (pushed before teams): its own when
    // this login changed it last.
    const bool legacyOwn = onPortal && base.version == 0 && !m_login.isEmpty()
        && current.json.value(QStringLiteral("updated_by")).toString() == m_login;
    const QSet<QString> local = SyncState::documentKeys(documents);

    // The documents to send and to remove, read from the profile while the mandate's PUT is on
    // its way. Only this desktop's own changes go: a document another seat added stays (the
    // pull brings it here), one this desktop removed goes.
    QList<PortalClient::Request> changes; // sent together: the portal checks each on its own
    bool prepared = false;
    auto prepareDocuments = [&] {
        prepared = true;
        QString error;
        for (const Document& doc : documents) {
            const QString kind = SyncState::remoteKind(doc.kind);
            const QString name = kind + u'/' + doc.sha256;
            // Sent when the portal lacks it, or lacks a fact stated here since (the same bytes
            // again, with the fact).
            if (kind.isEmpty() || (held.contains(name) && !factsMissing(doc, heldFacts.value(name))))
                continue;
            // Agreed with the portal and gone from it since: another seat removed it (the pull
            // removes it here), never sent back.
            if (!held.contains(name) && base.version > 0 && base.documents.contains(name))
                continue;
            const QByteArray bytes = m_profile.blobs().read(doc.sha256, &error);
            QList<QPair<QByteArray, QByteArray>> headers { { QByteArrayLiteral("Content-Type"),
                                                             doc.mediaType.toLatin1() } };
            if (const QString fileName = portalFileName(doc.originalName); !fileName.isEmpty())
                headers.append({ QByteArrayLiteral("X-File-Name"), fileName.toUtf8() });
            if (statedDate(doc).isValid())
                headers.append(
                    { QByteArrayLiteral("X-Issue-Date"), statedDate(doc).toString(Qt::ISODate).toLatin1() });
            if (!confirmedBy(doc).isEmpty())
                headers.append({ QByteArrayLiteral("X-Signature-Confirmed-By"), confirmedBy(doc).toUtf8() });
            changes.append({ "PUT", path + QStringLiteral("/documents/") + name, bytes, headers });
        }
        // Only what this desktop removed since it agreed with the portal; without an agreement
        // (a dossier pushed before teams), only from a mandate this login changed last.
        const QSet<QString> ours = base.version > 0 ? QSet<QString>(base.documents).intersect(held)
            : legacyOwn                             ? held
                                                    : QSet<QString>();
        for (const QString& name : ours) {
            if (!local.contains(name))
                changes.append({ "DELETE", path + QStringLiteral("/documents/") + name });
        }
    };

    // The mandate: created, or brought to this desktop's content on top of the version it last
    // agreed (If-Match): a version another seat made since is a 412, and a conflict, never
    // overwritten. The same content is not a new version, unless a decided mandate is submitted
    // again.
    bool sentContent = false;
    if (*version == 0) {
        const bool same = onPortal && SyncState::content(current.json) == mine
            && (!submitting || remoteStatus == QLatin1String("not_submitted"));
        if (same) {
            *version = remoteVersion;
        } else if (onPortal && base.version == 0 && !legacyOwn) {
            // On the portal, never agreed here, and another seat's version: kept beside this one.
            return conflict(d, message, report);
        } else {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (onPortal)
                headers.append({ QByteArrayLiteral("If-Match"),
                                 base.version > 0 ? QByteArray('"' + QByteArray::number(base.version) + '"')
                                                  : current.etag });
            const PortalClient::Reply put
                = m_client
                      .callAll(
                          { { "PUT", path, QJsonDocument(mine).toJson(QJsonDocument::Compact), headers } },
                          prepareDocuments)
                      .constFirst();
            if (put.status == 412)
                return conflict(d, message, report);
            if (put.status != 200 && put.status != 201) {
                if (!submitting && refusedForGood(put.status))
                    m_state.refuseShare(d.id, edits, put.message());
                return outcome(put, message);
            }
            *version = put.json.value(QStringLiteral("version")).toInt();
            sentContent = true;
            // Agreed on the content now, whatever becomes of the documents.
            m_state.setBase(d.id, { *version, mine, base.version > 0 ? base.documents : held }, 0, nullptr);
        }
    }
    if (!prepared)
        prepareDocuments();
    const QList<PortalClient::Reply> changed = m_client.callAll(changes, meanwhileDocuments);
    for (qsizetype i = 0; i < changed.size(); ++i) {
        const int status = changed.at(i).status;
        const bool done = changes.at(i).verb == "PUT" ? status == 200 || status == 201
                                                      : status == 204 || status == 404; // gone: as good
        if (!done) {
            if (!submitting && refusedForGood(status))
                m_state.refuseShare(d.id, edits, changed.at(i).message());
            return outcome(changed.at(i), message);
        }
        // A document changed on a decided mandate starts a new version of it.
        *version = std::max(*version, changed.at(i).json.value(QStringLiteral("version")).toInt());
    }
    // Agreed: what the portal holds now is this desktop's content and documents (what other seats
    // added comes with the pull).
    QString error;
    if (!m_state.setBase(d.id, { *version, mine, local }, edits, &error))
        qCWarning(lcSync) << "cannot record what the portal holds of" << d.id << error;
    m_pushed.insert(d.id);
    if (sentContent || !changes.isEmpty())
        m_state.setLastChange(d.id, m_login.isEmpty() ? Profile::currentUserName() : m_login,
                              sentContent ? QStringLiteral("content") : QStringLiteral("documents"),
                              Clock::instance().currentDateTimeUtc());
    return Outcome::Done;
}

void SyncEngine::agree(const Dossier& d, const QJsonObject& mandate)
{
    // Only what is the same on both sides: anything else is found by the next push or pull.
    const QSet<QString> documents = SyncState::documentKeys(m_profile.dossiers().documents(d.id, nullptr));
    if (SyncState::content(d) != SyncState::content(mandate) || documents != SyncState::documentKeys(mandate))
        return;
    m_state.setBase(
        d.id, { mandate.value(QStringLiteral("version")).toInt(), SyncState::content(mandate), documents },
        m_state.pendingEdits(d.id), nullptr);
}

SyncEngine::Outcome SyncEngine::conflict(const Dossier& d, QString* message, Report* report)
{
    // Another seat's version since the last agreement: read it, and keep both.
    const PortalClient::Reply theirs
        = m_client.call("GET", QStringLiteral("/api/v1/mandates/") + d.id.toString(QUuid::WithoutBraces));
    if (theirs.status != 200)
        return outcome(theirs, message);
    QString error;
    if (!recordConflict(d, theirs.json, &error)) {
        *message = error;
        return Outcome::Retry;
    }
    *message = tr("changed on the portal by %1 while this desktop changed it too: choose what to keep "
                  "(nothing was overwritten)")
                   .arg(theirs.json.value(QStringLiteral("updated_by")).toString(tr("another seat")));
    report->conflicts.append(tr("%1: %2").arg(d.name, *message));
    return Outcome::Conflict;
}

bool SyncEngine::recordConflict(const Dossier& d, const QJsonObject& mandate, QString* error)
{
    SyncState::Conflict c;
    c.id = d.id;
    c.theirVersion = mandate.value(QStringLiteral("version")).toInt();
    c.theirs = SyncState::content(mandate);
    c.theirBy = mandate.value(QStringLiteral("updated_by")).toString();
    c.detectedAt = Clock::instance().currentDateTimeUtc();
    if (!Conflicts::record(m_profile, c, error))
        return false;
    m_state.setLastChange(d.id, c.theirBy, QStringLiteral("content"), c.detectedAt);
    return true;
}

bool SyncEngine::takeTheirs(Dossier& d, const QJsonObject& mandate, Report* report)
{
    const QJsonObject theirs = SyncState::content(mandate);
    if (SyncState::content(d) == theirs)
        return true;
    // The dossier as it is now: the user may have saved it while the portal answered.
    const std::optional<Dossier> now = m_profile.dossiers().dossier(d.id, nullptr);
    if (!now || SyncState::content(*now) != SyncState::content(d)) {
        report->waiting.append(
            tr("%1: changed here meanwhile; the portal's version is looked at again at the "
               "next sync.")
                .arg(d.name));
        return false;
    }
    Dossier copy = *now;
    copy.name = theirs.value(QStringLiteral("name")).toString().left(200);
    const qint64 companyId = copy.client.id;
    copy.client = Company::fromJson(theirs.value(QStringLiteral("client")).toObject());
    copy.client.id = companyId;
    copy.numbers.clear();
    for (const QJsonValue& n : theirs.value(QStringLiteral("numbers")).toArray()) {
        if (copy.numbers.size() < kMaxAdoptedNumbers)
            copy.numbers.append(n.toString().left(32));
    }
    phoneUseFromCode(theirs.value(QStringLiteral("use")).toString(), &copy.use);
    QString error;
    if (!m_profile.dossiers().updateDossier(copy, &error)) {
        report->waiting.append(tr("%1: the portal's version could not be taken: %2").arg(d.name, error));
        return false;
    }
    report->received.append(
        tr("%1: changed by %2 on the portal")
            .arg(copy.name, mandate.value(QStringLiteral("updated_by")).toString(tr("another seat"))));
    if (!report->changed.contains(d.id))
        report->changed.append(d.id);
    d = copy;
    return true;
}

void SyncEngine::markUnderReview(const QUuid& id, qint64 outboxItem)
{
    // The status and the outbox item in one transaction, as Submission queues them.
    if (m_profile.dossiers().setStatus(id, DossierStatus::UnderReview, {}, {}, QStringLiteral("portal"),
                                       nullptr, nullptr,
                                       [&](QString*) { return m_outbox.markDone(outboxItem); })) {
        m_settled.insert(id, DossierStatus::UnderReview);
        m_itemsDone.insert(outboxItem);
    }
}

bool SyncEngine::pull(Report* report)
{
    // Dossiers a document held back at an earlier sync: asked for again first, as the portal holds
    // them now (the feed went on past their changes).
    for (const QUuid& id : m_state.held()) {
        const PortalClient::Reply r
            = m_client.call("GET", QStringLiteral("/api/v1/mandates/") + id.toString(QUuid::WithoutBraces));
        if (r.status == 404) {
            m_state.release(id);
            continue;
        }
        if (r.status != 200) {
            report->waiting.append(tr("Changes from the portal: %1 (will retry)").arg(r.message()));
            return false;
        }
        QJsonObject again = r.json;
        again.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
        again.insert(QStringLiteral("changed"), QStringLiteral("documents")); // read whole
        if (applyRemote(again, report) == Fetch::Wait)
            return false;
    }
    ProfileSettings settings(m_profile.database());
    QString cursor = settings.portalCursor();
    for (int round = 0; round < 100; ++round) {
        const PortalClient::Reply r = m_client.call("GET", QStringLiteral("/api/v1/changes?since=") + cursor);
        if (r.status != 200) {
            report->waiting.append(tr("Changes from the portal: %1").arg(r.message()));
            return false;
        }
        m_readThisPage.clear(); // what was read whole before this page may have changed since
        for (const QJsonValue& c : r.json.value(QStringLiteral("changes")).toArray()) {
            // The portal could not be reached for a dossier: this page again at the next sync
            // (what was applied of it is applied again as a no-op). One whose documents are
            // held back is asked for again on its own (SyncState::held), and the feed goes on.
            if (applyRemote(c.toObject(), report) == Fetch::Wait)
                return false;
        }
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        settings.setPortalCursor(cursor);
        if (!r.json.value(QStringLiteral("more")).toBool())
            return true;
    }
    return true;
}

SyncEngine::Fetch SyncEngine::adopt(const QUuid& id, Report* report)
{
    // The mandate as the portal holds it now (later changes of it are in the feed too).
    const QString path = QStringLiteral("/api/v1/mandates/") + id.toString(QUuid::WithoutBraces);
    const PortalClient::Reply r = m_client.call("GET", path);
    if (r.status == 404) // removed since, or not this account's: nothing to take
        return Fetch::Done;
    auto wait = [&](const QString& why) {
        report->waiting.append(tr("Changes from the portal: %1 (will retry)").arg(why));
        return Fetch::Wait;
    };
    // What no later sync would change: said, and passed over (a later change of it asks again).
    auto refuse = [&](const QString& why) {
        qCWarning(lcSync) << "a mandate from the portal is not taken:" << id << why;
        report->failed.append(why);
        m_passedOver.insert(id); // its other changes in this sync too
        return Fetch::Done;
    };
    if (r.status != 200)
        return wait(r.message());
    const QJsonObject m = r.json;
    Dossier d;
    d.id = id;
    d.name = m.value(QStringLiteral("name")).toString().left(200);
    d.client = Company::fromJson(m.value(QStringLiteral("client")).toObject());
    if (d.name.isEmpty())
        d.name = d.client.legalName.isEmpty() ? id.toString(QUuid::WithoutBraces) : d.client.legalName;
    for (const QJsonValue& n : m.value(QStringLiteral("numbers")).toArray()) {
        if (d.numbers.size() >= kMaxAdoptedNumbers)
            return refuse(tr("%1: the portal lists more numbers than a mandate holds.").arg(d.name));
        d.numbers.append(n.toString().left(32));
    }
    if (!phoneUseFromCode(m.value(QStringLiteral("use")).toString(), &d.use))
        d.use = PhoneUse::Agents;
    d.renewsId = QUuid::fromString(m.value(QStringLiteral("renews")).toString());

    // Its documents, all downloaded and each checked against its hash before anything is kept:
    // a cut download or bytes that are not what the portal listed leave no dossier, and the
    // next sync asks again.
    const QJsonArray listed = m.value(QStringLiteral("documents")).toArray();
    if (listed.size() > kMaxAdoptedDocuments)
        return refuse(tr("%1: the portal lists more documents than a dossier holds.").arg(d.name));
    for (const QJsonValue& v : listed) {
        Document::Kind kind;
        if (!SyncState::localKind(v.toObject().value(QStringLiteral("kind")).toString(), &kind)
            || !isSha256(v.toObject().value(QStringLiteral("sha256")).toString()))
            return refuse(tr("%1: the portal lists a document that cannot be asked for.").arg(d.name));
    }
    if (m_progress)
        m_progress(
            tr("Receiving %1 from the portal: %n document(s)…", nullptr, int(listed.size())).arg(d.name));
    QList<QByteArray> bodies;
    QString why;
    if (const Fetch f = download(path, listed, &bodies, &why); f == Fetch::Refused) {
        return refuse(tr("%1: %2").arg(d.name, why));
    } else if (f != Fetch::Done) {
        report->waiting.append(
            tr("Changes from the portal: %1 (will retry)").arg(tr("%1: %2").arg(d.name, why)));
        return f;
    }

    QString error;
    DossierStore& store = m_profile.dossiers();
    if (!store.createDossier(d, QStringLiteral("portal"), &error))
        return wait(error);
    const QSet<QString> kept = storeDocuments(d, listed, bodies, report);
    // What the portal holds is what this desktop holds: nothing of it to push back.
    m_state.setBase(id, { m.value(QStringLiteral("version")).toInt(), SyncState::content(m), kept },
                    m_state.pendingEdits(id), &error);
    m_state.setLastChange(
        id, m.value(QStringLiteral("updated_by")).toString(), QStringLiteral("content"),
        QDateTime::fromString(m.value(QStringLiteral("updated_at")).toString(), Qt::ISODate));
    report->received.append(tr("%1: received from the portal").arg(d.name));
    if (!report->changed.contains(id))
        report->changed.append(id);
    return Fetch::Done;
}

SyncEngine::Fetch SyncEngine::download(const QString& path, const QJsonArray& listed,
                                       QList<QByteArray>* bodies, QString* why)
{
    // A few at once: what is held in memory stays bounded, and so does the whole.
    qint64 received = 0;
    for (qsizetype first = 0; first < listed.size(); first += kDownloadsAtOnce) {
        QList<PortalClient::Request> requests;
        for (qsizetype i = first; i < std::min(listed.size(), first + kDownloadsAtOnce); ++i) {
            const QJsonObject o = listed.at(i).toObject();
            requests.append({ "GET",
                              path + QStringLiteral("/documents/")
                                  + o.value(QStringLiteral("kind")).toString() + u'/'
                                  + o.value(QStringLiteral("sha256")).toString() });
        }
        const QList<PortalClient::Reply> answers = m_client.callAll(requests);
        for (qsizetype j = 0; j < answers.size(); ++j) {
            const PortalClient::Reply& answer = answers.at(j);
            if (answer.status != 200) {
                *why = tr("a document could not be downloaded: %1").arg(answer.message());
                // The portal unreachable, or busy: the feed waits. A document it cannot give:
                // this dossier waits on its own.
                return answer.transient() || answer.paced() || answer.status == 401 ? Fetch::Wait
                                                                                    : Fetch::Held;
            }
            const QString actual = QString::fromLatin1(
                QCryptographicHash::hash(answer.body, QCryptographicHash::Sha256).toHex());
            if (actual != listed.at(first + j).toObject().value(QStringLiteral("sha256")).toString()) {
                qCWarning(lcSync) << "refused a document of" << path << "whose bytes do not match its hash";
                *why = tr(
                    "the portal sent a document whose content does not match its SHA-256; it is refused.");
                return Fetch::Held;
            }
            received += answer.body.size();
            if (received > kMaxReceivedBytes) {
                *why = tr("its documents are over %n MB in all; they are not taken.", nullptr,
                          int(kMaxReceivedBytes / (1024 * 1024)));
                return Fetch::Refused;
            }
            bodies->append(answer.body);
        }
    }
    return Fetch::Done;
}

QSet<QString> SyncEngine::storeDocuments(const Dossier& d, const QJsonArray& listed,
                                         const QList<QByteArray>& bodies, Report* report)
{
    QSet<QString> kept;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const QJsonObject o = listed.at(i).toObject();
        Document::Kind kind;
        if (!SyncState::localKind(o.value(QStringLiteral("kind")).toString(), &kind))
            continue;
        const QString name = o.value(QStringLiteral("name")).toString();
        // Read as a document the user adds is (its text, OCR for a scan, its dates), on a worker
        // thread: the window goes on meanwhile, as it does while the portal answers.
        DocumentReader::Failure failure = DocumentReader::Failure::None;
        DocumentReader::Text text;
        QString problem;
        {
            DocumentReadTask task;
            QEventLoop loop;
            QObject::connect(&task, &DocumentReadTask::finished, &loop,
                             [&](DocumentReader::Failure f, const DocumentReader::Text& t, const QString& e) {
                                 failure = f;
                                 text = t;
                                 problem = e;
                                 loop.quit();
                             });
            if (task.start(bodies.at(i)))
                loop.exec();
        }
        if (failure == DocumentReader::Failure::None) {
            const DocumentIntake::Outcome stored
                = DocumentIntake::store(m_profile.dossiers(), d.id, kind, name, bodies.at(i), text);
            problem = stored.document ? QString() : stored.error;
            if (stored.document)
                takeFacts(m_profile.dossiers(), *stored.document, o);
        }
        if (problem.isEmpty())
            kept.insert(o.value(QStringLiteral("kind")).toString() + u'/'
                        + o.value(QStringLiteral("sha256")).toString());
        else
            report->waiting.append(tr("%1: %2 was not kept: %3").arg(d.name, name, problem));
    }
    return kept;
}

SyncEngine::Fetch SyncEngine::reconcile(Dossier& d, Report* report)
{
    const QString path = QStringLiteral("/api/v1/mandates/") + d.id.toString(QUuid::WithoutBraces);
    const PortalClient::Reply r = m_client.call("GET", path);
    if (r.status == 404)
        return Fetch::Done;
    if (r.status != 200) {
        report->waiting.append(tr("Changes from the portal: %1 (will retry)").arg(r.message()));
        return Fetch::Wait;
    }
    SyncState::Base base = m_state.base(d.id);
    const int remoteVersion = r.json.value(QStringLiteral("version")).toInt();
    const QJsonObject theirs = SyncState::content(r.json);
    qCInfo(lcSync) << "reading" << d.id << "changed on the portal: version" << remoteVersion << "agreed"
                   << base.version;
    QString error;
    bool settled = true;
    if (remoteVersion != base.version) {
        const QJsonObject mine = SyncState::content(d);
        if ((base.version > 0 && mine == base.content) || mine == theirs) {
            if (!takeTheirs(d, r.json, report))
                return Fetch::Wait;
            m_state.clearConflict(d.id, nullptr);
            base.version = remoteVersion;
            base.content = SyncState::content(d); // what was taken (as this desktop holds it)
        } else if (const auto known = m_state.conflict(d.id); known && known->theirVersion == remoteVersion) {
            settled = false; // said already (this sync's push, or an earlier sync)
        } else {
            // Changed here and there: both kept, the user chooses (nothing else of it waits).
            if (!recordConflict(d, r.json, &error)) {
                report->waiting.append(tr("%1: %2 (will retry)").arg(d.name, error));
                return Fetch::Wait;
            }
            report->conflicts.append(tr("%1: %2").arg(
                d.name,
                tr("changed on the portal by %1 while this desktop changed it too: choose what to "
                   "keep (nothing was overwritten)")
                    .arg(r.json.value(QStringLiteral("updated_by")).toString(tr("another seat")))));
            settled = false;
        }
    }

    // The documents: what another seat added comes, what it removed goes; this desktop's own
    // changes since the last agreement stay, to be pushed.
    const QSet<QString> remote = SyncState::documentKeys(r.json);
    const QList<Document> documents = m_profile.dossiers().documents(d.id, nullptr);
    const QSet<QString> local = SyncState::documentKeys(documents);
    QJsonArray wanted;
    for (const QJsonValue& v : r.json.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("kind")).toString() + u'/'
            + o.value(QStringLiteral("sha256")).toString();
        Document::Kind kind;
        if (local.contains(key) || base.documents.contains(key)
            || local.size() + wanted.size() >= kMaxAdoptedDocuments
            || !SyncState::localKind(o.value(QStringLiteral("kind")).toString(), &kind)
            || !isSha256(o.value(QStringLiteral("sha256")).toString()))
            continue;
        wanted.append(o);
    }
    if (m_progress && !wanted.isEmpty())
        m_progress(
            tr("Receiving %1 from the portal: %n document(s)…", nullptr, int(wanted.size())).arg(d.name));
    QList<QByteArray> bodies;
    QString why;
    const Fetch fetched = download(path, wanted, &bodies, &why);
    if (fetched == Fetch::Wait || fetched == Fetch::Held) {
        // The content taken above is agreed already: an edit on top of it is no conflict.
        if (settled && remoteVersion != m_state.base(d.id).version)
            m_state.setBase(d.id, base, 0, &error);
        report->waiting.append(
            tr("Changes from the portal: %1 (will retry)").arg(tr("%1: %2").arg(d.name, why)));
        return fetched;
    }
    if (fetched == Fetch::Refused) {
        // Not taken: the rest of the dossier is, and these stay unagreed (a later change of
        // them asks again).
        report->failed.append(tr("%1: %2").arg(d.name, why));
        bodies.clear();
        wanted = QJsonArray();
    }
    // Agreed: what the portal holds that this desktop holds, or removed itself, or stored now. One
    // not taken (not kept, over the cap, of a kind no desktop knows) is asked for again later,
    // and never removed from the portal by this desktop.
    QSet<QString> agreed = QSet<QString>(remote).intersect(local + base.documents);
    agreed += storeDocuments(d, wanted, bodies, report);
    QHash<QString, QJsonObject> listedFacts;
    for (const QJsonValue& v : r.json.value(QStringLiteral("documents")).toArray())
        listedFacts.insert(v.toObject().value(QStringLiteral("kind")).toString() + u'/'
                               + v.toObject().value(QStringLiteral("sha256")).toString(),
                           v.toObject());
    for (const Document& doc : documents) {
        const QString key = SyncState::remoteKind(doc.kind) + u'/' + doc.sha256;
        if (remote.contains(key))
            takeFacts(m_profile.dossiers(), doc, listedFacts.value(key));
        if (base.documents.contains(key) && !remote.contains(key)) {
            if (m_profile.dossiers().removeDocument(doc.id, &error))
                report->received.append(tr("%1: %2 removed on the portal").arg(d.name, doc.originalName));
        }
    }
    if (!wanted.isEmpty())
        report->received.append(
            tr("%1: %n document(s) received from the portal", nullptr, int(wanted.size())).arg(d.name));
    base.documents = agreed;
    // What this desktop still has to push stays pending; all of it is settled when nothing differs.
    const QSet<QString> now = SyncState::documentKeys(m_profile.dossiers().documents(d.id, nullptr));
    const bool same = settled && now == agreed && SyncState::content(d) == base.content;
    m_state.setBase(d.id, base, same ? m_state.pendingEdits(d.id) : 0, &error);
    if (!report->changed.contains(d.id))
        report->changed.append(d.id);
    return Fetch::Done;
}

SyncEngine::Fetch SyncEngine::applyRemote(const QJsonObject& change, Report* report)
{
    const QUuid id = QUuid::fromString(change.value(QStringLiteral("id")).toString());
    DossierStatus::Status remote;
    if (id.isNull() || !DossierStatus::fromCode(change.value(QStringLiteral("status")).toString(), &remote))
        return Fetch::Done;
    // What this sync just set (its submissions coming back as changes): nothing to follow.
    const auto settled = m_settled.constFind(id);
    if (settled != m_settled.cend() && *settled == remote)
        return Fetch::Done;
    // Taken whole, or held back (a document): asked for again at the next sync, on its own.
    auto taken = [&](Fetch f) {
        if (f == Fetch::Held) {
            m_state.hold(id, report->waiting.isEmpty() ? QString() : report->waiting.constLast());
            m_heldNow.insert(id);
        } else if (f == Fetch::Done) {
            m_state.release(id);
        }
        return f;
    };
    std::optional<Dossier> d = m_profile.dossiers().dossier(id, nullptr);
    const QString by = change.value(QStringLiteral("changed_by")).toString();
    const QString what = change.value(QStringLiteral("changed")).toString();
    if (!d) {
        // Pushed by another seat of the account: taken with its documents, then its status
        // followed as for any dossier.
        if (m_passedOver.contains(id) || m_state.isForgotten(id))
            return Fetch::Done;
        if (m_heldNow.contains(id)) // held back already in this sync
            return Fetch::Held;
        if (const Fetch f = taken(adopt(id, report)); f != Fetch::Done)
            return f;
        m_readThisPage.insert(id);
        d = m_profile.dossiers().dossier(id, nullptr);
        if (!d)
            return Fetch::Done;
    } else if (!what.isEmpty() && what != QLatin1String("status")) {
        // A change of its content or documents. This desktop's own pushes come back too: what it
        // agreed with the portal already holds them (the version, the document). Another seat's
        // (another desktop, whatever its login) is taken here, or kept beside this desktop's own
        // change; who made it is shown.
        const SyncState::Base base = m_state.base(id);
        bool own = false;
        if (what == QLatin1String("content")) {
            // Agreed already, or kept already beside this desktop's version (a conflict).
            const std::optional<SyncState::Conflict> kept = m_state.conflict(id);
            own = change.value(QStringLiteral("version")).toInt()
                <= std::max(base.version, kept ? kept->theirVersion : 0);
        } else if (const QJsonObject doc = change.value(QStringLiteral("document")).toObject();
                   !doc.isEmpty()) {
            const QString key = doc.value(QStringLiteral("kind")).toString() + u'/'
                + doc.value(QStringLiteral("sha256")).toString();
            const QString action = doc.value(QStringLiteral("action")).toString();
            if (action == QLatin1String("facts")) {
                // Its facts stated: this desktop's own when it states them all already.
                own = false;
                for (const Document& mine : m_profile.dossiers().documents(id, nullptr)) {
                    if (SyncState::remoteKind(mine.kind) + u'/' + mine.sha256 == key)
                        own = (doc.value(QStringLiteral("signature_confirmed_by")).toString().isEmpty()
                               || mine.signatureConfirmed)
                            && (doc.value(QStringLiteral("stated_date")).toString().isEmpty()
                                || statedDate(mine).toString(Qt::ISODate)
                                    == doc.value(QStringLiteral("stated_date")).toString());
                }
            } else {
                own = (action == QLatin1String("added")) == base.documents.contains(key);
            }
        }
        if (!own) {
            if (!by.isEmpty())
                m_state.setLastChange(
                    id, by, what,
                    QDateTime::fromString(change.value(QStringLiteral("changed_at")).toString(),
                                          Qt::ISODateWithMs));
            if (!m_readThisPage.contains(id) && !m_heldNow.contains(id)) {
                // Held back: its status is followed all the same.
                if (taken(reconcile(*d, report)) == Fetch::Wait)
                    return Fetch::Wait;
                m_readThisPage.insert(id);
            }
        }
    }
    const QDate today = Clock::instance().today();
    DossierStatus::Status local = d->effectiveStatus(today);
    const Fetch outcome = m_heldNow.contains(id) ? Fetch::Held : Fetch::Done;
    if (local == remote) {
        if (d->statusUnconfirmed) // an archive's status, which the portal now confirms
            m_profile.dossiers().confirmStatus(id, nullptr);
        return outcome;
    }
    DossierStore& store = m_profile.dossiers();
    const QString reason
        = change.value(QStringLiteral("rejection")).toObject().value(QStringLiteral("reason")).toString();
    const QDate validatedOn
        = QDate::fromString(change.value(QStringLiteral("validated_on")).toString(), Qt::ISODate);
    // Walk the status machine to where the portal says the dossier is.
    auto step = [&](DossierStatus::Status to, const QDate& on = {}, const QString& why = {}) {
        QString error;
        if (store.setStatus(id, to, on, why, QStringLiteral("portal"), &*d, &error))
            local = to;
        else
            qCWarning(lcSync) << "cannot apply the portal's status" << DossierStatus::code(to) << error;
    };
    if (DossierStatus::decidedByPortal(remote)) {
        if (local == DossierStatus::NotSubmitted)
            step(DossierStatus::Queued);
        if (local == DossierStatus::Queued)
            step(DossierStatus::UnderReview);
        if ((remote == DossierStatus::Valid || remote == DossierStatus::Expired)
            && local == DossierStatus::UnderReview) {
            step(DossierStatus::Valid, validatedOn);
            local = d->effectiveStatus(today); // validated long enough ago: expired already
        }
        if (remote == DossierStatus::Rejected && local == DossierStatus::UnderReview)
            step(DossierStatus::Rejected, {}, reason.isEmpty() ? tr("Rejected by the operator.") : reason);
        if (remote == DossierStatus::Expired && local == DossierStatus::Valid)
            step(DossierStatus::Expired);
    }
    if (!report->changed.contains(id))
        report->changed.append(id);
    if (local == remote) {
        report->statusChanged.append(id);
        report->received.append(
            tr("%1: %2").arg(d->name, DossierStatus::label(remote))
            + (remote == DossierStatus::Rejected ? QStringLiteral(" — ") + reason : QString()));
    }
    return outcome;
}

} // namespace Mandat
