#pragma once

#include "sync/Submission.h"
#include "sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QUuid>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class QSystemTrayIcon;
class QToolButton;

namespace Mandat {

class CredentialStore;
class CsvImportWizard;
class DossierEditor;
class DossierFilterModel;
class DossierListModel;
class PortalClient;
class PortalSession;
class Profile;
class ReadinessWorker;
class SyncScheduler;
class TemplateMappingDialog;

/*
 * The dossier list of the open profile — search, status filters with their counts, bulk
 * submit, print and export — or, while there is none, the three steps of a dossier. It
 * opens dossier editors, keeps syncing with the portal while it runs, and reminds of
 * mandates about to end (tray notification and status bar).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `credentials` keeps the portal session (the system keychain when null).
    explicit MainWindow(Profile& profile, CredentialStore* credentials = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    DossierListModel* dossierModel() const { return m_model; }
    DossierFilterModel* filterModel() const { return m_filter; }
    ReadinessWorker* readinessWorker() const { return m_readiness; }
    PortalSession& portalSession() { return *m_session; }
    // Starts another process (the demo's window); tests put their own, an empty one restores it.
    using Launcher = std::function<bool(const QString& program, const QStringList& arguments)>;
    static void setLauncher(Launcher launch);

    // The dossier of the current row, or a null id; the selected ones, in list order.
    QUuid currentDossier() const;
    QList<QUuid> selectedDossiers() const;
    // The open editor of a dossier, if any.
    DossierEditor* editor(const QUuid& id) const;
    // The last reminder or status notification shown (tests).
    QString lastNotification() const { return m_lastNotification; }

public slots:
    void reload();
    DossierEditor* openDossier(const QUuid& id);
    DossierEditor* newDossier();
    void submitSelected();
    void printSelected();
    void exportSelected();
    void deleteSelected();
    void previewDocuments();
    void syncNow();
    void openSettings();
    bool editProvider();
    void loadDemo();
    void importCsv();
    // The wizard importCsv() runs, wired to the list (tests drive it page by page).
    CsvImportWizard* createCsvImportWizard();
    void exportArchive();
    // The list of authorised numbers on today, as CSV or PDF (the file dialog's filter or the
    // name's extension), with the changes since the last export; recorded as the new reference.
    void exportAuthorisedNumbers();
    // Imports an archive; asks before replacing dossiers already here.
    void importArchive(const QString& path = {});
    void checkReminders();
    // "Operator's mandate forms…": the mapping dialog, for a form the user chooses in it.
    TemplateMappingDialog* openTemplateForms();
    // (Re)connects to the portal with the profile's session, and syncs on a timer.
    void connectPortal();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setupFilters();
    // The list's columns for its values in the user's language and the list's width.
    void fitColumns();
    // The search field wide enough for its whole hint.
    void fitSearchField();
    void updateCounts();
    void updateActions();
    void showPage();
    // The welcome page's first step says when the company is entered, and whose it is.
    void showSteps();
    static QString refusalReasons(const Submission::Result& result);
    DossierEditor* showEditor(const QUuid& id); // a null id: a new dossier
    // Syncs now; `done` (what was just done: "1 dossier queued…") stays in front of what the
    // sync says in the status bar, so that neither hides the other.
    void syncAfter(const QString& done);
    void showSyncMessage(const QString& message, int timeout);
    void synced(const SyncEngine::Report& report);
    void notify(const QString& title, const QString& message);
    // A message in the status bar, elided to its width, whole in its tooltip.
    void showStatus(const QString& message, int timeout = 0);
    void setupTray();

    QScopedPointer<Ui::MainWindow> m_ui;
    Profile& m_profile;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    SyncScheduler* m_scheduler = nullptr;
    DossierListModel* m_model;
    DossierFilterModel* m_filter;
    ReadinessWorker* m_readiness;
    QList<QToolButton*> m_filterButtons; // "all", then one per status group
    QHash<QUuid, QPointer<DossierEditor>> m_editors;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastNotification;
    QString m_statusLine; // the last message shown whole, elided again when the bar is resized
    QDeadlineTimer m_statusUntil;
    bool m_reconnect = false; // connectPortal() asked during a sync: done when it ends
    QString m_syncPrefix; // what was done before the running sync (syncAfter)
    bool m_autoColumns = true; // the columns follow the list's width until the user sizes one
    bool m_remindWhenLoaded = false; // the reminders wait for the whole list
    bool m_fittingColumns = false;
};

} // namespace Mandat
