#pragma once

#include "checks/ReadinessReport.h"
#include "documents/DocumentReader.h"
#include "model/Dossier.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class DossierEditor;
}
class QProgressBar;
class QPushButton;

namespace Mandat {

class DocumentReadTask;
class DropZone;
class GenerateMandateDialog;
class Profile;

/*
 * One dossier, in the operator's order: the mandate's information (client, SIREN checked
 * as it is typed, numbers with what the numbering plan allows), the documents (dropped or
 * browsed, read on a worker thread, each with its date, freshness, numbers and problems),
 * and the tracking (history, validity, what waits for the portal). "Submit to the
 * operator" is enabled only when the readiness report has no blocking problem, and says
 * why otherwise. Edits are saved with Save; closing asks about unsaved ones.
 */
class DossierEditor : public QDialog
{
    Q_OBJECT

public:
    // A null id opens a new dossier.
    DossierEditor(Profile& profile, const QUuid& id, QWidget* parent = nullptr);
    ~DossierEditor() override;

    QUuid dossierId() const { return m_dossier.id; }
    const Dossier& dossier() const { return m_dossier; }
    const ReadinessReport& report() const { return m_report; }
    bool isModified() const { return m_modified; }
    // True while documents are being read.
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
    // 0: information, 1: documents, 2: tracking.
    // Shows the name field, focused with its text selected.
    void editName();
    void showTab(int index);
    // Shows the pending changes as being sent now (a sync runs), or as they are stored.
    void setSending(bool sending);

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
    void setupTables();
    // The dossier's document with this id, as last read from the store, or null.
    const Document* document(const QUuid& id) const;
    void updateDocumentButtons();
    void confirmSignature();
    void recordDecision();
    void addGeneratedMandate(const QByteArray& pdf, const QString& templateDescription);
    void showDossier();
    void readFields();
    void setModified(bool modified = true);
    void updateSiren();
    void updateNumberHint();
    void addNumber();
    void removeNumber();
    void fillNumbers();
    void refreshChecks();
    void fillDocuments();
    void fillTracking();
    void correctDate();
    void moveDocument(Document::Kind kind);
    void removeDocument();
    void preview();
    void print();
    void retry();
    void readNext();
    void documentRead(DocumentReader::Failure failure, const DocumentReader::Text& text,
                      const QString& error);
    bool ensureSaved();
    bool confirmClose();
    QUuid selectedDocument() const;

    QScopedPointer<Ui::DossierEditor> m_ui;
    Profile& m_profile;
    Dossier m_dossier;
    ReadinessReport m_report;
    QList<Document> m_documents;
    bool m_modified = false;
    bool m_loading = false;
    bool m_reading = false;
    bool m_sending = false; // from start() until its finished() is handled
    DocumentReadTask* m_reader;
    struct Pending
    {
        Document::Kind kind;
        QString path;
    };
    QList<Pending> m_pending;
    Pending m_current {};
    QByteArray m_currentBytes;
    QList<DropZone*> m_zones;
    QProgressBar* m_readProgress = nullptr;
    QPushButton* m_cancelRead = nullptr;
};

} // namespace Mandat
