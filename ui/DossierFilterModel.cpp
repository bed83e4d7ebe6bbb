#include "DossierFilterModel.h"

#include "documents/FrenchDates.h"

#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace Mandat {

DossierFilterModel::DossierFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

void DossierFilterModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<DossierListModel*>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            m_orders.clear();
            filter(nullptr);
            endResetModel();
        });
        // Rows added or removed (one dossier created or deleted): the view keeps its selection.
        connect(m_source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &DossierFilterModel::aboutToRebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &DossierFilterModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &DossierFilterModel::aboutToRebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &DossierFilterModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &DossierFilterModel::sourceDataChanged);
    }
    m_orders.clear();
    filter(nullptr);
    endResetModel();
}

DossierFilterModel::Query DossierFilterModel::parse(const QString& text)
{
    Query q;
    const QString trimmed = text.trimmed();
    // Only digits and the separators numbers are written with: a number or a SIREN.
    static const QRegularExpression numberLike(QStringLiteral("^\\+?[0-9 .()/-]+$"));
    if (numberLike.match(trimmed).hasMatch()) {
        QString digits;
        for (QChar c : trimmed)
            if (c.isDigit())
                digits.append(c);
        if (digits.startsWith(QLatin1String("0033")))
            digits = u'0' + digits.mid(4);
        else if (trimmed.startsWith(u'+') && digits.startsWith(QLatin1String("33")))
            digits = u'0' + digits.mid(2);
        // "+33 (0)6…" keeps a 0 after the country code.
        if (digits.startsWith(QLatin1String("00")))
            digits = digits.mid(1);
        q.digits = digits;
        q.digitBytes = digits.toLatin1();
    } else {
        q.words = FrenchDates::fold(trimmed).split(u' ', Qt::SkipEmptyParts);
        for (const QString& w : std::as_const(q.words))
            q.wordBytes.append(w.toUtf8());
    }
    return q;
}

bool DossierFilterModel::Query::narrows(const Query& wider) const
{
    // Every row `wider` matches holds each of its words; if each of ours is inside one of
    // them, the row holds ours too: the new matches are among ours.
    if (!digits.isEmpty() || !wider.digits.isEmpty())
        return !digits.isEmpty() && wider.digits.contains(digits);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString& w) {
        return std::any_of(wider.words.cbegin(), wider.words.cend(),
                           [&](const QString& v) { return v.contains(w); });
    });
}

bool DossierFilterModel::matches(int sourceRow, const Query& query) const
{
    if (!query.digits.isEmpty())
        return m_source->searchDigits().contains(sourceRow, query.digitBytes);
    const TextColumn& text = m_source->searchTexts();
    for (const QByteArray& w : query.wordBytes)
        if (!text.contains(sourceRow, w))
            return false;
    return true;
}

void DossierFilterModel::markMatches()
{
    const int rows = m_source->rowCount();
    if (m_query.isEmpty()) {
        m_hits.assign(size_t(rows), 1);
        return;
    }
    m_hits.assign(size_t(rows), 0);
    // The first word (or the digits) found in one pass over its column; the other words only
    // looked for in the rows that hold it.
    if (!m_query.digits.isEmpty()) {
        m_source->searchDigits().find(m_query.digitBytes, m_hits);
        return;
    }
    const TextColumn& text = m_source->searchTexts();
    text.find(m_query.wordBytes.first(), m_hits);
    if (m_query.wordBytes.size() == 1)
        return;
    for (int r = 0; r < rows; ++r)
        if (m_hits[size_t(r)])
            for (qsizetype w = 1; w < m_query.wordBytes.size(); ++w)
                if (!text.contains(r, m_query.wordBytes.at(w))) {
                    m_hits[size_t(r)] = 0;
                    break;
                }
}

bool DossierFilterModel::inGroup(int sourceRow) const
{
    if (m_group < 0)
        return true;
    const int g = m_source->group(sourceRow);
    // "Valid" includes the ones that expire soon: they are still valid.
    return g == m_group || (m_group == StatusGroup::Valid && g == StatusGroup::ExpiringSoon);
}

const QList<int>& DossierFilterModel::sortedRows()
{
    auto it = m_orders.find(m_sortColumn);
    if (it != m_orders.end())
        return *it;
    const int rows = m_source ? m_source->rowCount() : 0;
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    if (m_sortColumn == DossierListModel::Name || m_sortColumn == DossierListModel::Client) {
        // The folded name and client are already in the search column ("name\nclient"), in
        // UTF-8, whose byte order is the characters' order: nothing to fold or copy.
        const TextColumn& texts = m_source->searchTexts();
        const bool client = m_sortColumn == DossierListModel::Client;
        QList<QByteArrayView> keys(rows);
        for (int r = 0; r < rows; ++r) {
            const QByteArrayView text = texts.at(r);
            const qsizetype cut = text.indexOf('\n');
            keys[r] = cut < 0 ? (client ? QByteArrayView() : text)
                              : (client ? text.sliced(cut + 1) : text.first(cut));
        }
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    } else if (m_sortColumn >= 0) {
        // One key a row, read once: a number (dates, counts, groups) or the folded text.
        struct Key
        {
            qint64 number = 0;
            QString text;
        };
        QList<Key> keys(rows);
        for (int r = 0; r < rows; ++r) {
            const QVariant v = m_source->index(r, m_sortColumn).data(DossierListModel::SortRole);
            if (v.typeId() == QMetaType::QDate)
                keys[r].number = v.toDate().toJulianDay();
            else if (v.typeId() == QMetaType::Int)
                keys[r].number = v.toInt();
            else
                keys[r].text = FrenchDates::fold(v.toString());
        }
        std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
            const Key& x = keys.at(a);
            const Key& y = keys.at(b);
            if (x.number != y.number)
                return x.number < y.number;
            return x.text < y.text;
        });
    }
    return *m_orders.insert(m_sortColumn, order);
}

void DossierFilterModel::filter(const QList<int>* candidates)
{
    // The lists keep their capacity from one keystroke to the next: no allocation a key.
    QList<int> matched;
    matched.swap(m_spare);
    matched.clear();
    if (candidates) {
        matched.reserve(candidates->size());
        for (int r : *candidates)
            if (matches(r, m_query))
                matched.append(r);
    } else if (m_source) {
        markMatches();
        const QList<int>& order = sortedRows();
        matched.reserve(order.size());
        const char* hits = m_hits.data();
        if (m_sortOrder == Qt::AscendingOrder || m_sortColumn < 0) {
            for (int r : order)
                if (hits[r])
                    matched.append(r);
        } else {
            for (auto it = order.crbegin(); it != order.crend(); ++it)
                if (hits[*it])
                    matched.append(*it);
        }
    }
    m_spare.swap(m_matched);
    m_matched.swap(matched);
    m_counts.fill(0);
    m_rows.clear();
    m_rows.reserve(m_matched.size());
    for (int r : std::as_const(m_matched)) {
        const int g = m_source->group(r);
        ++m_counts[size_t(g)];
        if (g == StatusGroup::ExpiringSoon)
            ++m_counts[StatusGroup::Valid];
        if (inGroup(r))
            m_rows.append(r);
    }
    m_proxyRow.fill(-1, m_source ? m_source->rowCount() : 0);
    for (int i = 0; i < m_rows.size(); ++i)
        m_proxyRow[m_rows.at(i)] = i;
    emit countsChanged();
}

void DossierFilterModel::relayout(const std::function<void()>& change)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<QPersistentModelIndex> sources;
    sources.reserve(before.size());
    for (const QModelIndex& i : before)
        sources.append(mapToSource(i));
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QPersistentModelIndex& s : std::as_const(sources))
        after.append(mapFromSource(s));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void DossierFilterModel::aboutToRebuild()
{
    // The source is about to add or remove rows: what the view holds is kept as the source's
    // own persistent indexes, which the source moves with its rows.
    emit layoutAboutToBeChanged();
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex& i : std::as_const(m_savedProxy))
        m_savedSource.append(mapToSource(i));
}

void DossierFilterModel::rebuild()
{
    m_orders.clear();
    filter(nullptr);
    QModelIndexList after;
    after.reserve(m_savedSource.size());
    for (const QPersistentModelIndex& s : std::as_const(m_savedSource))
        after.append(mapFromSource(s));
    changePersistentIndexList(m_savedProxy, after);
    m_savedProxy.clear();
    m_savedSource.clear();
    emit layoutChanged();
}

void DossierFilterModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                           const QList<int>& roles)
{
    Q_UNUSED(roles)
    const bool rowReplaced = topLeft.column() == 0; // refresh(): its text or group may have changed
    const bool sortedColumn = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
        m_orders.remove(c);
    if (rowReplaced) {
        // One dossier edited or synced: it may leave or join the search, change group or place.
        relayout([this] { filter(nullptr); });
    } else if (sortedColumn && !m_relayoutPending) {
        // The readiness of many rows arrives one by one: sorted by it, the order follows once.
        m_relayoutPending = true;
        QTimer::singleShot(0, this, [this] {
            m_relayoutPending = false;
            relayout([this] { filter(nullptr); });
        });
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int shown = r < m_proxyRow.size() ? m_proxyRow.at(r) : -1;
        if (shown >= 0)
            emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
    }
}

void DossierFilterModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    const Query query = parse(text);
    if (query.words == m_query.words && query.digits == m_query.digits)
        return; // a separator typed in a number, a space after a word: the same search
    const bool narrower = !m_query.isEmpty() && m_query.narrows(query);
    m_query = query;
    // A key that narrows the search (most keys typed) looks only among the previous matches,
    // unless they are most of the list: one pass over the search column is quicker then.
    if (narrower && m_matched.size() < m_proxyRow.size() / 4) {
        const QList<int> previous = m_matched;
        relayout([&] { filter(&previous); });
    } else {
        relayout([&] { filter(nullptr); });
    }
}

void DossierFilterModel::setGroup(int group)
{
    if (group == m_group)
        return;
    m_group = group;
    relayout([this] {
        const QList<int> matched = m_matched;
        filter(&matched);
    });
}

void DossierFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        filter(nullptr);
    });
}

QModelIndex DossierFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DossierFilterModel::parent(const QModelIndex&) const
{
    return {};
}

int DossierFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QModelIndex DossierFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.row() >= m_rows.size())
        return {};
    return m_source->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex DossierFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace Mandat
