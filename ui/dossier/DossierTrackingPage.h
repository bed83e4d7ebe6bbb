#pragma once

#include "model/Dossier.h"

#include <QScopedPointer>
#include <QWidget>
#include <functional>

namespace Ui {
class DossierTrackingPage;
}

namespace Mandat {

class HistoryModel;
class OutboxModel;
class Profile;

/*
 * The dossier window's last tab: how long the mandate is valid, the status history, what
 * waits for the portal (retry now), the operator's decision recorded by hand, and renewal.
 */
class DossierTrackingPage : public QWidget
{
    Q_OBJECT

public:
    explicit DossierTrackingPage(Profile& profile, QWidget* parent = nullptr);
    ~DossierTrackingPage() override;

    // Called before an action that needs the dossier in the store; false stops it.
    void setEnsureSaved(std::function<bool()> ensureSaved) { m_ensureSaved = std::move(ensureSaved); }
    void showDossier(const Dossier& dossier);
    // Queued changes show as being sent while a sync runs.
    void setSending(bool sending);
    // Creates the renewal (the next period's dossier) of a valid or expired one.
    void renew();

signals:
    // Retry now was asked (sync now).
    void retryRequested();
    // The operator's decision was recorded by hand: the dossier changed in the store.
    void decisionRecorded();
    void renewed(const QUuid& newId);

private:
    void retry();
    void recordDecision();

    QScopedPointer<Ui::DossierTrackingPage> m_ui;
    Profile& m_profile;
    Dossier m_dossier;
    HistoryModel* m_history;
    OutboxModel* m_outbox;
    std::function<bool()> m_ensureSaved;
};

} // namespace Mandat
