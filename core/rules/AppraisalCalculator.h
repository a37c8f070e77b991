#pragma once

#include "Scorecard.h"
#include "model/Appraisal.h"
#include "model/AppraisalScheme.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

// The appraisal (考核) of an agency's year: the scheme kept as data, applied to the scorecard's figures.
// Pure, so a test can redo it by hand. Every figure is taken as printed (one decimal, Scorecard::tenths),
// every item's points are rounded to a tenth, the total is their sum, at least 0 and at most 100, and the
// grade follows the scheme's thresholds (a total on a threshold reaches that grade).
class AppraisalCalculator
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalCalculator)

public:
    // The figure `measure` reads from a scorecard row, in tenths (a count for deductions); nothing when
    // there is nothing to measure.
    static std::optional<int> figureOf(const Scorecard::Row& row, AppraisalMeasure measure);
    static int pointsOf(const AppraisalItem& item, std::optional<int> figure);
    static AppraisalGrade gradeOf(const AppraisalScheme& scheme, int totalTenths);
    static Appraisal appraise(const AppraisalScheme& scheme, const Scorecard::Row& row);

    // The version in force for an appraisal year: the latest whose fromYear is not after it; nullptr when
    // none. `schemes` may be in any order.
    static const AppraisalScheme* schemeFor(const QList<AppraisalScheme>& schemes, int year);
    // Why a scheme cannot be used, or empty: figure weights must add up to 100, each measure at most once,
    // "full at" above "none at", deductions with points per event, thresholds descending within 0-100.
    static QString problem(const AppraisalScheme& scheme);
};

} // namespace sl::core
