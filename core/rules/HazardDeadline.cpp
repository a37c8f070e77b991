#include "HazardDeadline.h"

namespace sl::core {

bool HazardDeadline::isClosedAsOf(const Hazard& h, const QDate& asOf)
{
    return h.state == HazardState::Closed && h.closedOn.isValid() && h.closedOn <= asOf;
}

bool HazardDeadline::isOpenAsOf(const Hazard& h, const QDate& asOf)
{
    return h.foundOn.isValid() && h.foundOn <= asOf && !isClosedAsOf(h, asOf);
}

bool HazardDeadline::isOverdueAsOf(const Hazard& h, const QDate& asOf)
{
    const QDate deadline = h.effectiveDeadline();
    return isOpenAsOf(h, asOf) && deadline.isValid() && asOf > deadline;
}

bool HazardDeadline::isClosedOnTime(const Hazard& h)
{
    const QDate deadline = h.effectiveDeadline();
    return h.state == HazardState::Closed && h.closedOn.isValid() && (!deadline.isValid() || h.closedOn <= deadline);
}

} // namespace sl::core
