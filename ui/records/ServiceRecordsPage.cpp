#include "ServiceRecordsPage.h"

#include "BaselineDialog.h"
#include "Clock.h"
#include "OtherServiceDialog.h"
#include "OtherServicesTab.h"
#include "RecordDialog.h"
#include "RecordTableModel.h"
#include "RiskAssessmentDialog.h"
#include "common/EnterpriseFilterLabel.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordActions.h"
#include "common/RecordFilterProxy.h"
#include "common/RecordTable.h"
#include "common/SearchBox.h"
#include "common/StatusStyle.h"
#include "db/AgencyRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ServiceRecordRepository.h"
#include "model/DomainText.h"
#include "reports/ComplianceYear.h"
#include "rules/ObligationEngine.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

ServiceRecordsPage::ServiceRecordsPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : ListPage(
        db, settings, QStringLiteral("serviceRecordsPage"),
        [this] {
            reloadRecords();
            reloadQuarter();
        },
        parent)
{
    m_model = new RecordTableModel(m_db, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    buildUi();
    reload();
}

void ServiceRecordsPage::buildUi()
{
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("recordsToolbar"));
    QAction* newAction = toolbar->addAction(tr("New"), this, &ServiceRecordsPage::newRecord);
    newAction->setObjectName(QStringLiteral("newRecordAction"));
    newAction->setShortcut(QKeySequence::New);
    m_editAction = toolbar->addAction(tr("Edit"), this, &ServiceRecordsPage::editSelected);
    m_editAction->setObjectName(QStringLiteral("editRecordAction"));
    m_voidAction = toolbar->addAction(tr("Void"), this, &ServiceRecordsPage::voidSelected);
    m_voidAction->setObjectName(QStringLiteral("voidRecordAction"));
    m_baselineAction = toolbar->addAction(tr("Baseline documents…"), this, &ServiceRecordsPage::editBaseline);
    m_baselineAction->setObjectName(QStringLiteral("baselineAction"));
    m_riskAction = toolbar->addAction(tr("Risk assessment…"), this, &ServiceRecordsPage::addRiskAssessment);
    m_riskAction->setObjectName(QStringLiteral("riskAssessmentAction"));
    m_otherServiceAction = toolbar->addAction(tr("Other service…"), this, &ServiceRecordsPage::addOtherService);
    m_otherServiceAction->setObjectName(QStringLiteral("otherServiceAction"));
    RecordActions::addToPage(this, toolbar);

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(core::Clock::today().year());
    m_year->setSuffix(core::DomainText::yearSuffix());
    m_quarter = new QSpinBox;
    m_quarter->setObjectName(QStringLiteral("quarterSpin"));
    m_quarter->setRange(1, 4);
    m_quarter->setPrefix(core::DomainText::quarterPrefix());
    m_quarter->setSuffix(core::DomainText::quarterSuffix());
    m_quarter->setValue((core::Clock::today().month() - 1) / 3 + 1);
    m_agency = new QComboBox;
    m_agency->setObjectName(QStringLiteral("agencyFilter"));
    m_search = SearchBox::create(this, tr("Search enterprise, topic, findings… (Ctrl+F)"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Year")));
    filters->addWidget(m_year);
    filters->addWidget(m_quarter);
    filters->addWidget(new QLabel(tr("Agency")));
    filters->addWidget(m_agency);
    filters->addWidget(m_search, 1);
    m_enterpriseLabel = new EnterpriseFilterLabel(this, filters, [this] { showEnterprise(0); });

    m_table = RecordTable::create(QStringLiteral("recordTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(RecordTableModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->resizeSection(RecordTableModel::Enterprise, 220);
    m_table->horizontalHeader()->resizeSection(RecordTableModel::CreditCode, 170);
    m_table->horizontalHeader()->resizeSection(RecordTableModel::Agency, 200);
    m_table->horizontalHeader()->resizeSection(RecordTableModel::Details, 300);
    RecordTable::remember(m_table, m_settings);
    connect(m_table, &QTableView::doubleClicked, this, &ServiceRecordsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServiceRecordsPage::updateActions);

    m_quarterTable = new QTableWidget(0, 7);
    m_quarterTable->setObjectName(QStringLiteral("quarterTable"));
    m_quarterTable->setHorizontalHeaderLabels({ tr("Enterprise"), tr("Credit code"), tr("Agency"), tr("Due"),
                                                tr("Done / required"), tr("Status"), tr("Days left") });
    m_quarterTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quarterTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quarterTable->setSortingEnabled(true);
    m_quarterTable->verticalHeader()->hide();
    m_quarterTable->horizontalHeader()->resizeSection(0, 240);
    m_quarterTable->horizontalHeader()->resizeSection(1, 170);
    m_quarterTable->horizontalHeader()->resizeSection(2, 200);
    m_quarterTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_quarterTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { recordQuarterInspection(row); });
    auto* quarterButton = new QPushButton(tr("Record inspection…"));
    quarterButton->setObjectName(QStringLiteral("recordInspectionButton"));
    connect(quarterButton, &QPushButton::clicked, this,
            [this] { recordQuarterInspection(m_quarterTable->currentRow()); });
    m_quarterSummary = new QLabel;
    m_quarterSummary->setObjectName(QStringLiteral("quarterSummary"));
    m_quarterSummary->setTextFormat(Qt::PlainText);
    auto* quarterPane = new QWidget;
    auto* quarterLayout = new QVBoxLayout(quarterPane);
    auto* quarterTop = new QHBoxLayout;
    quarterTop->addWidget(m_quarterSummary, 1);
    quarterTop->addWidget(quarterButton);
    quarterLayout->addLayout(quarterTop);
    quarterLayout->addWidget(m_quarterTable);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->addTab(m_table, tr("Records"));
    m_tabs->addTab(quarterPane, tr("This quarter's inspections"));
    m_otherServices = new OtherServicesTab(m_db);
    m_tabs->addTab(m_otherServices, tr("Other services"));
    connect(m_otherServices, &OtherServicesTab::dataChanged, this, &ServiceRecordsPage::dataChanged);

    layOutList(
        toolbar, { filters }, m_tabs, [this] { return tr("Service records %1").arg(m_year->value()); },
        { m_editAction, m_voidAction }, nullptr);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    connect(m_year, &QSpinBox::valueChanged, this, &ServiceRecordsPage::reload);
    connect(m_quarter, &QSpinBox::valueChanged, this, &ServiceRecordsPage::reloadQuarter);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &ServiceRecordsPage::reload);
}

void ServiceRecordsPage::reload()
{
    const qint64 agency = m_agency->currentData().toLongLong();
    {
        const QSignalBlocker block(m_agency);
        m_agency->clear();
        m_agency->addItem(tr("All agencies"), 0);
        for (const core::Agency& a : core::AgencyRepository(m_db).list(false)) {
            m_agency->addItem(a.name, a.id);
        }
        m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
    }
    reloadRecords();
    reloadQuarter();
}

void ServiceRecordsPage::reloadRecords()
{
    if (m_whenShown->deferred()) {
        return;
    }
    core::ServiceRecordRepository::Filter filter;
    filter.agencyId = m_agency->currentData().toLongLong();
    filter.enterpriseId = m_enterpriseFilter;
    // One enterprise's page shows all its years; the street-wide list one year at a time.
    if (m_enterpriseFilter == 0) {
        filter.from = QDate(m_year->value(), 1, 1);
        filter.to = QDate(m_year->value(), 12, 31);
    }
    m_model->setRecords(core::ServiceRecordRepository(m_db).list(filter));
    m_enterpriseLabel->show(m_db, m_enterpriseFilter);
    m_count->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
    m_otherServices->load(m_enterpriseFilter, m_year->value(), filter.agencyId);
    updateActions();
}

void ServiceRecordsPage::reloadQuarter()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const QDate today = core::Clock::today();
    const int year = m_year->value();
    const int quarter = m_quarter->value();
    const qint64 agency = m_agency->currentData().toLongLong();
    const core::ComplianceYear compliance = core::ComplianceYear::load(m_db, year, quarter, today);
    m_quarterTable->setSortingEnabled(false);
    m_quarterTable->setRowCount(0);
    int missing = 0;
    int total = 0;
    // What is still missing first, the least time left first; then what is done.
    QList<core::Obligation> rows;
    for (const core::Obligation& o : compliance.rows()) {
        if (o.kind == core::ObligationKind::Inspection && o.status != core::ObligationStatus::NotApplicable
            && (agency == 0 || o.agencyId == agency)) {
            rows.append(o);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const core::Obligation& a, const core::Obligation& b) {
        const bool doneA = a.status == core::ObligationStatus::Done;
        const bool doneB = b.status == core::ObligationStatus::Done;
        return doneA != doneB ? doneB : (!doneA && a.due < b.due);
    });
    for (const core::Obligation& o : std::as_const(rows)) {
        const int row = m_quarterTable->rowCount();
        m_quarterTable->insertRow(row);
        const core::Enterprise& e = compliance.enterprise(o.enterpriseId);
        const qint64 daysLeft = today.daysTo(o.due);
        const QStringList cells = { e.name,
                                    e.creditCode,
                                    compliance.agencyName(o.agencyId),
                                    o.due.toString(Qt::ISODate),
                                    tr("%1 / %2").arg(o.done).arg(o.required),
                                    core::DomainText::obligationStatus(o.status),
                                    o.status == core::ObligationStatus::Done ? QString() : QString::number(daysLeft) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 5) {
                item->setForeground(StatusStyle::foreground(o.status, o.due, today));
            }
            if (column == 6 && !cells.at(6).isEmpty()) {
                item->setData(Qt::DisplayRole, static_cast<int>(daysLeft));
            }
            item->setData(Qt::UserRole, o.enterpriseId);
            m_quarterTable->setItem(row, column, item);
        }
        ++total;
        missing += o.status == core::ObligationStatus::Done ? 0 : 1;
    }
    // The clerk sorts by a header when she wants; until then the order above stands.
    m_quarterTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_quarterTable->setSortingEnabled(true);
    m_quarterSummary->setText(tr("%1: %2 enterprises need an inspection, %3 still without one.")
                                  .arg(core::DomainText::period(year, quarter))
                                  .arg(total)
                                  .arg(missing));
}

void ServiceRecordsPage::showEnterprise(qint64 enterpriseId)
{
    m_enterpriseFilter = enterpriseId;
    m_search->clear();
    m_tabs->setCurrentIndex(0);
    reloadRecords();
}

void ServiceRecordsPage::showQuarter(qint64 agencyId)
{
    const QDate today = core::Clock::today();
    {
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockQuarter(m_quarter);
        const QSignalBlocker blockAgency(m_agency);
        m_year->setValue(today.year());
        m_quarter->setValue((today.month() - 1) / 3 + 1);
        m_agency->setCurrentIndex(std::max(0, m_agency->findData(agencyId)));
    }
    m_enterpriseFilter = 0;
    reloadRecords();
    reloadQuarter();
    m_tabs->setCurrentIndex(1);
}

void ServiceRecordsPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool hasRecord = current.isValid();
    const bool voided = hasRecord && m_model->record(m_proxy->mapToSource(current).row()).isVoided();
    m_editAction->setEnabled(hasRecord && !voided);
    m_voidAction->setEnabled(hasRecord && !voided);
    m_baselineAction->setEnabled(selectedEnterprise() != 0);
    m_riskAction->setEnabled(selectedEnterprise() != 0);
    m_otherServiceAction->setEnabled(selectedEnterprise() != 0);
}

qint64 ServiceRecordsPage::selectedEnterprise() const
{
    if (m_enterpriseFilter != 0) {
        return m_enterpriseFilter;
    }
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->record(m_proxy->mapToSource(current).row()).enterpriseId : 0;
}

void ServiceRecordsPage::newRecord()
{
    core::ServiceRecord r;
    r.enterpriseId = m_enterpriseFilter;
    RecordDialog dialog(m_db, r, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

bool ServiceRecordsPage::newRecordFor(qint64 enterpriseId, core::RecordKind kind, const QDate& day)
{
    core::ServiceRecord r;
    r.enterpriseId = enterpriseId;
    r.kind = kind;
    r.doneOn = day;
    RecordDialog dialog(m_db, r, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    reload();
    emit dataChanged();
    return true;
}

void ServiceRecordsPage::recordQuarterInspection(int row)
{
    const QTableWidgetItem* item = row >= 0 ? m_quarterTable->item(row, 0) : nullptr;
    if (!item) {
        return;
    }
    // A quarter that has ended gets its last day proposed; the clerk corrects it to the real date.
    const QDate end = core::ObligationEngine::quarterEnd(m_year->value(), m_quarter->value());
    newRecordFor(item->data(Qt::UserRole).toLongLong(), core::RecordKind::Inspection,
                 std::min(end, core::Clock::today()));
}

void ServiceRecordsPage::editSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::ServiceRecord r = m_model->record(m_proxy->mapToSource(current).row());
    if (r.isVoided()) {
        return;
    }
    RecordDialog dialog(m_db, r, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

void ServiceRecordsPage::voidSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::ServiceRecord r = m_model->record(m_proxy->mapToSource(current).row());
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Void record"),
        tr("The %1 of %2 stays in the ledger, marked void, and no longer counts. Why is it voided?")
            .arg(core::DomainText::recordKind(r.kind), r.doneOn.toString(Qt::ISODate)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    QString error;
    if (!core::ServiceRecordRepository(m_db).voidRecord(r.id, reason, &error)) {
        MessageBox::warning(this, tr("Record not voided"), error);
        return;
    }
    reload();
    emit dataChanged();
}

void ServiceRecordsPage::editBaseline()
{
    const qint64 enterprise = selectedEnterprise();
    if (enterprise == 0) {
        return;
    }
    BaselineDialog dialog(m_db, enterprise, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit dataChanged();
    }
}

void ServiceRecordsPage::addRiskAssessment()
{
    const qint64 enterprise = selectedEnterprise();
    if (enterprise == 0) {
        return;
    }
    RiskAssessmentDialog dialog(m_db, enterprise, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit dataChanged();
    }
}

void ServiceRecordsPage::addOtherService()
{
    const qint64 enterprise = selectedEnterprise();
    if (enterprise == 0) {
        return;
    }
    OtherServiceDialog dialog(m_db, enterprise, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadRecords();
        m_tabs->setCurrentWidget(m_otherServices);
        emit dataChanged();
    }
}

} // namespace sl::ui
