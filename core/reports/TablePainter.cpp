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

} // namespace

TablePainter::TablePainter(const ReportTable& table, const QFont& font, QPaintDevice* device)
    : m_table(table)
    , m_font(font)
    , m_boldFont(font)
    , m_headingFont(font)
    , m_titleFont(font)
    , m_device(device)
{
    m_boldFont.setBold(true);
    m_headingFont.setBold(true);
    m_headingFont.setPointSizeF(font.pointSizeF() * 1.3);
    m_titleFont.setBold(true);
    m_titleFont.setPointSizeF(15);
    m_padding = device->logicalDpiY() * 0.8 / 25.4; // 0.8 mm
}

qreal TablePainter::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font, m_device).height();
}

Qt::Alignment TablePainter::alignment(int column) const
{
    return column < m_table.alignments.size() ? m_table.alignments.at(column) : Qt::AlignLeft;
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
            const QRectF room(0, 0, inner, std::numeric_limits<int>::max());
            height = qMax(height, metrics.boundingRect(room, Qt::TextWordWrap, text).height());
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
    m_openingHeight = (m_table.title.isEmpty() ? 0 : lineHeight(m_titleFont) * 1.6)
        + (m_table.heading.isEmpty() ? 0 : lineHeight(m_headingFont) * 1.8)
        + (m_table.subheading.isEmpty() ? 0 : lineHeight(m_font) * 1.6);
    m_headerHeight = measureRow(m_table.header, m_boldFont);
    m_closingHeight = 0;
    for (const ReportTable::Line& line : m_table.closing) {
        m_closingHeight += lineHeight(line.bold ? m_boldFont : m_font) * 2.0;
    }
    m_rowHeights.clear();
    m_rowHeights.reserve(m_table.rows.size());
    for (int r = 0; r < m_table.rows.size(); ++r) {
        m_rowHeights << measureRow(m_table.rows.at(r), m_table.boldRows.contains(r) ? m_boldFont : m_font);
    }
    m_pageStarts = { 0 };
    qreal used = m_openingHeight + m_headerHeight;
    for (int r = 0; r < m_rowHeights.size(); ++r) {
        // A row that does not fit goes to the next page, unless it is the page's first (taller than a page).
        if (used + m_rowHeights.at(r) > body.height() && r > m_pageStarts.last()) {
            m_pageStarts << r;
            used = m_headerHeight;
        }
        used += m_rowHeights.at(r);
    }
    // The closing lines stay together, after the last row or on a page of their own.
    m_closingOnItsOwnPage = m_closingHeight > 0 && used + m_closingHeight > body.height();
    if (m_closingOnItsOwnPage) {
        m_pageStarts << int(m_table.rows.size());
    }
    return pageCount();
}

qreal TablePainter::paintLine(QPainter& painter, const QString& text, const QFont& font, qreal top, qreal width,
                              Qt::Alignment alignment) const
{
    painter.setFont(font);
    const qreal height = lineHeight(font);
    painter.drawText(QRectF(0, top, width, height), alignment | Qt::AlignVCenter, text);
    return height;
}

qreal TablePainter::paintRow(QPainter& painter, const QStringList& cells, qreal top, qreal height, bool header,
                             bool bold) const
{
    const qreal width = m_columnLeft.last() + m_columnWidth.last();
    if (header) {
        painter.fillRect(QRectF(0, top, width, height), QColor(0xe6, 0xe6, 0xe6));
    }
    const QFont& font = header || bold ? m_boldFont : m_font;
    const QFontMetricsF metrics(font, m_device);
    for (int c = 0; c < m_columnWidth.size(); ++c) {
        const QRectF cell = QRectF(m_columnLeft.at(c), top, m_columnWidth.at(c), height)
                                .adjusted(m_padding, m_padding, -m_padding, -m_padding);
        const Qt::Alignment horizontal = header ? Qt::AlignHCenter : alignment(c);
        const QString& text = cells.value(c);
        // A figure or code that cannot wrap and is wider than its column (a large total) is set smaller to fit.
        painter.setFont(font);
        const qreal advance = metrics.horizontalAdvance(text);
        if (advance > cell.width() && !text.contains(QLatin1Char(' ')) && text.toLatin1() == text.toUtf8()) {
            QFont smaller = font;
            smaller.setPointSizeF(font.pointSizeF() * qMax(0.6, cell.width() / advance));
            painter.setFont(smaller);
        }
        painter.drawText(cell, int(horizontal | Qt::AlignVCenter) | Qt::TextWordWrap, text);
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
    if (page == 0) {
        if (!m_table.title.isEmpty()) {
            paintLine(painter, m_table.title, m_titleFont, y, body.width(), Qt::AlignHCenter);
            y += lineHeight(m_titleFont) * 1.6;
        }
        if (!m_table.heading.isEmpty()) {
            paintLine(painter, m_table.heading, m_headingFont, y, body.width(), Qt::AlignLeft);
            y += lineHeight(m_headingFont) * 1.8;
        }
        if (!m_table.subheading.isEmpty()) {
            paintLine(painter, m_table.subheading, m_font, y, body.width(), Qt::AlignLeft);
            y += lineHeight(m_font) * 1.6;
        }
    }
    const bool closingOnly = m_closingOnItsOwnPage && page == m_pageStarts.size() - 1;
    if (!closingOnly) {
        const qreal tableTop = y;
        painter.setPen(rule(m_device));
        painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
        y = paintRow(painter, m_table.header, y, m_headerHeight, true, true);
        const int first = m_pageStarts.at(page);
        const int end = page + 1 < m_pageStarts.size() ? m_pageStarts.at(page + 1) : int(m_table.rows.size());
        for (int r = first; r < end; ++r) {
            y = paintRow(painter, m_table.rows.at(r), y, m_rowHeights.at(r), false, m_table.boldRows.contains(r));
        }
        for (int c = 0; c <= m_columnWidth.size(); ++c) {
            const qreal x = c < m_columnWidth.size() ? m_columnLeft.at(c) : m_columnLeft.last() + m_columnWidth.last();
            painter.drawLine(QPointF(x, tableTop), QPointF(x, y));
        }
    }
    if (page == m_pageStarts.size() - 1) {
        painter.setPen(Qt::black);
        for (const ReportTable::Line& line : m_table.closing) {
            const QFont& font = line.bold ? m_boldFont : m_font;
            y += lineHeight(font); // a blank line before each
            y += paintLine(painter, line.text, font, y, body.width(), Qt::AlignLeft);
        }
    }
    painter.restore();
}

} // namespace sl::core
