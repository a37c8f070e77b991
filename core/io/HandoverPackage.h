#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sl::core {

class Database;

// The handover package of export-all and import-all: one zip with the whole database as a workbook
// (ledger.xlsx, DatabaseExchange) and every evidence file the database names (evidence/<stored name>), with a
// manifest giving each one's SHA-256 (ArchiveManifest). One file, because a workbook with a folder beside it
// comes apart on the way to whoever takes over, and nothing would tell; the zip opens in Windows Explorer, so
// the workbook and the photos can still be looked at without SafeLedger.
class HandoverPackage
{
    Q_DECLARE_TR_FUNCTIONS(HandoverPackage)

public:
    struct Written
    {
        int evidenceFiles = 0;
        QStringList warnings; // evidence files missing or changed in the evidence folder: not in the package
    };
    struct Imported
    {
        int rows = 0;
        int evidenceFiles = 0;
        QStringList warnings;
    };

    // Written under a temporary name beside path, read back whole, then renamed over path.
    static bool write(Database& db, const QString& path, Written* written, QString* error);
    // Into an empty database. The package is checked whole first (every file against its SHA-256, the workbook's
    // evidence sheet against the manifest); the evidence files go into the evidence folder, each whole under a
    // temporary name; then the rows in one transaction. Killed at any moment, the database is still empty or
    // complete, and the evidence it names is there.
    static bool import(Database& db, const QString& path, Imported* imported, QString* error);
};

} // namespace sl::core
