#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QDate>

namespace sl::core {

class Database;

// Fills an empty database with a synthetic but realistic street (enterprises, agencies, contracts and
// what the agencies did there, gaps included), so that the clerk can try the program and the benchmark
// has a big street. The same seed and reference date give the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int enterprises = 300;
        int years = 3;
        quint32 seed = 1;
        QDate today = Clock::today();
    };

    static constexpr int kMaxEnterprises = 200000;
    static constexpr int kMaxYears = 30;

    // Refuses a database that already holds communities or enterprises.
    static bool generate(Database& db, const Options& options, QString* error);
};

} // namespace sl::core
