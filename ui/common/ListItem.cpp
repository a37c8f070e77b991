#include "ListItem.h"

#include "rules/ChineseOrder.h"

namespace sl::ui {

bool ListItem::operator<(const QTableWidgetItem& other) const
{
    const bool sortValues = data(SortRole).isValid() || other.data(SortRole).isValid();
    if (sortValues) {
        return data(SortRole).toDouble() < other.data(SortRole).toDouble();
    }
    const QVariant a = data(Qt::DisplayRole);
    const QVariant b = other.data(Qt::DisplayRole);
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        return core::ChineseOrder::compare(a.toString(), b.toString()) < 0;
    }
    return QTableWidgetItem::operator<(other);
}

} // namespace sl::ui
