#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractButton;
class QShortcut;

namespace Mandat {

/*
 * While a button with a mnemonic ("&Lancer", Alt+L) is disabled, Qt drops its shortcut and
 * the key reaches the focused field, which types the letter over its text. The guard takes
 * that key while the button is disabled and says why the button cannot be used instead; when
 * the button is enabled again its own shortcut works, with no ambiguity.
 */
class MnemonicGuard : public QObject
{
    Q_OBJECT

public:
    // why() gives the reason shown; the guard belongs to the button.
    static MnemonicGuard* guard(QAbstractButton* button, std::function<QString()> why);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MnemonicGuard(QAbstractButton* button, std::function<QString()> why);
    void update();
    void explain();

    QPointer<QAbstractButton> m_button;
    QShortcut* m_shortcut = nullptr;
    std::function<QString()> m_why;
};

} // namespace Mandat
