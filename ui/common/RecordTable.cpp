#include "RecordTable.h"

#include <QTableWidget>

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QTableView>

namespace sl::ui {

QTableView* RecordTable::create(const QString& objectName, bool stretchLastColumn)
{
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(stretchLastColumn);
    return table;
}

QTableWidget* RecordTable::createList(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

qint64 RecordTable::selectedId(const QTableView* table, int idRole)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(idRole).toLongLong() : 0;
}

void RecordTable::selectSourceRow(QTableView* table, int sourceRow)
{
    if (sourceRow < 0) {
        return;
    }
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(table->model());
    const QModelIndex index
        = proxy ? proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0)) : table->model()->index(sourceRow, 0);
    if (!index.isValid()) {
        return;
    }
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

} // namespace sl::ui
