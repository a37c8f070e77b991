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
// preview says what is wrong with each bad row; commit() writes all the good rows in one transaction,
// after a backup, or nothing.
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
    };

    struct Preview
    {
        QString fileProblem; // the whole file refused (unreadable, no name column…)
        QStringList unknownColumns;
        QList<Row> rows;

        int good() const;
        int bad() const;
    };

    static Preview prepare(Database& db, const QString& path, bool updateExisting);
    static Preview prepareTable(Database& db, const TextTable& table, bool updateExisting);
    // Writes the good rows of the preview; the backup taken before it is returned in backupPath.
    static bool commit(Database& db, const Preview& preview, int* inserted, int* updated, QString* backupPath,
                       QString* error);
    // The header names of the enterprise sheet, in order (the full export writes them).
    static QStringList headerNames();
};

} // namespace sl::core
