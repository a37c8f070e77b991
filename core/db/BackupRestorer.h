#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace sl::core {

// Puts a backup in place of a database, database and evidence together, all or nothing at every instant.
//
// 1. Verified first, before anything is touched: the database is taken out beside the target (checked against
//    its SHA-256), opened read-only (ours, not newer, integrity_check), its evidence list compared with the
//    manifest, and every evidence file the backup holds read to its end against its SHA-256.
// 2. The state it replaces is kept: a backup of the current database and its evidence, in the backups folder
//    ("-replaced-"), as any backup.
// 3. Evidence files are added to the evidence folder, each written whole under a temporary name and renamed.
//    Files are only added (the folder names each by its SHA-256), so the current database keeps all of its.
// 4. The current database is checkpointed and closed, so that no -wal of it is left to be replayed into the
//    new file.
// 5. One rename puts the new file in place of the old (FileMove::replace): before it the old database is
//    there, after it the new one, with its evidence complete; never neither.
// The whole time the writer lock is held, so SafeLedger cannot open the file half-way.
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)

public:
    struct Summary
    {
        QDateTime createdUtc; // invalid for a plain database file
        QString reason;
        int evidenceFiles = 0;
        int missingEvidence = 0; // missing already when the backup was taken
        // What check finds wrong with the backup's audit trail; restore refuses such a backup unless told to.
        QStringList auditProblems;
    };
    struct Result
    {
        QString keptAs; // the backup of the replaced state; empty when there was no database
        int evidenceWritten = 0;
        QStringList warnings;
    };

    // Step 1 alone, for the settings page to ask the clerk only about a backup that can be restored.
    static bool verify(const QString& backupPath, Summary* summary, QString* error);
    // databasePath need not exist (a new PC): then it is created, and nothing is kept.
    // A backup whose audit trail is broken (a chain that does not verify, triggers missing, records that differ
    // from their entries) is refused unless acceptBrokenTrail: restoring it would pass its tampering off as the
    // record.
    static bool restore(const QString& databasePath, const QString& backupPath, Result* result, QString* error,
                        bool acceptBrokenTrail = false);
};

} // namespace sl::core
