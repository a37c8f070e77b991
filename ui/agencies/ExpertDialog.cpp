#include "ExpertDialog.h"

#include "Clock.h"
#include "audit/HistoryTab.h"

#include "common/FormErrors.h"
#include "common/FormOptionalDate.h"

#include "ExpertTableModel.h"
#include "db/AgencyRepository.h"
#include "rules/ExpertValidator.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

using core::ExpertValidator;

// The repository refuses longer texts; the form stops the typing there instead.
QLineEdit* makeLine(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(ExpertValidator::kMaxTextLength);
    return edit;
}

} // namespace

ExpertDialog::ExpertDialog(core::Database& db, const core::Expert& expert, const QString& agencyName, QWidget* parent)
    : RecordFormDialog(db, expert, "expert", parent)
{
    setObjectName(QStringLiteral("expertDialog"));
    setWindowTitle(expert.id == 0 ? tr("New expert") : tr("Edit expert"));
    buildForm(agencyName);
    m_name->setText(expert.name);
    m_specialty->setText(expert.specialty);
    m_certificate->setText(expert.certificate);
    m_certificateNo->setText(expert.certificateNo);
    m_expiry->check()->setChecked(expert.certificateExpiry.isValid() || expert.id == 0);
    m_expiry->edit()->setDate(expert.certificateExpiry.isValid() ? expert.certificateExpiry
                                                                 : core::Clock::today().addYears(3));
    m_phone->setText(expert.phone);
    revalidate();
    HistoryTab::attach(this, db, QStringLiteral("expert"), expert.id);
}

void ExpertDialog::buildForm(const QString& agencyName)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* agency = new QLabel(agencyName);
    agency->setObjectName(QStringLiteral("agencyLabel"));
    agency->setTextFormat(Qt::PlainText);
    form->addRow(tr("Agency"), agency);

    m_name = makeLine(QStringLiteral("nameEdit"));
    m_nameError = FormErrors::makeLabel(QStringLiteral("nameError"));
    form->addRow(tr("Name *"), FormErrors::withError(m_name, m_nameError));
    m_specialty = makeLine(QStringLiteral("specialtyEdit"));
    m_specialty->setPlaceholderText(tr("e.g. mechanical safety, fire safety, chemicals"));
    form->addRow(tr("Specialty"), m_specialty);
    m_certificate = makeLine(QStringLiteral("certificateEdit"));
    m_certificate->setPlaceholderText(tr("e.g. registered safety engineer"));
    form->addRow(tr("Certificate"), m_certificate);
    m_certificateNo = makeLine(QStringLiteral("certificateNoEdit"));
    form->addRow(tr("Certificate no."), m_certificateNo);

    m_expiry = new FormOptionalDate(tr("Valid until"), QStringLiteral("expiry"));
    m_expiryNote = FormErrors::makeLabel(QStringLiteral("expiryNote"));
    form->addRow(tr("Certificate expiry"), FormErrors::withError(m_expiry, m_expiryNote));

    m_phone = makeLine(QStringLiteral("phoneEdit"));
    form->addRow(tr("Phone"), m_phone);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout, FormFrame::Hint::Required);
    // Width comes from the fields, so the dialog still grows in height when a note appears.
    m_name->setMinimumWidth(340);

    for (QLineEdit* edit : { m_name, m_specialty, m_certificate, m_certificateNo, m_phone }) {
        connect(edit, &QLineEdit::textChanged, this, &ExpertDialog::revalidate);
    }
    connect(m_expiry->check(), &QCheckBox::toggled, this, &ExpertDialog::revalidate);
    connect(m_expiry->edit(), &QDateEdit::dateChanged, this, &ExpertDialog::revalidate);
}

core::Expert ExpertDialog::collect() const
{
    core::Expert e = original();
    e.name = m_name->text().trimmed();
    e.specialty = m_specialty->text().trimmed();
    e.certificate = m_certificate->text().trimmed();
    e.certificateNo = m_certificateNo->text().trimmed();
    e.certificateExpiry = m_expiry->date();
    e.phone = m_phone->text().trimmed();
    return e;
}

void ExpertDialog::revalidate()
{
    const core::Expert e = collect();
    m_expiry->edit()->setEnabled(m_expiry->check()->isChecked());
    const auto problems = ExpertValidator::validate(e);
    FormErrors::show(m_nameError, ExpertValidator::messageFor(problems, ExpertValidator::Field::Name));
    // The fields stop the typing at the limit, so this shows only for a record that came in longer.
    const QString textError = ExpertValidator::messageFor(problems, ExpertValidator::Field::Text);
    if (!textError.isEmpty()) {
        frame()->showError(textError);
    }

    // Not a refusal: an expired certificate is a fact to record, and a reason to call the agency.
    QString note;
    switch (ExpertTableModel::judge(e.certificateExpiry, core::Clock::today())) {
    case ExpertTableModel::Expiry::Expired:
        note = tr("This certificate has expired.");
        break;
    case ExpertTableModel::Expiry::Soon:
        note = tr("This certificate expires within %n day(s).", nullptr, ExpertTableModel::WarningDays);
        break;
    default:
        break;
    }
    FormErrors::show(m_expiryNote, note);
    frame()->setAcceptEnabled(problems.isEmpty());
}

bool ExpertDialog::write(core::Expert& e, QString* error)
{
    core::AgencyRepository repository(db());
    return e.id == 0 ? repository.insertExpert(e, error) : repository.updateExpert(e, error);
}

} // namespace sl::ui
