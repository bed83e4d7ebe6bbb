#include "HistoryModel.h"

#include <QLocale>
#include <algorithm>

namespace Mandat {

void HistoryModel::setHistory(const QList<StatusChange>& history)
{
    beginResetModel();
    m_changes = history;
    std::reverse(m_changes.begin(), m_changes.end());
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const StatusChange& c = m_changes.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return c.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat);
    case From:
        return c.hasFrom ? DossierStatus::label(c.from) : tr("(created)");
    case To:
        return DossierStatus::label(c.to);
    case Reason:
        return c.reason;
    case By:
        return c.by;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    case By:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Mandat
