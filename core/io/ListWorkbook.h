#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sl::core {

// A list as the clerk sees it on screen (the columns she kept, the rows she filtered, in her order), written as a
// workbook of one sheet: the header row, frozen, then one row per record, every cell the text shown. Excel's
// habits: she sorts and filters it further there, and it prints as a ruled table with the header repeated.
class ListWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ListWorkbook)

public:
    // widths: each column's width in characters (empty: from the texts).
    static bool write(const QString& path, const QString& title, const QStringList& header,
                      const QList<QStringList>& rows, const QList<double>& widths, QString* error);
    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\ (they become spaces).
    static QString sheetName(const QString& title);
};

} // namespace sl::core
