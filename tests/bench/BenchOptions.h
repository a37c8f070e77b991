#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace sl::bench {

// What the benchmark was asked to do. Defaults give the "big street" of the issue: 5,000 enterprises,
// ten years, seed 1, seven runs per operation.
class BenchOptions
{
public:
    enum class Outcome { Run, ShowedHelp, Invalid };

    QString databasePath; // empty: generate a fresh demo street
    int enterprises = 5000;
    int years = 10;
    quint32 seed = 1;
    int repeat = 7;
    QString jsonPath;
    // A PostgreSQL database to measure the same street on, beside the file (ServerBenchmark); empty: none.
    QString serverLocation;
    // Internal: the child process that only writes a demo street (see DemoStreet).
    QString writeDemoPath;
    // Internal: the child that starts the window (StartBenchmark) or runs export-all (ExportBenchmark).
    QString startChildPath;
    QDate asOf;
    bool backupFirst = false;
    // Only open, search and the derived figures: no import, backups, starts or export-all.
    bool quick = false;
    QString exportChildPath;
    // Internal: the child of WindowStartBenchmark, on this file ("bare": a bare QMainWindow with a QTableView).
    QString windowChildPath;
    QString outPath;

    Outcome parse(const QStringList& arguments, QString* message);
};

} // namespace sl::bench
