#include "BarChartAxes.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace sl::ui {

QValueAxis* BarChartAxes::attach(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, int maximum)
{
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(maximum, 1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(5);
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return y;
}

} // namespace sl::ui
