#pragma once

#include <QList>
#include <QString>

namespace sl::core {

// The figures of an agency's year that an appraisal item can be scored from (plan 五.4 and 五.5).
// Rates are per cent (completion rates count at most the required number per enterprise); the
// evaluation is the mean spot-check score out of 100; interviews and notices are counts, which only
// deduct.
enum class AppraisalMeasure {
    InspectionCompletion, // 安全检查完成率
    SurveyCompletion, // 实地验场完成率
    BaselineOnTime, // 基础资料按时完成率: documents completed by their due date
    TrainingCompletion, // 安全培训完成率, against the (pro-rated) minimums
    DrillCompletion, // 应急演练完成率, against the (pro-rated) minimums
    RectificationRate, // 整改率 = closed ÷ found
    OnTimeRectificationRate, // 按期整改率 = closed by the deadline in force ÷ found
    YearEndReports, // 年度报告完成率
    EvaluationScore, // 抽查评价平均分
    Interviews, // 约谈 (deduction per event)
    Notices, // 通报 (deduction per event)
};

QList<AppraisalMeasure> allAppraisalMeasures();
// Whether the item takes points away per event rather than giving points for a figure.
bool isDeduction(AppraisalMeasure measure);
// Stable keys stored in the database; never translated.
QString appraisalMeasureKey(AppraisalMeasure measure);
bool appraisalMeasureFromKey(const QString& key, AppraisalMeasure* out);

} // namespace sl::core
