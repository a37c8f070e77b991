#pragma once

#include "model/Obligation.h"

#include <QList>
#include <QString>

#include <optional>

namespace sl::core {

class ComplianceYear;

// The dashboard's figures, summed from one ComplianceYear, so the page, the benchmark and any report
// count alike. Counts of done are capped at what was required, so that one enterprise's extra drills
// never hide another's missing ones.
class DashboardFigures
{
public:
    struct Tally
    {
        int required = 0;
        int done = 0;
        int overdue = 0; // obligations, not counts
        int open = 0; // obligations not yet due and not done
        int requiredByNow = 0; // of the obligations already due (or done early)
        int doneByNow = 0;

        void add(const Obligation& o);
        // Of what was due by the as-of date, how much was done, in whole percent.
        int percentDone() const { return requiredByNow > 0 ? (100 * doneByNow) / requiredByNow : 100; }
        // The same as the scorecard's rate (Scorecard::Count::percent): per cent of what has fallen due, done (extra
        // visits capped); nothing when nothing has fallen due. Shown with Scorecard::percentText, so that the
        // dashboard and the scorecard print the same figure for the same agency.
        std::optional<double> percentSoFar() const
        {
            return requiredByNow > 0 ? std::optional<double>(100.0 * doneByNow / requiredByNow) : std::nullopt;
        }
    };

    struct Group
    {
        qint64 id = 0;
        QString name;
        int enterprises = 0;
        Tally quarterInspections;
        Tally yearInspections;
        Tally trainings;
        Tally drills;
        int overdue = 0; // overdue obligations of any kind this year
    };

    // An obligation due within this many days is listed as needing attention before it is overdue.
    static constexpr int kDueSoonDays = 14;

    static DashboardFigures compute(const ComplianceYear& year, int currentQuarter);

    int year = 0;
    int quarter = 0;
    int enterprisesServed = 0;
    Tally quarterInspections;
    QList<Tally> inspectionsByQuarter; // four
    Tally surveys;
    Tally baseline;
    Tally trainings;
    Tally drills;
    Tally yearEndReports;
    Tally riskAssessments; // the risk assessments due this year (first year, yearly review)
    int overdueThisYear = 0;
    QList<Group> byAgency; // by name, in pinyin order (ChineseOrder)
    QList<Group> byCommunity; // by name, in pinyin order
    // Overdue first (oldest due date first), then due within kDueSoonDays.
    QList<Obligation> attention;
};

} // namespace sl::core
