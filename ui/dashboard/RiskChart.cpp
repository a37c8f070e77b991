#include "RiskChart.h"

#include "common/BarChartAxes.h"
#include "model/DomainText.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

RiskChart::RiskChart(QWidget* parent)
    : QWidget(parent)
{
    m_view = new QChartView;
    m_view->setObjectName(QStringLiteral("riskChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(0);
    m_view->setMaximumHeight(150); // it lives in the dashboard's bottom tab
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void RiskChart::setRisks(const core::RiskYear& risks)
{
    auto* chart = new QChart;
    chart->setTitle(
        tr("Enterprises by risk level (assessments in force on %1)").arg(risks.day().toString(Qt::ISODate)));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide(); // the categories name the levels
    // A stacked series of one set per level, each set with a value in its own category only: one full-width bar
    // per level in its colour.
    auto* series = new QStackedBarSeries;
    const QList<core::RiskLevel> levels = core::allRiskLevels();
    QStringList categories;
    int maximum = 0;
    for (int i = 0; i < levels.size(); ++i) {
        const core::RiskLevel level = levels.at(i);
        // The figure in the category too: a short bar has no room for its label.
        categories << tr("%1: %2").arg(core::DomainText::riskLevel(level)).arg(risks.enterprisesAt(level));
        auto* set = new QBarSet(core::DomainText::riskLevel(level));
        set->setColor(core::riskLevelColor(level));
        set->setLabelColor(Qt::black);
        for (int j = 0; j < levels.size(); ++j) {
            *set << (j == i ? risks.enterprisesAt(level) : 0);
        }
        maximum = std::max(maximum, risks.enterprisesAt(level));
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    BarChartAxes::attach(chart, series, categories, maximum);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace sl::ui
