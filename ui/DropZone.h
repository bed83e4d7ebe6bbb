#pragma once

#include "model/Document.h"

#include <QFrame>

class QLabel;
class QMimeData;

namespace Mandat {

/*
 * Where a kind of document is added: files dropped from the file manager, or chosen
 * with "Browse…". The zone only collects paths; the editor reads and checks them.
 */
class DropZone : public QFrame
{
    Q_OBJECT

public:
    DropZone(Document::Kind kind, const QString& title, const QString& hint, QWidget* parent = nullptr);
    // The local files a drop carries (what a drop of this data would add).
    static QStringList localFiles(const QMimeData* mime);

signals:
    void filesChosen(Document::Kind kind, const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);
    void browse();

    Document::Kind m_kind;
    QString m_title;
};

} // namespace Mandat
