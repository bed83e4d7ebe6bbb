#pragma once

#include "DossierListModel.h"

#include <QAbstractProxyModel>
#include <array>
#include <functional>
#include <vector>

namespace Mandat {

/*
 * The list as the user narrows it: a search (words in the name or the client, a SIREN, a
 * number in any notation: "06 12 34 56 78", "+33 6 12…", "0033612…") and a status
 * group. counts() gives, for the current search, how many dossiers each group holds.
 *
 * Made for 100,000 dossiers at a frame a keystroke: the rows are plain lists of source
 * rows (sorted, matching the search, in the group); a key that narrows the search filters
 * the previous matches only; the search reads the source's folded texts without a
 * QVariant; a column's sort order is kept until the rows change.
 */
class DossierFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit DossierFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setSearch(const QString& text);
    // -1 for every group.
    void setGroup(int group);
    std::array<int, StatusGroup::Count> counts() const { return m_counts; }
    int totalMatching() const { return int(m_matched.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool hasChildren(const QModelIndex& parent = {}) const override
    {
        return !parent.isValid() && !m_rows.isEmpty();
    }

signals:
    void countsChanged();

private:
    struct Query
    {
        QStringList words; // folded
        QString digits; // a number or SIREN being typed, in national digits
        QList<QByteArray> wordBytes; // as the source's search columns hold them
        QByteArray digitBytes;
        bool isEmpty() const { return words.isEmpty() && digits.isEmpty(); }
        // Whether every row this query matches also matches `wider` (a key added to it).
        bool narrows(const Query& wider) const;
    };
    static Query parse(const QString& text);
    bool matches(int sourceRow, const Query& query) const;
    bool inGroup(int sourceRow) const;
    // The order of every source row for the sort column (cached per column and order).
    const QList<int>& sortedRows();
    // Matches from `candidates` (source rows in display order), then the group and counts.
    void filter(const QList<int>* candidates);
    // Every source row matching the query, marked in m_hits (one pass over each search column).
    void markMatches();
    // The rows shown changed: the view keeps its selection on the rows still shown.
    void relayout(const std::function<void()>& change);
    void aboutToRebuild(); // the source adds or removes rows
    void rebuild(); // it did
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);

    DossierListModel* m_source = nullptr;
    QString m_search;
    Query m_query;
    int m_group = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<int, QList<int>> m_orders; // column → source rows ascending (-1: the source's order)
    QList<int> m_matched; // source rows matching the search, in display order
    QList<int> m_spare; // the previous m_matched, its memory used again
    QList<int> m_rows; // what the view shows: m_matched in the group
    std::vector<char> m_hits; // source row → matches the search (a full search's scratch)
    QList<int> m_proxyRow; // source row → row shown, or -1
    std::array<int, StatusGroup::Count> m_counts {};
    bool m_relayoutPending = false;
    QModelIndexList m_savedProxy; // across the source's row changes
    QList<QPersistentModelIndex> m_savedSource;
};

} // namespace Mandat
