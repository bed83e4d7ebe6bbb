#pragma once

#include "checks/ReadinessReport.h"
#include "model/DossierStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Mandat {

class Profile;

/*
 * The one submission rule, whatever asks (the CLI, the list, the editor): a dossier is
 * queued for the operator only when its status allows it and today's readiness report has
 * no blocking problem. Otherwise nothing is written and the result says why, with the
 * report. Queueing is local: the status and the outbox item in one transaction, no portal
 * needed; SyncEngine sends what waits.
 */
class Submission
{
    Q_DECLARE_TR_FUNCTIONS(Submission)

public:
    enum class Outcome {
        Queued, // status Queued, with its outbox item
        Ready, // check() only: queue() would queue it
        NotReady, // refused: the readiness report has blocking problems
        RefusedStatus, // refused: in this status there is nothing to submit
        StoreError, // the dossier could not be read or the queueing could not be saved
    };

    struct Result
    {
        Outcome outcome = Outcome::StoreError;
        QString dossierName; // when the dossier could be read
        QString message; // in the user's language
        ReadinessReport report; // built when the status let the dossier be checked

        bool queued() const { return outcome == Outcome::Queued; }
        QList<Problem> blockingProblems() const;
    };

    // Checks the dossier and, when nothing blocks, queues it. A rejected dossier is set back
    // to "not submitted" first, in the same transaction.
    static Result queue(Profile& profile, const QUuid& dossierId);
    // What queue() would decide now, writing nothing: Ready, or the refusal with its reasons.
    static Result check(Profile& profile, const QUuid& dossierId);

    // Whether a dossier in this (effective) status may be queued.
    static bool canQueue(DossierStatus::Status status);
    // What queue() decides before writing anything, for a dossier in `status` and its report:
    // the refusal, or nothing when it may go. The editor's button follows it. `validUntil`, the
    // dossier's, lets a valid or expired one's refusal say until when.
    static std::optional<Result> refusal(DossierStatus::Status status, const ReadinessReport& report,
                                         const QDate& validUntil = {});

private:
    // Why a dossier in this status is not sent, and what to do instead.
    static Result refusedStatus(DossierStatus::Status status, const QDate& validUntil);
    static Result notReady(const ReadinessReport& report);
};

} // namespace Mandat
