#pragma once

#include <QDialog>
#include <QList>
#include <QScopedPointer>
#include <QUuid>

namespace Ui {
class DocumentPreview;
}
class QBuffer;
class QPdfDocument;

namespace Mandat {

class Profile;

/*
 * Shows the documents of a dossier (QPdfView: pages, zoom, fit width). It opens on the
 * first document with a problem, at the page of that problem, and says what the problem is.
 * Scans and photos are shown as a page of their own. QtPdf draws no form field, so a form
 * (a generated mandate) is shown flattened, its values drawn into the page; a flattened copy
 * can be saved to print or send.
 */
class DocumentPreview : public QDialog
{
    Q_OBJECT

public:
    DocumentPreview(Profile& profile, const QUuid& dossierId, QWidget* parent = nullptr);
    ~DocumentPreview() override;

    int documentCount() const;
    int currentDocument() const;
    int currentPage() const; // 0-based
    int pageCount() const;
    QString problemText() const;

    // The bytes of the document shown, as they are (a scan as its A4 page), for printing it alone.
    QByteArray currentPdf() const;
    // Whether the document shown has form fields (and can be saved flattened).
    bool currentHasForm() const;
    // Writes the document shown with its values drawn into the pages and no field left.
    bool saveFlattenedCopy(const QString& path, QString* error);

signals:
    void printRequested(const QString& name, const QByteArray& pdf);

public slots:
    void showDocument(int index, int page = 0);

private:
    void updatePageLabel();
    void saveFlattenedCopyAs();

    struct Entry
    {
        QString name;
        QString fileName;
        QByteArray pdf;
        QByteArray shown; // what QtPdf is given: the PDF flattened, once shown
        bool hasForm = false;
        int problemPage = 0; // 1-based, 0: none
        QString problem;
    };

    QScopedPointer<Ui::DocumentPreview> m_ui;
    QList<Entry> m_entries;
    QPdfDocument* m_document;
    QBuffer* m_buffer = nullptr;
};

} // namespace Mandat
