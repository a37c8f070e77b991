#include "ServiceYearSchedule.h"

#include <algorithm>

namespace sl::core {

QList<ServiceYear> ServiceYearSchedule::compute(QList<Span> spans)
{
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [](const Span& s) { return !s.start.isValid() || !s.end.isValid() || s.end < s.start; }),
                spans.end());
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start < b.start || (a.start == b.start && a.contractId < b.contractId);
    });

    QList<ServiceYear> years;
    int participation = 0;
    int i = 0;
    while (i < spans.size()) {
        // One run of uninterrupted service: spans that touch or overlap.
        const int first = i;
        QDate runEnd = spans.at(i).end;
        ++i;
        while (i < spans.size() && spans.at(i).start <= runEnd.addDays(1)) {
            runEnd = std::max(runEnd, spans.at(i).end);
            ++i;
        }
        const QDate runStart = spans.at(first).start;
        // Years are counted from the run's start, so 29 February comes back in leap years.
        for (int k = 0;; ++k) {
            const QDate start = runStart.addMonths(12 * k);
            if (start > runEnd) {
                break;
            }
            ServiceYear year;
            year.start = start;
            year.end = runStart.addMonths(12 * (k + 1)).addDays(-1);
            year.coveredUntil = std::min(year.end, runEnd);
            year.participationYear = ++participation;
            qint64 agencyAtStart = 0;
            // The contract in force on the first day sets the fee; with overlapping spans the later one wins.
            for (int j = first; j < i; ++j) {
                const Span& s = spans.at(j);
                if (s.start <= start && s.end >= start) {
                    year.contractId = s.contractId;
                    agencyAtStart = s.agencyId;
                }
            }
            for (int j = first; j < i; ++j) {
                const Span& s = spans.at(j);
                const bool inYear = s.start <= year.coveredUntil && s.end >= start;
                if (inYear && s.agencyId != agencyAtStart) {
                    year.agencyChanged = true;
                }
            }
            years.append(year);
        }
    }
    return years;
}

} // namespace sl::core
