#include "db/BackupManager.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

class TestBackups : public QObject
{
    Q_OBJECT

private:
    static QByteArray sha(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static void addCommunity(Database& db, const QString& name)
    {
        Community c;
        c.name = name;
        QString error;
        QVERIFY2(CommunityRepository(db).insert(c, &error), qPrintable(error));
    }

private slots:
    void dailyAndWeeklyWithRotation()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("street.sqlite")), &error));
        BackupManager backups(db);
        QVERIFY(!backups.setPolicy({0, 4}, &error));
        QVERIFY(backups.setPolicy({2, 3}, &error));
        QCOMPARE(backups.policy().daily, 2);
        QCOMPARE(backups.dailyIfDue(QDate(2026, 11, 23), &error).size(), 2); // a Monday: daily and weekly
        QCOMPARE(backups.dailyIfDue(QDate(2026, 11, 23), &error).size(), 0); // once a day
        QCOMPARE(backups.dailyIfDue(QDate(2026, 11, 24), &error).size(), 1); // same week
        backups.dailyIfDue(QDate(2026, 11, 25), &error);
        backups.dailyIfDue(QDate(2026, 11, 26), &error);
        const QDir folder(Database::backupDirectoryFor(db.path()));
        const QStringList daily = folder.entryList({QStringLiteral("street-daily-*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(daily, (QStringList{QStringLiteral("street-daily-20261125.sqlite"),
                                     QStringLiteral("street-daily-20261126.sqlite")}));
        for (int week = 0; week < 5; ++week) {
            backups.dailyIfDue(QDate(2026, 12, 7).addDays(7 * week), &error);
        }
        QCOMPARE(folder.entryList({QStringLiteral("street-weekly-*.sqlite")}, QDir::Files).size(), 3);
        QVERIFY2(BackupManager::verify(backups.latest()).isEmpty(), qPrintable(BackupManager::verify(backups.latest())));
        QVERIFY(!backups.take(QStringLiteral("before-import"), &error).isEmpty());
        QVERIFY(backups.latest().contains(QStringLiteral("street-")));
    }

    void verifyRefusesWhatItCannotRestore()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        QVERIFY(!BackupManager::verify(text).isEmpty());
        QVERIFY(!BackupManager::verify(dir.filePath(QStringLiteral("missing.sqlite"))).isEmpty());
        // Another program's SQLite file.
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(foreign);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QVERIFY(BackupManager::verify(foreign).contains(QStringLiteral("not a SafeLedger")));
    }

    void restoreKeepsTheReplacedFile()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(live, &error));
            addCommunity(db, QStringLiteral("before"));
            QVERIFY(db.backupTo(copy, &error));
            addCommunity(db, QStringLiteral("after"));
        }
        const QByteArray liveBefore = sha(live);
        QString kept;
        QString error;
        // A damaged backup is refused and the live file is untouched.
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!BackupManager::restore(live, bad, &kept, &error));
        QCOMPARE(sha(live), liveBefore);
        QVERIFY(BackupManager::restore(live, copy, &kept, &error));
        QVERIFY(QFile::exists(kept));
        Database restored;
        QVERIFY(restored.open(live, &error));
        QStringList names;
        for (const Community& c : CommunityRepository(restored).list(true)) {
            names << c.name;
        }
        QCOMPARE(names, QStringList{QStringLiteral("before")});
        restored.close();
        Database old;
        QVERIFY(old.open(kept, &error));
        QCOMPARE(CommunityRepository(old).list(true).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
