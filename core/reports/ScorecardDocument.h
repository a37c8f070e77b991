#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QTextDocument;

namespace sl::core {

class ScorecardYear;

// The printed scorecard of one agency (服务质量考核表) for the clerk's renewal file: the year's
// figures with the rules behind them, the spot-check evaluations, and signature lines. Fixed Chinese
// like the other printed forms. Print it with PagedDocumentPrinter, A4 portrait.
class ScorecardDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const ScorecardYear& year, qint64 agencyId, const QString& streetName);
    // Every agency's sheet of the year, each starting on a new page.
    static std::unique_ptr<QTextDocument> buildAll(const ScorecardYear& year, const QString& streetName);
    // "N nian du an quan sheng chan she hui hua fu wu zhi liang kao he biao": the title of all sheets.
    static QString titleAll(int year);
    static QString title(const ScorecardYear& year, qint64 agencyId);
};

} // namespace sl::core
