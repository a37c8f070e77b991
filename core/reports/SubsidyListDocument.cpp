#include "SubsidyListDocument.h"

#include "ReportFont.h"
#include "SubsidyListTable.h"
#include "SubsidyYear.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace sl::core {

// The Chinese texts below are escapes so that every compiler reads the source the same way, whatever its code page;
// each is named in pinyin with its meaning.

namespace {

// Shares of the page width per column, in SubsidyListTable's order: room for an 18-character credit code and a
// 19-digit account number on one line at the body size; names wrap.
constexpr qreal kColumnPercent[SubsidyListTable::ColumnCount] = {
    3.0, // number
    11.0, // enterprise name
    11.0, // credit code
    5.0, // community
    4.5, // size class: four characters of header on one line
    4.5, // subsidy year
    4.5, // participation year
    8.5, // agency
    5.0, // fee
    5.0, // street share
    5.0, // enterprise share
    10.0, // payee account name
    7.0, // bank
    11.0, // account number
    5.0, // notes
};

constexpr qreal kBodyPointSize = 7.0;

QString cellHtml(const SubsidyListTable::Cell& cell, bool bold)
{
    QString text;
    if (cell.kind == SubsidyListTable::CellKind::Amount) {
        // Print shows thousands separators; the files keep the plain figure for programs.
        text = cell.amount.toGroupedString();
    } else {
        // Names come from the clerk and the database: "<b>x</b>" must print as those characters.
        text = cell.text.toHtmlEscaped();
    }
    if (bold) {
        text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
    }
    const bool right = cell.kind == SubsidyListTable::CellKind::Amount;
    const bool centre = cell.kind == SubsidyListTable::CellKind::Integer;
    const QString align
        = right ? QStringLiteral(" align=\"right\"") : (centre ? QStringLiteral(" align=\"center\"") : QString());
    return QStringLiteral("<td%1>%2</td>").arg(align, text);
}

QString statusText(const SubsidyYear& year)
{
    if (!year.isConfirmed()) {
        // cao gao: ben nian du qing dan shang wei que ren, jin e ke neng bian dong -- draft: this year's list is not
        // confirmed yet, amounts may change. A draft handed to the finance office must say so.
        return QStringLiteral("\u8349\u7a3f\uff1a\u672c\u5e74\u5ea6\u6e05\u5355\u5c1a\u672a\u786e\u8ba4\uff0c"
                              "\u91d1\u989d\u53ef\u80fd\u53d8\u52a8");
    }
    // yi que ren: confirmed (on)
    return QStringLiteral("\u5df2\u786e\u8ba4\uff1a")
        + year.confirmation()->confirmedAt.toLocalTime().date().toString(Qt::ISODate);
}

// Sets what the HTML importer cannot say: widths per column, a header row repeated on every page, single ruled lines.
void formatTable(QTextDocument& doc)
{
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table) {
            continue;
        }
        QTextTableFormat format = table->format();
        QList<QTextLength> widths;
        for (qreal percent : kColumnPercent) {
            widths << QTextLength(QTextLength::PercentageLength, percent);
        }
        format.setColumnWidthConstraints(widths);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(1);
        // Collapsed borders need a width of at least 1 to draw the inner grid as well as the frame.
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellSpacing(0);
        format.setCellPadding(2);
        table->setFormat(format);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(QColor(0xe6, 0xe6, 0xe6));
            cell.setFormat(cellFormat);
        }
    }
}

} // namespace

QString SubsidyListDocument::title(int year)
{
    // nian du bu zhu zi jin fa fang ming xi biao: "(year) subsidy payment list"
    return QString::number(year) + QStringLiteral("\u5e74\u5ea6\u8865\u52a9\u8d44\u91d1\u53d1\u653e\u660e\u7ec6\u8868");
}

std::unique_ptr<QTextDocument> SubsidyListDocument::build(const SubsidyYear& year, const QString& streetName)
{
    const SubsidyListTable table(year);

    QString html;
    html += QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold; margin-bottom:6px\">%1</p>")
                .arg(title(year.year()).toHtmlEscaped());
    // tian bao dan wei: reporting unit
    html += QStringLiteral("<p style=\"margin-bottom:4px\">\u586b\u62a5\u5355\u4f4d\uff1a%1"
                           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%2</p>")
                .arg(streetName.toHtmlEscaped(), statusText(year).toHtmlEscaped());

    html += QStringLiteral("<table><thead><tr>");
    for (const QString& column : SubsidyListTable::header()) {
        html += QStringLiteral("<th align=\"center\">%1</th>").arg(column.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (const SubsidyListTable::Row& row : table.rows()) {
        html += QStringLiteral("<tr>");
        for (const SubsidyListTable::Cell& cell : row.cells) {
            html += cellHtml(cell, row.isTotal);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // jie dao bu zhu he ji (da xie): street share total (capital numerals); (xiao xie): (in figures); yuan
    html += QStringLiteral("<p style=\"margin-top:8px\"><b>\u8857\u9053\u8865\u52a9\u5408\u8ba1\uff08\u5927\u5199"
                           "\uff09\uff1a%1</b>&nbsp;&nbsp;&nbsp;&nbsp;\uff08\u5c0f\u5199\uff09\uff1a%2 \u5143</p>")
                .arg(table.streetShareInCapitals().toHtmlEscaped(), table.totalStreetShare().toGroupedString());

    // zhi biao: drawn up by; shen he: checked by; fu ze ren: person responsible; ri qi: date
    const QString blank = QStringLiteral("________________");
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");
    html += QStringLiteral("<p style=\"margin-top:18px\">\u5236\u8868\uff1a%1%2\u5ba1\u6838\uff1a%1%2"
                           "\u8d1f\u8d23\u4eba\uff1a%1%2\u65e5\u671f\uff1a%1</p>")
                .arg(blank, gap);
    html += QStringLiteral("</body></html>");

    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(kBodyPointSize));
    // The page margins of PagedDocumentPrinter are the only margins.
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    formatTable(*doc);
    return doc;
}

} // namespace sl::core
