#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace sl::core {

// The duties of an agency towards each enterprise it serves (plan section 五.5).
// RiskAssessment: the agency's risk identification and assessment (plan 四.2), in the first year and reviewed yearly.
enum class ObligationKind { Survey, Baseline, Inspection, Training, Drill, YearEndReport, RiskAssessment };
enum class ObligationStatus { Done, NotYetDue, Overdue, NotApplicable };

QList<ObligationKind> allObligationKinds();

// One obligation of one enterprise in one period, derived from contracts and records; never stored.
// quarter is 1-4 for the quarterly inspection and 0 for the yearly obligations.
struct Obligation
{
    qint64 enterpriseId = 0;
    // Who owed it: the agency serving on `begins`, the day the obligation began (0: none). The one
    // definition, set by ObligationEngine for every kind; the compliance export, the quarter lists and
    // the scorecard all read it from here.
    qint64 agencyId = 0;
    ObligationKind kind = ObligationKind::Inspection;
    int year = 0;
    int quarter = 0;
    int required = 0;
    int done = 0;
    int doneByDue = 0; // of `done`, the records dated on or before the due date
    QDate begins;
    QDate due;
    // The date of the record that met it (the required-th one); invalid while not done.
    QDate completedOn;
    ObligationStatus status = ObligationStatus::NotApplicable;

    // Whether the row asks anything (is not 不适用). An enterprise is served in a year — by an agency, when per
    // agency — when one of its rows of the year asks something: the one meaning of "enterprises served this year"
    // on the dashboard, in the scorecard and in the annual report. Its other rows (a quarter without service, the
    // baseline of a later year) count in no figure.
    bool asksSomething() const { return status != ObligationStatus::NotApplicable; }
    bool isQuarterly() const { return quarter > 0; }
    // Done, but by a record dated after the due date.
    bool isLate() const { return status == ObligationStatus::Done && completedOn.isValid() && completedOn > due; }
    // "2025" or "2025Q3", as the compliance export writes it.
    QString periodLabel() const
    {
        return quarter > 0 ? QStringLiteral("%1Q%2").arg(year).arg(quarter) : QString::number(year);
    }
};

} // namespace sl::core
