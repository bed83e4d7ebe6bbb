#include "OutboxModel.h"

#include <QLocale>

namespace Mandat {

void OutboxModel::setItems(const QList<Outbox::Item>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void OutboxModel::setSending(bool sending)
{
    if (m_sending == sending)
        return;
    m_sending = sending;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, State), index(rowCount() - 1, State));
}

bool OutboxModel::hasQueued() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Outbox::Item& it) { return it.state == Outbox::State::Queued; });
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(const Outbox::Item& it) const
{
    if (it.state == Outbox::State::Done)
        return tr("Sent");
    if (it.state == Outbox::State::Failed)
        return tr("Refused");
    if (m_sending)
        return tr("Sending…");
    if (it.attempts > 0)
        return tr("Error, will retry");
    return tr("Queued");
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Outbox::Item& it = m_items.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return it.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Change:
        return it.kind == QLatin1String("submit") ? tr("Submission") : it.kind;
    case State:
        return stateText(it);
    case Attempts:
        return QString::number(it.attempts);
    case NextAttempt:
        return it.state == Outbox::State::Queued
            ? QLocale().toString(it.nextAttemptAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case LastError:
        return it.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Change:
        return tr("Change");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Mandat
