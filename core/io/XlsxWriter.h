#pragma once

#include "model/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryFile;

// libxlsxwriter's C types, kept out of this header so that only XlsxWriter.cpp needs its include path.
typedef struct lxw_workbook lxw_workbook;
typedef struct lxw_worksheet lxw_worksheet;
typedef struct lxw_format lxw_format;

namespace sl::core {

// A small owner of one libxlsxwriter workbook, for exports the finance office opens in Excel or WPS.
//
// libxlsxwriter reports failures as error codes from many calls, the file itself only being written at the end; the
// first failure is kept here and close() turns it into a sentence for the clerk. The workbook is assembled in a
// temporary file and copied over the target only when complete, so a failure never leaves half a workbook behind.
//
// Text from the clerk or the database is always written as a string cell, never as a formula; a string that starts
// with = + - @ also gets a style that keeps it text when someone edits the cell in Excel or WPS.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // The few cell styles the lists need; every style has thin borders so the sheet prints as a ruled table.
    enum class Style {
        Text, // left-aligned text
        Header, // bold, shaded, centred, wrapped: a column title
        Amount, // a number with two decimals and thousands separators, "#,##0.00"
        Integer, // a whole number without separators (years, counts, line numbers)
        TotalText, // bold text in a totals row
        TotalAmount, // bold amount in a totals row
        Date, // an ISO date, "yyyy-mm-dd"
        Note, // a paragraph of explanation: wrapped, without borders
        Title, // a sheet's title above its table: large, bold, centred, without borders
        Plain, // a line of text above or below the table (the unit, signature lines): without borders
        // The cells someone fills in on a protected sheet (the agencies' returns): unlocked, tinted.
        InputText,
        InputDate,
        InputInteger,
    };

    // How rows reach the file. AnyOrder keeps every cell in memory until close(), so cells may be written in any
    // order (the lists and the returns, a few thousand rows). RowByRow is libxlsxwriter's constant_memory mode: rows
    // must come top to bottom, and each is written out when the next begins, so memory stays flat however long
    // the sheet (the whole database in export-all).
    enum class Rows { AnyOrder, RowByRow };

    explicit XlsxWriter(const QString& path, Rows rows = Rows::AnyOrder);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Adds a sheet; the writes below go to the sheet added last.
    bool addWorksheet(const QString& name);

    // Text from the clerk or the database: stored as a string, guarded when it looks like a formula.
    void writeText(int row, int column, const QString& text, Style style = Style::Text);
    void writeNumber(int row, int column, double value, Style style = Style::Integer);
    // Stored as a number of yuan, so Excel can sum it; displayed with two decimals.
    void writeMoney(int row, int column, Money amount, Style style = Style::Amount);

    // A date cell (a real date for Excel, shown as yyyy-mm-dd); an invalid date leaves the cell empty.
    void writeDate(int row, int column, const QDate& date, Style style = Style::Date);

    // Text across the cells [firstColumn, lastColumn] of a row, merged into one (a title above the table).
    void writeMerged(int row, int firstColumn, int lastColumn, const QString& text, Style style);

    void setColumnWidth(int column, double characters);
    void setRowHeight(int row, double points);
    // The width and the style of the column's empty cells (on a protected sheet: whether they can be filled in).
    void setColumnStyle(int column, double characters, Style style);
    // A drop-down list of the allowed values for the cells of a column; anything else is refused by Excel.
    void addListValidation(int firstRow, int lastRow, int column, const QStringList& values);
    // Only dates between the two days may be typed into the cells of a column.
    void addDateValidation(int firstRow, int lastRow, int column, const QDate& first, const QDate& last);
    // Locks the locked cells of the sheet (no password: this guards against slips, not against intent);
    // rows can still be inserted and deleted.
    void protectSheet();
    // A sheet the program reads and people need not see.
    void hideSheet();
    // Keeps the first rows (the header) in view while scrolling.
    void freezeRows(int rows);
    // A4, landscape or portrait, fitted to the page width, with repeatedRows rows from firstRepeatedRow on (the
    // header) repeated on every printed page.
    void setPrintLayout(bool landscape, int repeatedRows, int firstRepeatedRow = 0);
    // The printed page's footer, centred: "Page &P / &N" in Excel's codes, &P the page and &N the page count.
    // A literal & must be written &&.
    void setPageFooter(const QString& footer);

    // Writes the workbook and moves it over the target. Whatever happened before, the workbook is finished here.
    // The workbook is read back first (every part to its end, the CRCs checked) and the target afterwards (to
    // its last byte), so a full disk or a cut write is reported instead of a success.
    bool close(QString* error);

    bool hasError() const { return m_error != 0; }
    // The library's own description of the first failure, empty when none occurred.
    QString libraryErrorString() const;

    // Whether a string would be taken as a formula if typed into a cell.
    static bool looksLikeFormula(const QString& text);
    // Text as a cell stores it: a literal "_xHHHH_" is written "_x005F_xHHHH_", as Excel does, because readers
    // (Excel, WPS, XlsxReader) decode _xHHHH_ as an escaped character. libxlsxwriter escapes control characters
    // that way (a carriage return becomes _x000D_) but leaves such literals as they are.
    static QString escapeLiterals(const QString& text);

private:
    lxw_format* format(Style style, bool guarded);
    void touchRow(int row);
    // Each sheet of the built workbook parsed to its end, with as many rows as were written: libxlsxwriter keeps
    // rows in temporary files whose failed writes it does not notice, and zips what is left.
    bool checkSheets(const QString& builtPath, QString* why) const;
    void record(int lxwError);
    bool fail(const QString& message, QString* error);

    QString m_path;
    std::unique_ptr<QTemporaryFile> m_temporary;
    QByteArray m_temporaryDir; // must outlive the workbook: libxlsxwriter keeps the pointer
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_worksheet = nullptr;
    Rows m_rows = Rows::AnyOrder;
    // Rows written per sheet: counted as they come (RowByRow, ascending) or collected (AnyOrder).
    QList<int> m_rowCounts;
    QList<QSet<int>> m_rowSets;
    int m_lastRow = -1;
    QHash<int, lxw_format*> m_formats; // owned by the workbook
    int m_error = 0; // the first lxw_error, LXW_NO_ERROR (0) while all is well
    QString m_failure; // a failure outside libxlsxwriter (the temporary file)
};

} // namespace sl::core
