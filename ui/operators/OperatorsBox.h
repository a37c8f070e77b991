#pragma once

#include <QGroupBox>

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormList;

// Settings → Operators (操作人员): the office's staff who work in the ledger, with their title, whether they have a
// password and whether they may work.
class OperatorsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OperatorsBox(core::Database& db, QWidget* parent = nullptr);

public slots:
    void reload();
    void addOperator();
    void editOperator();

private:
    core::Database& m_db;
    FormList* m_list = nullptr;
};

} // namespace sl::ui
