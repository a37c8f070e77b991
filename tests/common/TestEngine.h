#pragma once

#include "PostgresScratch.h"

#include <QFileInfo>
#include <QHash>
#include <QString>


// Which engine a core test's databases live on. By default the file the test names (SQLite); with
// SL_TEST_ENGINE=postgres (ctest's "-postgres" runs), a new file name becomes a scratch database of its own on the
// tests' PostgreSQL server, the same name giving the same database again for the rest of the run. The fixtures
// (DatabaseFixture, StreetFixture, TestStreet, DemoDatabase) open their databases through it.
namespace TestEngine {

inline bool onServer()
{
    return qEnvironmentVariable("SL_TEST_ENGINE") == QLatin1String("postgres");
}

// Where the test's database `path` is: the path itself, or its scratch database's address.
inline QString at(const QString& path)
{
    if (!onServer()) {
        return path;
    }
    // Kept to the end of the run and never dropped here (no database connection may be made while the program
    // exits): the fixture's cluster is removed whole after the tests.
    static QHash<QString, QString> scratches;
    const QString key = QFileInfo(path).absoluteFilePath();
    auto it = scratches.find(key);
    if (it == scratches.end()) {
        PostgresScratch scratch(QStringLiteral("run"));
        if (!scratch.isValid()) {
            qWarning("TestEngine: %s", qPrintable(scratch.error()));
            return path;
        }
        it = scratches.insert(key, scratch.release());
    }
    return it.value();
}

} // namespace TestEngine
