#include "PagedDocumentPrinter.h"

#include "ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

#include <limits>
#include <memory>

namespace sl::core {

namespace {

// Space between the header or footer text and the body, as a share of the header font's line height.
constexpr qreal kBandGap = 0.6;

// A thin rule of a fixed width on paper; a cosmetic pen would be one printer dot, nearly invisible at 1200 dpi.
QPen rulePen(const QPainter& painter)
{
    constexpr qreal kRuleMillimetres = 0.25;
    QPen pen(Qt::black);
    pen.setWidthF(painter.device()->logicalDpiY() * kRuleMillimetres / 25.4);
    return pen;
}

// The vertical extent of one table row in document coordinates: from the top of its highest cell content to the
// bottom of its lowest. False when the row has cells spanning rows, which cannot be moved on their own.
bool rowExtent(QTextDocument& doc, QTextTable* table, int row, qreal* top, qreal* bottom)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    *top = std::numeric_limits<qreal>::max();
    *bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.rowSpan() != 1 || cell.row() != row) {
            return false;
        }
        for (QTextBlock block = doc.findBlock(cell.firstPosition());
             block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
            const QRectF rect = layout->blockBoundingRect(block);
            *top = qMin(*top, rect.top());
            *bottom = qMax(*bottom, rect.bottom());
        }
    }
    return *top <= *bottom;
}

// The first row (after the header rows) that begins on one page and ends on the next, when moving it to the next
// page helps: not when it is already the first row on its page (then it is taller than a page).
int firstSplitRow(QTextDocument& doc, QTextTable* table, qreal pageHeight)
{
    const int header = table->format().headerRowCount();
    int previousPage = -1;
    for (int row = header; row < table->rows(); ++row) {
        qreal top = 0;
        qreal bottom = 0;
        if (!rowExtent(doc, table, row, &top, &bottom)) {
            return -1;
        }
        const int topPage = int(top / pageHeight);
        const int bottomPage = int((bottom - 1) / pageHeight);
        if (topPage != bottomPage && previousPage == topPage) {
            return row;
        }
        previousPage = bottomPage;
    }
    return -1;
}

void copyCell(const QTextTableCell& from, const QTextTableCell& to)
{
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextCursor target = to.firstCursorPosition();
    // A fragment within one block carries no block format: alignment is copied by hand.
    target.setBlockFormat(from.firstCursorPosition().blockFormat());
    target.insertFragment(source.selection());
    QTextTableCell(to).setFormat(from.format());
}

// Moves the rows from `row` on into a new table of the same format, with copies of the header rows, that starts on
// a new page.
void moveRowsToNextPage(QTextDocument& doc, QTextTable* table, int row)
{
    const int header = table->format().headerRowCount();
    const int columns = table->columns();
    const int moved = table->rows() - row;

    QTextCursor after(&doc);
    after.setPosition(table->lastPosition() + 1);
    // One edit block: otherwise every copied cell would lay the whole paginated table out again.
    after.beginEditBlock();
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable* next = after.insertTable(header + moved, columns, format);
    for (int r = 0; r < header + moved; ++r) {
        const int source = r < header ? r : row + (r - header);
        for (int c = 0; c < columns; ++c) {
            copyCell(table->cellAt(source, c), next->cellAt(r, c));
        }
    }
    table->removeRows(row, moved);
    after.endEditBlock();
}

// Qt breaks a table row between its lines when the page ends inside it, so a wrapped name would continue on the
// next page without its line number. Moving such a row to the next page, as a new table with the same header,
// keeps each row whole. Tables with row spans are left as they are.
void keepTableRowsTogether(QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    // Each move ends a page; a document cannot need more moves than it has rows.
    for (int guard = 0; guard < 100000; ++guard) {
        bool moved = false;
        for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table) {
                continue;
            }
            const int row = firstSplitRow(doc, table, pageHeight);
            if (row > 0) {
                moveRowsToNextPage(doc, table, row);
                moved = true;
                break;
            }
        }
        if (!moved) {
            return;
        }
    }
}

} // namespace

PagedDocumentPrinter::PagedDocumentPrinter()
    : m_margins(12.0, 10.0, 12.0, 10.0)
    , m_font(ReportFont::font(8.0))
{
}

QPageLayout PagedDocumentPrinter::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_orientation, m_margins, QPageLayout::Millimeter);
}

bool PagedDocumentPrinter::print(const QTextDocument& document, QPagedPaintDevice& device, QString* error) const
{
    m_lastPageCount = 0;
    if (m_applyPageLayout && !device.setPageLayout(pageLayout())) {
        if (error) {
            *error = tr("The printer does not accept an A4 page with these margins.");
        }
        return false;
    }
    const QDateTime generatedAt = m_generatedAt.isValid() ? m_generatedAt : QDateTime::currentDateTime();

    QPainter painter;
    if (!painter.begin(&device)) {
        if (error) {
            *error = tr("Cannot start printing: the printer or file is not available.");
        }
        return false;
    }

    // The device's paint area lies inside the page margins, in device pixels. The header and footer take a band
    // each; the document gets the rest.
    const QRectF area(0, 0, device.width(), device.height());
    const QFontMetricsF metrics(m_font, &device);
    const qreal band = metrics.height() * (1.0 + kBandGap);
    const QRectF header(area.left(), area.top(), area.width(), metrics.height());
    const QRectF footer(area.left(), area.bottom() - metrics.height(), area.width(), metrics.height());
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);

    // Laid out against the device itself, as QTextDocument::print() does: fonts are measured at the device's
    // resolution and pixel lengths (borders, padding) are scaled to it, so what is measured is what is painted.
    // The clone keeps the caller's document, which may be on screen, untouched.
    std::unique_ptr<QTextDocument> doc(document.clone());
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(body.size());
    if (m_keepRowsTogether) {
        keepTableRowsTogether(*doc);
    }
    const int pageCount = qMax(1, doc->pageCount());

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            if (error) {
                *error = tr("Cannot start page %1: the printer or file stopped accepting pages.").arg(page + 1);
            }
            return false;
        }
        painter.save();
        // Page n of the document is the strip [n * height, (n + 1) * height) of one long layout.
        painter.translate(body.left(), body.top() - page * body.height());
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        paintHeader(painter, header);
        paintFooter(painter, footer, page + 1, pageCount, generatedAt);
    }
    if (!painter.end()) {
        if (error) {
            *error = tr("Printing did not finish: the printer or file reported an error.");
        }
        return false;
    }
    m_lastPageCount = pageCount;
    return true;
}

void PagedDocumentPrinter::paintHeader(QPainter& painter, const QRectF& band) const
{
    painter.save();
    painter.setFont(m_font);
    painter.setPen(Qt::black);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_streetName);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_title);
    painter.setPen(rulePen(painter));
    const qreal y = band.bottom() + band.height() * kBandGap / 2;
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    painter.restore();
}

void PagedDocumentPrinter::paintFooter(QPainter& painter, const QRectF& band, int page, int pageCount,
                                       const QDateTime& at) const
{
    painter.save();
    painter.setFont(m_font);
    painter.setPen(rulePen(painter));
    const qreal y = band.top() - band.height() * kBandGap / 2;
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Generated %1").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 / %2").arg(page).arg(pageCount));
    painter.restore();
}

} // namespace sl::core
