#pragma once

#include "TimingSamples.h"

#include <QString>

class QAbstractItemModel;

namespace sl::bench {

// `open`: what the clerk waits for between starting the program and seeing the Enterprises table —
// open the file with sl::core::Database, load EnterpriseTableModel, sort it by name through
// EnterpriseFilterProxy as the page does, and read the first screenful as QTableView would.
// Its limit is the least any implementation must spend: open the file with a plain QSQLITE
// connection and read the first 50 enterprise rows with one SELECT.
class OpenBenchmark
{
public:
    static constexpr int kFirstPageRows = 50;

    // Where `open` spends its time, so that a slow open points at its culprit without a profiler.
    struct Phases
    {
        TimingSamples database; // sl::core::Database::open
        TimingSamples reload; // EnterpriseTableModel::reload
        TimingSamples sort; // the proxy sorting by name
        TimingSamples firstPage; // the first page read as the view reads it
    };

    explicit OpenBenchmark(const QString& path);

    // The two are interleaved so that drift during the run (page cache, CPU clock) hits both alike.
    bool run(int repeat, TimingSamples* open, TimingSamples* limit, QString* error);
    const Phases& phases() const { return m_phases; }

private:
    bool openOnce(TimingSamples* samples, QString* error);
    bool limitOnce(TimingSamples* samples, QString* error);
    // Asks for what the view's delegate asks per cell; returns the number of non-empty texts, so that
    // a broken first page shows up as a failure instead of a fast time.
    static int readFirstPage(const QAbstractItemModel& model);

    QString m_path;
    Phases m_phases;
};

} // namespace sl::bench
