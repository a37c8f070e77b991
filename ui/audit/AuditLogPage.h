#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// 操作日志: the audit trail, newest first, filtered by table, text and dates. Read-only: nothing on it
// can be changed or removed.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(core::Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    core::Database& m_db;
    QComboBox* m_tableFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace sl::ui
