#pragma once

#include "ListPage.h"

#include <utility>

class QAbstractItemModel;
class QCheckBox;

namespace sl::ui {

// What every page of records the clerk keeps (agencies, contracts, enterprises, certificates) has alike, on top of
// a ListPage: a toolbar with New, Edit, Archive and Restore, "show archived" beside the search box, the record's
// actions first in the right-click menu, the record opened on a double-click or Enter, and after a write the page
// read again with the record selected and the program told. The page adds its own filters, panes and actions, and
// says how its records are found, shown, written and counted.
class RecordListPage : public ListPage
{
    Q_OBJECT

public:
    // Reads the records again and selects the same one.
    virtual void reload() = 0;
    // Opens the selected record's form.
    virtual void editSelected() = 0;

public slots:
    void archiveSelected();
    void restoreSelected();
    // The selected rows to the clipboard, for Excel.
    virtual void copySelection();

signals:
    // A record was written (the page emits its own "data changed" signal from it).
    void recordSaved();

protected:
    // idRole and archivedRole: the roles of the list's model that give a row's record id and whether it is archived.
    RecordListPage(core::Database& db, core::AppSettings& settings, const QString& objectName, int idRole,
                   int archivedRole, QWidget* parent);

    // The toolbar (named toolbarName) with New (Ctrl+N, newToolTip; runs create), Edit, Archive and Restore, named
    // new<noun>Action, edit<noun>Action, archive<noun>Action and restore<noun>Action.
    QToolBar* createRecordToolbar(const QString& toolbarName, const QString& noun, const QString& newToolTip,
                                  const std::function<void()>& create);
    // Copy (Ctrl+C) after a separator on the toolbar, named objectName; it and New work anywhere on the page.
    void addCopyAction(QToolBar* toolbar, const QString& objectName);
    // The "Show archived" box (showArchivedCheck), with toolTip when there is one.
    QCheckBox* createShowArchived(const QString& toolTip = {});
    // The list (table) on model: every column defaultWidth wide but those in widths (column, pixels); the last one
    // takes the free width when stretchLastColumn; a double-click or Enter edits the record.
    void createTable(const QString& objectName, QAbstractItemModel* model, bool stretchLastColumn, int defaultWidth,
                     const QList<std::pair<int, int>>& widths);
    // The count line follows the rows shown by proxy.
    void countRowsOf(const QAbstractItemModel* proxy);
    // The toolbar, then export and print of the rows shown on it, the filters, body and the count line; the
    // right-click menu has Edit, Archive, Restore, then more (null: a separator), before copy, export and print.
    // title: what the list is called (file name, sheet and print heading).
    void layOut(QToolBar* toolbar, QLayout* filters, QWidget* body, const QString& title,
                const QList<QAction*>& more = {});

    // The record of the one selected row; 0 when none or several are selected.
    qint64 currentId() const;
    // Edit, Archive, Restore and Copy as the selection allows; returns whether one row is selected, *archived whether
    // its record is archived.
    bool enableForSelection(bool* archived);
    // Archives (archived) or restores record id after asking question under title; write saves it. When an archived
    // row leaves the view, the count line's tool tip says where it went (hiddenHint).
    void confirmArchive(qint64 id, bool archived, const QString& title, const QString& question,
                        const std::function<bool(QString* error)>& write, const QString& hiddenHint);
    // After a write: reload, select the record again and tell the program the data changed.
    void showSaved(qint64 id);

    virtual void setArchived(bool archived) = 0;
    virtual void selectRecord(qint64 id) = 0;
    virtual void updateCount() = 0;

    QCheckBox* m_showArchived = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_copyAction = nullptr;

private:
    int m_idRole;
    int m_archivedRole;
};

} // namespace sl::ui
