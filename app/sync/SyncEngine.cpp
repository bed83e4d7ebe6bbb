#include "SyncEngine.h"

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
QString remoteKind(Document::Kind kind)
{
    switch (kind) {
    case Document::Kind::SignedMandate:
        return QStringLiteral("mandate");
    case Document::Kind::Kbis:
        return QStringLiteral("kbis");
    case Document::Kind::Invoice:
        return QStringLiteral("invoice");
    case Document::Kind::FilledMandate:
        break;
    }
    return {};
}

bool localKind(const QString& remote, Document::Kind* kind)
{
    if (remote == QLatin1String("mandate"))
        *kind = Document::Kind::SignedMandate;
    else if (remote == QLatin1String("kbis"))
        *kind = Document::Kind::Kbis;
    else if (remote == QLatin1String("invoice"))
        *kind = Document::Kind::Invoice;
    else
        return false;
    return true;
}

// What a dossier received from the portal may hold at most (a stranger's answer is capped).
constexpr qsizetype kMaxAdoptedNumbers = 1000;
constexpr qsizetype kMaxAdoptedDocuments = 50;

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
    auto outcomeOf = [&](const PortalClient::Reply& r) {
        *message = r.message();
        // Still paced after the client's own waits (a long Retry-After, or many in a row).
        if (r.paced()) {
            m_deferredUntil = Clock::instance().currentDateTimeUtc().addMSecs(r.retryAfterMs);
            return Outcome::Deferred;
        }
        return r.transient() || r.status == 401 ? Outcome::Retry : Outcome::Failed;
    };

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
        markUnderReview(d->id, item.id);
        return Outcome::Done;
    }

    // The documents of step 3, read from the profile while the mandate's PUT is on its way.
    QList<PortalClient::Request> changes; // sent together: the portal checks each on its own
    bool prepared = false;
    auto prepareDocuments = [&] {
        prepared = true;
        QSet<QString> held;
        for (const QJsonValue& v : current.json.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject o = v.toObject();
            held.insert(o.value(QStringLiteral("kind")).toString() + u'/'
                        + o.value(QStringLiteral("sha256")).toString());
        }
        QSet<QString> wanted;
        for (const Document& doc : m_profile.dossiers().documents(d->id, &error)) {
            const QString kind = remoteKind(doc.kind);
            if (kind.isEmpty())
                continue;
            const QString name = kind + u'/' + doc.sha256;
            wanted.insert(name);
            if (held.contains(name))
                continue;
            const QByteArray bytes = m_profile.blobs().read(doc.sha256, &error);
            QList<QPair<QByteArray, QByteArray>> headers {
                { QByteArrayLiteral("Content-Type"), doc.mediaType.toLatin1() },
                { QByteArrayLiteral("X-File-Name"), doc.originalName.toUtf8() }
            };
            // A date the user entered by hand (the text has none the checks could read) goes with it.
            if (doc.dateSource == Document::DateSource::EnteredByHand && doc.issueDate.isValid())
                headers.append(
                    { QByteArrayLiteral("X-Issue-Date"), doc.issueDate.toString(Qt::ISODate).toLatin1() });
            changes.append({ "PUT", path + QStringLiteral("/documents/") + name, bytes, headers });
        }
        for (const QString& name : std::as_const(held)) {
            if (!wanted.contains(name))
                changes.append({ "DELETE", path + QStringLiteral("/documents/") + name });
        }
    };

    // 2. The mandate, created or brought to the dossier's content; the same content is not a
    // new version.
    if (version == 0) {
        QJsonArray numbers;
        for (const QString& n : d->numbers)
            numbers.append(n);
        QJsonObject client = d->client.toJson();
        client.remove(QStringLiteral("tva"));
        const QJsonObject body { { QStringLiteral("name"), d->name },
                                 { QStringLiteral("client"), client },
                                 { QStringLiteral("numbers"), numbers },
                                 { QStringLiteral("use"), phoneUseCode(d->use) },
                                 { QStringLiteral("renews"),
                                   d->renewsId.isNull()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(d->renewsId.toString(QUuid::WithoutBraces)) } };
        bool same = remoteStatus == QLatin1String("not_submitted");
        for (auto it = body.begin(); same && it != body.end(); ++it)
            same = current.json.value(it.key()) == it.value();
        if (same) {
            version = remoteVersion;
        } else {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (current.status == 200)
                headers.append({ QByteArrayLiteral("If-Match"), current.etag });
            const PortalClient::Reply put
                = m_client
                      .callAll(
                          { { "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers } },
                          prepareDocuments)
                      .constFirst();
            if (put.status != 200 && put.status != 201)
                return put.status == 412 ? Outcome::Retry : outcomeOf(put);
            version = put.json.value(QStringLiteral("version")).toInt();
        }
    }

    // 3. The documents: what the portal lacks goes (checked by its hash on arrival), what the
    // dossier no longer holds is removed, all before the submission. Meanwhile the version is
    // kept for step 4: if its answer is lost, the retry sends exactly that request again (and a
    // retry after a document failed finds the same version, and sends the documents again).
    if (!prepared)
        prepareDocuments();
    bool kept = false;
    const QList<PortalClient::Reply> changed
        = m_client.callAll(changes, [&] { kept = m_outbox.markSending(item.id, version); });
    for (qsizetype i = 0; i < changed.size(); ++i) {
        const int status = changed.at(i).status;
        const bool done = changes.at(i).verb == "PUT" ? status == 200 || status == 201
                                                      : status == 204 || status == 404; // gone: as good
        if (!done)
            return outcomeOf(changed.at(i));
    }
    if (!kept) {
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
    ProfileSettings settings(m_profile.database());
    QString cursor = settings.portalCursor();
    for (int round = 0; round < 100; ++round) {
        const PortalClient::Reply r = m_client.call("GET", QStringLiteral("/api/v1/changes?since=") + cursor);
        if (r.status != 200) {
            report->waiting.append(tr("Changes from the portal: %1").arg(r.message()));
            return false;
        }
        for (const QJsonValue& c : r.json.value(QStringLiteral("changes")).toArray()) {
            // A dossier another seat pushed that could not be taken now: this page again at
            // the next sync (what was applied of it is applied again as a no-op).
            if (!applyRemote(c.toObject(), report))
                return false;
        }
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        settings.setPortalCursor(cursor);
        if (!r.json.value(QStringLiteral("more")).toBool())
            return true;
    }
    return true;
}

bool SyncEngine::adopt(const QUuid& id, Report* report)
{
    // The mandate as the portal holds it now (later changes of it are in the feed too).
    const QString path = QStringLiteral("/api/v1/mandates/") + id.toString(QUuid::WithoutBraces);
    const PortalClient::Reply r = m_client.call("GET", path);
    if (r.status == 404) // removed since, or not this account's: nothing to take
        return true;
    auto wait = [&](const QString& why) {
        report->waiting.append(tr("Changes from the portal: %1 (will retry)").arg(why));
        return false;
    };
    // What no later sync would change: said, and passed over (a later change of it asks again).
    auto refuse = [&](const QString& why) {
        qCWarning(lcSync) << "a mandate from the portal is not taken:" << id << why;
        report->failed.append(why);
        m_passedOver.insert(id); // its other changes in this sync too
        return true;
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
    struct Download
    {
        Document::Kind kind;
        QString name;
        QString sha256;
    };
    QList<Download> wanted;
    QList<PortalClient::Request> requests;
    const QJsonArray listed = m.value(QStringLiteral("documents")).toArray();
    if (listed.size() > kMaxAdoptedDocuments)
        return refuse(tr("%1: the portal lists more documents than a dossier holds.").arg(d.name));
    for (const QJsonValue& v : listed) {
        const QJsonObject o = v.toObject();
        Download doc;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        doc.sha256 = o.value(QStringLiteral("sha256")).toString();
        doc.name = o.value(QStringLiteral("name")).toString();
        if (!localKind(kind, &doc.kind) || !isSha256(doc.sha256))
            return refuse(tr("%1: the portal lists a document that cannot be asked for.").arg(d.name));
        wanted.append(doc);
        requests.append({ "GET", path + QStringLiteral("/documents/") + kind + u'/' + doc.sha256 });
    }
    const QList<PortalClient::Reply> answers = m_client.callAll(requests);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (answers.at(i).status != 200)
            return wait(
                tr("%1: a document could not be downloaded: %2").arg(d.name, answers.at(i).message()));
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(answers.at(i).body, QCryptographicHash::Sha256).toHex());
        if (actual != wanted.at(i).sha256) {
            qCWarning(lcSync) << "refused a document of" << id << "whose bytes do not match its hash";
            return wait(tr("%1: the portal sent a document whose content does not match its SHA-256; it is "
                           "refused.")
                            .arg(d.name));
        }
    }

    QString error;
    DossierStore& store = m_profile.dossiers();
    if (!store.createDossier(d, QStringLiteral("portal"), &error))
        return wait(error);
    for (qsizetype i = 0; i < answers.size(); ++i) {
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
            if (task.start(answers.at(i).body))
                loop.exec();
        }
        if (failure == DocumentReader::Failure::None) {
            const DocumentIntake::Outcome stored = DocumentIntake::store(
                store, id, wanted.at(i).kind, wanted.at(i).name, answers.at(i).body, text);
            problem = stored.document ? QString() : stored.error;
        }
        if (!problem.isEmpty())
            report->waiting.append(tr("%1: %2 was not kept: %3").arg(d.name, wanted.at(i).name, problem));
    }
    report->received.append(tr("%1: received from the portal").arg(d.name));
    if (!report->changed.contains(id))
        report->changed.append(id);
    return true;
}

bool SyncEngine::applyRemote(const QJsonObject& change, Report* report)
{
    const QUuid id = QUuid::fromString(change.value(QStringLiteral("id")).toString());
    DossierStatus::Status remote;
    if (id.isNull() || !DossierStatus::fromCode(change.value(QStringLiteral("status")).toString(), &remote))
        return true;
    // What this sync just set (its submissions coming back as changes): nothing to follow.
    const auto settled = m_settled.constFind(id);
    if (settled != m_settled.cend() && *settled == remote)
        return true;
    std::optional<Dossier> d = m_profile.dossiers().dossier(id, nullptr);
    if (!d) {
        // Pushed by another seat of the account: taken with its documents, then its status
        // followed as for any dossier.
        if (m_passedOver.contains(id))
            return true;
        if (!adopt(id, report))
            return false;
        d = m_profile.dossiers().dossier(id, nullptr);
        if (!d)
            return true;
    }
    const QDate today = Clock::instance().today();
    DossierStatus::Status local = d->effectiveStatus(today);
    if (local == remote) {
        if (d->statusUnconfirmed) // an archive's status, which the portal now confirms
            m_profile.dossiers().confirmStatus(id, nullptr);
        return true;
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
    return true;
}

} // namespace Mandat
