#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QPoint;
class QTableView;
class QWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// What every list page offers besides its own actions, as Excel does (ui.md): export what is shown — the rows as
// filtered and sorted, the columns kept, in their order — to a workbook (Ctrl+E), print it (Ctrl+P), copy the
// selected rows (Ctrl+C), and a right-click menu on the list with the record's own actions first (open, edit,
// archive…) and these after them.
class ListActions : public QObject
{
    Q_OBJECT

public:
    // title: what the list is called now ("企业台账", "2026年隐患"), for the file name, the sheet and the page heading.
    // copy: the page's own copy action, when it has one (else one is made, Ctrl+C on the page).
    ListActions(QWidget* page, QTableView* table, core::Database& db, std::function<QString()> title,
                QAction* copy = nullptr);

    // The record's own actions, first in the right-click menu (null: a separator).
    void setRecordActions(const QList<QAction*>& actions) { m_recordActions = actions; }

    QAction* exportAction() const { return m_export; }
    QAction* printAction() const { return m_print; }
    QAction* copyAction() const { return m_copy; }

    // The shown rows to a workbook at path, without asking (the export action asks where, then calls this).
    bool exportTo(const QString& path, QString* error) const;
    // The menu the right-click shows (tests read it).
    QMenu* contextMenu() const;

private:
    void exportShown();
    void printShown();
    void showContextMenu(const QPoint& at);

    QWidget* m_page;
    QTableView* m_table;
    core::Database& m_db;
    std::function<QString()> m_title;
    QList<QAction*> m_recordActions;
    QAction* m_export = nullptr;
    QAction* m_print = nullptr;
    QAction* m_copy = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace sl::ui
