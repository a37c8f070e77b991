#include "HistoryView.h"

#include "AuditLineModel.h"
#include "reports/AuditLog.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace sl::ui {

HistoryView::HistoryView(core::Database& db, const QString& table, qint64 recordId, QWidget* parent)
    : HistoryView(db, table, recordId == 0 ? QList<qint64>() : QList<qint64>{ recordId }, parent)
{
}

HistoryView::HistoryView(core::Database& db, const QString& table, const QList<qint64>& recordIds, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(table)
    , m_recordIds(recordIds)
{
    setObjectName(QStringLiteral("historyView"));
    m_model = new AuditLineModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setColumnHidden(AuditLineModel::Kind, true);
    m_view->setColumnHidden(AuditLineModel::Object, true);
    m_view->horizontalHeader()->resizeSection(AuditLineModel::Time, 140);
    m_view->horizontalHeader()->resizeSection(AuditLineModel::Before, 160);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    reload();
}

void HistoryView::setRecord(const QString& table, qint64 recordId)
{
    m_table = table;
    m_recordIds = recordId == 0 ? QList<qint64>() : QList<qint64>{ recordId };
    reload();
}

void HistoryView::reload()
{
    if (m_recordIds.isEmpty()) {
        m_model->setLines({});
        return;
    }
    core::AuditLog::Filter filter;
    filter.table = m_table;
    filter.recordIds = m_recordIds;
    m_model->setLines(core::AuditLog::load(m_db, filter));
}

} // namespace sl::ui
