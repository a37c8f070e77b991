#include "OperatorDialog.h"

#include "audit/HistoryTab.h"
#include "common/FormErrors.h"
#include "db/OperatorRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl::ui {

OperatorDialog::OperatorDialog(core::Database& db, const core::Operator& op, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_operator(op)
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(op.id == 0 ? tr("New operator") : tr("Edit operator"));
    m_name = new QLineEdit(op.name);
    m_name->setObjectName(QStringLiteral("operatorNameEdit"));
    m_title = new QLineEdit(op.title);
    m_title->setObjectName(QStringLiteral("operatorTitleEdit"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("operatorPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(op.hasPassword() ? tr("Leave empty to keep the password") : tr("Optional"));
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("operatorRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_removePassword = new QCheckBox(tr("Remove the password"));
    m_removePassword->setObjectName(QStringLiteral("removePasswordCheck"));
    m_removePassword->setVisible(op.hasPassword());
    m_active = new QCheckBox(tr("May work in the ledger"));
    m_active->setObjectName(QStringLiteral("operatorActiveCheck"));
    m_active->setChecked(op.active);
    m_error = FormErrors::makeLabel(QStringLiteral("operatorError"));
    auto* form = new QFormLayout;
    form->addRow(tr("Name *"), m_name);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    form->addRow(QString(), m_removePassword);
    form->addRow(tr("Active"), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OperatorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    HistoryTab::attach(this, m_db, QStringLiteral("operator"), op.id);
}

void OperatorDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        FormErrors::show(m_error, tr("The two passwords differ; type the same password twice."));
        return;
    }
    core::Operator op = m_operator;
    op.name = m_name->text();
    op.title = m_title->text();
    op.active = m_active->isChecked();
    std::optional<QString> password;
    if (m_removePassword->isChecked()) {
        password = QString();
    } else if (!m_password->text().isEmpty()) {
        password = m_password->text();
    }
    QString error;
    if (!core::OperatorRepository(m_db).save(op, password, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    m_operator = op;
    FormDialog::accept();
}

} // namespace sl::ui
