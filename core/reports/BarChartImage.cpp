#include "BarChartImage.h"

#include "ReportFont.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace sl::core {

QImage BarChartImage::paint(const QString& title, const QStringList& categories, const QList<Series>& series,
                            const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = ReportFont::font(11);
    font.setPixelSize(size.height() / 28);
    p.setFont(font);
    const QFontMetrics fm(font);
    const int line = fm.height();

    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(font.pixelSize() * 5 / 4);
    p.setFont(titleFont);
    p.drawText(QRect(0, line / 2, size.width(), line * 2), Qt::AlignHCenter | Qt::AlignTop, title);
    p.setFont(font);

    int maximum = 1;
    for (const Series& s : series) {
        for (int v : s.values) {
            maximum = std::max(maximum, v);
        }
    }
    const QRect plot(line * 4, line * 3, size.width() - line * 6, size.height() - line * 8);
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    // Four grid lines with their values.
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    for (int i = 1; i <= 4; ++i) {
        const int y = plot.bottom() - plot.height() * i / 4;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y - line / 2, plot.left() - line / 2, line), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(maximum * i / 4));
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    }
    const int groups = std::max(1, static_cast<int>(categories.size()));
    const int groupWidth = plot.width() / groups;
    const int bars = std::max(1, static_cast<int>(series.size()));
    const int barWidth = std::max(4, groupWidth * 7 / 10 / bars);
    for (int g = 0; g < categories.size(); ++g) {
        const int groupLeft = plot.left() + g * groupWidth + (groupWidth - barWidth * bars) / 2;
        for (int s = 0; s < series.size(); ++s) {
            const int value = series.at(s).values.value(g);
            const int height = plot.height() * value / maximum;
            const QRect bar(groupLeft + s * barWidth, plot.bottom() - height, barWidth - 2, height);
            const QColor own = series.at(s).categoryColours.value(g);
            p.fillRect(bar, own.isValid() ? own : series.at(s).colour);
            p.setPen(Qt::black);
            p.drawText(QRect(bar.left() - barWidth, bar.top() - line, barWidth * 3, line), Qt::AlignCenter,
                       QString::number(value));
        }
        p.drawText(QRect(plot.left() + g * groupWidth, plot.bottom() + line / 4, groupWidth, line * 2),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, categories.at(g));
    }
    // The legend under the plot.
    int x = plot.left();
    const int y = size.height() - line * 2;
    for (const Series& s : series) {
        if (!s.categoryColours.isEmpty()) {
            continue; // its categories name its colours
        }
        p.fillRect(QRect(x, y + line / 4, line, line / 2 + 2), s.colour);
        x += line + line / 3;
        p.setPen(Qt::black);
        p.drawText(QPoint(x, y + line * 3 / 4), s.name);
        x += fm.horizontalAdvance(s.name) + line * 2;
    }
    return image;
}

} // namespace sl::core
