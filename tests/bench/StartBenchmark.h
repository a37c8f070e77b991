#pragma once

#include "TimingSamples.h"

#include <QDate>
#include <QString>

namespace sl::bench {

// Time to the first window, each start a fresh process as the clerk's is: the first start of a day (the day's
// backup due) against any other start, and — for comparison — the first start of a day in the order SafeLedger
// 0.1 had, the backup written before the window. The child opens the file, builds the main window, shows it and
// waits until it is on the screen, then lets the window start the day's backup and waits for it to finish.
class StartBenchmark
{
public:
    struct Results
    {
        TimingSamples firstOfDay; // window on screen
        TimingSamples firstOfDayBackup; // the day's backup finished, in the background
        TimingSamples otherStart;
        TimingSamples backupFirst; // 0.1's order: backup, then window
        // Every first start of a day wrote a new backup and no other start did: the limit (another start) is the
        // same start without the day's backup.
        bool checked = true;
    };

    explicit StartBenchmark(const QString& path);
    bool run(int repeat, Results* results, QString* error);

    // The child's side: prints "<window ms> <backup ms>" on stdout; returns the exit code.
    static int runChild(const QString& path, const QDate& day, bool backupFirst);

private:
    bool start(const QDate& day, bool backupFirst, double* windowMs, double* backupMs, QString* error);

    QString m_path;
};

} // namespace sl::bench
