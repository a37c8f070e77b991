#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

// 谁在操作: who is working, asked when the window opens (OperatorChoice decides when) and by the switch-operator
// action. Only active operators are offered; one with a password must give it. Accepted, that operator is named for
// every write from then on.
class OperatorSignInDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorSignInDialog(core::Database& db, const QString& preselected, QWidget* parent = nullptr);

    QString chosen() const { return m_chosen; }

public slots:
    void accept() override;

private:
    void updatePassword();

    core::Database& m_db;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_error = nullptr;
    QString m_chosen;
};

} // namespace sl::ui
