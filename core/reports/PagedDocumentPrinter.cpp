#include "PagedDocumentPrinter.h"

#include "ReportFont.h"
#include "ReportTable.h"
#include "TablePainter.h"

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

// The first row after the header rows that does not end on `page`, or -1 when all do. A row ends below its text by
// the cell's padding, the borders and the table's margin; were that to spill onto the next page, the table would end
// there and the next table, which begins with a page break, would leave that page blank. That depth is measured
// from the table's last row, whose end is the table's end.
int firstRowPastPage(QTextDocument& doc, QTextTable* table, int page, qreal pageHeight)
{
    const int header = table->format().headerRowCount();
    qreal lastTop = 0;
    qreal lastBottom = 0;
    if (table->rows() <= header || !rowExtent(doc, table, table->rows() - 1, &lastTop, &lastBottom)) {
        return -1;
    }
    // The empty block that separates the table from the next one takes a line after it, whose page Qt turns from.
    const QFontMetricsF line(doc.defaultFont(), doc.documentLayout()->paintDevice());
    const qreal below
        = qMax<qreal>(0, doc.documentLayout()->frameBoundingRect(table).bottom() - lastBottom) + line.height();
    for (int row = header; row < table->rows(); ++row) {
        qreal top = 0;
        qreal bottom = 0;
        if (!rowExtent(doc, table, row, &top, &bottom) || int((bottom + below) / pageHeight) != page) {
            return row;
        }
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

// Appends rows [from, from + count) of source to table, in one edit so that the layout runs once.
void appendRows(QTextTable* table, QTextTable* source, int from, int count)
{
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    const int at = table->rows();
    table->appendRows(count);
    for (int r = 0; r < count; ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            copyCell(source->cellAt(from + r, c), table->cellAt(at + r, c));
        }
    }
    edit.endEditBlock();
}

// A new table after `table`, with its format and copies of the header rows of source, starting on a new page.
QTextTable* insertPageTable(QTextTable* table, QTextTable* source)
{
    const int header = table->format().headerRowCount();
    QTextCursor after(table->document());
    after.setPosition(table->lastPosition() + 1);
    after.beginEditBlock();
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable* next = after.insertTable(header, table->columns(), format);
    for (int r = 0; r < header; ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            copyCell(source->cellAt(r, c), next->cellAt(r, c));
        }
    }
    after.endEditBlock();
    return next;
}

// Fills table, which holds only its header rows, with the rows of source from `from` on, as long as they end on the
// page where the table starts; returns how many it took. At least one row is taken: a row taller than the page would
// not fit on the next one either. When not even the first row fits below where the table starts (low on a page),
// the table is moved to the next page, if mayMoveTable.
//
// Qt lays a paginated document out again after every change, and laying out a page of table cells is slow. So doc
// comes with a null (0 x 0) page size, for which Qt does no layout while rows are copied in, and gets pageSize only to
// be measured: one layout with a guess of somewhat more rows than fit, rarely a second.
int fillPage(QTextDocument& doc, const QSizeF& pageSize, QTextTable* table, QTextTable* source, int from, int guess,
             bool mayMoveTable)
{
    constexpr int kMoreRows = 8;
    const int header = table->format().headerRowCount();
    const int rows = source->rows();
    int next = from;
    int batch = qMax(guess, 1);
    while (next < rows) {
        const int count = qMin(batch, rows - next);
        if (count > 0) {
            appendRows(table, source, next, count);
        }
        next += count;
        batch = kMoreRows;

        doc.setPageSize(pageSize);
        qreal top = 0;
        qreal bottom = 0;
        rowExtent(doc, table, 0, &top, &bottom);
        const int startPage = int(top / pageSize.height());
        const int past = firstRowPastPage(doc, table, startPage, pageSize.height());
        doc.setPageSize(QSizeF(0, 0));
        // Low on the page, that is: a table at the top whose first row does not fit has a row taller than a page.
        if (past == header && mayMoveTable && top - startPage * pageSize.height() > pageSize.height() / 4) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            mayMoveTable = false;
            batch = 0; // measure the same rows again, now from the top of the next page
            continue;
        }
        if (past >= 0) {
            const int keep = qMax(past, header + 1);
            if (keep < table->rows()) {
                const int back = table->rows() - keep;
                table->removeRows(keep, back);
                next -= back;
            }
            break;
        }
    }
    return next - from;
}

// Qt breaks a table row between its lines when a page ends inside it, so a wrapped name would continue on the next
// page without its line number. Instead, the rows are dealt out to one table per page, each with the header rows and
// each starting on a new page. table, in doc, holds only its header rows; source holds all rows.
//
// The first page is measured in doc itself, where the table may start part-way down. The following pages all start
// at the top, so they are measured in a scratch document set up like doc: each measurement then lays out one page,
// not everything before it. doc's page size is null (0 x 0) on entry and on return.
void dealRowsToPages(QTextDocument& doc, const QSizeF& pageSize, QTextTable* table, QTextTable* source)
{
    constexpr int kFirstGuess = 16;
    constexpr int kSpareRows = 4;
    const int header = table->format().headerRowCount();
    const int rows = source->rows();
    // Unless the table already starts a page, where moving it would only leave a blank page.
    const bool mayMoveTable = !(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
    int taken = fillPage(doc, pageSize, table, source, header, kFirstGuess, mayMoveTable);
    int next = header + taken;
    if (next >= rows) {
        return;
    }

    QTextDocument scratch;
    scratch.setUndoRedoEnabled(false);
    scratch.setPageSize(QSizeF(0, 0));
    scratch.setDefaultFont(doc.defaultFont());
    scratch.setDefaultTextOption(doc.defaultTextOption());
    scratch.setDocumentMargin(doc.documentMargin());
    scratch.setIndentWidth(doc.indentWidth());
    scratch.setUseDesignMetrics(doc.useDesignMetrics());
    scratch.rootFrame()->setFrameFormat(doc.rootFrame()->frameFormat());
    scratch.documentLayout()->setPaintDevice(doc.documentLayout()->paintDevice());
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextTable* probe = QTextCursor(&scratch).insertTable(header, table->columns(), format);
    for (int r = 0; r < header; ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            copyCell(source->cellAt(r, c), probe->cellAt(r, c));
        }
    }
    QList<int> pageRows;
    while (next < rows) {
        // Pages hold about as many rows as the page before; a few more make the one layout overflow the page.
        taken = fillPage(scratch, pageSize, probe, source, next, taken + kSpareRows, false);
        pageRows.append(taken);
        next += taken;
        probe->removeRows(header, probe->rows() - header);
    }

    QTextCursor edit(&doc);
    edit.beginEditBlock();
    QTextTable* page = table;
    next = table->rows();
    for (int count : pageRows) {
        page = insertPageTable(page, source);
        appendRows(page, source, next, count);
        next += count;
    }
    edit.endEditBlock();
}

// The top of an element of the root frame on the page: a block's first line, a table's first row.
qreal topOf(QTextDocument& doc, const QTextFrame::iterator& it)
{
    if (QTextFrame* frame = it.currentFrame()) {
        qreal top = 0;
        qreal bottom = 0;
        if (auto* table = qobject_cast<QTextTable*>(frame);
            table && table->rows() > 0 && rowExtent(doc, table, 0, &top, &bottom)) {
            return top;
        }
        return doc.documentLayout()->frameBoundingRect(frame).top();
    }
    return doc.documentLayout()->blockBoundingRect(it.currentBlock()).top();
}

QTextFormat::PageBreakFlags breakPolicy(const QTextFrame::iterator& it)
{
    if (QTextFrame* frame = it.currentFrame()) {
        return frame->frameFormat().pageBreakPolicy();
    }
    return it.currentBlock().blockFormat().pageBreakPolicy();
}

void setBreakPolicy(QTextDocument& doc, const QTextFrame::iterator& it, QTextFormat::PageBreakFlags policy)
{
    if (QTextFrame* frame = it.currentFrame()) {
        QTextFrameFormat format = frame->frameFormat();
        format.setPageBreakPolicy(policy);
        frame->setFrameFormat(format);
        return;
    }
    QTextCursor cursor(&doc);
    cursor.setPosition(it.currentBlock().position());
    QTextBlockFormat format = it.currentBlock().blockFormat();
    format.setPageBreakPolicy(policy);
    cursor.setBlockFormat(format);
}

// Keeps a heading with what follows it, and a line that introduces a table with the table: one left alone at the
// foot of a page starts the next page instead. A move can leave the heading before it alone in turn, so this goes on
// until nothing moves; every move only pushes text down, so it ends. doc is laid out at its page size.
void keepWithNext(QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0) {
        return;
    }
    for (bool moved = true; moved;) {
        moved = false;
        QTextFrame::iterator it = doc.rootFrame()->begin();
        while (!it.atEnd() && !moved) {
            QTextFrame::iterator next = it;
            ++next;
            if (next.atEnd()) {
                break;
            }
            const bool heading = !it.currentFrame() && it.currentBlock().blockFormat().headingLevel() > 0;
            const bool introducesTable
                = !it.currentFrame() && next.currentFrame() != nullptr && !it.currentBlock().text().trimmed().isEmpty();
            // A page break the document asks for after it leaves it at a page foot on purpose.
            const bool nextBreaks = !next.currentFrame() && (breakPolicy(next) & QTextFormat::PageBreak_AlwaysBefore);
            if ((heading || introducesTable) && !nextBreaks
                && !(breakPolicy(it) & QTextFormat::PageBreak_AlwaysBefore)) {
                const int page = int(topOf(doc, it) / pageHeight);
                if (int(topOf(doc, next) / pageHeight) > page) {
                    setBreakPolicy(doc, it, breakPolicy(it) | QTextFormat::PageBreak_AlwaysBefore);
                    // What followed on the next page now follows it there.
                    setBreakPolicy(doc, next, breakPolicy(next) & ~QTextFormat::PageBreak_AlwaysBefore);
                    moved = true;
                }
            }
            it = next;
        }
    }
}

// The top-level tables of doc without spanned cells, each paired with its twin in source (an untouched copy of doc),
// emptied down to their header rows so that the first paginated layout does not lay them out in full for nothing.
QList<QPair<QTextTable*, QTextTable*>> emptyTablesToDeal(QTextDocument& doc, QTextDocument& source)
{
    QList<QPair<QTextTable*, QTextTable*>> tables;
    const QList<QTextFrame*> frames = doc.rootFrame()->childFrames();
    const QList<QTextFrame*> sourceFrames = source.rootFrame()->childFrames();
    for (int i = 0; i < frames.size() && i < sourceFrames.size(); ++i) {
        auto* table = qobject_cast<QTextTable*>(frames.at(i));
        auto* sourceTable = qobject_cast<QTextTable*>(sourceFrames.at(i));
        if (!table || !sourceTable) {
            continue;
        }
        bool spans = false;
        for (int r = 0; r < table->rows() && !spans; ++r) {
            for (int c = 0; c < table->columns() && !spans; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                spans = cell.rowSpan() != 1 || cell.columnSpan() != 1;
            }
        }
        // A table without header rows is left to Qt: emptying it would delete it.
        const int header = table->format().headerRowCount();
        if (spans || header < 1 || table->rows() <= header) {
            continue;
        }
        table->removeRows(header, table->rows() - header);
        tables.append(qMakePair(table, sourceTable));
    }
    return tables;
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
    doc->setUndoRedoEnabled(false);
    // No layout until the rows are dealt out to pages (see fillPage()).
    doc->setPageSize(QSizeF(0, 0));
    std::unique_ptr<QTextDocument> source;
    QList<QPair<QTextTable*, QTextTable*>> tables;
    if (m_keepRowsTogether) {
        source.reset(document.clone());
        tables = emptyTablesToDeal(*doc, *source);
    }
    doc->documentLayout()->setPaintDevice(&device);
    for (const auto& [table, sourceTable] : tables) {
        dealRowsToPages(*doc, body.size(), table, sourceTable);
    }
    doc->setPageSize(body.size());
    keepWithNext(*doc);
    // A long table that ends the report is painted row by row on the pages after the document's; a document that
    // is only that table has no pages of its own.
    std::unique_ptr<TablePainter> trailing;
    if (const ReportTable* table = ReportTable::of(document)) {
        trailing = std::make_unique<TablePainter>(*table, ReportFont::font(table->pointSize), &device);
        trailing->paginate(body.size());
    }
    const int documentPages = trailing && document.isEmpty() ? 0 : qMax(1, doc->pageCount());
    const int pageCount = documentPages + (trailing ? trailing->pageCount() : 0);

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pageCount; ++page) {
        if (m_progress && !m_progress(page, pageCount)) {
            painter.end();
            if (error) {
                *error = tr("Printing was cancelled.");
            }
            return false;
        }
        if (page > 0 && !device.newPage()) {
            painter.end();
            if (error) {
                *error = tr("Cannot start page %1: the printer or file stopped accepting pages.").arg(page + 1);
            }
            return false;
        }
        if (page < documentPages) {
            painter.save();
            // Page n of the document is the strip [n * height, (n + 1) * height) of one long layout.
            painter.translate(body.left(), body.top() - page * body.height());
            context.clip = QRectF(0, page * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
        } else {
            trailing->paintPage(painter, body, page - documentPages);
        }

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
