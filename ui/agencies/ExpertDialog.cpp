#include "ExpertDialog.h"

#include "Clock.h"
#include "audit/HistoryTab.h"

#include "common/FormErrors.h"

#include "ExpertTableModel.h"
#include "db/AgencyRepository.h"
#include "rules/ExpertValidator.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
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
    : FormDialog(parent)
    , m_db(db)
    , m_original(expert)
{
    setObjectName(QStringLiteral("expertDialog"));
    setWindowTitle(expert.id == 0 ? tr("New expert") : tr("Edit expert"));
    buildForm(agencyName);
    m_name->setText(expert.name);
    m_specialty->setText(expert.specialty);
    m_certificate->setText(expert.certificate);
    m_certificateNo->setText(expert.certificateNo);
    m_hasExpiry->setChecked(expert.certificateExpiry.isValid() || expert.id == 0);
    m_expiry->setDate(expert.certificateExpiry.isValid() ? expert.certificateExpiry : core::Clock::today().addYears(3));
    m_phone->setText(expert.phone);
    revalidate();
    HistoryTab::attach(this, m_db, QStringLiteral("expert"), expert.id);
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

    auto* expiryRow = new QWidget;
    auto* expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_hasExpiry = new QCheckBox(tr("Valid until"));
    m_hasExpiry->setObjectName(QStringLiteral("expiryCheck"));
    m_expiry = new QDateEdit;
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setCalendarPopup(true);
    expiryLayout->addWidget(m_hasExpiry);
    expiryLayout->addWidget(m_expiry, 1);
    m_expiryNote = FormErrors::makeLabel(QStringLiteral("expiryNote"));
    form->addRow(tr("Certificate expiry"), FormErrors::withError(expiryRow, m_expiryNote));

    m_phone = makeLine(QStringLiteral("phoneEdit"));
    form->addRow(tr("Phone"), m_phone);

    m_formError = FormErrors::makeLabel(QStringLiteral("formError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpertDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExpertDialog::reject);

    auto* required = new QLabel(tr("Fields marked * are required."));
    required->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(required);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    // Width comes from the fields, so the dialog still grows in height when a note appears.
    m_name->setMinimumWidth(340);

    for (QLineEdit* edit : { m_name, m_specialty, m_certificate, m_certificateNo, m_phone }) {
        connect(edit, &QLineEdit::textChanged, this, &ExpertDialog::revalidate);
    }
    connect(m_hasExpiry, &QCheckBox::toggled, this, &ExpertDialog::revalidate);
    connect(m_expiry, &QDateEdit::dateChanged, this, &ExpertDialog::revalidate);
}

core::Expert ExpertDialog::collect() const
{
    core::Expert e = m_original;
    e.name = m_name->text().trimmed();
    e.specialty = m_specialty->text().trimmed();
    e.certificate = m_certificate->text().trimmed();
    e.certificateNo = m_certificateNo->text().trimmed();
    e.certificateExpiry = m_hasExpiry->isChecked() ? m_expiry->date() : QDate();
    e.phone = m_phone->text().trimmed();
    return e;
}

void ExpertDialog::revalidate()
{
    const core::Expert e = collect();
    m_expiry->setEnabled(m_hasExpiry->isChecked());
    const auto problems = ExpertValidator::validate(e);
    FormErrors::show(m_nameError, ExpertValidator::messageFor(problems, ExpertValidator::Field::Name));
    // The fields stop the typing at the limit, so this shows only for a record that came in longer.
    const QString textError = ExpertValidator::messageFor(problems, ExpertValidator::Field::Text);
    if (!textError.isEmpty()) {
        FormErrors::show(m_formError, textError);
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
    m_save->setEnabled(problems.isEmpty());
}

void ExpertDialog::accept()
{
    if (!m_save->isEnabled()) {
        return;
    }
    core::Expert e = collect();
    core::AgencyRepository repository(m_db);
    QString error;
    const bool ok = e.id == 0 ? repository.insertExpert(e, &error) : repository.updateExpert(e, &error);
    if (!ok) {
        FormErrors::show(m_formError, error);
        return;
    }
    m_saved = e;
    FormDialog::accept();
}

} // namespace sl::ui
