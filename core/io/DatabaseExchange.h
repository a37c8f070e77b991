#pragma once

#include "TextTable.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace sl::core {

class Database;

// The whole database as one workbook and back: the clerk's handover package and her way out of the
// program. export-all writes one sheet per table as a person reads it (ExchangeWords): Chinese sheet names and
// headers, the clerk's words for the program's keys, amounts in yuan, the enterprise's community by name (so the
// enterprise sheet imports as it is with import enterprises), ids kept; import-all restores such a workbook into an
// empty database in one transaction, the audit trail included as it was, so a second export reads the same.
class DatabaseExchange
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseExchange)

public:
    // Excel's last row is 1,048,576, the first of each sheet its header: a longer table goes on in "name (2)",
    // "name (3)"… (the district's service records), which importAll() reads as the same table.
    static constexpr int kRowsPerSheet = 1048575;
    // Row by row (XlsxWriter::Rows::RowByRow): memory stays flat however large the street. rowsPerSheet is
    // smaller only in tests.
    static bool exportAll(Database& db, const QString& path, QString* error, int rowsPerSheet = kRowsPerSheet);
    static bool importAll(Database& db, const QString& path, int* rows, QString* error);
    // The workbook read already (the handover package reads it once to check its evidence sheet first).
    static bool readWorkbook(const QString& path, QList<QPair<QString, TextTable>>* sheets, QString* error);
    static bool importSheets(Database& db, const QList<QPair<QString, TextTable>>& sheets, int* rows, QString* error);
    // Whether nothing is in the database yet: import-all restores into an empty one only.
    static bool isEmpty(Database& db);
    // Where a column of the table is in a sheet's header row, whichever version wrote it; -1 when it is not.
    static int columnIndex(const QString& table, const QStringList& header, const QString& column);
};

} // namespace sl::core
