#include "TablePainter.h"

#include "ReportTable.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <limits>

namespace sl::core {

namespace {

// A thin rule of a fixed width on paper (0.2 mm), whatever the device's resolution.
QPen rule(const QPaintDevice* device)
{
    QPen pen(Qt::black);
    pen.setWidthF(device->logicalDpiY() * 0.2 / 25.4);
    return pen;
}

constexpr int kCellFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

} // namespace

TablePainter::TablePainter(const ReportTable& table, const QFont& font, QPaintDevice* device)
    : m_table(table)
    , m_font(font)
    , m_headerFont(font)
    , m_headingFont(font)
    , m_device(device)
{
    m_headerFont.setBold(true);
    m_headingFont.setBold(true);
    m_headingFont.setPointSizeF(font.pointSizeF() * 1.3);
    m_padding = device->logicalDpiY() * 1.0 / 25.4; // 1 mm
}

qreal TablePainter::measureRow(const QStringList& cells, const QFont& font) const
{
    const QFontMetricsF metrics(font, m_device);
    qreal height = metrics.height();
    for (int c = 0; c < m_columnWidth.size() && c < cells.size(); ++c) {
        const qreal inner = m_columnWidth.at(c) - 2 * m_padding;
        const QString& text = cells.at(c);
        // Most cells are one line; only a text wider than its column is laid out with wrapping.
        if (metrics.horizontalAdvance(text) > inner) {
            height = qMax(
                height,
                metrics.boundingRect(QRectF(0, 0, inner, std::numeric_limits<int>::max()), kCellFlags, text).height());
        }
    }
    return height + 2 * m_padding;
}

int TablePainter::paginate(const QSizeF& body)
{
    const int columns = int(m_table.header.size());
    qreal total = 0;
    for (int c = 0; c < columns; ++c) {
        total += c < m_table.shares.size() ? m_table.shares.at(c) : 1.0;
    }
    m_columnLeft.clear();
    m_columnWidth.clear();
    qreal x = 0;
    for (int c = 0; c < columns; ++c) {
        const qreal w = body.width() * (c < m_table.shares.size() ? m_table.shares.at(c) : 1.0) / total;
        m_columnLeft << x;
        m_columnWidth << w;
        x += w;
    }
    m_headingHeight = m_table.heading.isEmpty() ? 0 : QFontMetricsF(m_headingFont, m_device).height() * 2;
    m_headerHeight = measureRow(m_table.header, m_headerFont);
    m_rowHeights.clear();
    m_rowHeights.reserve(m_table.rows.size());
    for (const QStringList& row : m_table.rows) {
        m_rowHeights << measureRow(row, m_font);
    }
    m_pageStarts = { 0 };
    qreal used = m_headingHeight + m_headerHeight;
    for (int r = 0; r < m_rowHeights.size(); ++r) {
        // A row that does not fit goes to the next page, unless it is the page's first (taller than a page).
        if (used + m_rowHeights.at(r) > body.height() && r > m_pageStarts.last()) {
            m_pageStarts << r;
            used = m_headerHeight;
        }
        used += m_rowHeights.at(r);
    }
    return pageCount();
}

qreal TablePainter::paintRow(QPainter& painter, const QStringList& cells, qreal top, qreal height, bool header) const
{
    const qreal width = m_columnLeft.last() + m_columnWidth.last();
    if (header) {
        painter.fillRect(QRectF(0, top, width, height), QColor(0xe6, 0xe6, 0xe6));
    }
    painter.setFont(header ? m_headerFont : m_font);
    for (int c = 0; c < m_columnWidth.size(); ++c) {
        const QRectF cell(m_columnLeft.at(c), top, m_columnWidth.at(c), height);
        painter.drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding),
                         header ? (Qt::AlignCenter | Qt::TextWordWrap) : kCellFlags, cells.value(c));
    }
    painter.drawLine(QPointF(0, top + height), QPointF(width, top + height));
    return top + height;
}

void TablePainter::paintPage(QPainter& painter, const QRectF& body, int page) const
{
    if (page < 0 || page >= m_pageStarts.size() || m_columnWidth.isEmpty()) {
        return;
    }
    painter.save();
    painter.translate(body.topLeft());
    painter.setPen(Qt::black);
    qreal y = 0;
    if (page == 0 && !m_table.heading.isEmpty()) {
        painter.setFont(m_headingFont);
        painter.drawText(QRectF(0, 0, body.width(), m_headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         m_table.heading);
        y = m_headingHeight;
    }
    const qreal tableTop = y;
    painter.setPen(rule(m_device));
    painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
    y = paintRow(painter, m_table.header, y, m_headerHeight, true);
    const int first = m_pageStarts.at(page);
    const int end = page + 1 < m_pageStarts.size() ? m_pageStarts.at(page + 1) : int(m_table.rows.size());
    for (int r = first; r < end; ++r) {
        y = paintRow(painter, m_table.rows.at(r), y, m_rowHeights.at(r), false);
    }
    for (int c = 0; c <= m_columnWidth.size(); ++c) {
        const qreal x = c < m_columnWidth.size() ? m_columnLeft.at(c) : m_columnLeft.last() + m_columnWidth.last();
        painter.drawLine(QPointF(x, tableTop), QPointF(x, y));
    }
    painter.restore();
}

} // namespace sl::core
