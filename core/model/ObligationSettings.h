#pragma once

namespace sl::core {

// The numbers of the plan's section 五.5, kept as street settings because the next street's plan will
// differ. Defaults are the Jinbei plan's.
struct ObligationSettings
{
    int inspectionsPerQuarter = 1;
    int trainingsPerYear = 2;
    int drillsPerYear = 2;
    // Baseline documents are due within this many months of the first day of service.
    int baselineMonths = 3;
    // The on-site survey is due within this many days of the start of service with an agency.
    int surveyDays = 30;
    // The year-end report is due this many days after the last day of service in the year.
    int yearEndReportDays = 31;
    // A quarter with fewer days of service than this needs no inspection and does not count towards
    // the pro-rated yearly minimums (service starting on a quarter's last day, say). (assumption)
    int minServiceDaysInQuarter = 15;
    // The risk assessment (plan 四.2) is due this many months after the first day of service, with the
    // baseline documents by default.
    int riskAssessmentMonths = 3;
    // 1: the assessment is reviewed every later year of service (a new assessment dated in the year, due on
    // the year's last day of service); 0: only the first year's is required.
    int riskReviewYearly = 1;

    bool operator==(const ObligationSettings& o) const
    {
        return inspectionsPerQuarter == o.inspectionsPerQuarter && trainingsPerYear == o.trainingsPerYear
            && drillsPerYear == o.drillsPerYear && baselineMonths == o.baselineMonths && surveyDays == o.surveyDays
            && yearEndReportDays == o.yearEndReportDays && minServiceDaysInQuarter == o.minServiceDaysInQuarter
            && riskAssessmentMonths == o.riskAssessmentMonths && riskReviewYearly == o.riskReviewYearly;
    }
};

} // namespace sl::core
