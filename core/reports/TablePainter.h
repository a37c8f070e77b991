#pragma once

#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace sl::core {

class ReportTable;

// Lays a ReportTable out on pages of a given body size and paints them: title, heading and subheading on the
// first page, the header row on every page, rows never split across pages, long cells wrapped, the closing
// lines after the last row. Rows are measured with font metrics (one line unless the text is wider than its
// column), which is what makes thousands of rows cheap.
class TablePainter
{
public:
    TablePainter(const ReportTable& table, const QFont& font, QPaintDevice* device);

    // Splits the rows into pages of the body's size; returns the page count (at least 1).
    int paginate(const QSizeF& body);
    int pageCount() const { return int(m_pageStarts.size()); }
    // Paints page `page` (0-based) of the table into body.
    void paintPage(QPainter& painter, const QRectF& body, int page) const;

private:
    qreal measureRow(const QStringList& cells, const QFont& font) const;
    qreal paintRow(QPainter& painter, const QStringList& cells, qreal top, qreal height, bool header, bool bold) const;
    qreal paintLine(QPainter& painter, const QString& text, const QFont& font, qreal top, qreal width,
                    Qt::Alignment alignment) const;
    qreal lineHeight(const QFont& font) const;
    Qt::Alignment alignment(int column) const;

    const ReportTable& m_table;
    QFont m_font;
    QFont m_boldFont;
    QFont m_headingFont;
    QFont m_titleFont;
    QPaintDevice* m_device = nullptr;
    qreal m_padding = 0;
    qreal m_openingHeight = 0; // title, heading and subheading
    qreal m_headerHeight = 0;
    qreal m_closingHeight = 0;
    bool m_closingOnItsOwnPage = false;
    QList<qreal> m_columnLeft;
    QList<qreal> m_columnWidth;
    QList<qreal> m_rowHeights;
    QList<int> m_pageStarts; // the first row of each page
};

} // namespace sl::core
