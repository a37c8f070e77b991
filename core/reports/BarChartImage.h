#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace sl::core {

// A plain grouped bar chart painted on an image, for printed reports (Qt Charts needs Widgets, which the
// core must not use). Values are whole numbers; every bar carries its figure, so the chart stays exact
// on a black-and-white printer.
class BarChartImage
{
public:
    struct Series
    {
        QString name;
        QColor colour;
        QList<int> values; // one per category
        // A colour of its own for a category's bar (the risk levels' national colours); `colour` where none.
        QList<QColor> categoryColours;
    };

    static QImage paint(const QString& title, const QStringList& categories, const QList<Series>& series,
                        const QSize& size = QSize(1600, 700));
};

} // namespace sl::core
