#include "DropZone.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mandat {

DropZone::DropZone(Document::Kind kind, const QString& title, const QString& hint, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_title(title)
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("dropZone_%1").arg(Document::kindCode(kind)));
    setAccessibleName(title);
    setMinimumHeight(96);
    auto* layout = new QVBoxLayout(this);
    auto* titleLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto* hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setAccessibleName(tr("Browse for: %1").arg(title));
    browseButton->setObjectName(QStringLiteral("browse_%1").arg(Document::kindCode(kind)));
    layout->addWidget(titleLabel);
    layout->addWidget(hintLabel);
    layout->addWidget(browseButton, 0, Qt::AlignLeft);
    connect(browseButton, &QPushButton::clicked, this, &DropZone::browse);
    setHighlighted(false);
}

QStringList DropZone::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

void DropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesChosen(m_kind, paths);
}

void DropZone::setHighlighted(bool on)
{
    setStyleSheet(on ? QStringLiteral("DropZone { border: 2px dashed #2563eb; background: #eff6ff; }")
                     : QStringLiteral("DropZone { border: 2px dashed #9ca3af; }"));
}

void DropZone::browse()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, m_title, QString(), tr("Documents (*.pdf *.png *.jpg *.jpeg)"));
    if (!paths.isEmpty())
        emit filesChosen(m_kind, paths);
}

} // namespace Mandat
