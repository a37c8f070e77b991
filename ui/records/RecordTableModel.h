#pragma once

#include "model/ServiceRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sl::core {
class Database;
}

namespace sl::ui {

// Service records as a table: newest first, voided ones kept and marked.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Enterprise, CreditCode, Agency, Details, People, Experts, Status, ColumnCount };
    // Typed values to sort by (the date as a date, people as a number); text as shown.
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit RecordTableModel(core::Database& db, QObject* parent = nullptr);

    void setRecords(const QList<core::ServiceRecord>& records);
    const core::ServiceRecord& record(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void loadNames();

    core::Database& m_db;
    QList<core::ServiceRecord> m_records;
    QHash<qint64, QPair<QString, QString>> m_enterprises; // name, credit code
    QHash<qint64, QString> m_agencies;
    QHash<qint64, QString> m_experts;
};

} // namespace sl::ui
