#include "DashboardSnapshot.h"

namespace sl::core {

DashboardSnapshot DashboardSnapshot::load(Database& db, const QDate& asOf)
{
    DashboardSnapshot s;
    s.asOf = asOf;
    s.quarter = (asOf.month() - 1) / 3 + 1;
    // Sums only: the attention list sorts itself by due date.
    s.year = ComplianceYear::load(db, asOf.year(), 0, asOf, ComplianceYear::Order::ById);
    s.figures = DashboardFigures::compute(s.year, s.quarter);
    s.alerts = DashboardAlerts::load(db, asOf, DashboardFigures::kDueSoonDays);
    s.risks = RiskYear::load(db, asOf.year(), asOf);
    return s;
}

} // namespace sl::core
