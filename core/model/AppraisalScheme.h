#pragma once

#include "AppraisalMeasure.h"

#include <QList>
#include <QString>

namespace sl::core {

// One item of the scheme (考核评分细则). Points, figures and thresholds are kept in tenths, so that a
// total such as 87.5 is exact and the clerk can redo it by hand from the printed figures.
//
// A figure item gives weight × (figure − zeroAt) ÷ (fullAt − zeroAt) points, at least none and at
// most the weight, rounded to a tenth (half up); when there is nothing to measure (no hazards found,
// nothing required, no spot check) it gives the full weight if fullWhenNothingToMeasure, else none.
// A deduction item takes perEvent points for every event, at most its weight.
struct AppraisalItem
{
    AppraisalMeasure measure = AppraisalMeasure::InspectionCompletion;
    int weightTenths = 0;
    int fullAtTenths = 1000; // per cent (or score) at or above which the item gives its full weight
    int zeroAtTenths = 0; // per cent (or score) at or below which it gives nothing
    int perEventTenths = 0; // deductions only
    bool fullWhenNothingToMeasure = true;

    bool operator==(const AppraisalItem& o) const
    {
        return measure == o.measure && weightTenths == o.weightTenths && fullAtTenths == o.fullAtTenths
            && zeroAtTenths == o.zeroAtTenths && perEventTenths == o.perEventTenths
            && fullWhenNothingToMeasure == o.fullWhenNothingToMeasure;
    }
};

// A version of the scheme, in force for the appraisal years from fromYear until the next version.
// Kept as data like the subsidy policy: the next street scores differently. The figure items' weights
// add up to 100; the grade is 优秀 from excellentTenths, 合格 from qualifiedTenths, 基本合格 from
// basicTenths, else 不合格.
struct AppraisalScheme
{
    qint64 id = 0;
    int fromYear = 2000;
    QList<AppraisalItem> items;
    int excellentTenths = 900;
    int qualifiedTenths = 750;
    int basicTenths = 600;
    QString notes;

    bool operator==(const AppraisalScheme& o) const
    {
        return id == o.id && fromYear == o.fromYear && items == o.items && excellentTenths == o.excellentTenths
            && qualifiedTenths == o.qualifiedTenths && basicTenths == o.basicTenths && notes == o.notes;
    }
};

} // namespace sl::core
