#include "AuditLogPage.h"

#include "Clock.h"
#include "common/FormErrors.h"
#include "common/SearchBox.h"
#include "db/AuditTrail.h"
#include "db/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

AuditLogPage::AuditLogPage(core::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_tableFilter = new QComboBox;
    m_tableFilter->setObjectName(QStringLiteral("tableFilter"));
    m_search = SearchBox::create(this, tr("Search values and operator… (Ctrl+F)"));
    m_useDates = new QCheckBox(tr("From"));
    m_useDates->setObjectName(QStringLiteral("useDatesCheck"));
    m_from = FormErrors::makeDate(QStringLiteral("fromDate"));
    m_from->setDate(core::Clock::today().addMonths(-1));
    m_to = FormErrors::makeDate(QStringLiteral("toDate"));
    m_to->setDate(core::Clock::today());
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_tableFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Operator"), tr("Table"), tr("Record"), tr("Action"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->resizeSection(0, 150);
    m_table->horizontalHeader()->resizeSection(5, 300);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel;
    m_count->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    connect(m_tableFilter, &QComboBox::currentIndexChanged, this, &AuditLogPage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            reload();
        }
    });
    connect(m_useDates, &QCheckBox::toggled, this, &AuditLogPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditLogPage::reload()
{
    if (!isVisible()) {
        return;
    }
    {
        const QString keep = m_tableFilter->currentData().toString();
        const QSignalBlocker block(m_tableFilter);
        m_tableFilter->clear();
        m_tableFilter->addItem(tr("All tables"), QString());
        for (const QString& t : core::AuditTrail::tables(m_db.connection())) {
            m_tableFilter->addItem(t, t);
        }
        m_tableFilter->setCurrentIndex(std::max(0, m_tableFilter->findData(keep)));
    }
    core::AuditTrail::Filter filter;
    filter.table = m_tableFilter->currentData().toString();
    filter.text = m_search->text();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    const QList<core::AuditTrail::Entry> entries = core::AuditTrail::list(m_db.connection(), filter);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const core::AuditTrail::Entry& e = entries.at(row);
        const QString action = e.action == QLatin1String("insert")   ? tr("Added")
                             : e.action == QLatin1String("update") ? tr("Changed")
                                                                   : tr("Removed");
        const QStringList cells = {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   e.operatorName,
                                   e.table,
                                   QString::number(e.recordId),
                                   action,
                                   e.before,
                                   e.after};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 5) {
                item->setToolTip(cells.at(c));
            }
            m_table->setItem(row, c, item);
        }
    }
    m_count->setText(tr("%n entry(ies) shown (newest first, at most %1)", nullptr, static_cast<int>(entries.size()))
                         .arg(filter.limit));
}

} // namespace sl::ui
