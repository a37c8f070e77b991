#include "EnterprisePickerDialog.h"

#include "common/RecordFilterProxy.h"
#include "common/RecordTable.h"

#include "common/FormErrors.h"
#include "common/FormFrame.h"

#include "EnterprisePickerModel.h"
#include "db/ContractRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

EnterprisePickerDialog::EnterprisePickerDialog(core::Database& db, const core::Contract& contract, const QDate& today,
                                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_contract(contract)
    , m_model(new EnterprisePickerModel(db, contract, this))
    , m_availableOnly(new QSortFilterProxyModel(this))
    , m_proxy(new RecordFilterProxy(this))
{
    setObjectName(QStringLiteral("enterprisePickerDialog"));
    setWindowTitle(tr("Add enterprises to a contract"));

    auto* intro
        = new QLabel(tr("Contract %1, %2 to %3. Tick the enterprises it serves from the start date.")
                         .arg(contract.contractNo.isEmpty() ? tr("(no number)") : contract.contractNo,
                              contract.periodStart.toString(Qt::ISODate), contract.periodEnd.toString(Qt::ISODate)));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_start = FormErrors::makeDate(QStringLiteral("startDateEdit"));
    // The repository accepts a start within the contract's period only; the field cannot leave it.
    m_start->setDateRange(contract.periodStart, contract.periodEnd);
    m_start->setDate(std::clamp(std::max(contract.periodStart, today), contract.periodStart, contract.periodEnd));
    auto* startHint = new QLabel(tr("within the contract period"));
    startHint->setTextFormat(Qt::PlainText);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(startHint, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("First day of service"), startRow);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, credit code, community, address"));
    m_search->setClearButtonEnabled(true);
    m_availableOnly->setSourceModel(m_model);
    m_availableOnly->setFilterRole(EnterprisePickerModel::AvailableRole);
    m_availableOnly->setFilterKeyColumn(EnterprisePickerModel::Name);
    m_proxy->setSourceModel(m_availableOnly);
    m_proxy->setSortRole(EnterprisePickerModel::SortRole);
    m_proxy->setSearchRole(EnterprisePickerModel::SearchTextRole);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);

    m_onlyAvailable = new QCheckBox(tr("Only those that can be added"));
    m_onlyAvailable->setObjectName(QStringLiteral("onlyAvailableCheck"));
    connect(m_onlyAvailable, &QCheckBox::toggled, this, [this](bool only) {
        // The role is a bool, which the proxy reads as the text "true".
        m_availableOnly->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });

    auto* checkAll = new QPushButton(tr("Tick all shown"));
    checkAll->setObjectName(QStringLiteral("checkAllButton"));
    auto* uncheckAll = new QPushButton(tr("Untick all shown"));
    uncheckAll->setObjectName(QStringLiteral("uncheckAllButton"));
    connect(checkAll, &QPushButton::clicked, this, [this] { setAllShown(true); });
    connect(uncheckAll, &QPushButton::clicked, this, [this] { setAllShown(false); });
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_onlyAvailable);
    searchRow->addWidget(checkAll);
    searchRow->addWidget(uncheckAll);

    m_table = RecordTable::create(QStringLiteral("pickerTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(EnterprisePickerModel::Name, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EnterprisePickerModel::Name, 250);
    m_table->setColumnWidth(EnterprisePickerModel::CreditCode, 170);
    m_table->setColumnWidth(EnterprisePickerModel::Community, 90);
    // Space ticks the current row, as in a list of check boxes.
    auto* toggle = new QAction(m_table);
    toggle->setShortcut(QKeySequence(Qt::Key_Space));
    toggle->setShortcutContext(Qt::WidgetShortcut);
    connect(toggle, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            return;
        }
        const QModelIndex box = current.siblingAtColumn(EnterprisePickerModel::Name);
        m_proxy->setData(box, box.data(Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked : Qt::Checked,
                         Qt::CheckStateRole);
    });
    m_table->addAction(toggle);

    m_selected = new QLabel;
    m_selected->setObjectName(QStringLiteral("selectedCountLabel"));
    m_selected->setTextFormat(Qt::PlainText);
    m_frame = new FormFrame(this, FormFrame::Accept::Ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selected);
    layout->addWidget(m_frame);
    resize(1040, 640);

    connect(m_start, &QDateEdit::dateChanged, m_model, &EnterprisePickerModel::setStart);
    connect(m_model, &EnterprisePickerModel::checkedChanged, this, &EnterprisePickerDialog::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EnterprisePickerDialog::updateState);
    m_model->setStart(m_start->date());
    updateState();
}

void EnterprisePickerDialog::setAllShown(bool checked)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        m_proxy->setData(m_proxy->index(row, EnterprisePickerModel::Name), checked ? Qt::Checked : Qt::Unchecked,
                         Qt::CheckStateRole);
    }
}

void EnterprisePickerDialog::updateState()
{
    int available = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        available += m_model->isAvailable(row) ? 1 : 0;
    }
    m_selected->setText(tr("%1 ticked; %2 of %3 enterprises can be added from %4.")
                            .arg(m_model->checkedCount())
                            .arg(available)
                            .arg(m_model->rowCount())
                            .arg(m_start->date().toString(Qt::ISODate)));
    m_frame->setAcceptEnabled(m_model->checkedCount() > 0);
    m_frame->acceptButton()->setText(
        m_model->checkedCount() > 0 ? tr("Add %n enterprise(s)", nullptr, m_model->checkedCount()) : tr("Add"));
}

void EnterprisePickerDialog::accept()
{
    // OK is enabled while some enterprise is ticked.
    const auto add = [this](QString* error) {
        QList<qint64> added;
        const bool ok = core::ContractRepository(m_db).addCoverage(m_contract.id, m_model->checkedIds(),
                                                                   m_start->date(), error, &added);
        if (ok) {
            m_added = added;
        }
        return ok;
    };
    if (m_frame->run({}, add)) {
        QDialog::accept();
    }
}

} // namespace sl::ui
