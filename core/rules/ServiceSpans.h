#pragma once

#include "ServiceYearSchedule.h"
#include "model/Contract.h"
#include "model/Coverage.h"

#include <QHash>
#include <QList>

namespace sl::core {

// Who served an enterprise when: each coverage bounded by its contract's period. The subsidy ledger
// and the obligation engine both start from here, so they can never disagree on service days.
class ServiceSpans
{
public:
    using Span = ServiceYearSchedule::Span;

    static QHash<qint64, QList<Span>> byEnterprise(const QList<Coverage>& coverages,
                                                   const QHash<qint64, Contract>& contracts);
    // Days of service within [from, to], counting a day covered twice once.
    static int servedDays(const QList<Span>& spans, const QDate& from, const QDate& to);
    // The first day of service within [from, to]; invalid when none.
    static QDate firstServedDay(const QList<Span>& spans, const QDate& from, const QDate& to);
    // The last day of service within [from, to]; invalid when none.
    static QDate lastServedDay(const QList<Span>& spans, const QDate& from, const QDate& to);
    // The agency serving on `day` (0 when none); with overlapping spans the later start wins.
    static qint64 agencyOn(const QList<Span>& spans, const QDate& day);
};

} // namespace sl::core
