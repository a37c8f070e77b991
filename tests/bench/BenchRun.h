#pragma once

#include "BenchOptions.h"

#include <QTextStream>

namespace sl::bench {

// One benchmark run: find or make the database, measure every operation that exists so far,
// print the table and write the JSON. Operations of the issue whose feature has not landed
// (dashboard, engines, exports, import) are added here when they land.
class BenchRun
{
public:
    explicit BenchRun(const BenchOptions& options);

    // 0 when everything was measured, whether or not the targets were met: the verdicts are in the
    // table, and a missed target must not look like a crash to whoever runs this.
    int exec();

    // The targets of the issue are for the big street; above it they grow in proportion, because
    // the issue allows the district (10x the data) about 10x the time.
    static constexpr int kBigStreet = 5000;
    static constexpr double kOpenTargetMs = 300;
    static constexpr double kSearchTargetMs = 30;
    static constexpr double kDashboardTargetMs = 100;
    static constexpr double kEngineTargetMs = 500;
    static constexpr double kXlsxTargetMs = 1000;
    static constexpr double kAnnualPdfTargetMs = 3000;
    static constexpr double kImportTargetMs = 1000;
    static constexpr double kPeakRssTargetMb = 200;

private:
    int failed(const QString& message);

    BenchOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sl::bench
