#pragma once

#include <QString>

class QTextDocument;

namespace sl::core {

class RiskYear;

// The risk part of the annual report's 工作开展及成效 (风险分级管控): enterprises by level in the national colours,
// with a chart; the 四色图 table per community; the 重大 / 较大 risk points without a recent inspection. Fixed
// Chinese, HTML for the report's QTextDocument; the chart is added to the document as an image resource.
class RiskSection
{
public:
    static QString html(const RiskYear& risks, QTextDocument& document);
    // The title of the part, as printed (tests look for it in the PDF).
    static QString title();
    // At most this many points are listed by name; the count says how many there are.
    static constexpr int kListedPoints = 30;
};

} // namespace sl::core
