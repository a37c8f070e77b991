#include "FormList.h"

#include "RecordTable.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

FormList::FormList(const QString& name, const QStringList& headers, const QString& addText, const QString& editText,
                   QWidget* parent)
    : QWidget(parent)
    , m_table(RecordTable::createList(name.left(1).toLower() + name.mid(1) + QStringLiteral("Table"), headers))
    , m_buttons(new QVBoxLayout)
{
    auto* add = new QPushButton(addText);
    add->setObjectName(QStringLiteral("add") + name + QStringLiteral("Button"));
    m_edit = new QPushButton(editText);
    m_edit->setObjectName(QStringLiteral("edit") + name + QStringLiteral("Button"));
    m_buttons->addWidget(add);
    m_buttons->addWidget(m_edit);
    m_buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);
    connect(add, &QPushButton::clicked, this, &FormList::addRequested);
    connect(m_edit, &QPushButton::clicked, this, &FormList::editRequested);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FormList::editRequested);
}

QPushButton* FormList::addButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void FormList::setRow(int row, const QStringList& cells, const QVariant& key)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, key);
        m_table->setItem(row, column, item);
    }
}

QVariant FormList::currentKey() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, 0) ? QVariant() : m_table->item(row, 0)->data(Qt::UserRole);
}

} // namespace sl::ui
