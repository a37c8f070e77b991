#include "AgencyDialog.h"

#include "audit/HistoryTab.h"

#include "common/FormErrors.h"
#include "common/FormNotes.h"

#include "db/AgencyRepository.h"
#include "rules/AgencyValidator.h"
#include "rules/CreditCode.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

using core::AgencyValidator;

// The repository refuses longer texts; the form stops the typing there instead.
QLineEdit* makeLine(const QString& objectName, int maxLength = AgencyValidator::kMaxTextLength)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

AgencyDialog::AgencyDialog(core::Database& db, const core::Agency& agency, QWidget* parent)
    : RecordFormDialog(db, agency, "agency", parent)
{
    setObjectName(QStringLiteral("agencyDialog"));
    setWindowTitle(agency.id == 0 ? tr("New agency") : tr("Edit agency"));
    for (const core::Agency& a : core::AgencyRepository(db).list(true)) {
        if (a.id != agency.id) {
            m_otherNames << a.name.trimmed();
        }
    }
    buildForm();
    m_name->setText(agency.name);
    m_creditCode->setText(agency.creditCode);
    m_qualification->setText(agency.qualification);
    m_contactPerson->setText(agency.contactPerson);
    m_contactPhone->setText(agency.contactPhone);
    m_address->setText(agency.address);
    m_notes->setText(agency.notes);
    revalidate();
    HistoryTab::attach(this, db, QStringLiteral("agency"), agency.id);
}

void AgencyDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = makeLine(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("As on the business licence"));
    m_nameError = FormErrors::makeLabel(QStringLiteral("nameError"));
    form->addRow(tr("Name *"), FormErrors::withError(m_name, m_nameError));

    m_creditCode = makeLine(QStringLiteral("creditCodeEdit"), AgencyValidator::kMaxCreditCodeInput);
    m_creditCode->setPlaceholderText(tr("18 characters; may be left empty"));
    m_creditCodeError = FormErrors::makeLabel(QStringLiteral("creditCodeError"));
    form->addRow(tr("Credit code"), FormErrors::withError(m_creditCode, m_creditCodeError));

    m_qualification = makeLine(QStringLiteral("qualificationEdit"));
    m_qualification->setPlaceholderText(tr("e.g. the safety evaluation licence and its grade"));
    form->addRow(tr("Qualification"), m_qualification);
    m_contactPerson = makeLine(QStringLiteral("contactPersonEdit"));
    form->addRow(tr("Contact person"), m_contactPerson);
    m_contactPhone = makeLine(QStringLiteral("contactPhoneEdit"));
    form->addRow(tr("Phone"), m_contactPhone);
    m_address = makeLine(QStringLiteral("addressEdit"));
    form->addRow(tr("Address"), m_address);
    m_notes = new FormNotes(5);
    form->addRow(tr("Notes"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout, FormFrame::Hint::Required);
    // Width comes from the fields, so the dialog still grows in height when a reason appears.
    m_name->setMinimumWidth(380);

    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textChanged, this, &AgencyDialog::revalidate);
    }
    connect(m_notes, &FormNotes::changed, this, &AgencyDialog::revalidate);
}

core::Agency AgencyDialog::collect() const
{
    core::Agency a = original();
    a.name = m_name->text().trimmed();
    a.creditCode = core::CreditCode::normalized(m_creditCode->text());
    a.qualification = m_qualification->text().trimmed();
    a.contactPerson = m_contactPerson->text().trimmed();
    a.contactPhone = m_contactPhone->text().trimmed();
    a.address = m_address->text().trimmed();
    a.notes = m_notes->text();
    return a;
}

void AgencyDialog::revalidate()
{
    const core::Agency a = collect();
    const auto problems = AgencyValidator::validate(a);
    QString nameError = AgencyValidator::messageFor(problems, AgencyValidator::Field::Name);
    if (nameError.isEmpty() && m_otherNames.contains(a.name)) {
        nameError = AgencyValidator::nameTaken(a.name);
    }
    FormErrors::show(m_nameError, nameError);
    FormErrors::show(m_creditCodeError, AgencyValidator::messageFor(problems, AgencyValidator::Field::CreditCode));
    m_notes->showError(AgencyValidator::messageFor(problems, AgencyValidator::Field::Notes));
    // The fields stop the typing at the limit, so this shows only for a record that came in longer.
    const QString textError = AgencyValidator::messageFor(problems, AgencyValidator::Field::Text);
    if (!textError.isEmpty()) {
        frame()->showError(textError);
    }
    frame()->setAcceptEnabled(nameError.isEmpty() && problems.isEmpty());
}

bool AgencyDialog::write(core::Agency& a, QString* error)
{
    core::AgencyRepository repository(db());
    return a.id == 0 ? repository.insert(a, error) : repository.update(a, error);
}

} // namespace sl::ui
