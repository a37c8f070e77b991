#pragma once

#include "model/Enterprise.h"
#include "model/Obligation.h"
#include "rules/ObligationEngine.h"

#include <QHash>
#include <QList>

namespace sl::core {

class Database;

// Every obligation of a year (or one quarter's inspections) as of a date, with the names to show
// them by. The dashboard, the compliance export and the benchmark all read it from here.
class ComplianceYear
{
public:
    // Rows by enterprise name for lists and exports; by enterprise id where only sums are wanted.
    enum class Order { ByName, ById };

    // quarter 0: the whole year; 1-4: that quarter's inspections only.
    static ComplianceYear load(Database& db, int year, int quarter, const QDate& asOf, Order order = Order::ByName);
    // The same from inputs already read (the benchmark times the engine alone).
    static ComplianceYear compute(const ObligationEngine::Inputs& inputs, const QHash<qint64, Enterprise>& enterprises,
                                  const QHash<qint64, QString>& agencyNames, int year, int quarter, const QDate& asOf,
                                  Order order = Order::ByName);

    int year() const { return m_year; }
    int quarter() const { return m_quarter; }
    QDate asOf() const { return m_asOf; }
    // Ordered by enterprise name (or id), then obligation, then quarter.
    const QList<Obligation>& rows() const { return m_rows; }
    // How many rows have this status (the export's summary: how many are overdue).
    int count(ObligationStatus status) const;
    const Enterprise& enterprise(qint64 id) const;
    QString agencyName(qint64 id) const { return m_agencyNames.value(id); }
    const QHash<qint64, QString>& agencyNames() const { return m_agencyNames; }
    QString communityName(qint64 id) const { return m_communityNames.value(id); }
    void setCommunityNames(const QHash<qint64, QString>& names) { m_communityNames = names; }

private:
    int m_year = 0;
    int m_quarter = 0;
    QDate m_asOf;
    QList<Obligation> m_rows;
    QHash<qint64, Enterprise> m_enterprises;
    QHash<qint64, QString> m_agencyNames;
    QHash<qint64, QString> m_communityNames;
};

} // namespace sl::core
