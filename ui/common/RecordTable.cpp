#include "RecordTable.h"

#include "AppSettings.h"

#include <QTableWidget>

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

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

namespace {

QList<int> shownColumns(const QTableView* table)
{
    const QHeaderView* header = table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            columns << column;
        }
    }
    return columns;
}

} // namespace

QStringList RecordTable::shownHeaders(const QTableView* table)
{
    QStringList out;
    const QAbstractItemModel* model = table->model();
    for (const int column : shownColumns(table)) {
        out << model->headerData(column, Qt::Horizontal).toString();
    }
    return out;
}

QList<QStringList> RecordTable::shownRows(const QTableView* table, bool selectedOnly)
{
    const QAbstractItemModel* model = table->model();
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex& index : table->selectionModel()->selectedRows()) {
            rows << index.row();
        }
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!table->isRowHidden(row)) {
                rows << row;
            }
        }
    }
    const QList<int> columns = shownColumns(table);
    QList<QStringList> out;
    out.reserve(rows.size());
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns) {
            cells << model->index(row, column).data().toString();
        }
        out << cells;
    }
    return out;
}

void RecordTable::copySelection(const QTableView* table)
{
    const QList<QStringList> rows = shownRows(table, true);
    if (rows.isEmpty()) {
        return;
    }
    QStringList lines;
    for (QStringList cells : rows) {
        for (QString& text : cells) {
            // A tab or line break inside a cell would split it in Excel.
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            text.remove(QLatin1Char('\r'));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool RecordTable::remember(QTableView* table, core::AppSettings& settings, const QList<int>& firstColumns)
{
    QHeaderView* header = table->horizontalHeader();
    for (int i = 0; i < firstColumns.size(); ++i) {
        header->moveSection(header->visualIndex(firstColumns.at(i)), i);
    }
    table->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(true);
    const QString name = table->objectName();
    const QByteArray kept = settings.tableHeader(name);
    const bool restored = !kept.isEmpty() && header->restoreState(kept);
    const auto save = [header, &settings, name] { settings.setTableHeader(name, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    return restored;
}

} // namespace sl::ui
