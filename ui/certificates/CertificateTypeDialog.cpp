#include "CertificateTypeDialog.h"

#include "audit/HistoryTab.h"

#include "common/FormErrors.h"
#include "db/CertificateRepository.h"
#include "rules/CertificateValidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl::ui {

using core::CertificateRepository;
using core::CertificateValidator;

CertificateTypeDialog::CertificateTypeDialog(core::Database& db, const core::CertificateType& type, QWidget* parent)
    : RecordFormDialog(db, type, "certificate_type", parent)
{
    setObjectName(QStringLiteral("certificateTypeDialog"));
    setWindowTitle(type.id == 0 ? tr("New certificate type") : tr("Edit certificate type"));
    for (const core::CertificateType& t : CertificateRepository(db).types(true)) {
        if (t.id != type.id) {
            m_otherNames << t.name.trimmed();
        }
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(CertificateValidator::kMaxTextLength);
    m_nameError = FormErrors::makeLabel(QStringLiteral("nameError"));
    form->addRow(tr("Name *"), FormErrors::withError(m_name, m_nameError));
    m_validity = new QSpinBox;
    m_validity->setObjectName(QStringLiteral("validitySpin"));
    m_validity->setRange(0, CertificateValidator::kMaxMonths);
    m_validity->setSuffix(tr(" months"));
    m_validity->setSpecialValueText(tr("No fixed validity"));
    form->addRow(tr("Valid for"), m_validity);
    m_review = new QSpinBox;
    m_review->setObjectName(QStringLiteral("reviewSpin"));
    m_review->setRange(0, CertificateValidator::kMaxMonths);
    m_review->setSuffix(tr(" months"));
    m_review->setSpecialValueText(tr("No review"));
    form->addRow(tr("Review every"), m_review);

    auto* note = new QLabel(tr("A changed validity proposes new expiry dates; saved certificates keep theirs."));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    addFrame(layout);
    m_name->setMinimumWidth(360);

    m_name->setText(type.name);
    m_validity->setValue(type.validityMonths);
    m_review->setValue(type.reviewMonths);
    connect(m_name, &QLineEdit::textChanged, this, &CertificateTypeDialog::revalidate);
    connect(m_validity, &QSpinBox::valueChanged, this, &CertificateTypeDialog::revalidate);
    connect(m_review, &QSpinBox::valueChanged, this, &CertificateTypeDialog::revalidate);
    revalidate();
    HistoryTab::attach(this, db, QStringLiteral("certificate_type"), type.id);
}

core::CertificateType CertificateTypeDialog::collect() const
{
    core::CertificateType t = original();
    t.name = m_name->text().trimmed();
    t.validityMonths = m_validity->value();
    t.reviewMonths = m_review->value();
    return t;
}

void CertificateTypeDialog::revalidate()
{
    const core::CertificateType t = collect();
    const auto problems = CertificateValidator::validateType(t);
    QString nameError = CertificateValidator::messageFor(problems, CertificateValidator::Field::TypeName);
    if (nameError.isEmpty() && m_otherNames.contains(t.name)) {
        nameError = CertificateValidator::typeNameTaken(t.name);
    }
    FormErrors::show(m_nameError, nameError);
    const QString other = nameError.isEmpty()
        ? CertificateValidator::messageFor(problems, CertificateValidator::Field::TypeMonths)
        : QString();
    frame()->showError(other);
    frame()->setAcceptEnabled(nameError.isEmpty() && other.isEmpty());
}

void CertificateTypeDialog::accept()
{
    revalidate();
    FormDialog::accept();
}

bool CertificateTypeDialog::write(core::CertificateType& t, QString* error)
{
    CertificateRepository repository(db());
    return t.id == 0 ? repository.insertType(t, error) : repository.updateType(t, error);
}

} // namespace sl::ui
