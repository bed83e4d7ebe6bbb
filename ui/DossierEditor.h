#pragma once

#include "checks/ReadinessReport.h"
#include "model/Dossier.h"
#include "sync/SyncState.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class DossierEditor;
}

namespace Mandat {

class DossierDocumentsPage;
class DossierInfoPage;
class DossierTrackingPage;
class GenerateMandateDialog;
class Profile;
class ReadinessWorker;

/*
 * One dossier, in the operator's order, one tab per page: the mandate's information
 * (DossierInfoPage), the documents (DossierDocumentsPage) and the tracking
 * (DossierTrackingPage). The window holds the dossier being edited, saves it, and keeps
 * its readiness report, built on a worker thread after every change: "Submit to the
 * operator" is enabled only when the current report has no blocking problem, and says
 * why otherwise. Closing asks about unsaved edits.
 */
class DossierEditor : public QDialog
{
    Q_OBJECT

public:
    // A null id opens a new dossier. `readiness` builds the reports (the window's worker).
    DossierEditor(Profile& profile, ReadinessWorker& readiness, const QUuid& id, QWidget* parent = nullptr);
    ~DossierEditor() override;

    QUuid dossierId() const { return m_dossier.id; }
    const Dossier& dossier() const { return m_dossier; }
    // The last report computed; see isChecking().
    const ReadinessReport& report() const { return m_report; }
    bool isModified() const { return m_modified; }
    // True while the checks run for the latest change.
    bool isChecking() const { return m_checking; }
    // True while documents are being read or checked.
    bool isBusy() const;

public slots:
    bool save();
    // Reads the dossier again from the store (after a sync changed it).
    void reloadFromStore();
    // Reads the files on a worker thread and adds them, one after the other.
    void addDocuments(Document::Kind kind, const QStringList& paths);
    bool setDocumentDate(const QUuid& documentId, const QDate& date);
    // Opens "Generate the mandate" (template, place, dates); the filled mandate joins the documents.
    GenerateMandateDialog* generateMandate();
    void submit();
    void renew();
    // Shows the name field, focused with its text selected.
    void editName();
    // 0: information, 1: documents, 2: tracking.
    void showTab(int index);
    // Shows the pending changes as being sent now (a sync runs), or as they are stored.
    void setSending(bool sending);
    // The dossier was changed here and by another seat: the two versions side by side.
    void resolveConflict();

signals:
    // Saved, documents changed, status changed: the list refreshes this dossier.
    void dossierChanged(const QUuid& id);
    // Queued for the portal: sync now.
    void submissionQueued(const QUuid& id);
    void retryRequested(const QUuid& id);
    // F5 in the dossier's window: the same sync as the main window's.
    void syncRequested();
    // A renewal was created; the window opens it.
    void renewed(const QUuid& newId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void showDossier();
    void setModified(bool modified = true);
    // Reads the documents and asks for a new report; the pages show what is known meanwhile.
    void refreshChecks();
    void reportReady(quint64 ticket, const ReadinessReport& report);
    void showReadiness();
    void showPages();
    void documentsChanged();
    bool ensureSaved();
    bool confirmClose();

    QScopedPointer<Ui::DossierEditor> m_ui;
    Profile& m_profile;
    Dossier m_dossier;
    Dossier m_loaded; // as last read from the store: what the user's edits started from
    ReadinessReport m_report;
    QList<Document> m_documents;
    DossierInfoPage* m_info;
    DossierDocumentsPage* m_documentsPage;
    DossierTrackingPage* m_tracking;
    ReadinessWorker& m_readiness;
    quint64 m_ticket = 0; // the report asked last
    bool m_checking = false;
    std::optional<SyncState::Conflict> m_conflict; // shown in the banner, until resolved
    QString m_notice; // shown instead of the readiness until the next change
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace Mandat
