#pragma once

#include "model/Hazard.h"

#include <QDate>

namespace sl::core {

// Where a hazard stands on a given day, the one definition the hazards page and export, the dashboard,
// the scorecard, the annual report and the SQL count of HazardRepository::countOpen all follow
// (TestHazardRepository checks that the count equals this rule):
// - closed as of D: closed (销号) with a closing date on or before D;
// - open as of D: found on or before D and not closed as of D;
// - overdue as of D: open as of D, with a deadline in force (the latest approved extension, else the
//   deadline first set), and D later than that deadline. On the deadline itself it is not yet overdue.
class HazardDeadline
{
public:
    static bool isClosedAsOf(const Hazard& hazard, const QDate& asOf);
    static bool isOpenAsOf(const Hazard& hazard, const QDate& asOf);
    static bool isOverdueAsOf(const Hazard& hazard, const QDate& asOf);
    // Closed by its deadline in force (a hazard without a deadline is on time when closed).
    static bool isClosedOnTime(const Hazard& hazard);
};

} // namespace sl::core
