#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sl::core {

// A ruled table of a report as HTML for QTextDocument, for the short tables of the documents (the annual report's
// figures, the quarter's list, the notices): every cell plain text, the header shaded and repeated on each page.
// Columns whose cells are all figures (counts, amounts, rates, "3 / 4", a dash for none) are right-aligned, and each
// column gets a share of the width after its longest text, so that a name is not broken one character a line
// beside a column of two-digit counts.
class HtmlTable
{
public:
    // Without rows, one row across the table says emptyText (when given).
    static QString html(const QStringList& header, const QList<QStringList>& rows,
                        const QString& emptyText = QString());

    // Whether a cell reads as a figure: digits with separators, a decimal point, a percent sign or "x / y"; a dash
    // stands for none.
    static bool isFigure(const QString& cell);
    // Whether a cell is one unbreakable word: a credit code, a date, a figure (no Chinese, no space).
    static bool isCode(const QString& cell);
    // The width of a text in half-width characters: a Chinese character counts two.
    static int width(const QString& text);
    // Each column's share of the table's width in percent, after its content; they add up to 100.
    static QList<int> shares(const QStringList& header, const QList<QStringList>& rows);
};

} // namespace sl::core
