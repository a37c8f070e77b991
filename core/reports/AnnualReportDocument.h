#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

class AnnualReport;

// The street's annual report as a printable document: 基本情况, 工作开展及成效 (with charts), each
// agency's scorecard, the communities, the clerk's texts (典型问题, 存在不足, 下一步计划) and the list of
// enterprises (附表), closed by the street office's name, the date and room for the seal. Fixed Chinese like the other
// printed forms; A4 portrait.
class AnnualReportDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const AnnualReport& report);
    static QString title(const AnnualReport& report);
    // The section titles, in order and numbered as printed (tests look for them in the PDF): the clerk's sections
    // she left empty are left out, the appendix is last.
    static QStringList sectionTitles(const AnnualReport& report);
};

} // namespace sl::core
