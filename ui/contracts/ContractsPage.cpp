#include "ContractsPage.h"

#include "AppSettings.h"
#include "ContractDialog.h"
#include "ContractTableModel.h"
#include "CoverageTableModel.h"
#include "EndServiceDialog.h"
#include "EnterprisePickerDialog.h"
#include "MoveEnterpriseDialog.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordFilterProxy.h"
#include "common/RecordTable.h"
#include "common/SearchBox.h"
#include "db/ContractRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

ContractsPage::ContractsPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : RecordListPage(db, settings, QStringLiteral("contractsPage"), ContractTableModel::IdRole,
                     ContractTableModel::ArchivedRole, parent)
    , m_model(new ContractTableModel(db, this))
    , m_proxy(new RecordFilterProxy(this))
    , m_coverageModel(new CoverageTableModel(db, this))
    , m_coverageProxy(new RecordFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContractTableModel::SortRole);
    m_proxy->setSearchRole(ContractTableModel::SearchTextRole);
    m_proxy->setArchivedRole(ContractTableModel::ArchivedRole);
    m_coverageProxy->setSourceModel(m_coverageModel);
    m_coverageProxy->setSortRole(CoverageTableModel::SortRole);
    buildUi();
    m_table->sortByColumn(ContractTableModel::PeriodStart, Qt::AscendingOrder);
    m_coverageTable->sortByColumn(CoverageTableModel::Enterprise, Qt::AscendingOrder);
    reload();
}

void ContractsPage::buildUi()
{
    QToolBar* toolbar = createRecordToolbar(QStringLiteral("contractToolbar"), QStringLiteral("Contract"),
                                            tr("New contract (Ctrl+N)"), [this] { newContract(); });
    addCopyAction(toolbar, QStringLiteral("copyContractsAction"));

    m_search = SearchBox::create(this, tr("Search contract no., tender lot, agency… (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);

    createShowArchived();
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &RecordFilterProxy::setShowArchived);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showArchived);

    createTable(QStringLiteral("contractTable"), m_proxy, true, 110,
                { { ContractTableModel::ContractNo, 150 },
                  { ContractTableModel::TenderLot, 240 },
                  { ContractTableModel::Agency, 260 },
                  { ContractTableModel::UnitPrice, 130 },
                  { ContractTableModel::CoveredToday, 110 } });
    RecordTable::remember(m_table, m_settings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContractsPage::contractChanged);
    countRowsOf(m_proxy);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(buildCoveragePane());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    // A few contracts, many enterprises: most of the height goes to the coverage.
    splitter->setSizes({ 200, 500 });

    connect(this, &RecordListPage::recordSaved, this, &ContractsPage::dataChanged);
    layOut(toolbar, filters, splitter, tr("Service contracts"));
}

QWidget* ContractsPage::buildCoveragePane()
{
    m_coverageGroup = new QGroupBox(tr("Enterprises covered"));
    m_coverageGroup->setObjectName(QStringLiteral("coverageGroup"));

    m_contractDetail = new QLabel;
    m_contractDetail->setObjectName(QStringLiteral("contractDetail"));
    m_contractDetail->setTextFormat(Qt::PlainText);
    m_contractDetail->setWordWrap(true);
    m_contractDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addEnterprises = new QPushButton(tr("Add enterprises…"));
    m_addEnterprises->setObjectName(QStringLiteral("addEnterprisesButton"));
    m_endService = new QPushButton(tr("End service…"));
    m_endService->setObjectName(QStringLiteral("endServiceButton"));
    m_endService->setToolTip(tr("The enterprise leaves the programme on a last day; its history is kept."));
    m_move = new QPushButton(tr("Move to another contract…"));
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_move->setToolTip(tr("Another lot or agency serves the enterprise from a first day; both periods are kept."));
    connect(m_addEnterprises, &QPushButton::clicked, this, &ContractsPage::addEnterprises);
    connect(m_endService, &QPushButton::clicked, this, &ContractsPage::endService);
    connect(m_move, &QPushButton::clicked, this, &ContractsPage::moveToAnotherContract);

    m_coverageSearch = new QLineEdit;
    m_coverageSearch->setObjectName(QStringLiteral("coverageSearchEdit"));
    m_coverageSearch->setPlaceholderText(tr("Filter these enterprises"));
    m_coverageSearch->setClearButtonEnabled(true);
    connect(m_coverageSearch, &QLineEdit::textChanged, m_coverageProxy, &RecordFilterProxy::setSearchText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEnterprises);
    buttons->addWidget(m_endService);
    buttons->addWidget(m_move);
    buttons->addStretch(1);
    buttons->addWidget(m_coverageSearch, 1);

    m_coverageTable = RecordTable::create(QStringLiteral("coverageTable"), true);
    m_coverageTable->setModel(m_coverageProxy);
    m_coverageTable->horizontalHeader()->setDefaultSectionSize(110);
    m_coverageTable->setColumnWidth(CoverageTableModel::Enterprise, 300);
    m_coverageTable->setColumnWidth(CoverageTableModel::CreditCode, 180);
    RecordTable::remember(m_coverageTable, m_settings);
    connect(m_coverageTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContractsPage::updateActions);
    connect(m_coverageProxy, &QAbstractItemModel::modelReset, this, &ContractsPage::updateCoverageSummary);
    connect(m_coverageProxy, &QAbstractItemModel::layoutChanged, this, &ContractsPage::updateCoverageSummary);
    connect(m_coverageProxy, &QAbstractItemModel::rowsInserted, this, &ContractsPage::updateCoverageSummary);
    connect(m_coverageProxy, &QAbstractItemModel::rowsRemoved, this, &ContractsPage::updateCoverageSummary);

    m_coverageSummary = new QLabel;
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(m_coverageGroup);
    layout->addWidget(m_contractDetail);
    layout->addLayout(buttons);
    layout->addWidget(m_coverageTable, 1);
    layout->addWidget(m_coverageSummary);
    return m_coverageGroup;
}

void ContractsPage::setToday(const QDate& today)
{
    m_today = today;
    m_model->setToday(today);
    m_coverageModel->setToday(today);
    contractChanged();
}

void ContractsPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const qint64 keep = currentId();
    m_model->reload();
    m_coverageModel->reload();
    if (keep > 0) {
        selectContract(keep);
    }
    contractChanged();
    updateCount();
}

void ContractsPage::selectContract(qint64 id)
{
    RecordTable::selectSourceRow(m_table, m_model->rowOfId(id));
}

void ContractsPage::contractChanged()
{
    const core::Contract* c = m_model->contractAt(m_model->rowOfId(currentId()));
    m_coverageModel->setContract(c ? c->id : 0);
    if (!c) {
        m_coverageGroup->setTitle(tr("Enterprises covered"));
        m_contractDetail->setText(tr("Select a contract to see the enterprises it covers."));
    } else {
        const QString number = c->contractNo.isEmpty() ? tr("(no number)") : c->contractNo;
        m_coverageGroup->setTitle(tr("Enterprises covered by %1").arg(number));
        QStringList parts;
        parts << (c->tenderLot.isEmpty() ? m_model->agencyName(c->agencyId)
                                         : tr("%1, %2").arg(m_model->agencyName(c->agencyId), c->tenderLot));
        if (c->signedOn.isValid()) {
            parts << tr("signed on %1").arg(c->signedOn.toString(Qt::ISODate));
        }
        parts << tr("%1 yuan per enterprise per year").arg(c->unitPrice.toGroupedString());
        if (!c->notes.isEmpty()) {
            parts << c->notes;
        }
        m_contractDetail->setText(parts.join(tr("; ")));
    }
    updateActions();
    updateCoverageSummary();
}

void ContractsPage::updateActions()
{
    bool archived = false;
    const bool one = enableForSelection(&archived);

    const QModelIndexList coverages = m_coverageTable->selectionModel()->selectedRows();
    // Only a service still running can be ended or moved; an ended one is history.
    const bool allOpen = !coverages.isEmpty()
        && std::all_of(coverages.cbegin(), coverages.cend(),
                       [](const QModelIndex& i) { return i.data(CoverageTableModel::OpenRole).toBool(); });
    m_addEnterprises->setEnabled(one && !archived);
    m_endService->setEnabled(one && !archived && allOpen);
    m_move->setEnabled(one && !archived && allOpen);
}

void ContractsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 contracts shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void ContractsPage::updateCoverageSummary()
{
    if (m_coverageModel->contractId() == 0) {
        m_coverageSummary->clear();
        return;
    }
    m_coverageSummary->setText(tr("%1 enterprises covered on %2; %3 service periods in all, %4 shown.")
                                   .arg(m_coverageModel->coveredOn(m_today))
                                   .arg(m_today.toString(Qt::ISODate))
                                   .arg(m_coverageModel->rowCount())
                                   .arg(m_coverageProxy->rowCount()));
}

QList<core::Coverage> ContractsPage::selectedOpenCoverages(QStringList* names) const
{
    QModelIndexList rows = m_coverageTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<core::Coverage> out;
    for (const QModelIndex& index : std::as_const(rows)) {
        const core::Coverage* c = m_coverageModel->coverageAt(
            m_coverageModel->rowOfId(index.data(CoverageTableModel::IdRole).toLongLong()));
        if (c && !c->serviceEnd.isValid()) {
            out.append(*c);
            names->append(m_coverageModel->enterpriseName(c->enterpriseId));
        }
    }
    return out;
}

void ContractsPage::newContract()
{
    core::Contract contract;
    ContractDialog dialog(m_db, contract, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->clear();
        showSaved(dialog.contract().id);
    }
}

void ContractsPage::editSelected()
{
    const core::Contract* c = m_model->contractAt(m_model->rowOfId(currentId()));
    if (!c) {
        return;
    }
    ContractDialog dialog(m_db, *c, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSaved(dialog.contract().id);
    }
}

void ContractsPage::setArchived(bool archived)
{
    const qint64 id = currentId();
    const core::Contract* c = m_model->contractAt(m_model->rowOfId(id));
    if (!c || c->isArchived() == archived) {
        return;
    }
    const QString number = c->contractNo.isEmpty() ? tr("(no number)") : c->contractNo;
    const QString question = archived
        ? tr("Archive contract %1? The enterprises' service under it stays on record, and it can be restored at "
             "any time.")
              .arg(number)
        : tr("Restore contract %1 to the list?").arg(number);
    const auto write = [&](QString* error) { return core::ContractRepository(m_db).setArchived(id, archived, error); };
    confirmArchive(id, archived, archived ? tr("Archive contract") : tr("Restore contract"), question, write,
                   tr("Tick \"Show archived\" to see archived contracts."));
}

void ContractsPage::addEnterprises()
{
    const core::Contract* c = m_model->contractAt(m_model->rowOfId(currentId()));
    if (!c || c->isArchived()) {
        return;
    }
    const qint64 id = c->id;
    EnterprisePickerDialog dialog(m_db, *c, m_today, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSaved(id);
    }
}

void ContractsPage::onOpenCoverages(
    const std::function<bool(const core::Contract&, const QList<core::Coverage>&, const QStringList&)>& run)
{
    const core::Contract* c = m_model->contractAt(m_model->rowOfId(currentId()));
    QStringList names;
    const QList<core::Coverage> coverages = selectedOpenCoverages(&names);
    if (!c || coverages.isEmpty()) {
        return;
    }
    const qint64 id = c->id;
    if (run(*c, coverages, names)) {
        showSaved(id);
    }
}

void ContractsPage::endService()
{
    onOpenCoverages([this](const core::Contract& c, const QList<core::Coverage>& coverages, const QStringList& names) {
        EndServiceDialog dialog(m_db, c, coverages, names, m_today, this);
        return dialog.exec() == QDialog::Accepted;
    });
}

void ContractsPage::moveToAnotherContract()
{
    onOpenCoverages([this](const core::Contract& c, const QList<core::Coverage>& coverages, const QStringList& names) {
        MoveEnterpriseDialog dialog(m_db, c, coverages, names, m_today, this);
        return dialog.exec() == QDialog::Accepted;
    });
}

void ContractsPage::copySelection()
{
    RecordTable::copySelection(m_coverageTable->hasFocus() ? m_coverageTable : m_table);
}

} // namespace sl::ui
