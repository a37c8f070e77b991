#include "ServiceYearSchedule.h"

#include <algorithm>

namespace sl::core {

namespace {

using Span = ServiceYearSchedule::Span;

// The days served, as disjoint runs: spans that touch or overlap are one run.
QList<QPair<QDate, QDate>> runsOf(const QList<Span>& sorted)
{
    QList<QPair<QDate, QDate>> runs;
    for (const Span& s : sorted) {
        if (!runs.isEmpty() && s.start <= runs.last().second.addDays(1)) {
            runs.last().second = std::max(runs.last().second, s.end);
        } else {
            runs.append({ s.start, s.end });
        }
    }
    return runs;
}

} // namespace

QList<ServiceYear> ServiceYearSchedule::compute(QList<Span> spans)
{
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [](const Span& s) { return !s.start.isValid() || !s.end.isValid() || s.end < s.start; }),
                spans.end());
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start < b.start || (a.start == b.start && a.contractId < b.contractId);
    });
    const QList<QPair<QDate, QDate>> runs = runsOf(spans);

    QList<ServiceYear> years;
    int participation = 0;
    int run = 0; // the first run not wholly before the year being built
    QDate anchor; // the first day of the year that began these 12-month steps
    int step = 0;
    while (run < runs.size()) {
        if (!anchor.isValid()) {
            anchor = runs.at(run).first;
            step = 0;
        }
        ServiceYear year;
        year.start = anchor.addMonths(12 * step);
        year.end = anchor.addMonths(12 * (step + 1)).addDays(-1);
        // Every run that begins inside the year belongs to it: a return continues the running year.
        int last = run;
        while (last + 1 < runs.size() && runs.at(last + 1).first <= year.end) {
            ++last;
        }
        year.coveredUntil = std::min(year.end, runs.at(last).second);
        year.participationYear = ++participation;
        qint64 agencyAtStart = 0;
        // The contract in force on the first day sets the fee; with overlapping spans the later one wins.
        for (const Span& s : std::as_const(spans)) {
            if (s.start <= year.start && s.end >= year.start) {
                year.contractId = s.contractId;
                agencyAtStart = s.agencyId;
            }
        }
        for (const Span& s : std::as_const(spans)) {
            const bool inYear = s.start <= year.coveredUntil && s.end >= year.start;
            if (inYear && s.agencyId != agencyAtStart) {
                year.agencyChanged = true;
            }
        }
        years.append(year);

        // Where the next year starts: the day after this one while still served, else the next return.
        const QDate next = year.end.addDays(1);
        run = last;
        if (runs.at(run).second >= next) {
            ++step;
            continue;
        }
        ++run;
        anchor = QDate();
    }
    return years;
}

} // namespace sl::core
