#pragma once

#include "DatabaseFixture.h"
#include "TestStreet.h"

#include <QDate>
#include <QString>

// What a test class keeps for a fresh street (TestStreet) in each test function: the database (DatabaseFixture),
// opened in a new file of its folder each time, and the street in it. The class inherits it after QObject:
//     class TestHazardRepository : public QObject, private StreetFixture
// and opens the street in init(); m_counter has counted that test function when it returns.
struct StreetFixture : DatabaseFixture
{
    TestStreet m_street;
    int m_counter = 0;

    // The street in the new file STEM<n>.sqlite, its contract over [from, to].
    void openStreet(const QString& stem, const QDate& from, const QDate& to)
    {
        m_street.open(m_db, m_dir.filePath(QStringLiteral("%1%2.sqlite").arg(stem).arg(m_counter++)), from, to);
    }
};
