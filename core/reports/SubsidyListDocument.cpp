#include "SubsidyListDocument.h"

#include "ReportFont.h"
#include "ReportTable.h"
#include "SubsidyListTable.h"
#include "SubsidyYear.h"

#include <QTextDocument>

namespace sl::core {

// The Chinese texts below are escapes so that every compiler reads the source the same way, whatever its code page;
// each is named in pinyin with its meaning.

namespace {

// Shares of the page width per column, in SubsidyListTable's order: room for an 18-character credit code, a
// 19-digit account number and the bold totals (eight figures of yuan) on one line at the body size; names wrap.
constexpr qreal kColumnPercent[SubsidyListTable::ColumnCount] = {
    3.0, // number
    8.5, // enterprise name
    11.0, // credit code
    4.5, // community
    4.5, // size class: four characters of header on one line
    4.5, // subsidy year
    4.5, // participation year
    7.0, // agency
    6.0, // fee
    6.5, // street share
    6.0, // enterprise share
    6.0, // payee account name
    9.5, // bank: a bank and branch of ten characters on one line
    10.5, // account number
    8.0, // notes: up to three lines for all five remarks
};

constexpr qreal kBodyPointSize = 7.0;

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

} // namespace

QString SubsidyListDocument::title(int year)
{
    // nian du bu zhu zi jin fa fang ming xi biao: "(year) subsidy payment list"
    return QString::number(year) + QStringLiteral("\u5e74\u5ea6\u8865\u52a9\u8d44\u91d1\u53d1\u653e\u660e\u7ec6\u8868");
}

std::unique_ptr<QTextDocument> SubsidyListDocument::build(const SubsidyYear& year, const QString& streetName)
{
    const SubsidyListTable table(year);
    // The list is one long table: an empty document carrying it, painted row by row (a street has thousands).
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(kBodyPointSize));
    doc->setDocumentMargin(0);
    ReportTable* list = ReportTable::attach(*doc);
    list->pointSize = kBodyPointSize;
    list->title = title(year.year());
    list->subheading = unitLine(year, streetName);
    list->header = SubsidyListTable::header();
    for (int column = 0; column < SubsidyListTable::ColumnCount; ++column) {
        list->shares << kColumnPercent[column];
    }
    const SubsidyListTable::Row& first = table.rows().constFirst();
    for (const SubsidyListTable::Cell& cell : first.cells) {
        list->alignments << (cell.kind == SubsidyListTable::CellKind::Amount
                                 ? Qt::AlignRight
                                 : (cell.kind == SubsidyListTable::CellKind::Integer ? Qt::AlignHCenter
                                                                                     : Qt::AlignLeft));
    }
    list->rows.reserve(table.rows().size());
    for (const SubsidyListTable::Row& row : table.rows()) {
        QStringList cells;
        for (const SubsidyListTable::Cell& cell : row.cells) {
            // Print shows thousands separators; the files keep the plain figure for programs.
            cells << (cell.kind == SubsidyListTable::CellKind::Amount ? cell.amount.toGroupedString() : cell.text);
        }
        if (row.isTotal) {
            // The total in capitals is a line of its own under the table, not squeezed into the notes column.
            cells[SubsidyListTable::Notes].clear();
        }
        if (row.isTotal) {
            list->boldRows.insert(int(list->rows.size()));
        }
        list->rows << cells;
    }
    list->closing << ReportTable::Line{ capitalsLine(table), true };
    list->closing << ReportTable::Line{ signatureLine(), false };
    return doc;
}

QString SubsidyListDocument::unitLine(const SubsidyYear& year, const QString& streetName)
{
    // tian bao dan wei: reporting unit
    return QStringLiteral("\u586b\u62a5\u5355\u4f4d\uff1a%1      %2").arg(streetName, statusText(year));
}

QString SubsidyListDocument::capitalsLine(const SubsidyListTable& table)
{
    // jie dao bu zhu he ji (da xie): street share total (capital numerals); (xiao xie): (in figures); yuan
    return QStringLiteral("\u8857\u9053\u8865\u52a9\u5408\u8ba1\uff08\u5927\u5199\uff09\uff1a%1"
                          "    \uff08\u5c0f\u5199\uff09\uff1a%2 \u5143")
        .arg(table.streetShareInCapitals(), table.totalStreetShare().toGroupedString());
}

QString SubsidyListDocument::signatureLine()
{
    // zhi biao: drawn up by; shen he: checked by; fu ze ren: person responsible; ri qi: date
    const QString blank = QStringLiteral("________________");
    const QString gap = QStringLiteral("        ");
    return QStringLiteral(
               "\u5236\u8868\uff1a%1%2\u5ba1\u6838\uff1a%1%2\u8d1f\u8d23\u4eba\uff1a%1%2\u65e5\u671f\uff1a%1")
        .arg(blank, gap);
}

} // namespace sl::core
