#pragma once

#include "model/Contract.h"
#include "model/Coverage.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace sl::core {
class Database;
}

namespace sl::ui {

// The active enterprises, each with a check box, for adding to one contract from a start date. An
// enterprise already served somewhere in [start, contract end] cannot be added (the repository
// would refuse it): its row is disabled and says by whom it is served.
class EnterprisePickerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, CreditCode, Community, Availability, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, AvailableRole, SearchTextRole };

    EnterprisePickerModel(core::Database& db, const core::Contract& contract, QObject* parent = nullptr);

    void setStart(const QDate& start);
    QDate start() const { return m_start; }
    QList<qint64> checkedIds() const;
    int checkedCount() const { return static_cast<int>(m_checked.size()); }
    bool isAvailable(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString creditCode;
        QString community;
        QString searchText;
        QString unavailableBecause; // empty when the enterprise can be added
    };
    QString conflict(qint64 enterpriseId) const;
    QString displayText(const Row& row, int column) const;

    core::Contract m_contract;
    QDate m_start;
    QList<Row> m_rows;
    QSet<qint64> m_checked;
    QHash<qint64, QList<core::Coverage>> m_coverages;
    QHash<qint64, core::Contract> m_contracts;
    QHash<qint64, QString> m_agencyNames;
};

} // namespace sl::ui
