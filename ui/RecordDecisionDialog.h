#pragma once

#include "model/Dossier.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RecordDecisionDialog;
}

namespace Mandat {

class Profile;

/*
 * Records by hand what the operator decided on a dossier handled outside the portal sync
 * (`mandatdesk-cli dossier set-status`): the new status among those the status machine
 * leads to from the current one, the day of the decision (a valid mandate runs one year
 * from it) and the reason (required for a rejection). The local steps on the way (a dossier
 * submitted on the operator's own site goes through "not submitted" and "queued" first)
 * are written with it, in one transaction, to the dossier's history.
 */
class RecordDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDecisionDialog(Profile& profile, const Dossier& dossier, QWidget* parent = nullptr);
    ~RecordDecisionDialog() override;

    // The statuses a user may record from `current` (queueing is the Submit button's job).
    static QList<DossierStatus::Status> choices(DossierStatus::Status current);
    // The transitions from `from` to `to` through local steps only, or empty when there is none.
    static QList<DossierStatus::Status> path(DossierStatus::Status from, DossierStatus::Status to);

public slots:
    void accept() override;

private:
    void updateEffect();
    DossierStatus::Status chosen() const;

    QScopedPointer<Ui::RecordDecisionDialog> m_ui;
    Profile& m_profile;
    Dossier m_dossier;
};

} // namespace Mandat
