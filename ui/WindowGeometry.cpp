#include "WindowGeometry.h"

#include "core/Settings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Mandat {

void WindowGeometry::keep(QWidget* window, const QString& name)
{
    new WindowGeometry(window, name);
}

WindowGeometry::WindowGeometry(QWidget* window, const QString& name)
    : QObject(window)
    , m_window(window)
    , m_name(name)
{
    const QByteArray saved = Settings::instance().windowGeometry(name);
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        fitToScreen(window);
    window->installEventFilter(this);
}

void WindowGeometry::fitToScreen(QWidget* window)
{
    const QWidget* parent = window->parentWidget();
    const QScreen* screen = parent ? parent->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // Room for the title bar and the frame, which the geometry does not count.
    const QRect available = screen->availableGeometry().adjusted(0, 0, -16, -48);
    const QSize size = window->size().boundedTo(available.size()).expandedTo(window->minimumSize());
    window->resize(size.boundedTo(available.size()));
    if (window->testAttribute(Qt::WA_Moved)) { // placed by a restored geometry: keep it on screen
        QPoint at = window->pos();
        at.setX(
            qBound(available.left(), at.x(), qMax(available.left(), available.right() - window->width())));
        at.setY(
            qBound(available.top(), at.y(), qMax(available.top(), available.bottom() - window->height())));
        window->move(at);
    }
}

bool WindowGeometry::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Show)
        fitToScreen(m_window); // a restored size from a larger screen must fit this one too
    if (watched == m_window && event->type() == QEvent::Hide)
        Settings::instance().setWindowGeometry(m_name, m_window->saveGeometry());
    return QObject::eventFilter(watched, event);
}

} // namespace Mandat
