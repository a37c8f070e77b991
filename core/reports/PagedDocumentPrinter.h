#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace sl::core {

// Prints a report's QTextDocument on A4 pages of any paged device (QPdfWriter here, QPrinter in the print preview),
// framing every page with the same header (street name, report title) and footer (page x / y, when generated), so
// that a loose page of a long list can still be placed. Tables keep their header rows (QTextTableFormat::
// headerRowCount) on every page because the document is laid out at the page's size.
class PagedDocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocumentPrinter)

public:
    PagedDocumentPrinter();

    void setStreetName(const QString& streetName) { m_streetName = streetName; }
    void setTitle(const QString& title) { m_title = title; }
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    // Page margins in millimetres; the header and footer are drawn inside them.
    void setMargins(const QMarginsF& millimetres) { m_margins = millimetres; }
    // Defaults to the time print() starts; fixed by tests and by callers that stamp several files alike.
    void setGeneratedAt(const QDateTime& generatedAt) { m_generatedAt = generatedAt; }
    // The font of the header and footer; the report font by default.
    void setFont(const QFont& font) { m_font = font; }
    // A print preview lets the clerk pick orientation and margins on the printer itself; then print() must keep
    // the device's layout instead of imposing its own. On by default.
    void setApplyPageLayout(bool apply) { m_applyPageLayout = apply; }

    // Moves a table row that would be broken by the page end to the next page, under a repeated header. On by
    // default; a table with row spans is always left to Qt's own breaking.
    void setKeepTableRowsTogether(bool keep) { m_keepRowsTogether = keep; }

    // Called before each page with (pages done, page count); returning false cancels printing. Long
    // reports show their progress and can be stopped this way.
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    // A4 with the orientation and margins set here.
    QPageLayout pageLayout() const;

    // Lays a copy of the document out for the device and paints every page. The document itself is not changed.
    bool print(const QTextDocument& document, QPagedPaintDevice& device, QString* error) const;
    // The number of pages the last print() produced.
    int lastPageCount() const { return m_lastPageCount; }

private:
    void paintHeader(QPainter& painter, const QRectF& band) const;
    void paintFooter(QPainter& painter, const QRectF& band, int page, int pageCount, const QDateTime& at) const;

    QString m_streetName;
    QString m_title;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QMarginsF m_margins;
    QDateTime m_generatedAt;
    QFont m_font;
    bool m_applyPageLayout = true;
    bool m_keepRowsTogether = true;
    mutable int m_lastPageCount = 0;
    std::function<bool(int, int)> m_progress;
};

} // namespace sl::core
