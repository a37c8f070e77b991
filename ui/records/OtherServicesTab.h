#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The other services (beyond the obligations) delivered in a year or to one enterprise, newest first, where one
// typed in by mistake is voided with its reason (it stays in the ledger and no longer counts).
class OtherServicesTab : public QWidget
{
    Q_OBJECT

public:
    enum Column { Date, Enterprise, Kind, Agency, Topic, People, Evidence, ColumnCount };

    OtherServicesTab(core::Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // enterpriseId 0: every enterprise of the year; otherwise every year of that enterprise.
    void load(qint64 enterpriseId, int year, qint64 agencyId);

public slots:
    void voidSelected();

signals:
    void dataChanged();

private:
    core::Database& m_db;
    qint64 m_enterpriseId = 0;
    int m_year = 0;
    qint64 m_agencyId = 0;
    QTableWidget* m_table = nullptr;
    QPushButton* m_void = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace sl::ui
