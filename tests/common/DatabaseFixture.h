#pragma once

#include "AppSettings.h"
#include "Clock.h"
#include "DemoDatabase.h"
#include "TestEngine.h"
#include "db/Database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What a test class keeps while it runs: one temporary folder, the database opened in it, and the clerk's settings
// file beside it (for the pages and windows that read one). The class inherits it after QObject:
//     class TestReportsPage : public QObject, private DatabaseFixture
// and opens what it needs in initTestCase() or init() (these use QVERIFY).
struct DatabaseFixture
{
    QTemporaryDir m_dir;
    sl::core::Database m_db;
    std::unique_ptr<sl::core::AppSettings> m_settings;

    // The settings file and a new, empty database, both in the folder under the names given.
    void openEmpty(const QString& settingsName, const QString& databaseName)
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<sl::core::AppSettings>(m_dir.filePath(settingsName));
        QString error;
        QVERIFY(m_db.open(TestEngine::at(m_dir.filePath(databaseName)), &error));
    }

    // In the new file `databaseName`, the demo street of `enterprises` enterprises over `years` years drawn from
    // `seed`, as on `today` (DemoDatabase).
    void openDemo(const QString& databaseName, int enterprises, int years, quint32 seed, const QDate& today)
    {
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(databaseName), enterprises, years, seed, today, &error),
                 qPrintable(error));
    }

    // For a page: the settings file s.ini, and in r.sqlite the demo street of `enterprises` enterprises over three
    // years (seed 1) as on `today`, which the clock is set to; the test class sets it back.
    void openDemoForPage(int enterprises, const QDate& today)
    {
        sl::core::Clock::setToday(today);
        m_settings = std::make_unique<sl::core::AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        openDemo(QStringLiteral("r.sqlite"), enterprises, 3, 1, today);
    }
};
