#pragma once

#include "TimingSamples.h"

#include <QString>

namespace sl::bench {

// What a backup costs on the street: SQLite's copy of the database alone (the floor), a backup into the backups
// folder when no evidence changed (the daily case: nothing to copy but the database), one after new photos were
// attached (only they are copied into the store), and a backup that carries everything (`backup --out`).
// It works on a copy of the street in a folder of its own, which it also gives to the start benchmark.
class BackupBenchmark
{
public:
    // New evidence files per "changed" run, and their size: phone photos.
    static constexpr int kNewPhotos = 20;
    static constexpr int kPhotoBytes = 3 * 1024 * 1024;

    struct Results
    {
        TimingSamples databaseCopy;
        TimingSamples unchanged;
        TimingSamples newEvidence;
        TimingSamples carryAll;
        TimingSamples restoreNew; // restore of the carry-all backup onto a new path
        double databaseMb = 0;
        int evidenceFiles = 0;
        // Each round the floor's copy held the same tables and rows as the program's backup restored.
        bool checked = true;
        QString mismatch; // the first table whose rows differed, when not checked
    };

    BackupBenchmark(const QString& source, const QString& workFolder);

    // Makes the working copy (a backup --out of the source restored into the work folder), then measures.
    bool run(int repeat, Results* results, QString* error);
    // The working copy, once run() has made it.
    QString workingCopy() const { return m_copy; }

private:
    bool attachPhotos(int round, QString* error);

    QString m_source;
    QString m_work;
    QString m_copy;
};

} // namespace sl::bench
