#include "AuditLogPage.h"

#include "AuditLineModel.h"
#include "Clock.h"
#include "common/FileDialog.h"
#include "common/FormErrors.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "common/SearchBox.h"
#include "db/AuditAnchor.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/SettingRepository.h"
#include "reports/AuditExport.h"
#include "reports/AuditLog.h"
#include "reports/ReportTable.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sl::ui {

AuditLogPage::AuditLogPage(core::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_operatorFilter = new QComboBox;
    m_operatorFilter->setObjectName(QStringLiteral("operatorFilter"));
    m_search = SearchBox::create(this, tr("Search records, fields and values… (Ctrl+F)"));
    m_useDates = new QCheckBox(tr("From"));
    m_useDates->setObjectName(QStringLiteral("useDatesCheck"));
    m_from = FormErrors::makeDate(QStringLiteral("fromDate"));
    m_from->setDate(core::Clock::today().addMonths(-1));
    m_to = FormErrors::makeDate(QStringLiteral("toDate"));
    m_to->setDate(core::Clock::today());
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_operatorFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);

    m_recordLabel = FormErrors::makeLabel(QStringLiteral("recordFilterLabel"));
    auto* onlyThis = new QPushButton(tr("Only this record"));
    onlyThis->setObjectName(QStringLiteral("onlyRecordButton"));
    m_allRecords = new QPushButton(tr("All records"));
    m_allRecords->setObjectName(QStringLiteral("allRecordsButton"));
    m_allRecords->setVisible(false);
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* printButton = new QPushButton(tr("Print preview…"));
    printButton->setObjectName(QStringLiteral("printButton"));
    m_acknowledge = new QPushButton(tr("Acknowledge outside writes…"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setVisible(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(onlyThis);
    actions->addWidget(m_allRecords);
    actions->addWidget(m_recordLabel, 1);
    actions->addWidget(m_acknowledge);
    actions->addWidget(exportButton);
    actions->addWidget(printButton);

    m_model = new AuditLineModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->resizeSection(AuditLineModel::Time, 140);
    m_table->horizontalHeader()->resizeSection(AuditLineModel::Object, 200);
    m_table->horizontalHeader()->resizeSection(AuditLineModel::Before, 180);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Search as one types, once the typing pauses.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditLogPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &AuditLogPage::reload);
    connect(m_operatorFilter, &QComboBox::currentIndexChanged, this, &AuditLogPage::reload);
    connect(m_useDates, &QCheckBox::toggled, this, &AuditLogPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(onlyThis, &QPushButton::clicked, this, [this] {
        const core::AuditWording::Line* line = m_model->lineAt(m_table->currentIndex().row());
        if (line && line->recordId != 0) {
            showOnlyRecord(line->table, line->recordId, line->object);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const core::AuditWording::Line* line = m_model->lineAt(index.row());
        if (line && line->recordId != 0) {
            showOnlyRecord(line->table, line->recordId, line->object);
        }
    });
    connect(m_allRecords, &QPushButton::clicked, this, [this] { showOnlyRecord(QString(), 0, QString()); });
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::exportLog);
    connect(printButton, &QPushButton::clicked, this, &AuditLogPage::printLog);
    connect(m_acknowledge, &QPushButton::clicked, this, &AuditLogPage::acknowledgeOutsideWrites);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &AuditLogPage::exportLog);
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, &AuditLogPage::printLog);
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditLogPage::refillFilters()
{
    {
        const QString keep = m_kindFilter->currentData().toString();
        const QSignalBlocker block(m_kindFilter);
        m_kindFilter->clear();
        m_kindFilter->addItem(tr("Every kind of record"), QString());
        // Kinds that share a name (a record and its parts) are offered once, by their main table.
        QStringList seen;
        for (const auto& [table, kind] : core::AuditWording::kinds(core::AuditTrail::tables(m_db.connection()))) {
            if (!seen.contains(kind)) {
                seen << kind;
                m_kindFilter->addItem(kind, table);
            }
        }
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(keep)));
    }
    {
        const QString keep = m_operatorFilter->currentData().toString();
        const QSignalBlocker block(m_operatorFilter);
        m_operatorFilter->clear();
        m_operatorFilter->addItem(tr("Every operator"), QString());
        for (const QString& name : core::AuditTrail::operators(m_db.connection())) {
            m_operatorFilter->addItem(name, name);
        }
        m_operatorFilter->setCurrentIndex(std::max(0, m_operatorFilter->findData(keep)));
    }
}

void AuditLogPage::reload()
{
    if (!isVisible()) {
        return;
    }
    refillFilters();
    core::AuditLog::Filter filter;
    filter.table = m_recordTable.isEmpty() ? m_kindFilter->currentData().toString() : m_recordTable;
    filter.recordId = m_recordId;
    filter.operatorName = m_operatorFilter->currentData().toString();
    filter.text = m_search->text();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    const QList<core::AuditWording::Line> lines = core::AuditLog::load(m_db, filter);
    m_model->setLines(lines);
    const int outside = static_cast<int>(core::AuditTrail::unacknowledged(m_db.connection()).size());
    m_acknowledge->setVisible(outside > 0 && !m_db.isReadOnly());
    QString count = tr("%n entry(ies) shown, newest first (at most %1).", nullptr, static_cast<int>(lines.size()))
                        .arg(filter.limit);
    if (outside > 0) {
        count += QLatin1Char(' ')
            + tr("%n entry(ies) were written outside SafeLedger (in red) and are not acknowledged yet.", nullptr,
                 outside);
    }
    m_count->setText(count);
}

void AuditLogPage::showOnlyRecord(const QString& table, qint64 recordId, const QString& name)
{
    m_recordTable = table;
    m_recordId = table.isEmpty() ? 0 : recordId;
    m_allRecords->setVisible(m_recordId != 0);
    FormErrors::show(m_recordLabel, QString());
    m_recordLabel->setText(m_recordId != 0 ? tr("Only: %1 %2").arg(core::AuditWording::kindOf(table), name)
                                           : QString());
    reload();
}

void AuditLogPage::exportLog()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the audit log"), tr("audit-log-%1.xlsx").arg(core::Clock::today().toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const core::AuditTrail::Head head = core::AuditTrail::head(m_db.connection());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = core::AuditExport::write(m_model->lines(), head, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Not exported"), error);
        return;
    }
    core::AuditAnchor::record(m_db.path(), head, tr("audit export %1").arg(QFileInfo(path).fileName()), nullptr);
}

void AuditLogPage::printLog()
{
    QTextDocument document;
    core::ReportTable* table = core::ReportTable::attach(document);
    table->title = tr("Audit log");
    table->header = AuditLineModel::headers();
    table->rows = core::AuditExport::rows(m_model->lines());
    table->shares = { 1.6, 0.9, 1.1, 2.2, 0.9, 1.4, 2.0, 2.0 };
    table->pointSize = 8.0;
    const core::AuditTrail::Head head = core::AuditTrail::head(m_db.connection());
    table->closing.append({ core::AuditAnchor::describe(head), false });
    const QString street = core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName);
    PrintPreview::show(this, document, tr("Audit log"), street, QPageLayout::Landscape,
                       QStringLiteral("auditPrintPreview"));
}

void AuditLogPage::acknowledgeOutsideWrites()
{
    const int outside = static_cast<int>(core::AuditTrail::unacknowledged(m_db.connection()).size());
    if (outside == 0) {
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Acknowledge outside writes"),
        tr("%n entry(ies) were written to the file outside SafeLedger (shown in red). Say what they were and why they "
           "are accepted; the acknowledgement is kept in the log with your name.",
           nullptr, outside),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || note.trimmed().isEmpty()) {
        return;
    }
    int count = 0;
    QString error;
    if (!core::AuditTrail::acknowledge(m_db.connection(), note, &count, &error)) {
        MessageBox::warning(this, tr("Not acknowledged"), error);
    }
    reload();
}

} // namespace sl::ui
