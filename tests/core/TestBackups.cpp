#include "DemoDatabase.h"
#include "ZipTamper.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/BackupWriter.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EvidenceRepository.h"
#include "demo/DemoGenerator.h"
#include "io/ArchiveManifest.h"
#include "io/ZipReader.h"
#include "io/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <unistd.h>
#endif

using namespace sl::core;

// Backups that hold everything: the database and its evidence files, checked when written and before they
// are restored; restores that are all or nothing.
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

    static QStringList communities(Database& db)
    {
        QStringList names;
        for (const Community& c : CommunityRepository(db).list(true)) {
            names << c.name;
        }
        return names;
    }

    // A small demo street: it comes with drawn sign-in sheets as evidence files.
    static void demo(Database& db, int enterprises = 60)
    {
        QString error;
        QVERIFY2(DemoDatabase::fill(db, enterprises, 3, 1, QDate(2026, 11, 29), &error), qPrintable(error));
        QVERIFY(!EvidenceRepository(db).files().isEmpty());
    }

    // A new evidence file attached to the first service record.
    static void attachEvidence(Database& db, const QString& dir, const QByteArray& content)
    {
        const QString source
            = QDir(dir).filePath(QStringLiteral("photo-%1.jpg").arg(QString::fromLatin1(content.toHex().left(8))));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM service_record")) && q.next());
        QString error;
        QVERIFY2(EvidenceRepository(db).attach(QStringLiteral("service_record"), q.value(0).toLongLong(), source,
                                               nullptr, &error),
                 qPrintable(error));
    }

    static CheckReport checkOf(const QString& path)
    {
        Database db;
        QString error;
        CheckReport report;
        if (!db.openReadOnly(path, &error, Database::Versions::OlderToo)) {
            report.problems << error;
            return report;
        }
        report = db.check();
        EvidenceRepository(db).verify(report);
        return report;
    }

    static ArchiveManifest manifestOf(const QString& zipPath)
    {
        ZipReader zip(zipPath);
        QByteArray json;
        ArchiveManifest m;
        QString error;
        if (zip.open(&error) && zip.read(ArchiveManifest::kEntryName, 1 << 20, &json, &error)) {
            ArchiveManifest::fromJson(json, &m, &error);
        }
        return m;
    }

private slots:
    // The names rotation and "the newest backup" go by, read by hand (no regular expressions in the backup thread).
    void namesABackupCarries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("backup");
        QTest::newRow("daily") << "street-daily-20261125.zip" << true;
        QTest::newRow("weekly") << "street-weekly-2026-W48.zip" << true;
        QTest::newRow("manual") << "street-manual-20261125-101500.zip" << true;
        QTest::newRow("manual, second of the second") << "street-manual-20261125-101500-2.zip" << true;
        QTest::newRow("replaced") << "street-replaced-20261125-101500.zip" << true;
        QTest::newRow("before an import") << "street-before-import-20261125-101500.zip" << true;
        QTest::newRow("0.1 copy") << "street-daily-20261125.sqlite" << true;
        QTest::newRow("another database") << "streets-daily-20261125.zip" << false;
        QTest::newRow("being written") << "street-daily-20261125.zip.partial" << false;
        QTest::newRow("short date") << "street-daily-2026112.zip" << false;
        QTest::newRow("letters in the date") << "street-daily-2026112x.zip" << false;
        QTest::newRow("week without W") << "street-weekly-2026-48.zip" << false;
        QTest::newRow("unknown kind") << "street-hourly-20261125.zip" << false;
        QTest::newRow("before, no reason") << "street-before--20261125-101500.zip" << false;
        QTest::newRow("before, capitals") << "street-before-Import-20261125-101500.zip" << false;
        QTest::newRow("manual without time") << "street-manual-20261125.zip" << false;
        QTest::newRow("manual, empty counter") << "street-manual-20261125-101500-.zip" << false;
        QTest::newRow("other extension") << "street-daily-20261125.db" << false;
        QTest::newRow("the database itself") << "street.sqlite" << false;
    }

    void namesABackupCarries()
    {
        QFETCH(QString, name);
        QFETCH(bool, backup);
        QCOMPARE(BackupManager::isBackupOf(name, QStringLiteral("street")), backup);
    }

    // A manifest that names an evidence file outside the program's own form is refused as a whole.
    void aManifestNamesOnlyStoredFiles_data()
    {
        const QString hex64 = QString(64, QLatin1Char('a'));
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("no extension") << QStringLiteral("ab/") + hex64 << true;
        QTest::newRow("png") << QStringLiteral("ab/") + hex64 + QStringLiteral(".png") << true;
        QTest::newRow("ten characters") << QStringLiteral("ab/") + hex64 + QStringLiteral(".abcdefghij") << true;
        QTest::newRow("eleven characters") << QStringLiteral("ab/") + hex64 + QStringLiteral(".abcdefghijk") << false;
        QTest::newRow("empty extension") << QStringLiteral("ab/") + hex64 + QStringLiteral(".") << false;
        QTest::newRow("climbs out") << QStringLiteral("../") + hex64 << false;
        QTest::newRow("capital hex") << QStringLiteral("AB/") + hex64 << false;
        QTest::newRow("short hash") << QStringLiteral("ab/") + hex64.left(63) << false;
        QTest::newRow("slash in extension") << QStringLiteral("ab/") + hex64 + QStringLiteral(".p/g") << false;
        QTest::newRow("backslash in extension") << QStringLiteral("ab/") + hex64 + QStringLiteral(".p\\g") << false;
        QTest::newRow("drive in extension") << QStringLiteral("ab/") + hex64 + QStringLiteral(".c:") << false;
    }

    void aManifestNamesOnlyStoredFiles()
    {
        QFETCH(QString, stored);
        QFETCH(bool, accepted);
        ArchiveManifest m;
        m.format = ArchiveManifest::kBackupFormat;
        m.mainEntry = ArchiveManifest::kDatabaseEntry;
        m.mainSha256 = QString(64, QLatin1Char('0'));
        m.schemaVersion = 1;
        m.evidence.append({ stored, 3, QString(64, QLatin1Char('b')) });
        ArchiveManifest read;
        QString error;
        QCOMPARE(ArchiveManifest::fromJson(m.toJson(), &read, &error), accepted);
        if (accepted) {
            QCOMPARE(read.evidence.first().storedName, stored);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void dailyAndWeeklyWithRotation()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("street.sqlite")), &error));
        demo(db);
        QVERIFY(!BackupManager::setPolicy(db, { 0, 4 }, &error));
        QVERIFY(BackupManager::setPolicy(db, { 2, 3 }, &error));
        const BackupManager::Policy policy = BackupManager::policy(db);
        QCOMPARE(policy.daily, 2);
        BackupManager backups(db.path());
        BackupManager::Taken taken;
        QVERIFY2(backups.dailyIfDue(QDate(2026, 11, 23), policy, &taken, &error), qPrintable(error));
        QCOMPARE(taken.paths.size(), 2); // a Monday: daily and weekly
        QVERIFY(taken.warnings.isEmpty());
        QVERIFY(backups.dailyIfDue(QDate(2026, 11, 23), policy, &taken, &error));
        QCOMPARE(taken.paths.size(), 0); // once a day
        QVERIFY(backups.dailyIfDue(QDate(2026, 11, 24), policy, &taken, &error));
        QCOMPARE(taken.paths.size(), 1); // same week
        backups.dailyIfDue(QDate(2026, 11, 25), policy, &taken, &error);
        backups.dailyIfDue(QDate(2026, 11, 26), policy, &taken, &error);
        const QDir folder(backups.folder());
        const QStringList daily = folder.entryList({ QStringLiteral("street-daily-*") }, QDir::Files, QDir::Name);
        QCOMPARE(
            daily,
            (QStringList{ QStringLiteral("street-daily-20261125.zip"), QStringLiteral("street-daily-20261126.zip") }));
        for (int week = 0; week < 5; ++week) {
            backups.dailyIfDue(QDate(2026, 12, 7).addDays(7 * week), policy, &taken, &error);
        }
        QCOMPARE(folder.entryList({ QStringLiteral("street-weekly-*.zip") }, QDir::Files).size(), 3);
        QVERIFY2(BackupRestorer::verify(backups.latest(), nullptr, &error), qPrintable(error));
        QVERIFY(!backups.take(QStringLiteral("before-import"), &error).isEmpty());
        QVERIFY(backups.latest().contains(QStringLiteral("street-before-import-")));
        // Nothing half-written is left in the folder.
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")), QStringList());
    }

    // The evidence files are kept once in the backups folder's store: a backup whose evidence did not change
    // copies none, one new file copies one.
    void evidenceIsStoredOnceByHash()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("street.sqlite")), &error));
        demo(db);
        const int files = static_cast<int>(EvidenceRepository(db).files().size());
        const QString folder = Database::backupDirectoryFor(db.path());
        BackupWriter::Result first;
        QVERIFY2(BackupWriter::write(db.path(), QDir(folder).filePath(QStringLiteral("a.zip")),
                                     BackupWriter::Evidence::Store, QStringLiteral("manual"), false, &first, &error),
                 qPrintable(error));
        QCOMPARE(first.evidenceFiles, files);
        QCOMPARE(first.evidenceCopied, files);
        BackupWriter::Result second;
        QVERIFY(BackupWriter::write(db.path(), QDir(folder).filePath(QStringLiteral("b.zip")),
                                    BackupWriter::Evidence::Store, QStringLiteral("manual"), false, &second, &error));
        QCOMPARE(second.evidenceCopied, 0);
        attachEvidence(db, dir.path(), "a new photo");
        BackupWriter::Result third;
        QVERIFY(BackupWriter::write(db.path(), QDir(folder).filePath(QStringLiteral("c.zip")),
                                    BackupWriter::Evidence::Store, QStringLiteral("manual"), false, &third, &error));
        QCOMPARE(third.evidenceCopied, 1);
        QCOMPARE(third.evidenceFiles, files + 1);
        // The store holds each file once, by its name; the zips hold the database and the manifest only.
        int stored = 0;
        for (QDirIterator it(BackupWriter::storeFor(folder), QDir::Files, QDirIterator::Subdirectories); it.hasNext();
             it.next()) {
            ++stored;
        }
        QCOMPARE(stored, files + 1);
        ZipReader zip(QDir(folder).filePath(QStringLiteral("c.zip")));
        QVERIFY(zip.open(&error));
        QCOMPARE(zip.entries().size(), 2);
        const ArchiveManifest m = manifestOf(QDir(folder).filePath(QStringLiteral("c.zip")));
        QCOMPARE(m.evidenceLocation, ArchiveManifest::EvidenceLocation::Store);
        QCOMPARE(m.evidence.size(), files + 1);
    }

    // A backup written with --out carries everything: copied alone to another PC, it restores into a new database
    // that check accepts, with every evidence file present.
    void aBackupThatTravelsRestoresOntoANewPc()
    {
        QTemporaryDir dir;
        QString error;
        const QString live = dir.filePath(QStringLiteral("office/street.sqlite"));
        const QString out = dir.filePath(QStringLiteral("stick/copy.zip"));
        QStringList names;
        {
            Database db;
            QVERIFY(db.open(live, &error));
            demo(db);
            names = communities(db);
            BackupWriter::Result result;
            QVERIFY2(BackupWriter::write(db.path(), out, BackupWriter::Evidence::Inside, QStringLiteral("out"), false,
                                         &result, &error),
                     qPrintable(error));
            QVERIFY(result.warnings.isEmpty());
        }
        const QString fresh = dir.filePath(QStringLiteral("newpc/data/street.sqlite"));
        BackupRestorer::Result restored;
        QVERIFY2(BackupRestorer::restore(fresh, out, &restored, &error), qPrintable(error));
        QVERIFY(restored.keptAs.isEmpty());
        QVERIFY(restored.evidenceWritten > 0);
        const CheckReport report = checkOf(fresh);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        Database db;
        QVERIFY2(db.open(fresh, &error), qPrintable(error));
        QCOMPARE(communities(db), names);
    }

    void verifyRefusesWhatItCannotRestore()
    {
        QTemporaryDir dir;
        QString error;
        const QString text = dir.filePath(QStringLiteral("text.zip"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a backup");
        f.close();
        QVERIFY(!BackupRestorer::verify(text, nullptr, &error));
        QVERIFY(!BackupRestorer::verify(dir.filePath(QStringLiteral("missing.zip")), nullptr, &error));
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
        QVERIFY(!BackupRestorer::verify(foreign, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("SafeLedger")), qPrintable(error));

        // A good backup, then damaged ways of it.
        const QString good = dir.filePath(QStringLiteral("good.zip"));
        {
            Database db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
            demo(db, 40);
            BackupWriter::Result result;
            QVERIFY(BackupWriter::write(db.path(), good, BackupWriter::Evidence::Inside, QStringLiteral("out"), false,
                                        &result, &error));
        }
        BackupRestorer::Summary summary;
        QVERIFY2(BackupRestorer::verify(good, &summary, &error), qPrintable(error));
        QVERIFY(summary.evidenceFiles > 0);
        QCOMPARE(summary.reason, QStringLiteral("out"));
        QFile whole(good);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        whole.close();
        for (qsizetype cut : { qsizetype(100), bytes.size() / 2, bytes.size() - 30 }) {
            const QString cutPath = dir.filePath(QStringLiteral("cut.zip"));
            QFile c(cutPath);
            QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
            c.write(bytes.left(cut));
            c.close();
            QVERIFY2(!BackupRestorer::verify(cutPath, nullptr, &error), qPrintable(QString::number(cut)));
        }
        // An evidence file swapped for another inside an otherwise intact zip: its SHA-256 gives it away.
        QVERIFY2(
            ZipTamper::changeFirstEvidence(
                good, dir.filePath(QStringLiteral("swapped.zip")),
                [](QByteArray& content) { content[content.size() / 2] = char(content.at(content.size() / 2) ^ 0x55); },
                ZipWriter::Compression::Fast, &error),
            qPrintable(error));
        QVERIFY(!BackupRestorer::verify(dir.filePath(QStringLiteral("swapped.zip")), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("SHA-256")), qPrintable(error));
    }

    // A backup from the backups folder keeps its evidence in the store beside it: copied alone, it is refused
    // with the way out, instead of restoring a database whose evidence is gone.
    void aStoreBackupWithoutItsStoreIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("street.sqlite")), &error));
        demo(db, 40);
        const QString taken = BackupManager(db.path()).take(QStringLiteral("manual"), &error);
        QVERIFY2(!taken.isEmpty(), qPrintable(error));
        const QString alone = dir.filePath(QStringLiteral("elsewhere/alone.zip"));
        QDir().mkpath(dir.filePath(QStringLiteral("elsewhere")));
        QVERIFY(QFile::copy(taken, alone));
        QVERIFY(!BackupRestorer::verify(alone, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("backup --out")), qPrintable(error));
        QVERIFY2(BackupRestorer::verify(taken, nullptr, &error), qPrintable(error));
    }

    void restoreKeepsTheReplacedState()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        QString backup;
        QString error;
        int filesBefore = 0;
        {
            Database db;
            QVERIFY(db.open(live, &error));
            demo(db, 40);
            addCommunity(db, QStringLiteral("before"));
            filesBefore = static_cast<int>(EvidenceRepository(db).files().size());
            backup = BackupManager(db.path()).take(QStringLiteral("manual"), &error);
            QVERIFY2(!backup.isEmpty(), qPrintable(error));
            addCommunity(db, QStringLiteral("after"));
            attachEvidence(db, dir.path(), "taken after the backup");
        }
        const QByteArray liveBefore = sha(live);
        BackupRestorer::Result result;
        // A damaged backup is refused and the live file is untouched.
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!BackupRestorer::restore(live, bad, &result, &error));
        QCOMPARE(sha(live), liveBefore);
        QVERIFY2(BackupRestorer::restore(live, backup, &result, &error), qPrintable(error));
        QVERIFY(QFile::exists(result.keptAs));
        QVERIFY2(checkOf(live).ok(), qPrintable(checkOf(live).problems.join(QLatin1Char('\n'))));
        {
            Database restored;
            QVERIFY(restored.open(live, &error));
            QVERIFY(communities(restored).contains(QStringLiteral("before")));
            QVERIFY(!communities(restored).contains(QStringLiteral("after")));
            QCOMPARE(EvidenceRepository(restored).files().size(), filesBefore);
        }
        // The replaced state is a backup like any other: restoring it brings back the later community and photo.
        const QString kept = result.keptAs;
        QVERIFY2(BackupRestorer::restore(live, kept, &result, &error), qPrintable(error));
        Database again;
        QVERIFY(again.open(live, &error));
        QVERIFY(communities(again).contains(QStringLiteral("after")));
        QCOMPARE(EvidenceRepository(again).files().size(), filesBefore + 1);
        again.close();
        QVERIFY(checkOf(live).ok());
    }

    // The probe's restore lost a commit that was still in the -wal: here the kept state holds it, and the new
    // database has no -wal of the old one beside it.
    void restoreLosesNothingThatWasInTheWal()
    {
        QTemporaryDir dir;
        QString error;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.zip"));
        {
            Database db;
            QVERIFY(db.open(live, &error));
            addCommunity(db, QStringLiteral("in the file"));
            BackupWriter::Result r;
            QVERIFY(BackupWriter::write(db.path(), copy, BackupWriter::Evidence::Inside, QStringLiteral("out"), false,
                                        &r, &error));
        }
        // A writer that died with a commit still in its -wal: the snapshot of its files while it was open.
        const QString crashed = dir.filePath(QStringLiteral("crashed/live.sqlite"));
        QDir().mkpath(dir.filePath(QStringLiteral("crashed")));
        {
            Database db;
            QVERIFY(db.open(live, &error));
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            addCommunity(db, QStringLiteral("only in the wal"));
            QVERIFY(QFile::copy(live, crashed));
            QVERIFY(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        }
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        BackupRestorer::Result result;
        QVERIFY2(BackupRestorer::restore(crashed, copy, &result, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal"))
                || QFileInfo(crashed + QStringLiteral("-wal")).size() == 0);
        {
            Database restored;
            QVERIFY(restored.open(crashed, &error));
            QCOMPARE(communities(restored), QStringList{ QStringLiteral("in the file") });
        }
        const QString back = dir.filePath(QStringLiteral("back/live.sqlite"));
        const QString keptAs = result.keptAs;
        QVERIFY2(BackupRestorer::restore(back, keptAs, &result, &error), qPrintable(error));
        Database kept;
        QVERIFY(kept.open(back, &error));
        QVERIFY(communities(kept).contains(QStringLiteral("only in the wal")));
    }

    // The probe: restore's first rename done, the second not, and the next start made an empty database that check
    // called fine. A database that is missing while its backups are there is never replaced by an empty one.
    void aMissingDatabaseIsNotReplacedByAnEmptyOne()
    {
        QTemporaryDir dir;
        QString error;
        const QString live = dir.filePath(QStringLiteral("street.sqlite"));
        QString backup;
        {
            Database db;
            QVERIFY(db.open(live, &error));
            addCommunity(db, QStringLiteral("somewhere"));
            backup = BackupManager(live).take(QStringLiteral("manual"), &error);
            QVERIFY(!backup.isEmpty());
        }
        QVERIFY(QFile::rename(live, dir.filePath(QStringLiteral("moved-away.sqlite"))));
        Database db;
        QVERIFY(!db.open(live, &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::Missing);
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(live));
        QVERIFY(!db.openReadOnly(live, &error));
        QVERIFY(!QFileInfo::exists(live));
        // The way back.
        BackupRestorer::Result result;
        QVERIFY2(BackupRestorer::restore(live, backup, &result, &error), qPrintable(error));
        QVERIFY(db.open(live, &error));
        QCOMPARE(communities(db), QStringList{ QStringLiteral("somewhere") });
    }

    // Rotation counts only checked copies: the old plain copies (never checked) go once enough checked ones
    // exist, and a killed backup's temporary file is tidied away, never counted.
    void rotationKeepsOnlyCheckedCopies()
    {
        QTemporaryDir dir;
        QString error;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("street.sqlite")), &error));
        const QDir folder(Database::backupDirectoryFor(db.path()));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        for (const QString& old :
             { QStringLiteral("street-daily-20261101.sqlite"), QStringLiteral("street-daily-20261102.sqlite") }) {
            QFile f(folder.filePath(old));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a backup");
        }
        const QString stale = folder.filePath(QStringLiteral(".street-daily-20261103.zip.0badf00d.part"));
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("killed");
            f.close();
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
        }
        BackupManager backups(db.path());
        BackupManager::Taken taken;
        QVERIFY(backups.dailyIfDue(QDate(2026, 11, 23), { 1, 1 }, &taken, &error));
        QCOMPARE(folder.entryList({ QStringLiteral("street-daily-*") }, QDir::Files),
                 QStringList{ QStringLiteral("street-daily-20261123.zip") });
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(BackupRestorer::verify(backups.latest(), nullptr, &error));
    }

    // check, the exports and a backup read the file without writing to it: an older file is not upgraded, the
    // operator is not recorded, the bytes stay as they were.
    void readingChangesNothing()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, &error, 5)); // a file of data version 5
        }
        const QByteArray before = sha(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        {
            Database db;
            QVERIFY2(db.openReadOnly(path, &error, Database::Versions::OlderToo), qPrintable(error));
            QVERIFY(db.isReadOnly());
            const CheckReport report = db.check();
            QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
            QCOMPARE(db.schemaVersion(), 5);
            // The exports need the current version and say so, rather than upgrading the file.
            Database current;
            QVERIFY(!current.openReadOnly(path, &error));
            QVERIFY2(error.contains(QStringLiteral("older")), qPrintable(error));
        }
        BackupWriter::Result result;
        QVERIFY2(BackupWriter::write(path, dir.filePath(QStringLiteral("out/old.zip")), BackupWriter::Evidence::Inside,
                                     QStringLiteral("out"), false, &result, &error),
                 qPrintable(error));
        QCOMPARE(sha(path), before);
        // SQLite's own -shm/-wal of a reader may appear beside it; nothing else does.
        QStringList filesAfter = QDir(dir.path()).entryList(QDir::Files);
        filesAfter.removeAll(QStringLiteral("old.sqlite-shm"));
        filesAfter.removeAll(QStringLiteral("old.sqlite-wal"));
        QCOMPARE(filesAfter, filesBefore);
    }

    // The probe opened one file twice through a hard link; the lock is on the file itself now.
    void aSecondNameOfTheFileIsLockedToo()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("street.sqlite"));
        const QString other = dir.filePath(QStringLiteral("other-name.sqlite"));
        Database first;
        QVERIFY(first.open(path, &error));
#ifdef Q_OS_WIN
        QVERIFY(CreateHardLinkW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(other).utf16()),
                                reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(path).utf16()), nullptr));
#else
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
#endif
        Database second;
        QVERIFY(!second.open(other, &error));
        QCOMPARE(second.lastOpenError(), Database::OpenError::Locked);
        QVERIFY2(error.contains(QStringLiteral("another name")), qPrintable(error));
        // A reader in the same process closing its own handles of the file does not free the writer's lock (a
        // classic POSIX lock would go with the first close() of any descriptor of the file).
        Database reader;
        QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
        reader.close();
        QVERIFY(!second.open(other, &error));
        first.close();
        QVERIFY2(second.open(other, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
