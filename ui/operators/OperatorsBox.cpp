#include "OperatorsBox.h"

#include "OperatorDialog.h"
#include "common/FormList.h"
#include "db/OperatorRepository.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>

namespace sl::ui {

OperatorsBox::OperatorsBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Operators"), parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("operatorsBox"));
    m_list = new FormList(QStringLiteral("Operator"), { tr("Name"), tr("Title"), tr("Password"), tr("Active") },
                          tr("Add…"), tr("Edit…"));
    m_list->table()->setMinimumHeight(120);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &FormList::addRequested, this, &OperatorsBox::addOperator);
    connect(m_list, &FormList::editRequested, this, &OperatorsBox::editOperator);
    reload();
}

void OperatorsBox::reload()
{
    const QList<core::Operator> operators = core::OperatorRepository(m_db).list();
    m_list->table()->setRowCount(static_cast<int>(operators.size()));
    for (int r = 0; r < operators.size(); ++r) {
        const core::Operator& o = operators.at(r);
        m_list->setRow(
            r, { o.name, o.title, o.hasPassword() ? tr("set") : tr("none"), o.active ? tr("Yes") : tr("No") }, o.name);
    }
    m_list->editButton()->setEnabled(!operators.isEmpty());
}

void OperatorsBox::addOperator()
{
    OperatorDialog dialog(m_db, core::Operator(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void OperatorsBox::editOperator()
{
    const QVariant key = m_list->currentKey();
    if (!key.isValid()) {
        return;
    }
    const auto op = core::OperatorRepository(m_db).find(key.toString());
    if (!op) {
        return;
    }
    OperatorDialog dialog(m_db, *op, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

} // namespace sl::ui
