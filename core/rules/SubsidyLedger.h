#pragma once

#include "model/Contract.h"
#include "model/Coverage.h"
#include "model/Enterprise.h"
#include "model/ServiceYear.h"
#include "model/SubsidyLine.h"
#include "model/SubsidyPolicy.h"
#include "rules/ServiceYearSchedule.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace sl::core {

// Computes the subsidy list of a year from plain values: every enterprise's service years from its
// coverage, the fee from the contract in force at each year's start, the size class and the policy
// version in force on that day, and the flags the clerk should see. No database, so it is tested
// with tables of cases and the benchmark can time it alone.
class SubsidyLedger
{
public:
    struct Inputs
    {
        QHash<qint64, Enterprise> enterprises;
        QHash<qint64, QString> communityNames;
        QHash<qint64, int> communityOrder;
        QHash<qint64, Contract> contracts;
        QHash<qint64, QString> agencyNames;
        QList<Coverage> coverages;
        // Per enterprise, (effective from, class) sorted by date; missing means the present class.
        QHash<qint64, QList<QPair<QDate, SizeClass>>> sizeClassHistory;
        QList<SubsidyPolicy> policies;
    };

    static QHash<qint64, QList<ServiceYear>> serviceYears(const Inputs& inputs);
    static QList<ServiceYear> serviceYearsOf(const Inputs& inputs, qint64 enterpriseId);
    // One line per enterprise and service year starting in `year`, numbered from 1.
    static QList<SubsidyLine> linesForYear(const Inputs& inputs, int year);
    // The same from the service spans already built from inputs (ServiceSpans::byEnterprise), so that a caller
    // who needs them too builds them once.
    static QList<SubsidyLine> linesForYear(const Inputs& inputs,
                                           const QHash<qint64, QList<ServiceYearSchedule::Span>>& spans, int year);
    static SizeClass sizeClassOn(const Inputs& inputs, qint64 enterpriseId, const QDate& day);
};

} // namespace sl::core
