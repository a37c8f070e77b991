#pragma once

#include <QStringList>

class QAbstractBarSeries;
class QChart;
class QValueAxis;

namespace sl::ui {

// The axes every bar chart of the program has: the categories along the bottom, and up the left the counts from
// naught to at least maximum, in whole numbers on five nice ticks.
class BarChartAxes
{
public:
    // Adds series to chart on those axes; returns the count axis (to style its labels).
    static QValueAxis* attach(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, int maximum);
};

} // namespace sl::ui
