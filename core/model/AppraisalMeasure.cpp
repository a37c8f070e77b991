#include "AppraisalMeasure.h"

namespace sl::core {

QList<AppraisalMeasure> allAppraisalMeasures()
{
    return { AppraisalMeasure::InspectionCompletion,
             AppraisalMeasure::SurveyCompletion,
             AppraisalMeasure::BaselineOnTime,
             AppraisalMeasure::TrainingCompletion,
             AppraisalMeasure::DrillCompletion,
             AppraisalMeasure::RectificationRate,
             AppraisalMeasure::OnTimeRectificationRate,
             AppraisalMeasure::YearEndReports,
             AppraisalMeasure::EvaluationScore,
             AppraisalMeasure::Interviews,
             AppraisalMeasure::Notices };
}

bool isDeduction(AppraisalMeasure measure)
{
    return measure == AppraisalMeasure::Interviews || measure == AppraisalMeasure::Notices;
}

QString appraisalMeasureKey(AppraisalMeasure measure)
{
    switch (measure) {
    case AppraisalMeasure::InspectionCompletion:
        return QStringLiteral("inspections");
    case AppraisalMeasure::SurveyCompletion:
        return QStringLiteral("surveys");
    case AppraisalMeasure::BaselineOnTime:
        return QStringLiteral("baseline_on_time");
    case AppraisalMeasure::TrainingCompletion:
        return QStringLiteral("trainings");
    case AppraisalMeasure::DrillCompletion:
        return QStringLiteral("drills");
    case AppraisalMeasure::RectificationRate:
        return QStringLiteral("rectification");
    case AppraisalMeasure::OnTimeRectificationRate:
        return QStringLiteral("rectification_on_time");
    case AppraisalMeasure::YearEndReports:
        return QStringLiteral("year_end_reports");
    case AppraisalMeasure::EvaluationScore:
        return QStringLiteral("evaluations");
    case AppraisalMeasure::Interviews:
        return QStringLiteral("interviews");
    case AppraisalMeasure::Notices:
        break;
    }
    return QStringLiteral("notices");
}

bool appraisalMeasureFromKey(const QString& key, AppraisalMeasure* out)
{
    for (AppraisalMeasure m : allAppraisalMeasures()) {
        if (appraisalMeasureKey(m) == key) {
            *out = m;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
