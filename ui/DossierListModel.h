#pragma once

#include "model/Dossier.h"

#include <QAbstractTableModel>
#include <QDate>

class DossierStore;

/*
 * The dossier list of the main window: one row per dossier, the status as the user sees
 * it on the model's day.
 */
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Client, Siren, Numbers, Status, ValidUntil, ColumnCount };

    explicit DossierListModel(QObject* parent = nullptr);

    void reload(const DossierStore& store, const QDate& today);
    QUuid dossierId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Dossier> m_dossiers;
    QDate m_today;
};
