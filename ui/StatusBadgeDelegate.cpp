#include "StatusBadgeDelegate.h"

#include "DossierListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Mandat {

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = index.data(DossierListModel::BadgeColorRole).value<QColor>();
    const QFontMetrics fm(opt.font);
    const int h = fm.height() + 4;
    const int inCell = (kBadgeSpace - 16) / 2; // 16: the badge's own padding
    const int w = fm.horizontalAdvance(text) + 16;
    const QRect badge(opt.rect.left() + inCell, opt.rect.center().y() - h / 2 + 1,
                      qMin(w, opt.rect.width() - 2 * inCell), h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, h / 2.0, h / 2.0);
    painter->fillPath(path, color);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, badge.width() - 8));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + kBadgeSpace);
    return s;
}

} // namespace Mandat
