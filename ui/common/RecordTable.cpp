#include "RecordTable.h"

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

} // namespace sl::ui
