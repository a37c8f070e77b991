#pragma once

#include "TimingSamples.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace sl::bench {

// `open`: what the clerk waits for between starting the program and seeing the Enterprises table —
// open the file with sl::core::Database, load EnterpriseTableModel, sort it by name through
// EnterpriseFilterProxy as the page does, and read the first screenful as QTableView would.
// Its limit is the same work in plain SQL: open the file with a plain QSQLITE connection and read, with
// one SELECT, every enterprise row the table shows (the archived ones are hidden), with the texts of its
// columns, ordered by name. Every run checks that the limit's rows are the table's.
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
    // Whether the limit read the rows and texts the table showed in every run, and where it first did not.
    bool checked() const { return m_checked; }
    const QString& mismatch() const { return m_mismatch; }

private:
    // Per enterprise id: name, credit code, community, join date, employees, safety contact, phone,
    // landlord, address.
    using Rows = QHash<qint64, QStringList>;

    bool openOnce(TimingSamples* samples, Rows* shown, QString* error);
    bool limitOnce(TimingSamples* samples, Rows* read, QString* error);
    // Asks for what the view's delegate asks per cell; returns the number of non-empty texts, so that
    // a broken first page shows up as a failure instead of a fast time.
    static int readFirstPage(const QAbstractItemModel& model);

    QString m_path;
    Phases m_phases;
    bool m_checked = true;
    QString m_mismatch;
};

} // namespace sl::bench
