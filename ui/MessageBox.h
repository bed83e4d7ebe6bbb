#pragma once

#include <QMessageBox>

namespace Mandat {

/*
 * Every question and warning of the GUI goes through here, so a test can answer the next
 * one (setNextAnswer) instead of a modal box blocking it. Without a next answer, the real
 * box is shown.
 */
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);

    // The answer the next box gets at once, without being shown. Applies once; answers queue up.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box (shown or answered), and of every box since clearHistory(), for tests.
    static QString lastText();
    static QStringList history();
    static void clearHistory();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace Mandat
