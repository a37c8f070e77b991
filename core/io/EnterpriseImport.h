#pragma once

#include "TextTable.h"
#include "model/Enterprise.h"

#include <QCoreApplication>
#include <QStringList>

namespace sl::core {

class Database;

// Takes in the clerk's enterprise list (.xlsx or .csv): columns matched by their Chinese header names
// (the enterprise sheet of the full export, and common variants such as 单位名称), every row checked
// (credit code, community, size class, dates, duplicates in the file and against the register). The
// preview says what is wrong with each bad row. commitAll() is the default, as on the command line: all the
// rows or, while any row is refused, none. commit() is the clerk's deliberate second choice: the good rows
// only, in one transaction, after a backup. The refused rows can be written to a file of the same kind,
// with the reason beside each, to be corrected and imported again (the reason column is ignored then).
class EnterpriseImport
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseImport)

public:
    struct Row
    {
        int line = 0; // as the spreadsheet numbers it: the header is line 1
        Enterprise enterprise;
        QString problem; // empty: will be written
        bool updatesExisting = false;
        QStringList cells; // the row as the file has it, for the file of refused rows
    };

    struct Preview
    {
        QString fileProblem; // the whole file refused (unreadable, no name column…)
        QStringList unknownColumns;
        QStringList header; // the file's first row as it has it
        QList<Row> rows;

        int good() const;
        int bad() const;
    };

    static Preview prepare(Database& db, const QString& path, bool updateExisting);
    static Preview prepareTable(Database& db, const TextTable& table, bool updateExisting);
    // All or nothing: writes every row, or nothing and says why when any row is refused (as the command
    // line does). The backup taken before it is returned in backupPath.
    static bool commitAll(Database& db, const Preview& preview, int* inserted, int* updated, QString* backupPath,
                          QString* error);
    // Writes the good rows of the preview and leaves the refused ones out; the backup taken before it is
    // returned in backupPath.
    static bool commit(Database& db, const Preview& preview, int* inserted, int* updated, QString* backupPath,
                       QString* error);
    // The header names of the enterprise sheet, in order (the full export writes them).
    static QStringList headerNames();
    // Those of headerNames() a file must have (a row without them cannot be matched to an enterprise).
    static QStringList requiredHeaderNames();
    // The last column of the file of refused rows: why each was refused. Import skips it, so the corrected
    // file goes back in as it is.
    static QString reasonHeaderName();
    // The refused rows of the preview, their cells as the file had them and the reason in a last column,
    // under the file's header: .xlsx or .csv (UTF-8 with BOM) by the suffix of path.
    static bool writeRefused(const Preview& preview, const QString& path, QString* error);
    // An empty list to fill in: the header row of headerNames() and no row (an example row would be
    // imported as an enterprise if left in), .xlsx or .csv by the suffix of path.
    static bool writeTemplate(const QString& path, QString* error);
};

} // namespace sl::core
