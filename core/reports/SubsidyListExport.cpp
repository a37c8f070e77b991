#include "SubsidyListExport.h"

#include "AppInfo.h"
#include "PdfDocumentWriter.h"
#include "SubsidyListDocument.h"
#include "SubsidyListTable.h"
#include "SubsidyYear.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>

namespace sl::core {

namespace {

// Column widths in Excel's character units (a Chinese character counts about two), in SubsidyListTable's order.
constexpr double kXlsxColumnWidths[SubsidyListTable::ColumnCount] = {
    6, // number
    34, // enterprise name
    22, // credit code
    12, // community
    9, // size class
    9, // subsidy year
    9, // participation year
    28, // agency
    13, // fee
    13, // street share
    13, // enterprise share
    34, // payee account name
    22, // bank
    24, // account number
    36, // notes
};

bool refuse(const QString& message, QString* error)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

std::optional<SubsidyListExport::Format> SubsidyListExport::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        return Format::Csv;
    }
    if (suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        return Format::Xlsx;
    }
    if (suffix.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        return Format::Pdf;
    }
    return std::nullopt;
}

bool SubsidyListExport::write(const SubsidyYear& year, const QString& streetName, const QString& path, QString* error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        return refuse(tr("Cannot tell which kind of file %1 should be: name it with .csv, .xlsx or .pdf at the end.")
                          .arg(QDir::toNativeSeparators(path)),
                      error);
    }
    switch (*format) {
    case Format::Csv:
        return writeCsv(year, path, error);
    case Format::Xlsx:
        return writeXlsx(year, streetName, path, error);
    case Format::Pdf:
        break;
    }
    return writePdf(year, streetName, path, error);
}

bool SubsidyListExport::writeCsv(const SubsidyYear& year, const QString& path, QString* error)
{
    const SubsidyListTable table(year);
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(SubsidyListTable::header());
    for (const SubsidyListTable::Row& row : table.rows()) {
        for (const SubsidyListTable::Cell& cell : row.cells) {
            switch (cell.kind) {
            case SubsidyListTable::CellKind::Integer:
            case SubsidyListTable::CellKind::Amount:
                csv.addNumber(cell.text);
                break;
            case SubsidyListTable::CellKind::UserText:
            case SubsidyListTable::CellKind::FixedText:
                csv.addText(cell.text);
                break;
            }
        }
        csv.endRow();
    }
    return csv.commit(error);
}

bool SubsidyListExport::writeXlsx(const SubsidyYear& year, const QString& streetName, const QString& path,
                                  QString* error)
{
    const SubsidyListTable table(year);
    XlsxWriter xlsx(path);
    // bu zhu qing dan: subsidy list
    xlsx.addWorksheet(QStringLiteral("\u8865\u52a9\u6e05\u5355"));

    // The title and the unit (with the draft mark while the year is unconfirmed), then the header row.
    const int last = SubsidyListTable::ColumnCount - 1;
    xlsx.writeMerged(0, 0, last, SubsidyListDocument::title(year.year()), XlsxWriter::Style::Title);
    xlsx.setRowHeight(0, 24);
    xlsx.writeMerged(1, 0, last, SubsidyListDocument::unitLine(year, streetName), XlsxWriter::Style::Plain);
    constexpr int kHeaderRow = 2;
    const QStringList header = SubsidyListTable::header();
    for (int c = 0; c < header.size(); ++c) {
        xlsx.writeText(kHeaderRow, c, header.at(c), XlsxWriter::Style::Header);
        xlsx.setColumnWidth(c, kXlsxColumnWidths[c]);
    }
    int r = kHeaderRow + 1;
    for (const SubsidyListTable::Row& row : table.rows()) {
        for (int c = 0; c < row.cells.size(); ++c) {
            const SubsidyListTable::Cell& cell = row.cells.at(c);
            switch (cell.kind) {
            case SubsidyListTable::CellKind::Integer:
                xlsx.writeNumber(r, c, cell.integer, XlsxWriter::Style::Integer);
                break;
            case SubsidyListTable::CellKind::Amount:
                xlsx.writeMoney(r, c, cell.amount,
                                row.isTotal ? XlsxWriter::Style::TotalAmount : XlsxWriter::Style::Amount);
                break;
            case SubsidyListTable::CellKind::UserText:
            case SubsidyListTable::CellKind::FixedText:
                // The total in capitals has a row of its own below.
                xlsx.writeText(r, c, row.isTotal && c == SubsidyListTable::Notes ? QString() : cell.text,
                               row.isTotal ? XlsxWriter::Style::TotalText : XlsxWriter::Style::Text);
                break;
            }
        }
        ++r;
    }
    xlsx.writeMerged(r, 0, last, SubsidyListDocument::capitalsLine(table), XlsxWriter::Style::TotalText);
    r += 2;
    xlsx.writeMerged(r, 0, last, SubsidyListDocument::signatureLine(), XlsxWriter::Style::Plain);
    xlsx.setRowHeight(r, 30);

    xlsx.freezeRows(kHeaderRow + 1);
    xlsx.setPrintLayout(true, 1, kHeaderRow);
    // di &P ye, gong &N ye: page P of N
    xlsx.setPageFooter(QStringLiteral("\u7b2c &P \u9875\uff0c\u5171 &N \u9875"));
    return xlsx.close(error);
}

bool SubsidyListExport::writePdf(const SubsidyYear& year, const QString& streetName, const QString& path,
                                 QString* error)
{
    const std::unique_ptr<QTextDocument> document = SubsidyListDocument::build(year, streetName);
    return PdfDocumentWriter::write(*document, SubsidyListDocument::title(year.year()), streetName,
                                    QPageLayout::Landscape, path, error);
}

} // namespace sl::core
