#pragma once

#include "TimingSamples.h"

#include <QString>

namespace sl::bench {

// `import_5000`: the clerk's enterprise list (5,000 rows, CSV) taken into an empty database — reading,
// checking every row and writing them in one transaction, with the backup taken before it.
class ImportBenchmark
{
public:
    static constexpr int kRows = 5000;

    explicit ImportBenchmark(const QString& streetPath);
    bool run(int repeat, TimingSamples* samples, int* imported, QString* error);

private:
    QString m_streetPath;
};

} // namespace sl::bench
