#include "AppraisalCalculator.h"

#include <QSet>

#include <algorithm>

namespace sl::core {

namespace {

// a × b ÷ c rounded half up, for non-negative a, b and positive c.
int scaled(qint64 a, qint64 b, qint64 c)
{
    return static_cast<int>((2 * a * b + c) / (2 * c));
}

} // namespace

std::optional<int> AppraisalCalculator::figureOf(const Scorecard::Row& row, AppraisalMeasure measure)
{
    switch (measure) {
    case AppraisalMeasure::InspectionCompletion:
        return Scorecard::tenths(row.count(ObligationKind::Inspection).percent());
    case AppraisalMeasure::SurveyCompletion:
        return Scorecard::tenths(row.count(ObligationKind::Survey).percent());
    case AppraisalMeasure::BaselineOnTime:
        return Scorecard::tenths(row.count(ObligationKind::Baseline).onTimePercent());
    case AppraisalMeasure::TrainingCompletion:
        return Scorecard::tenths(row.count(ObligationKind::Training).percent());
    case AppraisalMeasure::DrillCompletion:
        return Scorecard::tenths(row.count(ObligationKind::Drill).percent());
    case AppraisalMeasure::RectificationRate:
        return Scorecard::tenths(row.rectificationRate());
    case AppraisalMeasure::OnTimeRectificationRate:
        return Scorecard::tenths(row.onTimeRate());
    case AppraisalMeasure::YearEndReports:
        return Scorecard::tenths(row.count(ObligationKind::YearEndReport).percent());
    case AppraisalMeasure::EvaluationScore:
        return Scorecard::tenths(row.averageScore());
    case AppraisalMeasure::Interviews:
        return row.interviews;
    case AppraisalMeasure::Notices:
        break;
    }
    return row.notices;
}

int AppraisalCalculator::pointsOf(const AppraisalItem& item, std::optional<int> figure)
{
    if (isDeduction(item.measure)) {
        return -std::min(item.weightTenths, std::max(0, figure.value_or(0)) * std::max(0, item.perEventTenths));
    }
    if (!figure) {
        return item.fullWhenNothingToMeasure ? item.weightTenths : 0;
    }
    if (*figure >= item.fullAtTenths) {
        return item.weightTenths;
    }
    if (*figure <= item.zeroAtTenths || item.fullAtTenths <= item.zeroAtTenths) {
        return 0;
    }
    return scaled(item.weightTenths, *figure - item.zeroAtTenths, item.fullAtTenths - item.zeroAtTenths);
}

AppraisalGrade AppraisalCalculator::gradeOf(const AppraisalScheme& scheme, int totalTenths)
{
    if (totalTenths >= scheme.excellentTenths) {
        return AppraisalGrade::Excellent;
    }
    if (totalTenths >= scheme.qualifiedTenths) {
        return AppraisalGrade::Qualified;
    }
    if (totalTenths >= scheme.basicTenths) {
        return AppraisalGrade::BasicallyQualified;
    }
    return AppraisalGrade::Unqualified;
}

Appraisal AppraisalCalculator::appraise(const AppraisalScheme& scheme, const Scorecard::Row& row)
{
    Appraisal a;
    int total = 0;
    for (const AppraisalItem& item : scheme.items) {
        AppraisalPoint p;
        p.measure = item.measure;
        p.weightTenths = item.weightTenths;
        p.figure = figureOf(row, item.measure);
        p.pointsTenths = pointsOf(item, p.figure);
        total += p.pointsTenths;
        a.points.append(p);
    }
    a.totalTenths = std::clamp(total, 0, 1000);
    a.grade = gradeOf(scheme, a.totalTenths);
    return a;
}

const AppraisalScheme* AppraisalCalculator::schemeFor(const QList<AppraisalScheme>& schemes, int year)
{
    const AppraisalScheme* found = nullptr;
    for (const AppraisalScheme& s : schemes) {
        if (s.fromYear <= year && (!found || s.fromYear > found->fromYear)) {
            found = &s;
        }
    }
    return found;
}

QString AppraisalCalculator::problem(const AppraisalScheme& scheme)
{
    if (scheme.fromYear < 2000 || scheme.fromYear > 2100) {
        return tr("The first year of the scheme must be between 2000 and 2100.");
    }
    int weights = 0;
    QSet<AppraisalMeasure> seen;
    for (const AppraisalItem& item : scheme.items) {
        if (seen.contains(item.measure)) {
            return tr("Each figure can be scored by one item only.");
        }
        seen.insert(item.measure);
        if (item.weightTenths < 0 || item.weightTenths > 1000) {
            return tr("An item's points must be between 0 and 100.");
        }
        if (isDeduction(item.measure)) {
            if (item.perEventTenths <= 0) {
                return tr("A deduction needs the points taken for each interview or notice.");
            }
            continue;
        }
        if (item.fullAtTenths <= item.zeroAtTenths || item.zeroAtTenths < 0 || item.fullAtTenths > 1000) {
            return tr("For every item, \"full points at\" must be above \"no points at\", both between 0 and 100.");
        }
        weights += item.weightTenths;
    }
    if (weights != 1000) {
        return tr("The points of the items must add up to 100 (now %1).").arg(Scorecard::tenthsText(weights));
    }
    if (!(scheme.excellentTenths > scheme.qualifiedTenths && scheme.qualifiedTenths > scheme.basicTenths
          && scheme.basicTenths > 0 && scheme.excellentTenths <= 1000)) {
        return tr(
            "The grade thresholds must go down from excellent to qualified to basically qualified, between 0 and 100.");
    }
    return QString();
}

} // namespace sl::core
