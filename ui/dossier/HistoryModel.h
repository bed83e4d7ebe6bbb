#pragma once

#include "model/Dossier.h"

#include <QAbstractTableModel>

namespace Mandat {

// A dossier's status history, newest first: when, from, to, the reason, who.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, From, To, Reason, By, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setHistory(const QList<StatusChange>& history);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StatusChange> m_changes; // newest first
};

} // namespace Mandat
