#include "PdfTools.h"
#include "reports/PagedDocumentPrinter.h"
#include "reports/ReportFont.h"
#include "reports/ReportTable.h"

#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace sl::core;

// Every printed page carries the header and footer, tables repeat their header row, and no table row is cut in
// two by a page end.
class TestPagedDocumentPrinter : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRows = 90;

    // A table whose first column wraps over several lines, its first and last words marking the row.
    static void fillDocument(QTextDocument& doc, int leadingLines = 0)
    {
        doc.setDefaultFont(ReportFont::font(9));
        QTextCursor cursor(&doc);
        for (int i = 0; i < leadingLines; ++i) {
            cursor.insertText(QStringLiteral("Leading line %1").arg(i + 1));
            cursor.insertBlock();
        }
        cursor.insertText(QStringLiteral("A long table"));
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(
            { QTextLength(QTextLength::PercentageLength, 20), QTextLength(QTextLength::PercentageLength, 80) });
        format.setBorderCollapse(true);
        format.setBorder(1);
        QTextTable* table = cursor.insertTable(kRows + 1, 2, format);
        table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("HEADCOL"));
        table->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("Other"));
        for (int r = 1; r <= kRows; ++r) {
            const QString id = QStringLiteral("r%1").arg(r, 3, 10, QLatin1Char('0'));
            // Lengths vary so that row ends fall at different places on the page.
            const QString filler = QStringLiteral("word ").repeated(6 + (r * 7) % 11);
            table->cellAt(r, 0).firstCursorPosition().insertText(id + QStringLiteral("_start ") + filler + id
                                                                 + QStringLiteral("_end"));
            table->cellAt(r, 1).firstCursorPosition().insertText(id);
        }
    }

    // The document printed to the PDF `file`, and the text of its pages read back.
    static void printAndRead(const PagedDocumentPrinter& printer, const QTextDocument& doc, const QString& file,
                             QStringList* pages)
    {
        QString error;
        {
            QPdfWriter writer(file);
            QVERIFY2(printer.print(doc, writer, &error), qPrintable(error));
        }
        *pages = PdfTools::pages(file);
        if (pages->isEmpty()) {
            QFAIL("pdftotext is needed to read the PDF back: install poppler-utils.");
        }
    }

private slots:
    void everyPageIsFramedAndNoRowIsCut_data()
    {
        QTest::addColumn<int>("leadingLines");
        // The table starts at the top, in the middle and at several places low on the first page.
        for (int lines = 0; lines <= 90; lines += 3) {
            QTest::addRow("%d leading lines", lines) << lines;
        }
    }
    void everyPageIsFramedAndNoRowIsCut()
    {
        QFETCH(int, leadingLines);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("long.pdf"));
        QTextDocument doc;
        fillDocument(doc, leadingLines);
        const QSizeF pageSizeBefore = doc.pageSize();

        PagedDocumentPrinter printer;
        printer.setStreetName(QStringLiteral("Jinbei Street"));
        printer.setTitle(QStringLiteral("Long Table Report"));
        printer.setGeneratedAt(QDateTime(QDate(2026, 11, 28), QTime(9, 30)));
        QStringList pages;
        printAndRead(printer, doc, file, &pages);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(printer.lastPageCount() >= 3);
        QCOMPARE(doc.pageSize(), pageSizeBefore); // the caller's document is not touched

        QCOMPARE(pages.size(), printer.lastPageCount());
        int rowsSeen = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QString& page = pages.at(p);
            QVERIFY2(page.contains(QStringLiteral("Jinbei Street")), qPrintable(QString::number(p + 1)));
            QVERIFY(page.contains(QStringLiteral("Long Table Report")));
            QVERIFY(page.contains(QStringLiteral("2026-11-28 09:30")));
            QVERIFY(page.contains(QStringLiteral("Page %1 / %2").arg(p + 1).arg(pages.size())));
            const bool tableOnPage = page.contains(QStringLiteral("_start"));
            QVERIFY2(!tableOnPage || page.contains(QStringLiteral("HEADCOL")),
                     "the table's header row repeats on every page");
            QVERIFY2(page.contains(QStringLiteral("Leading line")) || page.contains(QStringLiteral("A long table"))
                         || tableOnPage,
                     qPrintable(QStringLiteral("page %1 is blank").arg(p + 1)));
            for (int r = 1; r <= kRows; ++r) {
                const QString id = QStringLiteral("r%1").arg(r, 3, 10, QLatin1Char('0'));
                const bool start = page.contains(id + QStringLiteral("_start"));
                const bool end = page.contains(id + QStringLiteral("_end"));
                QVERIFY2(start == end,
                         qPrintable(QStringLiteral("row %1 is cut by the end of page %2").arg(r).arg(p + 1)));
                rowsSeen += start ? 1 : 0;
            }
        }
        QCOMPARE(rowsSeen, kRows);
    }

    // A long table attached to the document is painted on the pages after it: heading once, header row on every
    // page, every row whole on one page, and the footer counts all pages.
    void trailingTableFollowsTheDocument()
    {
        constexpr int kTableRows = 400;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("trailing.pdf"));
        QTextDocument doc;
        doc.setDefaultFont(ReportFont::font(9));
        QTextCursor(&doc).insertText(QStringLiteral("The body of the report"));
        ReportTable* table = ReportTable::attach(doc);
        table->heading = QStringLiteral("Appendix listing");
        table->closing << ReportTable::Line{ QStringLiteral("Closing total line"), true }
                       << ReportTable::Line{ QStringLiteral("Signed by nobody"), false };
        table->header = { QStringLiteral("No"), QStringLiteral("HEADCOL"), QStringLiteral("Other") };
        table->shares = { 1, 4, 2 };
        for (int r = 1; r <= kTableRows; ++r) {
            const QString id = QStringLiteral("t%1").arg(r, 3, 10, QLatin1Char('0'));
            // Some rows wrap over several lines, so their heights differ.
            table->rows << QStringList{ QString::number(r),
                                        id + QStringLiteral("_start ") + QStringLiteral("word ").repeated((r * 7) % 23)
                                            + id + QStringLiteral("_end"),
                                        QStringLiteral("x") };
        }
        QCOMPARE(ReportTable::of(doc), table);

        PagedDocumentPrinter printer;
        printer.setStreetName(QStringLiteral("Jinbei Street"));
        printer.setTitle(QStringLiteral("Trailing Table Report"));
        QStringList pages;
        printAndRead(printer, doc, file, &pages);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(pages.size(), printer.lastPageCount());
        QVERIFY(pages.size() >= 4);
        QVERIFY(pages.first().contains(QStringLiteral("The body of the report")));
        QVERIFY(!pages.first().contains(QStringLiteral("_start"))); // the table begins on a page of its own
        QVERIFY(pages.at(1).contains(QStringLiteral("Appendix listing")));
        int rowsSeen = 0;
        for (int p = 1; p < pages.size(); ++p) {
            const QString& page = pages.at(p);
            QVERIFY(page.contains(QStringLiteral("HEADCOL")));
            QVERIFY(page.contains(QStringLiteral("Page %1 / %2").arg(p + 1).arg(pages.size())));
            QCOMPARE(page.contains(QStringLiteral("Appendix listing")), p == 1);
            for (int r = 1; r <= kTableRows; ++r) {
                const QString id = QStringLiteral("t%1").arg(r, 3, 10, QLatin1Char('0'));
                const bool start = page.contains(id + QStringLiteral("_start"));
                QVERIFY2(start == page.contains(id + QStringLiteral("_end")),
                         qPrintable(QStringLiteral("row %1 is cut by the end of page %2").arg(r).arg(p + 1)));
                rowsSeen += start ? 1 : 0;
            }
        }
        QCOMPARE(rowsSeen, kTableRows);
        // The closing lines come once, after the last row.
        QVERIFY(pages.last().contains(QStringLiteral("Closing total line")));
        QVERIFY(pages.last().contains(QStringLiteral("Signed by nobody")));
        QVERIFY(pages.last().indexOf(QStringLiteral("Closing total line"))
                > pages.last().indexOf(QStringLiteral("t%1_end").arg(kTableRows)));
        QCOMPARE(pages.join(QLatin1Char('\f')).count(QStringLiteral("Closing total line")), 1);
    }

    void landscapeA4()
    {
        PagedDocumentPrinter printer;
        printer.setOrientation(QPageLayout::Landscape);
        const QPageLayout layout = printer.pageLayout();
        QCOMPARE(layout.pageSize().id(), QPageSize::A4);
        QCOMPARE(layout.orientation(), QPageLayout::Landscape);
        QVERIFY(layout.fullRect(QPageLayout::Millimeter).width() > 290);
    }

    void aDeviceThatCannotStartSaysWhy()
    {
        QTemporaryDir dir;
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("x"));
        QPdfWriter writer(dir.filePath(QStringLiteral("missing/dir/out.pdf")));
        PagedDocumentPrinter printer;
        QString error;
        QVERIFY(!printer.print(doc, writer, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestPagedDocumentPrinter)
#include "TestPagedDocumentPrinter.moc"
