#pragma once

#include "reports/DashboardFigures.h"

#include <QWidget>

class QChartView;

namespace sl::ui {

// The dashboard's two charts: inspections required and done by quarter, and each agency's completion.
class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void setFigures(const core::DashboardFigures& figures);

private:
    QChartView* m_byQuarter = nullptr;
    QChartView* m_byAgency = nullptr;
};

} // namespace sl::ui
