#include "OperatorsBox.h"

#include "OperatorDialog.h"
#include "db/OperatorRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

OperatorsBox::OperatorsBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Operators"), parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("operatorsBox"));
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("operatorTable"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Title"), tr("Password"), tr("Active") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    auto* add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("addOperatorButton"));
    m_edit = new QPushButton(tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("editOperatorButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &OperatorsBox::addOperator);
    connect(m_edit, &QPushButton::clicked, this, &OperatorsBox::editOperator);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &OperatorsBox::editOperator);
    reload();
}

void OperatorsBox::reload()
{
    const QList<core::Operator> operators = core::OperatorRepository(m_db).list();
    m_table->setRowCount(static_cast<int>(operators.size()));
    for (int r = 0; r < operators.size(); ++r) {
        const core::Operator& o = operators.at(r);
        const QStringList cells
            = { o.name, o.title, o.hasPassword() ? tr("set") : tr("none"), o.active ? tr("Yes") : tr("No") };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, o.name);
            m_table->setItem(r, c, item);
        }
    }
    m_edit->setEnabled(!operators.isEmpty());
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
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    const auto op = core::OperatorRepository(m_db).find(m_table->item(row, 0)->data(Qt::UserRole).toString());
    if (!op) {
        return;
    }
    OperatorDialog dialog(m_db, *op, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

} // namespace sl::ui
