#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QAction;
class QCheckBox;
class QTableView;
class QToolBar;
class QWidget;

namespace sl::ui {

// The wiring every list page repeats around its records: the toolbar's actions working anywhere on the page, the
// record opened on double-click or Enter, and archiving or restoring one record after asking.
class RecordActions
{
    Q_DECLARE_TR_FUNCTIONS(RecordActions)

public:
    // The toolbar's actions, and their shortcuts, work anywhere on the page.
    static void addToPage(QWidget* page, const QToolBar* toolbar);

    // The record's actions by the selection in table: edit for one row, archive for one not archived (archivedRole
    // false), restore for one archived, copy (may be null) for any. Returns whether one row is selected; *archived
    // says whether it is archived.
    static bool enableForSelection(const QTableView* table, int archivedRole, QAction* edit, QAction* archive,
                                   QAction* restore, QAction* copy, bool* archived);

    // A double-click on a row, or Enter on the table, opens the record (open runs on the page's thread; page is the
    // connection's context).
    static void openOnActivate(QTableView* table, QWidget* page, const std::function<void()>& open);

    // Archive (archived) or restore one record: asks question under title, and on Yes runs write; a failed write is
    // told with its reason. When an archived row leaves the view (showArchived unticked), count's tool tip says where
    // it went (hiddenHint). True when written: the page then reloads and selects the record again.
    static bool confirmArchive(QWidget* page, bool archived, const QString& title, const QString& question,
                               const std::function<bool(QString* error)>& write, const QCheckBox* showArchived,
                               QWidget* count, const QString& hiddenHint);
};

} // namespace sl::ui
