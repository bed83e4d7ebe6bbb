#include "MnemonicGuard.h"

#include "MessageBox.h"

#include <QAbstractButton>
#include <QEvent>
#include <QShortcut>

namespace Mandat {

MnemonicGuard* MnemonicGuard::guard(QAbstractButton* button, std::function<QString()> why)
{
    return new MnemonicGuard(button, std::move(why));
}

MnemonicGuard::MnemonicGuard(QAbstractButton* button, std::function<QString()> why)
    : QObject(button)
    , m_button(button)
    , m_why(std::move(why))
{
    // On the button's window: a shortcut on a disabled widget would not fire either.
    m_shortcut = new QShortcut(button->window());
    m_shortcut->setContext(Qt::WindowShortcut);
    connect(m_shortcut, &QShortcut::activated, this, &MnemonicGuard::explain);
    connect(this, &QObject::destroyed, m_shortcut, &QObject::deleteLater);
    button->installEventFilter(this);
    update();
}

bool MnemonicGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_button
        && (event->type() == QEvent::EnabledChange || event->type() == QEvent::LanguageChange))
        update();
    return QObject::eventFilter(watched, event);
}

void MnemonicGuard::update()
{
    if (!m_button)
        return;
    m_shortcut->setKey(QKeySequence::mnemonic(m_button->text()));
    m_shortcut->setEnabled(!m_button->isEnabled() && !m_shortcut->key().isEmpty());
}

void MnemonicGuard::explain()
{
    if (!m_button || m_button->isEnabled() || !m_button->isVisible())
        return;
    const QString why = m_why ? m_why() : QString();
    if (!why.isEmpty())
        MessageBox::information(m_button->window(), m_button->text().remove(u'&'), why);
}

} // namespace Mandat
