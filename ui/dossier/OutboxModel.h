#pragma once

#include "sync/Outbox.h"

#include <QAbstractTableModel>

namespace Mandat {

// What a dossier has waiting for the portal: the change, its state, attempts, next attempt, last error.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Change, State, Attempts, NextAttempt, LastError, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<Outbox::Item>& items);
    // Queued items show as being sent while a sync runs.
    void setSending(bool sending);
    // Whether something is still queued (a retry can be asked).
    bool hasQueued() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const Outbox::Item& item) const;

    QList<Outbox::Item> m_items;
    bool m_sending = false;
};

} // namespace Mandat
