#include "ContractDialog.h"

#include "Clock.h"
#include "audit/HistoryTab.h"

#include "common/FormErrors.h"
#include "common/FormNotes.h"
#include "common/FormOptionalDate.h"

#include "db/AgencyRepository.h"
#include "db/ContractRepository.h"
#include "model/Money.h"
#include "rules/ContractValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sl::ui {

// The validator's limits: a field the repository would refuse cannot be typed, a price it would refuse is explained.
using core::ContractValidator;

ContractDialog::ContractDialog(core::Database& db, const core::Contract& contract, QWidget* parent)
    : RecordFormDialog(db, contract, "contract", parent)
{
    setObjectName(QStringLiteral("contractDialog"));
    setWindowTitle(contract.id == 0 ? tr("New contract") : tr("Edit contract"));
    buildForm();
    load(contract);
    revalidate();
    HistoryTab::attach(this, db, QStringLiteral("contract"), contract.id);
}

void ContractDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_agency = new QComboBox;
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_agencyError = FormErrors::makeLabel(QStringLiteral("agencyError"));
    form->addRow(tr("Agency *"), FormErrors::withError(m_agency, m_agencyError));

    m_contractNo = new QLineEdit;
    m_contractNo->setObjectName(QStringLiteral("contractNoEdit"));
    m_contractNo->setMaxLength(ContractValidator::kMaxShortTextLength);
    m_contractNo->setPlaceholderText(tr("As printed on the contract"));
    form->addRow(tr("Contract no."), m_contractNo);
    m_tenderLot = new QLineEdit;
    m_tenderLot->setObjectName(QStringLiteral("tenderLotEdit"));
    m_tenderLot->setMaxLength(ContractValidator::kMaxShortTextLength);
    m_tenderLot->setPlaceholderText(tr("e.g. lot 1, the communities north of the river"));
    form->addRow(tr("Tender lot"), m_tenderLot);

    m_signedOn = new FormOptionalDate(tr("Signed on"), QStringLiteral("signedOn"));
    form->addRow(tr("Signing date"), m_signedOn);

    m_periodStart = FormErrors::makeDate(QStringLiteral("periodStartEdit"));
    form->addRow(tr("Period start *"), m_periodStart);
    m_periodEnd = FormErrors::makeDate(QStringLiteral("periodEndEdit"));
    m_periodError = FormErrors::makeLabel(QStringLiteral("periodError"));
    form->addRow(tr("Period end *"), FormErrors::withError(m_periodEnd, m_periodError));

    auto* priceRow = new QWidget;
    auto* priceLayout = new QHBoxLayout(priceRow);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    m_unitPrice = new QLineEdit;
    m_unitPrice->setObjectName(QStringLiteral("unitPriceEdit"));
    m_unitPrice->setMaxLength(ContractValidator::kMaxUnitPriceInput);
    m_unitPrice->setAlignment(Qt::AlignRight);
    m_unitPrice->setPlaceholderText(tr("e.g. 3,500.00"));
    priceLayout->addWidget(m_unitPrice, 1);
    priceLayout->addWidget(new QLabel(tr("yuan per enterprise per year")));
    m_unitPriceError = FormErrors::makeLabel(QStringLiteral("unitPriceError"));
    form->addRow(tr("Unit price *"), FormErrors::withError(priceRow, m_unitPriceError));

    m_notes = new FormNotes(5);
    form->addRow(tr("Notes"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout, FormFrame::Hint::Required);
    // Width comes from the fields, so the dialog still grows in height when a reason appears.
    m_agency->setMinimumWidth(400);

    for (QLineEdit* edit : { m_contractNo, m_tenderLot, m_unitPrice }) {
        connect(edit, &QLineEdit::textChanged, this, &ContractDialog::revalidate);
    }
    connect(m_agency, &QComboBox::currentIndexChanged, this, &ContractDialog::revalidate);
    connect(m_signedOn->check(), &QCheckBox::toggled, this, &ContractDialog::revalidate);
    for (QDateEdit* edit : { m_signedOn->edit(), m_periodStart, m_periodEnd }) {
        connect(edit, &QDateEdit::dateChanged, this, &ContractDialog::revalidate);
    }
    connect(m_notes, &FormNotes::changed, this, &ContractDialog::revalidate);
}

void ContractDialog::load(const core::Contract& c)
{
    m_agency->addItem(tr("(choose)"), 0);
    for (const core::Agency& a : core::AgencyRepository(db()).list(true)) {
        // An archived agency still shows for the contract that has it.
        if (!a.isArchived()) {
            m_agency->addItem(a.name, a.id);
        } else if (a.id == c.agencyId) {
            m_agency->addItem(tr("%1 (archived)").arg(a.name), a.id);
        }
    }
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(c.agencyId)));
    m_contractNo->setText(c.contractNo);
    m_tenderLot->setText(c.tenderLot);
    const QDate today = core::Clock::today();
    m_signedOn->check()->setChecked(c.signedOn.isValid() || c.id == 0);
    m_signedOn->edit()->setDate(c.signedOn.isValid() ? c.signedOn : today);
    m_periodStart->setDate(c.periodStart.isValid() ? c.periodStart : QDate(today.year(), 1, 1));
    m_periodEnd->setDate(c.periodEnd.isValid() ? c.periodEnd : QDate(today.year(), 12, 31));
    m_unitPrice->setText(c.id == 0 ? QString() : c.unitPrice.toGroupedString());
    m_notes->setText(c.notes);
}

core::Contract ContractDialog::collect() const
{
    core::Contract c = original();
    c.agencyId = m_agency->currentData().toLongLong();
    c.contractNo = m_contractNo->text().trimmed();
    c.tenderLot = m_tenderLot->text().trimmed();
    c.signedOn = m_signedOn->date();
    c.periodStart = m_periodStart->date();
    c.periodEnd = m_periodEnd->date();
    c.unitPrice = core::Money::parse(m_unitPrice->text()).value_or(core::Money());
    c.notes = m_notes->text();
    return c;
}

void ContractDialog::revalidate()
{
    const core::Contract c = collect();
    m_signedOn->edit()->setEnabled(m_signedOn->check()->isChecked());
    const auto problems = ContractValidator::validate(c);

    FormErrors::show(m_agencyError, ContractValidator::messageFor(problems, ContractValidator::Field::Agency));
    FormErrors::show(m_periodError, ContractValidator::messageFor(problems, ContractValidator::Field::Period));

    // What the clerk typed is read here; the amount it gives is judged by the validator.
    QString priceError;
    const QString priceText = m_unitPrice->text().trimmed();
    if (priceText.isEmpty()) {
        priceError = tr("Enter the price per enterprise per year.");
    } else if (core::Money::parse(priceText, &priceError)) {
        priceError = ContractValidator::messageFor(problems, ContractValidator::Field::UnitPrice);
    }
    FormErrors::show(m_unitPriceError, priceError);

    m_notes->showError(ContractValidator::messageFor(problems, ContractValidator::Field::Notes));
    // The fields stop the typing at the limit, so this shows only for a contract that came in longer.
    const QString textError = ContractValidator::messageFor(problems, ContractValidator::Field::Text);
    if (!textError.isEmpty()) {
        frame()->showError(textError);
    }

    frame()->setAcceptEnabled(problems.isEmpty() && priceError.isEmpty());
}

bool ContractDialog::write(core::Contract& c, QString* error)
{
    core::ContractRepository repository(db());
    return c.id == 0 ? repository.insert(c, error) : repository.update(c, error);
}

} // namespace sl::ui
