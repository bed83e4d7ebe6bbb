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
 * Scans and photos are shown as a page of their own.
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

    // The bytes of the document shown (a scan as its A4 page), for printing it alone.
    QByteArray currentPdf() const;

signals:
    void printRequested(const QString& name, const QByteArray& pdf);

public slots:
    void showDocument(int index, int page = 0);

private:
    void updatePageLabel();

    struct Entry
    {
        QString name;
        QByteArray pdf;
        int problemPage = 0; // 1-based, 0: none
        QString problem;
    };

    QScopedPointer<Ui::DocumentPreview> m_ui;
    QList<Entry> m_entries;
    QPdfDocument* m_document;
    QBuffer* m_buffer = nullptr;
};

} // namespace Mandat
