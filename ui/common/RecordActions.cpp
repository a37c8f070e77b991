#include "RecordActions.h"

#include "MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>

namespace sl::ui {

void RecordActions::addToPage(QWidget* page, const QToolBar* toolbar)
{
    for (QAction* a : toolbar->actions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(a);
    }
}

bool RecordActions::enableForSelection(const QTableView* table, int archivedRole, QAction* edit, QAction* archive,
                                       QAction* restore, QAction* copy, bool* archived)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    const bool one = rows.size() == 1;
    *archived = one && rows.first().data(archivedRole).toBool();
    edit->setEnabled(one);
    archive->setEnabled(one && !*archived);
    restore->setEnabled(one && *archived);
    if (copy) {
        copy->setEnabled(!rows.isEmpty());
    }
    return one;
}

void RecordActions::openOnActivate(QTableView* table, QWidget* page, const std::function<void()>& open)
{
    QObject::connect(table, &QTableView::doubleClicked, page, [open] { open(); });
    // Enter on the table opens the record, as a double-click does.
    auto* openAction = new QAction(table);
    openAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    openAction->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(openAction, &QAction::triggered, page, [open] { open(); });
    table->addAction(openAction);
}

bool RecordActions::confirmArchive(QWidget* page, bool archived, const QString& title, const QString& question,
                                   const std::function<bool(QString* error)>& write, const QCheckBox* showArchived,
                                   QWidget* count, const QString& hiddenHint)
{
    if (MessageBox::question(page, title, question) != QMessageBox::Yes) {
        return false;
    }
    QString error;
    if (!write(&error)) {
        MessageBox::warning(page, tr("Not saved"), error);
        return false;
    }
    if (archived && !showArchived->isChecked()) {
        // The row disappears from view; tell the clerk where it went.
        count->setToolTip(hiddenHint);
    }
    return true;
}

} // namespace sl::ui
