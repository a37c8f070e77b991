#pragma once

#include <QString>
#include <QStringList>

class QTableView;
class QTableWidget;

namespace sl::ui {

// Every list of records behaves alike, as the clerk knows from Excel: click a header to sort, select
// whole rows (several with Ctrl/Shift), read-only cells (edits go through forms), movable columns.
class RecordTable
{
public:
    // stretchLastColumn: the last column takes the free width (lists with few columns).
    static QTableView* create(const QString& objectName, bool stretchLastColumn = false);
    // A small read-only list of figures (dashboard, scorecards): whole rows, one at a time, last column
    // stretched.
    static QTableWidget* createList(const QString& objectName, const QStringList& headers);
};

} // namespace sl::ui
