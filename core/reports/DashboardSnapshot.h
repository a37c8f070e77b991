#pragma once

#include "reports/ComplianceYear.h"
#include "reports/DashboardAlerts.h"
#include "reports/DashboardFigures.h"
#include "reports/RiskYear.h"

#include <QDate>

namespace sl::core {

class Database;

// Everything the dashboard shows, read and computed in one go from one database connection: the year's
// obligations and their sums, the hazards and certificates to look at, the risk picture. Plain data, so that it
// can be read on a worker thread (its own read-only connection) while the window is already painted.
class DashboardSnapshot
{
public:
    static DashboardSnapshot load(Database& db, const QDate& asOf);

    QDate asOf;
    int quarter = 0;
    ComplianceYear year;
    DashboardFigures figures;
    DashboardAlerts alerts;
    RiskYear risks;
};

} // namespace sl::core
