#pragma once

#include <QString>

namespace sl::bench {

// export-all as the clerk runs it: the handover package of the whole street, in a process of its own so that its
// peak memory is its own (libxlsxwriter's constant-memory mode keeps it flat as the street grows).
class ExportBenchmark
{
public:
    struct Results
    {
        double ms = 0;
        double peakRssMb = -1;
        double packageMb = 0;
    };

    ExportBenchmark(const QString& path, const QString& out);
    bool run(Results* results, QString* error);
    // The child's side: prints "<ms> <peak MB>" on stdout; returns the exit code.
    static int runChild(const QString& path, const QString& out);

private:
    QString m_path;
    QString m_out;
};

} // namespace sl::bench
