#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace sl::core {

// Writes a CSV file the way Excel and WPS on a Chinese Windows PC read it without asking: UTF-8 with a byte-order
// mark (without it they guess GB18030 and garble every name), commas, RFC 4180 quoting and CRLF line ends.
//
// Cells come in two kinds. Text that came from the clerk or the database may start with a character that makes a
// spreadsheet evaluate it as a formula (CSV injection: =HYPERLINK(...) in an enterprise name would become a live
// link in the finance office), so it is neutralised. Figures the program formatted itself are written untouched, so
// that a negative amount stays a number.
//
// Identifiers made of digits (a 19-digit account number, an all-digit credit code, a phone number, a code with a
// leading zero) would be read as numbers by Excel, WPS and LibreOffice when the file is opened by double-click:
// 6.22202E+18, the last digits gone for good. Such a text cell is written as the formula ="6222021234567890123",
// which all three show as the text itself, digit for digit (LibreOffice's default CSV import evaluates it to a string
// cell). The formula is a quoted string of digits only, so nothing in it can be evaluated into anything else.
//
// The file is written beside its target and renamed over it only by commit(), so a failed or abandoned export
// never leaves half a file where the clerk expects a whole one.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(const QString& path);
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Creates the temporary file and writes the byte-order mark.
    bool open(QString* error);

    // Text from the clerk or the database: neutralised, then quoted as needed.
    void addText(const QString& text);
    // A figure the program formatted (an amount, a count): quoted as needed, never altered.
    void addNumber(const QString& text);
    // Ends the current row with CRLF.
    void endRow();
    // Convenience for a row of text cells, such as the header.
    void addTextRow(const QStringList& cells);
    // A whole row: the cells at numberColumns are the program's own figures and dates (addNumber), the others
    // text (addText).
    void addRow(const QStringList& cells, const QList<int>& numberColumns);

    // Flushes and renames the temporary file over the target. Without it, the target is left as it was.
    bool commit(QString* error);

    // A cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, which Excel and WPS show
    // as text and never evaluate.
    static QString neutralised(const QString& text);
    // The cell as written for an identifier of digits that a spreadsheet would not show as it is (see above):
    // ="digits"; any other text unchanged.
    static QString keptAsText(const QString& text);
    // RFC 4180: a cell holding a comma, a double quote, CR or LF is enclosed in double quotes, inner quotes doubled.
    static QString quoted(const QString& cell);

private:
    void addCell(const QString& cell);

    QSaveFile m_file;
    QString m_row;
    bool m_rowHasCells = false;
};

} // namespace sl::core
