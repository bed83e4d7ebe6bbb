#pragma once

#include "checks/ReadinessReport.h"
#include "documents/DocumentReader.h"
#include "model/Dossier.h"

#include <QScopedPointer>
#include <QWidget>
#include <functional>

namespace Ui {
class DossierDocumentsPage;
}

namespace Mandat {

class DocumentReadTask;
class DropZone;
class GenerateMandateDialog;
class Profile;

/*
 * The dossier window's documents tab: the three drop zones, the files read one after the
 * other on a worker thread (progress, cancel), the table of documents with what was found
 * in each (date, freshness, numbers, problems), what can be done to one (correct its date,
 * confirm a scanned signature, move it to the right slot, remove it), the mandate
 * generated from a template, preview and print, and the dossier's problems.
 */
class DossierDocumentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DossierDocumentsPage(Profile& profile, QWidget* parent = nullptr);
    ~DossierDocumentsPage() override;

    // Called before an action that needs the dossier in the store; false stops it.
    void setEnsureSaved(std::function<bool()> ensureSaved) { m_ensureSaved = std::move(ensureSaved); }
    // The dossier, its documents as stored, and the last report computed for them.
    void showDossier(const Dossier& dossier, const QList<Document>& documents, const ReadinessReport& report);
    bool isReading() const { return m_reading || !m_pending.isEmpty(); }

    void addDocuments(Document::Kind kind, const QStringList& paths);
    bool setDocumentDate(const QUuid& documentId, const QDate& date);
    GenerateMandateDialog* generateMandate();

signals:
    // A document was added, removed, moved, re-dated or confirmed: the checks run again.
    void documentsChanged();
    // A file is being read (the window shows this tab).
    void readingStarted();
    // The mandate was filled from this template and joined the documents.
    void mandateGenerated(const QString& templateDescription);

private:
    const Document* document(const QUuid& id) const;
    QUuid selectedDocument() const;
    void fillTable();
    // Each row as tall as its wrapped text at the columns' present widths, six lines at most (the
    // whole text is in the tooltip).
    void fitRows();
    void updateButtons();
    void readNext();
    void documentRead(DocumentReader::Failure failure, const DocumentReader::Text& text,
                      const QString& error);
    void correctDate();
    void confirmSignature();
    void moveDocument(Document::Kind kind);
    void removeDocument();
    void preview();
    void print();
    void addGeneratedMandate(const QByteArray& pdf, const QString& templateDescription);

    QScopedPointer<Ui::DossierDocumentsPage> m_ui;
    Profile& m_profile;
    Dossier m_dossier;
    QList<Document> m_documents;
    ReadinessReport m_report;
    std::function<bool()> m_ensureSaved;
    bool m_rowsFitting = false; // fitRows() comes once the columns settle
    DocumentReadTask* m_reader;
    struct Pending
    {
        Document::Kind kind;
        QString path;
    };
    QList<Pending> m_pending;
    Pending m_current {};
    QByteArray m_currentBytes;
    bool m_reading = false;
};

} // namespace Mandat
