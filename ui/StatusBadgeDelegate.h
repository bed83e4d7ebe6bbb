#pragma once

#include <QStyledItemDelegate>

namespace Mandat {

// Paints a dossier's status as a coloured badge (the model's BadgeColorRole).
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // What the badge adds to its text's width: its own padding and its space in the cell.
    static constexpr int kBadgeSpace = 28;
};

} // namespace Mandat
