#include "DossierFilterModel.h"

#include "documents/FrenchDates.h"

#include <QRegularExpression>

namespace Mandat {

DossierFilterModel::DossierFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DossierListModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DossierFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<DossierListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_source)
        connect(m_source, &DossierListModel::groupsChanged, this, &DossierFilterModel::recount);
    recount();
}

void DossierFilterModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words.clear();
    m_digits.clear();
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
        m_digits = digits;
    } else {
        m_words = FrenchDates::fold(trimmed).split(u' ', Qt::SkipEmptyParts);
    }
    refilter();
    recount();
}

void DossierFilterModel::setGroup(int group)
{
    if (group == m_group)
        return;
    m_group = group;
    refilter();
}

void DossierFilterModel::refilter()
{
    // One layout change rather than a removal per range: with thousands of interleaved rows
    // the incremental way sends thousands of signals (80 ms a keystroke with 10,000 dossiers).
    invalidate();
}

bool DossierFilterModel::matches(int sourceRow) const
{
    if (!m_digits.isEmpty()) {
        const QModelIndex i = m_source->index(sourceRow, 0);
        return m_source->data(i, DossierListModel::SearchDigitsRole).toString().contains(m_digits);
    }
    if (m_words.isEmpty())
        return true;
    const QString text
        = m_source->data(m_source->index(sourceRow, 0), DossierListModel::SearchTextRole).toString();
    for (const QString& w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

bool DossierFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_source)
        return false;
    if (m_group >= 0) {
        const int g = m_source->group(sourceRow);
        // "Valid" includes the ones that expire soon: they are still valid.
        const bool inGroup
            = g == m_group || (m_group == StatusGroup::Valid && g == StatusGroup::ExpiringSoon);
        if (!inGroup)
            return false;
    }
    return matches(sourceRow);
}

void DossierFilterModel::recount()
{
    m_counts.fill(0);
    m_total = 0;
    if (m_source) {
        const int rows = m_source->rowCount();
        for (int r = 0; r < rows; ++r) {
            if (!matches(r))
                continue;
            ++m_total;
            const int g = m_source->group(r);
            ++m_counts[size_t(g)];
            if (g == StatusGroup::ExpiringSoon)
                ++m_counts[StatusGroup::Valid];
        }
    }
    emit countsChanged();
}

} // namespace Mandat
