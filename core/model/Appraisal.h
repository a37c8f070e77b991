#pragma once

#include "AppraisalGrade.h"
#include "AppraisalMeasure.h"

#include <QList>

#include <optional>

namespace sl::core {

// What one item gave an agency: the figure it was scored from (tenths of a per cent or of a point; a
// count for deductions; nothing when there was nothing to measure) and the points (negative for a
// deduction), in tenths.
struct AppraisalPoint
{
    AppraisalMeasure measure = AppraisalMeasure::InspectionCompletion;
    int weightTenths = 0;
    std::optional<int> figure;
    int pointsTenths = 0;

    bool operator==(const AppraisalPoint& o) const
    {
        return measure == o.measure && weightTenths == o.weightTenths && figure == o.figure
            && pointsTenths == o.pointsTenths;
    }
};

// An agency's appraisal (考核) of a year: every item, the total out of 100 and the grade.
struct Appraisal
{
    QList<AppraisalPoint> points;
    int totalTenths = 0;
    AppraisalGrade grade = AppraisalGrade::Unqualified;

    bool operator==(const Appraisal& o) const
    {
        return points == o.points && totalTenths == o.totalTenths && grade == o.grade;
    }
};

} // namespace sl::core
