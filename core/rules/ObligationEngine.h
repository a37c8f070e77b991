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
// - on-site survey: one row for every start of service with an agency in the year (first start,
//   return after a break, change of agency), due surveyDays after that start;
// - baseline documents: all five, due baselineMonths after the first day of service ever;
// - year-end report: one for every year with a quarter of service, due yearEndReportDays after the
//   year's last day of service;
// - risk assessment: one in the year service first began, due riskAssessmentMonths after the first day of
//   service and counted whenever made; with riskReviewYearly, one dated in each later year with a quarter of
//   service, due on the year's last day of service.
// A record counts whenever it is dated: a survey until the next start of service with an agency, a
// year-end report by the year it reports on, a baseline document whenever it was completed, however
// late (the row is then done, and late: Obligation::isLate). Only records dated on or before asOf
// count. On its due date an obligation is still not yet due.
// Who owed it: the agency serving on the day the obligation began (Obligation::begins) — a survey's
// start of service, the first day of service ever for the baseline, the quarter's first day of service
// for an inspection, the year's first day of service for trainings, drills and the year-end report.
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

    // For an enterprise with any service in the year: a survey row for each start of service with an
    // agency in the year (one not-applicable row when there is none), one row each for the baseline,
    // trainings, drills and the year-end report, and four quarterly inspection rows; nothing otherwise.
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
