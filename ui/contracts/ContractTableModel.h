#pragma once

#include "Clock.h"
#include "model/Contract.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace sl::core {
class Database;
}

namespace sl::ui {

// The tender contracts as a table, with how many enterprises each covers on "today". Read-only:
// edits go through ContractDialog and the repository's rules.
class ContractTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ContractNo, TenderLot, Agency, PeriodStart, PeriodEnd, UnitPrice, CoveredToday, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        ArchivedRole,
        SearchTextRole,
    };

    explicit ContractTableModel(core::Database& db, QObject* parent = nullptr);

    void reload();
    // The day "covered today" and the status refer to; today unless set (tests, an as-of date).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    const core::Contract* contractAt(int row) const;
    int rowOfId(qint64 id) const;
    QString agencyName(qint64 agencyId) const { return m_agencyNames.value(agencyId); }
    int coveredOn(qint64 contractId) const { return m_coveredToday.value(contractId); }
    QString statusText(const core::Contract& c) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void countCoverage();
    QString displayText(const core::Contract& c, int column) const;

    core::Database& m_db;
    QDate m_today = core::Clock::today();
    QList<core::Contract> m_rows;
    QList<QString> m_searchText;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_agencyNames;
    QHash<qint64, int> m_coveredToday;
};

} // namespace sl::ui
