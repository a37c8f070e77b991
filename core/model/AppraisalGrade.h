#pragma once

#include <QString>

namespace sl::core {

// The grade of an agency's year: 优秀 / 合格 / 基本合格 / 不合格, by the scheme's thresholds.
enum class AppraisalGrade { Excellent, Qualified, BasicallyQualified, Unqualified };

QString appraisalGradeKey(AppraisalGrade grade);
bool appraisalGradeFromKey(const QString& key, AppraisalGrade* out);

} // namespace sl::core
