#include "DossierListModel.h"

#include "numbering/NumberClassifier.h"
#include "store/DossierStore.h"

#include <QLocale>

DossierListModel::DossierListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DossierListModel::reload(const DossierStore& store, const QDate& today)
{
    beginResetModel();
    m_dossiers = store.dossiers(nullptr);
    m_today = today;
    endResetModel();
}

QUuid DossierListModel::dossierId(int row) const
{
    return row >= 0 && row < m_dossiers.size() ? m_dossiers.at(row).id : QUuid();
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dossiers.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_dossiers.size())
        return {};
    const Dossier& d = m_dossiers.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return d.name;
    case Client:
        return d.client.legalName;
    case Siren:
        return d.client.siren;
    case Numbers: {
        static const NumberClassifier classifier;
        QStringList shown;
        for (const QString& e164 : d.numbers)
            shown.append(classifier.classify(e164).national);
        return shown.join(QStringLiteral(", "));
    }
    case Status:
        return DossierStatus::label(d.effectiveStatus(m_today));
    case ValidUntil:
        return d.validUntil.isValid() ? QLocale().toString(d.validUntil, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Client:
        return tr("Client");
    case Siren:
        return tr("SIREN");
    case Numbers:
        return tr("Numbers");
    case Status:
        return tr("Status");
    case ValidUntil:
        return tr("Valid until");
    default:
        return {};
    }
}
