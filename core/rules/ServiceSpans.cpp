#include "ServiceSpans.h"

#include <algorithm>

namespace sl::core {

QHash<qint64, QList<ServiceSpans::Span>> ServiceSpans::byEnterprise(const QList<Coverage>& coverages,
                                                                    const QHash<qint64, Contract>& contracts)
{
    QHash<qint64, QList<Span>> spans;
    for (const Coverage& c : coverages) {
        const auto contract = contracts.constFind(c.contractId);
        if (contract == contracts.constEnd()) {
            continue;
        }
        Span s;
        s.contractId = c.contractId;
        s.agencyId = contract->agencyId;
        s.start = std::max(c.serviceStart, contract->periodStart);
        s.end = c.serviceEnd.isValid() ? std::min(c.serviceEnd, contract->periodEnd) : contract->periodEnd;
        if (s.start.isValid() && s.end.isValid() && s.start <= s.end) {
            spans[c.enterpriseId].append(s);
        }
    }
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Span& a, const Span& b) {
            return a.start < b.start || (a.start == b.start && a.contractId < b.contractId);
        });
    }
    return spans;
}

int ServiceSpans::servedDays(const QList<Span>& spans, const QDate& from, const QDate& to)
{
    // Spans come sorted by start; walk them once, skipping what an earlier span already counted.
    qint64 days = 0;
    QDate countedUntil = from.addDays(-1);
    for (const Span& s : spans) {
        const QDate start = std::max({ s.start, from, countedUntil.addDays(1) });
        const QDate end = std::min(s.end, to);
        if (start <= end) {
            days += start.daysTo(end) + 1;
            countedUntil = end;
        }
    }
    return static_cast<int>(days);
}

QDate ServiceSpans::firstServedDay(const QList<Span>& spans, const QDate& from, const QDate& to)
{
    QDate first;
    for (const Span& s : spans) {
        if (s.start <= to && s.end >= from) {
            const QDate start = std::max(s.start, from);
            if (!first.isValid() || start < first) {
                first = start;
            }
        }
    }
    return first;
}

QDate ServiceSpans::lastServedDay(const QList<Span>& spans, const QDate& from, const QDate& to)
{
    QDate last;
    for (const Span& s : spans) {
        if (s.start <= to && s.end >= from) {
            const QDate end = std::min(s.end, to);
            if (!last.isValid() || end > last) {
                last = end;
            }
        }
    }
    return last;
}

qint64 ServiceSpans::agencyOn(const QList<Span>& spans, const QDate& day)
{
    qint64 agency = 0;
    for (const Span& s : spans) {
        if (s.start <= day && s.end >= day) {
            agency = s.agencyId;
        }
    }
    return agency;
}

} // namespace sl::core
