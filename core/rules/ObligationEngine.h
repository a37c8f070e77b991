#pragma once

#include "EnterpriseActivity.h"
#include "ServiceSpans.h"
#include "model/Obligation.h"
#include "model/ObligationSettings.h"

#include <QHash>
#include <QList>

namespace sl::core {

// Derives every obligation of an enterprise for a calendar year from its service spans and its
// records, as of a date. Pure functions over values: nothing is stored, so nothing can drift.
//
// The rules (plan section 五.5, numbers from ObligationSettings):
// - a calendar quarter with at least minServiceDaysInQuarter days of service needs
//   inspectionsPerQuarter inspections, due on its last day of service;
// - trainings and drills: the yearly minimum pro-rated by the quarters that need an inspection,
//   rounded up (proRated), due on the year's last day of service;
// - on-site survey: one at every start of service with an agency (first start, return after a break,
//   change of agency), due surveyDays after that start;
// - baseline documents: all five, due baselineMonths after the first day of service ever;
// - year-end report: one for every year with a quarter of service, due yearEndReportDays after the
//   year's last day of service.
// Only records dated on or before asOf count. On its due date an obligation is still not yet due.
class ObligationEngine
{
public:
    using Span = ServiceSpans::Span;

    struct Inputs
    {
        QHash<qint64, QList<Span>> spans; // sorted by start, see ServiceSpans::byEnterprise
        QHash<qint64, EnterpriseActivity> activity;
        ObligationSettings settings;
    };

    // Five yearly rows (survey, baseline, trainings, drills, year-end report) plus four quarterly
    // inspection rows for an enterprise with any service in the year; nothing otherwise.
    static QList<Obligation> forEnterpriseYear(qint64 enterpriseId, const QList<Span>& spans,
                                               const EnterpriseActivity& activity, const ObligationSettings& settings,
                                               int year, const QDate& asOf);
    // Every enterprise's rows, ordered by enterprise id, then kind, then quarter.
    static QList<Obligation> forYear(const Inputs& inputs, int year, const QDate& asOf);

    // The one place the yearly minimums are pro-rated: perYear × quarters ÷ 4, rounded up.
    static int proRated(int perYear, int servedQuarters);
    static ObligationStatus statusOf(int required, int done, const QDate& due, const QDate& asOf);
    static QDate quarterStart(int year, int quarter);
    static QDate quarterEnd(int year, int quarter);
};

} // namespace sl::core
