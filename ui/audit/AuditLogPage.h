#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sl::core {
class Database;
}

namespace sl::ui {

class AuditLineModel;

// 操作日志: the audit trail in the clerk's words, newest first, one row per changed field, filtered by dates,
// operator, kind of record and one record, searched as one types; exported (.xlsx / .csv) and printed as filtered,
// with the chain's head below. Entries written outside the program show in red until the clerk acknowledges them
// here. Read-only otherwise: nothing on it can be changed or removed.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(core::Database& db, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    AuditLineModel* model() const { return m_model; }

public slots:
    void reload();
    // Only the selected row's record (or, with table empty, every record again).
    void showOnlyRecord(const QString& table, qint64 recordId, const QString& name);
    void exportLog();
    void printLog();
    void acknowledgeOutsideWrites();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refillFilters();

    core::Database& m_db;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_operatorFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_recordLabel = nullptr;
    QPushButton* m_allRecords = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QTableView* m_table = nullptr;
    AuditLineModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_typing = nullptr;
    QString m_recordTable;
    qint64 m_recordId = 0;
};

} // namespace sl::ui
