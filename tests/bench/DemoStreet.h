#pragma once

#include <QString>

namespace sl::bench {

class BenchOptions;

// Writes the synthetic street the benchmark measures, with the program's own DemoGenerator, and
// says how long that took (the issue wants the big street generated in seconds, not minutes).
class DemoStreet
{
public:
    // Generates into path in this process; ms is the time DemoGenerator::generate took.
    static bool write(const QString& path, const BenchOptions& options, double* ms, QString* error);
    // Generates in a child process (this program with --write-demo), so that the memory the
    // generator needs does not count toward the peak RSS of the operations measured afterwards.
    static bool writeInChild(const QString& path, const BenchOptions& options, double* ms, QString* error);
    // The child's side of writeInChild: prints the generation time on stdout; returns the exit code.
    static int runChild(const BenchOptions& options);
};

} // namespace sl::bench
