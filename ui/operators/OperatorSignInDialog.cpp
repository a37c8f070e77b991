#include "OperatorSignInDialog.h"

#include "common/FormErrors.h"
#include "db/OperatorRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl::ui {

OperatorSignInDialog::OperatorSignInDialog(core::Database& db, const QString& preselected, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("operatorSignInDialog"));
    setWindowTitle(tr("Who is working?"));
    m_operator = new QComboBox;
    m_operator->setObjectName(QStringLiteral("operatorCombo"));
    for (const core::Operator& o : core::OperatorRepository(m_db).list()) {
        if (o.active) {
            m_operator->addItem(o.title.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.title), o.name);
            m_operator->setItemData(m_operator->count() - 1, o.hasPassword(), Qt::UserRole + 1);
        }
    }
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(preselected)));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("Password"));
    m_error = FormErrors::makeLabel(QStringLiteral("signInError"));
    auto* form = new QFormLayout;
    form->addRow(tr("Operator"), m_operator);
    form->addRow(m_passwordLabel, m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start work"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorSignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OperatorSignInDialog::reject);
    auto* note
        = new QLabel(tr("Every change is recorded under this name. Operators are kept in Settings → Operators."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &OperatorSignInDialog::updatePassword);
    updatePassword();
}

void OperatorSignInDialog::updatePassword()
{
    const bool needed = m_operator->currentData(Qt::UserRole + 1).toBool();
    m_password->setVisible(needed);
    m_passwordLabel->setVisible(needed);
    m_password->clear();
    FormErrors::show(m_error, QString());
    if (needed) {
        m_password->setFocus();
    }
}

void OperatorSignInDialog::accept()
{
    const QString name = m_operator->currentData().toString();
    QString error;
    if (!core::OperatorRepository(m_db).signIn(name, m_password->text(), &error)) {
        FormErrors::show(m_error, error);
        m_password->selectAll();
        return;
    }
    m_chosen = name;
    QDialog::accept();
}

} // namespace sl::ui
