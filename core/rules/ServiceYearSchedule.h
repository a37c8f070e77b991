#pragma once

#include "model/ServiceYear.h"

#include <QList>

namespace sl::core {

// Derives an enterprise's service years from the spans it was covered by contracts (plan section 二:
// the fee, the subsidy and the participation-year number go by service year).
//
// The rule, one definition:
// - the first service year starts on the first day of service and lasts 12 months;
// - a service year runs its 12 months whatever happens inside them: a break and a return before the
//   year has ended continue that year (no second fee, subsidy or participation-year number);
// - when a year ends and service goes on the next day (also across contracts and agencies), the next
//   year starts that day; when the enterprise is not served on that day, the next year starts on the
//   first day of service after it;
// - years are counted 12 months at a time from the day a year was started after a break (so 29
//   February comes back in leap years), so service years never overlap;
// - the participation-year number counts every service year, across breaks, from 1.
class ServiceYearSchedule
{
public:
    struct Span
    {
        qint64 contractId = 0;
        qint64 agencyId = 0;
        QDate start;
        QDate end; // inclusive, already bounded by the contract's end
    };

    static QList<ServiceYear> compute(QList<Span> spans);
};

} // namespace sl::core
