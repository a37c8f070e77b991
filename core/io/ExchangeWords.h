#pragma once

#include <QString>
#include <QStringList>

namespace sl::core {

// The words of export-all's workbook, as a person reads it in Excel: Chinese sheet names (企业, 隐患), Chinese
// headers (企业名称, 整改期限), the clerk's words for the program's keys (小微 for small_micro, 已销号 for closed) and
// amounts in yuan (单价（元）) instead of fen. Every mapping goes both ways, so import-all reads back exactly what was
// stored; a value that has no word (or was changed into something that is none) is kept as it is.
//
// The workbooks of earlier versions (English sheet names, headers such as 名称（name）, keys and fen) still read.
class ExchangeWords
{
public:
    // The sheet of a table: 企业 for enterprise; a table without a Chinese name keeps its own.
    static QString sheetName(const QString& table);
    // The table of a sheet named by sheetName() or by the table itself ("" when neither); a continuation sheet
    // "企业 (2)" is the same table, and *part tells which (1 for the first).
    static QString tableOfSheet(const QString& sheet, int* part = nullptr);

    // The header of a column as exported: its Chinese name, "（元）" for an amount.
    static QString header(const QString& table, const QString& column);
    // The column of the table's columns a header names: header()'s (also with the key in brackets, where two
    // columns share a name), an earlier version's 名称（name）, or the key itself; "" when none. *yuan tells whether
    // the cells are yuan (this version's amount headers) rather than fen.
    static QString columnOf(const QString& table, const QStringList& columns, const QString& header, bool* yuan);

    // Whether the column's cells are written as words (then as text, whatever the column's type).
    static bool hasWords(const QString& table, const QString& column);
    // The stored value as the clerk's word, or as it is when it has none.
    static QString toWords(const QString& table, const QString& column, const QString& stored);
    // A cell read back: the stored value of a word, or the cell as it is.
    static QString fromWords(const QString& table, const QString& column, const QString& cell);
};

} // namespace sl::core
