#pragma once

#include <QTableWidgetItem>

namespace sl::ui {

// A cell of the small read-only lists (dashboard, scorecards) that sorts as the record lists do: numbers as
// numbers, text in pinyin order (ChineseOrder), not by character code.
class ListItem : public QTableWidgetItem
{
public:
    // When set, the value sorted by instead of the text shown (a rate shown "93.4%" sorts as 93.4).
    static constexpr int SortRole = Qt::UserRole + 100;

    using QTableWidgetItem::QTableWidgetItem;

    bool operator<(const QTableWidgetItem& other) const override;
};

} // namespace sl::ui
