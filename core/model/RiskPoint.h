#pragma once

#include "RiskLevel.h"
#include "RiskMethod.h"

#include <QString>

namespace sl::core {

// One risk point (风险点) of an assessment: a place or activity, what makes it dangerous, the accident it
// could lead to, the method's figures and the level they give, and how it is controlled by whom.
// LEC figures are kept in tenths (L 0.1 … 10, E 0.5 … 10, C 1 … 100), so D is exact: D × 1000 = l × e × c.
struct RiskPoint
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    int position = 0;
    QString place;
    QString hazardFactors;
    QString accidentType;
    RiskMethod method = RiskMethod::Lec;
    int lTenths = 0;
    int eTenths = 0;
    int cTenths = 0;
    int likelihood = 0; // matrix, 1-5
    int severity = 0; // matrix, 1-5
    RiskLevel level = RiskLevel::Low; // derived from the figures by RiskGrading when saved
    QString measures;
    QString responsible;
    int sourceRow = 0; // the row of the return workbook it came from, 0 when entered by hand
};

} // namespace sl::core
