#pragma once

#include "common/FormDialog.h"
#include "model/Operator.h"

class QCheckBox;
class QLineEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Adds or edits one operator: 姓名, 职务, a password (twice; left empty when editing, it stays as it was), whether
// they may work.
class OperatorDialog : public FormDialog
{
    Q_OBJECT

public:
    OperatorDialog(core::Database& db, const core::Operator& op, QWidget* parent = nullptr);

private:
    QString problem() const override;
    bool save(QString* error) override;

    core::Database& m_db;
    core::Operator m_operator;
    qint64 m_version = 0; // the operator's version as the form has it (RecordVersion)
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QCheckBox* m_removePassword = nullptr;
    QCheckBox* m_active = nullptr;
};

} // namespace sl::ui
