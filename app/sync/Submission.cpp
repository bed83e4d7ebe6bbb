#include "Submission.h"

#include "Outbox.h"
#include "SyncState.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Profile.h"

#include <QLocale>

namespace Mandat {

QList<Problem> Submission::Result::blockingProblems() const
{
    QList<Problem> blocking;
    for (const Problem& p : report.problems)
        if (p.isBlocking())
            blocking.append(p);
    return blocking;
}

bool Submission::canQueue(DossierStatus::Status status)
{
    // A rejected dossier goes back to "not submitted" first, as the status machine says.
    return status == DossierStatus::Rejected || DossierStatus::canTransition(status, DossierStatus::Queued);
}

std::optional<Submission::Result> Submission::refusal(DossierStatus::Status status,
                                                      const ReadinessReport& report, const QDate& validUntil)
{
    if (!canQueue(status)) {
        Result r = refusedStatus(status, validUntil);
        r.report = report;
        return r;
    }
    if (!report.ready())
        return notReady(report);
    return std::nullopt;
}

Submission::Result Submission::refusedStatus(DossierStatus::Status status, const QDate& validUntil)
{
    Result r;
    r.outcome = Outcome::RefusedStatus;
    const QString until = QLocale().toString(validUntil, QLocale::ShortFormat);
    switch (status) {
    case DossierStatus::Queued:
        r.message = tr("Already waiting to be sent to the operator: it goes at the next sync.");
        break;
    case DossierStatus::UnderReview:
        r.message = tr("Already sent: the operator is reviewing it, and its decision comes back at a sync.");
        break;
    case DossierStatus::Valid:
        r.message = validUntil.isValid()
            ? tr("Already valid until %1: to present its numbers after that day, renew it instead.")
                  .arg(until)
            : tr("Already valid: to present its numbers longer, renew it instead.");
        break;
    case DossierStatus::Expired:
        r.message = validUntil.isValid()
            ? tr("Its mandate ended on %1: renew it, which starts a new dossier to submit.").arg(until)
            : tr("Its mandate has ended: renew it, which starts a new dossier to submit.");
        break;
    case DossierStatus::NotSubmitted:
    case DossierStatus::Rejected: // both may be submitted: never refused for their status
        r.message = tr("Status \"%1\": there is nothing to submit.").arg(DossierStatus::label(status));
        break;
    }
    return r;
}

Submission::Result Submission::notReady(const ReadinessReport& report)
{
    Result r;
    r.outcome = Outcome::NotReady;
    r.report = report;
    r.message = tr("Not ready: %n blocking problem(s). %1", nullptr, report.blockingCount())
                    .arg(report.firstBlocking());
    return r;
}

Submission::Result Submission::check(Profile& profile, const QUuid& dossierId)
{
    DossierStore& store = profile.dossiers();
    const QDate today = Clock::instance().today();
    Result result;
    QString error;
    const std::optional<Dossier> d = store.dossier(dossierId, &error);
    if (!d) {
        result.message = error;
        return result;
    }
    result.dossierName = d->name;
    if (SyncState(profile.database()).conflict(dossierId)) {
        result.outcome = Outcome::RefusedStatus;
        result.message
            = tr("Changed here and by another seat at once: choose what to keep first, then submit.");
        return result;
    }
    const DossierStatus::Status status = d->effectiveStatus(today);
    std::optional<Result> refused;
    if (!canQueue(status)) { // refused without building the report
        refused = refusedStatus(status, d->validUntil);
    } else {
        result.report = ReadinessReport::build(*d, store, profile.blobs(), today);
        refused = refusal(status, result.report, d->validUntil);
    }
    if (refused) {
        refused->dossierName = d->name;
        return *refused;
    }
    result.outcome = Outcome::Ready;
    return result;
}

Submission::Result Submission::queue(Profile& profile, const QUuid& dossierId)
{
    DossierStore& store = profile.dossiers();
    const QDate today = Clock::instance().today();
    Result result = check(profile, dossierId);
    if (result.outcome != Outcome::Ready) {
        qCDebug(lcSync) << "not queued" << dossierId << result.message;
        return result;
    }
    DossierStatus::Status status = DossierStatus::NotSubmitted;
    QDate validUntil;
    QString error;
    const QDateTime now = Clock::instance().currentDateTimeUtc();
    Outbox outbox(profile.database());
    bool statusChanged = false;
    const bool queued = profile.database().transaction(
        [&](QString* err) {
            // Read again inside: another window or process may have queued it since.
            const std::optional<Dossier> latest = store.dossier(dossierId, err);
            if (!latest)
                return false;
            status = latest->effectiveStatus(today);
            validUntil = latest->validUntil;
            if (!canQueue(status)) {
                statusChanged = true;
                return false;
            }
            // Reopening and queueing: both steps or neither.
            if (status == DossierStatus::Rejected
                && !store.setStatus(dossierId, DossierStatus::NotSubmitted, {},
                                    tr("Corrected after the rejection"), Profile::currentUserName(), nullptr,
                                    err))
                return false;
            return store.setStatus(dossierId, DossierStatus::Queued, {}, {}, Profile::currentUserName(),
                                   nullptr, err, [&](QString* inner) {
                                       return outbox.enqueue(dossierId, QStringLiteral("submit"), now, inner);
                                   });
        },
        &error);
    if (statusChanged) {
        Result r = refusedStatus(status, validUntil);
        r.dossierName = result.dossierName;
        r.report = result.report;
        return r;
    }
    if (!queued) {
        qCWarning(lcSync) << "cannot queue" << dossierId << error;
        result.outcome = Outcome::StoreError;
        result.message = tr("The submission could not be saved: %1").arg(error);
        return result;
    }
    result.outcome = Outcome::Queued;
    result.message
        = tr("%1 is queued for the operator: it is sent at the next sync.").arg(result.dossierName);
    return result;
}

} // namespace Mandat
