#pragma once

#include "TimingSamples.h"

#include <QDate>
#include <QString>

namespace sl::bench {

// The same operations of the program on the street in its SQLite file and on a PostgreSQL server database holding
// the same street: open, the dashboard's figures, the compliance year, the subsidy year and the annual report's
// figures (the rendering of lists and PDFs does not depend on the engine). The street is moved into the server by
// StreetMigration, itself timed. The server's database named in the address is dropped and made again first, so
// give one that holds nothing else (--server postgresql://user@host/safeledger_bench).
class ServerBenchmark
{
public:
    struct Pair
    {
        TimingSamples file;
        TimingSamples server;
    };
    struct Results
    {
        double migrateMs = 0;
        qint64 rows = 0;
        Pair open;
        Pair dashboard;
        Pair complianceYear;
        Pair subsidyYear;
        Pair annual;
        // Whether both engines gave the same figures (obligations, overdue, subsidy lines and street total).
        bool same = true;
        QString difference;
    };

    ServerBenchmark(const QString& path, const QString& server, const QDate& asOf);
    bool run(int repeat, Results* results, QString* error);

private:
    bool recreate(QString* error) const;

    QString m_path;
    QString m_server;
    QDate m_asOf;
};

} // namespace sl::bench
