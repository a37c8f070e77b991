#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTableView;
class QTableWidget;

namespace sl::core {
class AppSettings;
}

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

    // The id (held in idRole) of the one selected row; 0 when none or several rows are selected.
    static qint64 selectedId(const QTableView* table, int idRole);
    // Makes the row showing sourceRow of the table's proxy's source model current, selected and visible;
    // nothing when it is filtered out or sourceRow is -1.
    static void selectSourceRow(QTableView* table, int sourceRow);

    // What the table shows, as the clerk sees it: the columns not hidden, in the order she dragged them to, and
    // the rows as filtered and sorted (only the selected ones, in the shown order, when selectedOnly).
    static QStringList shownHeaders(const QTableView* table);
    static QList<QStringList> shownRows(const QTableView* table, bool selectedOnly);
    // The columns' widths, order, hidden ones and the sort the clerk chose, kept per table (by its object name) from
    // one start to the next; call once the model is set. Until she changes them, the columns stand in firstColumns
    // order (the ones she decides by first, the rest after them as the model has them), and the last one shown takes
    // the free width, its long texts elided. Returns whether a kept layout was restored.
    static bool remember(QTableView* table, core::AppSettings& settings, const QList<int>& firstColumns = {});
    // The selected rows to the clipboard, tab-separated, so that they paste into Excel's cells.
    static void copySelection(const QTableView* table);
};

} // namespace sl::ui
