#pragma once

#include <QCoreApplication>

namespace sl::core {

class Database;

// The whole database as one workbook and back: the clerk's handover package and her way out of the
// program. export-all writes one sheet per table, headers in Chinese with the column's key in brackets
// (企业名称（name）), ids kept; import-all restores such a workbook into an empty database in one
// transaction, the audit trail included as it was, so a second export reads the same.
class DatabaseExchange
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseExchange)

public:
    static bool exportAll(Database& db, const QString& path, QString* error);
    static bool importAll(Database& db, const QString& path, int* rows, QString* error);
    // "企业名称（name）" for a column, as the export heads it.
    static QString header(const QString& column);
};

} // namespace sl::core
