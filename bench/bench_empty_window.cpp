// The anchor of bench_window's memory figures: an empty Qt window, shown, painted, closed.
// It links Qt Widgets only, as any Qt application would.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1024, 700);
    window.show();
    QTimer::singleShot(200, &app, &QApplication::quit);
    return app.exec();
}
