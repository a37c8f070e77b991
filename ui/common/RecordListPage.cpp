#include "RecordListPage.h"

#include "RecordActions.h"
#include "RecordTable.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>

namespace sl::ui {

RecordListPage::RecordListPage(core::Database& db, core::AppSettings& settings, const QString& objectName, int idRole,
                               int archivedRole, QWidget* parent)
    : ListPage(
        db, settings, objectName, [this] { reload(); }, parent)
    , m_idRole(idRole)
    , m_archivedRole(archivedRole)
{
}

QToolBar* RecordListPage::createRecordToolbar(const QString& toolbarName, const QString& noun,
                                              const QString& newToolTip, const std::function<void()>& create)
{
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(toolbarName);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newAction = toolbar->addAction(tr("New"), this, create);
    m_newAction->setObjectName(QStringLiteral("new%1Action").arg(noun));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(newToolTip);
    m_editAction = toolbar->addAction(tr("Edit"), this, [this] { editSelected(); });
    m_editAction->setObjectName(QStringLiteral("edit%1Action").arg(noun));
    m_archiveAction = toolbar->addAction(tr("Archive"), this, &RecordListPage::archiveSelected);
    m_archiveAction->setObjectName(QStringLiteral("archive%1Action").arg(noun));
    m_restoreAction = toolbar->addAction(tr("Restore"), this, &RecordListPage::restoreSelected);
    m_restoreAction->setObjectName(QStringLiteral("restore%1Action").arg(noun));
    return toolbar;
}

void RecordListPage::addCopyAction(QToolBar* toolbar, const QString& objectName)
{
    toolbar->addSeparator();
    m_copyAction = toolbar->addAction(tr("Copy"), this, &RecordListPage::copySelection);
    m_copyAction->setObjectName(objectName);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected rows for Excel (Ctrl+C)"));
    for (QAction* a : { m_newAction, m_copyAction }) {
        addAction(a);
    }
}

QCheckBox* RecordListPage::createShowArchived(const QString& toolTip)
{
    m_showArchived = new QCheckBox(tr("Show archived"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    if (!toolTip.isEmpty()) {
        m_showArchived->setToolTip(toolTip);
    }
    return m_showArchived;
}

void RecordListPage::createTable(const QString& objectName, QAbstractItemModel* model, bool stretchLastColumn,
                                 int defaultWidth, const QList<std::pair<int, int>>& widths)
{
    m_table = RecordTable::create(objectName, stretchLastColumn);
    m_table->setModel(model);
    m_table->horizontalHeader()->setDefaultSectionSize(defaultWidth);
    for (const auto& [column, pixels] : widths) {
        m_table->setColumnWidth(column, pixels);
    }
    RecordActions::openOnActivate(m_table, this, [this] { editSelected(); });
}

void RecordListPage::countRowsOf(const QAbstractItemModel* proxy)
{
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(proxy, signal, this, &RecordListPage::updateCount);
    }
    connect(proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateCount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &RecordListPage::updateCount);
}

void RecordListPage::layOut(QToolBar* toolbar, QLayout* filters, QWidget* body, const QString& title,
                            const QList<QAction*>& more)
{
    layOutList(
        toolbar, { filters }, body, [title] { return title; },
        QList<QAction*>{ m_editAction, m_archiveAction, m_restoreAction } + more, m_copyAction);
}

qint64 RecordListPage::currentId() const
{
    return RecordTable::selectedId(m_table, m_idRole);
}

bool RecordListPage::enableForSelection(bool* archived)
{
    return RecordActions::enableForSelection(m_table, m_archivedRole, m_editAction, m_archiveAction, m_restoreAction,
                                             m_copyAction, archived);
}

void RecordListPage::confirmArchive(qint64 id, bool archived, const QString& title, const QString& question,
                                    const std::function<bool(QString* error)>& write, const QString& hiddenHint)
{
    if (RecordActions::confirmArchive(this, archived, title, question, write, m_showArchived, m_count, hiddenHint)) {
        showSaved(id);
    }
}

void RecordListPage::showSaved(qint64 id)
{
    reload();
    selectRecord(id);
    emit recordSaved();
}

void RecordListPage::archiveSelected()
{
    setArchived(true);
}

void RecordListPage::restoreSelected()
{
    setArchived(false);
}

void RecordListPage::copySelection()
{
    RecordTable::copySelection(m_table);
}

} // namespace sl::ui
