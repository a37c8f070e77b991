#pragma once

#include <QString>

class QTableView;

namespace sl::ui {

// Every list of records behaves alike, as the clerk knows from Excel: click a header to sort, select
// whole rows (several with Ctrl/Shift), read-only cells (edits go through forms), movable columns.
class RecordTable
{
public:
    // stretchLastColumn: the last column takes the free width (lists with few columns).
    static QTableView* create(const QString& objectName, bool stretchLastColumn = false);
};

} // namespace sl::ui
