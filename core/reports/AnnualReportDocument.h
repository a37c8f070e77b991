#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

class AnnualReport;

// The street's annual report as a printable document: 基本情况, 工作开展及成效 (with charts), each
// agency's scorecard, the communities, the clerk's texts (典型问题, 存在不足, 下一步计划) and the list of
// enterprises (附表). Fixed Chinese like the other printed forms; A4 portrait.
class AnnualReportDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const AnnualReport& report);
    static QString title(const AnnualReport& report);
    // The section titles, in order, as printed (tests look for them in the PDF).
    static QStringList sectionTitles();
};

} // namespace sl::core
