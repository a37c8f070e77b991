#pragma once

#include <QString>

namespace sl::core {

// The three texts of the annual report the clerk writes herself (典型问题, 存在不足, 下一步计划); the report keeps them
// with the file, per year.
struct AnnualReportTexts
{
    QString typicalProblems;
    QString shortcomings;
    QString nextSteps;
};

} // namespace sl::core
