#include "ListActions.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintPreview.h"
#include "RecordTable.h"
#include "db/SettingRepository.h"
#include "io/ListWorkbook.h"
#include "reports/ReportTable.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTextDocument>

namespace sl::ui {

namespace {

// The widths the clerk gave the shown columns, in characters for the workbook and as shares for the page.
QList<int> shownWidths(const QTableView* table)
{
    const QHeaderView* header = table->horizontalHeader();
    QList<int> out;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            out << header->sectionSize(column);
        }
    }
    return out;
}

} // namespace

ListActions::ListActions(QWidget* page, QTableView* table, core::Database& db, std::function<QString()> title,
                         QAction* copy)
    : QObject(page)
    , m_page(page)
    , m_table(table)
    , m_db(db)
    , m_title(std::move(title))
{
    m_export = new QAction(tr("Export shown rows…"), page);
    m_export->setObjectName(page->objectName() + QStringLiteral("ExportShown"));
    m_export->setToolTip(tr("The rows as filtered and sorted, the columns as shown, to an Excel workbook (Ctrl+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print = new QAction(tr("Print shown rows…"), page);
    m_print->setObjectName(page->objectName() + QStringLiteral("PrintShown"));
    m_print->setToolTip(tr("Print the rows as filtered and sorted (Ctrl+P)"));
    m_print->setShortcut(QKeySequence::Print);
    m_copy = copy;
    if (!m_copy) {
        m_copy = new QAction(tr("Copy"), page);
        m_copy->setObjectName(page->objectName() + QStringLiteral("CopyRows"));
        m_copy->setShortcut(QKeySequence::Copy);
        m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(m_copy);
        connect(m_copy, &QAction::triggered, this, [this] { RecordTable::copySelection(m_table); });
    }
    for (QAction* a : { m_export, m_print }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(a);
    }
    connect(m_export, &QAction::triggered, this, &ListActions::exportShown);
    connect(m_print, &QAction::triggered, this, &ListActions::printShown);

    m_menu = new QMenu(table);
    m_menu->setObjectName(page->objectName() + QStringLiteral("ContextMenu"));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &ListActions::showContextMenu);
}

QMenu* ListActions::contextMenu() const
{
    m_menu->clear();
    for (QAction* a : m_recordActions) {
        if (a) {
            m_menu->addAction(a);
        } else {
            m_menu->addSeparator();
        }
    }
    if (!m_recordActions.isEmpty()) {
        m_menu->addSeparator();
    }
    m_menu->addAction(m_copy);
    m_menu->addAction(m_export);
    m_menu->addAction(m_print);
    return m_menu;
}

void ListActions::showContextMenu(const QPoint& at)
{
    contextMenu()->popup(m_table->viewport()->mapToGlobal(at));
}

bool ListActions::exportTo(const QString& path, QString* error) const
{
    const QFontMetrics metrics(m_table->font());
    const int character = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    QList<double> widths;
    for (const int pixels : shownWidths(m_table)) {
        widths << std::clamp(double(pixels) / character, 6.0, 80.0);
    }
    return core::ListWorkbook::write(path, m_title(), RecordTable::shownHeaders(m_table),
                                     RecordTable::shownRows(m_table, false), widths, error);
}

void ListActions::exportShown()
{
    const QString title = m_title();
    const QString path = FileDialog::getSaveFileName(m_page, tr("Export the rows shown"),
                                                     title + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = exportTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(m_page, tr("Not exported"), error);
    }
}

void ListActions::printShown()
{
    QTextDocument document;
    core::ReportTable* table = core::ReportTable::attach(document);
    table->title = m_title();
    table->header = RecordTable::shownHeaders(m_table);
    table->rows = RecordTable::shownRows(m_table, false);
    for (const int pixels : shownWidths(m_table)) {
        table->shares << qreal(std::max(pixels, 1));
    }
    table->pointSize = table->header.size() > 8 ? 7.5 : 8.5;
    table->closing.append({ tr("%n row(s)", nullptr, int(table->rows.size())), false });
    const QString street = core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName);
    PrintPreview::show(m_page, document, table->title, street,
                       table->header.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait,
                       m_page->objectName() + QStringLiteral("PrintPreview"));
}

} // namespace sl::ui
