#pragma once

#include "TestEngine.h"

#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QDate>
#include <QString>

// A test's demo street: a database file opened and filled by DemoGenerator with `enterprises` enterprises over
// `years` years, drawn from `seed`, as on `today`. Check it in the test function:
//     QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("street.sqlite")), 150, 3, 5, m_today, &error),
//              qPrintable(error));
namespace DemoDatabase {

inline sl::core::DemoGenerator::Options options(int enterprises, int years, quint32 seed, const QDate& today)
{
    sl::core::DemoGenerator::Options options;
    options.enterprises = enterprises;
    options.years = years;
    options.seed = seed;
    options.today = today;
    return options;
}

// Fills an open database; false with the generator's error when it refuses.
inline bool fill(sl::core::Database& db, int enterprises, int years, quint32 seed, const QDate& today, QString* error)
{
    return sl::core::DemoGenerator::generate(db, options(enterprises, years, seed, today), error);
}

// Opens the database at `path` and fills it; false with the error of the step that failed.
inline bool open(sl::core::Database& db, const QString& path, int enterprises, int years, quint32 seed,
                 const QDate& today, QString* error)
{
    return db.open(TestEngine::at(path), error) && fill(db, enterprises, years, seed, today, error);
}

} // namespace DemoDatabase
