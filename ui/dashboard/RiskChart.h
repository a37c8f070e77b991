#pragma once

#include "reports/RiskYear.h"

#include <QWidget>

class QChartView;

namespace sl::ui {

// The dashboard's risk chart: enterprises by risk level (重大 / 较大 / 一般 / 低), one bar per level in its
// national colour, each with its figure and its level's name under it (never colour alone).
class RiskChart : public QWidget
{
    Q_OBJECT

public:
    explicit RiskChart(QWidget* parent = nullptr);

    void setRisks(const core::RiskYear& risks);

private:
    QChartView* m_view = nullptr;
};

} // namespace sl::ui
