#pragma once

#include "model/Enterprise.h"
#include "model/Hazard.h"

#include <QHash>
#include <QList>

namespace sl::core {

class Database;

// The hazards found in one year (or every year), with the names to show them by, as of a date: the
// hazards page, the hazards export and the scorecard read them from here.
class HazardYear
{
public:
    static HazardYear load(Database& db, int year, const QDate& asOf);

    int year() const { return m_year; }
    QDate asOf() const { return m_asOf; }
    const QList<Hazard>& hazards() const { return m_hazards; }
    const Enterprise& enterprise(qint64 id) const;
    QString agencyName(qint64 id) const { return m_agencyNames.value(id); }
    // Where a hazard's agency is shown: the agency's name, or the street's own line — 街道检查, or 联合检查 with
    // the agency that went along — never the agency alone (Inspector.h).
    QString sourceName(const Hazard& hazard) const;
    QString communityName(qint64 id) const { return m_communityNames.value(id); }

    // HazardDeadline's rule on the as-of date.
    bool isClosedAsOf(const Hazard& hazard) const;
    bool isOverdueAsOf(const Hazard& hazard) const;
    // How many of the year's hazards are closed, and how many overdue, on the as-of date (the export's summary).
    int closedCount() const;
    int overdueCount() const;
    // 2025-000123: the year found and the register number.
    static QString number(const Hazard& hazard);

private:
    int m_year = 0;
    QDate m_asOf;
    QList<Hazard> m_hazards;
    QHash<qint64, Enterprise> m_enterprises;
    QHash<qint64, QString> m_agencyNames;
    QHash<qint64, QString> m_communityNames;
};

} // namespace sl::core
