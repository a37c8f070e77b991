#pragma once

#include <QList>
#include <QStringList>

namespace sl::core {

// A sheet as read from a CSV or XLSX file: rows of cell texts, the first row the header. Numbers stay
// as their text; a date cell of a workbook comes as its ISO date.
struct TextTable
{
    QList<QStringList> rows;
    // The spreadsheet's own row numbers (1 = the header), parallel to rows, when the reader knows them
    // (a workbook leaves out blank rows); empty: row i is line i + 1.
    QList<int> lines;

    int lineOf(int index) const { return index < lines.size() ? lines.at(index) : index + 1; }
};

// Limits against hostile or mistaken files; a file beyond them is refused with one sentence.
struct ReadLimits
{
    qint64 maxFileBytes = 20LL * 1024 * 1024;
    int maxRows = 100000;
    int maxColumns = 200;
    int maxCellLength = 4000;
    int maxZipEntries = 2000;
    qint64 maxUnpackedBytes = 200LL * 1024 * 1024;
    int maxExpansionRatio = 100;
};

} // namespace sl::core
