#pragma once

#include "Clock.h"
#include "model/Contract.h"
#include "model/Coverage.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace sl::core {
class Database;
}

namespace sl::ui {

// The enterprises one contract covers, one row per period of service, ended ones included: a move
// to another contract ends a row here and starts one there, and the remark says where it went.
class CoverageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Enterprise, CreditCode, ServiceStart, ServiceEnd, Remark, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, EnterpriseIdRole, OpenRole };

    explicit CoverageTableModel(core::Database& db, QObject* parent = nullptr);

    // Reads enterprises, contracts and all coverage again; keeps showing the same contract.
    void reload();
    void setContract(qint64 contractId);
    qint64 contractId() const { return m_contractId; }
    void setToday(const QDate& today);

    const core::Coverage* coverageAt(int row) const;
    int rowOfId(qint64 coverageId) const;
    QString enterpriseName(qint64 enterpriseId) const { return m_enterpriseNames.value(enterpriseId); }
    // Service of this contract on `day`.
    int coveredOn(const QDate& day) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void fill();
    QDate effectiveEnd(const core::Coverage& c) const;
    QString contractLabel(qint64 contractId) const;
    QString remark(const core::Coverage& c) const;
    QString displayText(const core::Coverage& c, int column) const;

    core::Database& m_db;
    qint64 m_contractId = 0;
    QDate m_today = core::Clock::today();
    QList<core::Coverage> m_rows;
    QList<core::Coverage> m_all;
    QHash<qint64, QList<core::Coverage>> m_byEnterprise; // sorted by start
    QHash<qint64, core::Contract> m_contracts;
    QHash<qint64, QString> m_agencyNames;
    QHash<qint64, QString> m_enterpriseNames;
    QHash<qint64, QString> m_enterpriseCodes;
};

} // namespace sl::ui
