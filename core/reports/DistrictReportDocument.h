#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

class DistrictReport;

// The district's summary table: a line a street and the district's sum, landscape A4.
class DistrictReportDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const DistrictReport& report);
    static QString title(int year);
};

} // namespace sl::core
