#pragma once

#include "DossierListModel.h"

#include <QSortFilterProxyModel>
#include <array>

namespace Mandat {

/*
 * The list as the user narrows it: a search (words in the name or the client, a SIREN, a
 * number in any notation: "06 12 34 56 78", "+33 6 12…", "0033612…") and a status
 * group. counts() gives, for the current search, how many dossiers each group holds.
 */
class DossierFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DossierFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setSearch(const QString& text);
    // -1 for every group.
    void setGroup(int group);
    std::array<int, StatusGroup::Count> counts() const { return m_counts; }
    int totalMatching() const { return m_total; }

signals:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matches(int sourceRow) const;
    void refilter();
    void recount();

    DossierListModel* m_source = nullptr;
    QString m_search;
    QStringList m_words; // folded
    QString m_digits; // a number or SIREN being typed, in national digits
    int m_group = -1;
    std::array<int, StatusGroup::Count> m_counts {};
    int m_total = 0;
};

} // namespace Mandat
