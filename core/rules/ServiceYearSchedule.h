#pragma once

#include "model/ServiceYear.h"

#include <QList>

namespace sl::core {

// Derives an enterprise's service years from the spans it was covered by contracts. A service year
// starts on the first day of service and lasts 12 months; while service goes on without a break
// (also across contracts and agencies) the next year starts 12 months later; after a break the next
// year starts when service resumes. The participation-year number keeps counting across breaks.
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
