#pragma once

#include "Metric.h"

#include <QList>
#include <QString>

namespace sl::bench {

// The results, as a table for people and as JSON for whatever compares runs over time. The JSON keys
// and their order are the ones the issue asks for: {"enterprises", "metrics": [{"name", "ms",
// "limit_ms", "ratio", "checked", "target_ms"}], "peak_rss_mb"}.
class BenchReport
{
public:
    explicit BenchReport(int enterprises);

    void add(const Metric& metric);
    void setPeakRssMb(double mb, double targetMb);
    // export-all's own peak, measured in a process of its own.
    void setExportPeakRssMb(double mb) { m_exportPeakRssMb = mb; }

    QString table() const;
    QString json() const;
    bool writeJson(const QString& path, QString* error) const;

private:
    int m_enterprises = 0;
    QList<Metric> m_metrics;
    double m_peakRssMb = -1;
    double m_peakRssTargetMb = 0;
    double m_exportPeakRssMb = -1;
};

} // namespace sl::bench
