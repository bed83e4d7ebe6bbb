#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Mandat {

/*
 * Every window and dialog fits the screen it opens on (a 1366×768 laptop included: the
 * form's size is a wish) and comes back at the size and place the user last gave it. The
 * geometry is saved in Settings under the window's name when it is hidden.
 */
class WindowGeometry : public QObject
{
    Q_OBJECT

public:
    // Call once the window's form is set up; the keeper belongs to the window.
    static void keep(QWidget* window, const QString& name);
    // Resizes and moves `window` so that it lies within its screen's available area.
    static void fitToScreen(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowGeometry(QWidget* window, const QString& name);

    QWidget* m_window;
    QString m_name;
};

} // namespace Mandat
