#include "OperatorDialog.h"

#include "audit/HistoryTab.h"
#include "db/OperatorRepository.h"
#include "db/Database.h"
#include "db/RecordVersion.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sl::ui {

OperatorDialog::OperatorDialog(core::Database& db, const core::Operator& op, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_operator(op)
    , m_version(op.id == 0 ? 0 : core::RecordVersion::of(db.connection(), QStringLiteral("operator"), op.id))
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
    auto* form = new QFormLayout;
    form->addRow(tr("Name *"), m_name);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    form->addRow(QString(), m_removePassword);
    form->addRow(tr("Active"), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout);
    HistoryTab::attach(this, m_db, QStringLiteral("operator"), op.id);
}

QString OperatorDialog::problem() const
{
    if (m_password->text() != m_repeat->text()) {
        return tr("The two passwords differ; type the same password twice.");
    }
    return {};
}

bool OperatorDialog::save(QString* error)
{
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
    if (!core::RecordVersion::writeIfUnchanged(
            m_db.connection(), QStringLiteral("operator"), m_operator.id, m_version,
            [&](QString* why) { return core::OperatorRepository(m_db).save(op, password, why); }, error)) {
        return false;
    }
    m_operator = op;
    return true;
}

} // namespace sl::ui
