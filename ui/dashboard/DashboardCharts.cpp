#include "DashboardCharts.h"

#include "common/BarChartAxes.h"
#include "common/StatusStyle.h"
#include "model/DomainText.h"
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sl::ui {

namespace {

QChartView* makeView(const QString& objectName)
{
    auto* view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Low enough that, on a 1366×768 screen, the row of figure cards above keeps the height its text needs.
    view->setMinimumHeight(150);
    return view;
}

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void attachAxes(QChart* chart, QBarSeries* series, const QStringList& categories, int maximum)
{
    QValueAxis* y = BarChartAxes::attach(chart, series, categories, maximum);
    // Room for the labels: without it a short chart elides "250" to "...".
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    y->setLabelsFont(small);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
{
    m_byQuarter = makeView(QStringLiteral("quarterChart"));
    m_byAgency = makeView(QStringLiteral("agencyChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_byQuarter);
    layout->addWidget(m_byAgency);
}

void DashboardCharts::setFigures(const core::DashboardFigures& f)
{
    // Inspections by quarter: what was required and what was done.
    QChart* quarters = makeChart(tr("Inspections %1, by quarter").arg(f.year));
    auto* required = new QBarSet(tr("Required"));
    auto* done = new QBarSet(tr("Done"));
    required->setColor(QColor(0xb0, 0xb7, 0xc3));
    done->setColor(StatusStyle::colour(StatusStyle::Tone::Good));
    int maximum = 0;
    QStringList quarterNames;
    for (int q = 0; q < f.inspectionsByQuarter.size(); ++q) {
        *required << f.inspectionsByQuarter.at(q).required;
        *done << f.inspectionsByQuarter.at(q).done;
        maximum = std::max(maximum, f.inspectionsByQuarter.at(q).required);
        quarterNames << core::DomainText::quarterName(q + 1);
    }
    auto* quarterSeries = new QBarSeries;
    quarterSeries->append(required);
    quarterSeries->append(done);
    attachAxes(quarters, quarterSeries, quarterNames, maximum);
    QChart* old = m_byQuarter->chart();
    m_byQuarter->setChart(quarters);
    delete old;

    // Each agency's completion of the year's inspections so far, in percent.
    QChart* agencies = makeChart(tr("Inspections done by agency, % of required so far"));
    auto* percent = new QBarSet(tr("Done %"));
    percent->setColor(QColor(0x2a, 0x6f, 0xb5));
    QStringList agencyNames;
    for (const core::DashboardFigures::Group& g : f.byAgency) {
        *percent << g.yearInspections.percentSoFar().value_or(0.0);
        agencyNames << (g.name.size() > 8 ? g.name.left(8) + QStringLiteral("…") : g.name);
    }
    auto* agencySeries = new QBarSeries;
    agencySeries->append(percent);
    attachAxes(agencies, agencySeries, agencyNames, 100);
    agencies->legend()->hide();
    old = m_byAgency->chart();
    m_byAgency->setChart(agencies);
    delete old;
}

} // namespace sl::ui
