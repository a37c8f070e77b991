#include "Clock.h"
#include "db/AgencyRepository.h"
#include "db/BackupRestorer.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/Migrations.h"
#include "db/ServiceRecordRepository.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sl::core::BackupRestorer;
using sl::core::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray digest(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    // A plain connection that bypasses Database, to build files the way other programs would.
    static void rawExec(const QString& path, const QStringList& statements)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString& s : statements) {
                QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
            }
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    static QVariant pragma(Database& db, const QString& name)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
            return {};
        }
        return q.value(0);
    }

private slots:
    void createsNewFileWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 1000);
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toLongLong(), qint64(Database::kApplicationId));
        QVERIFY(db.lastUpgradeBackup().isEmpty()); // nothing to back up in a new file
        QVERIFY(db.check().ok());
    }

    void upgradesWithBackupAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database v1;
            QString error;
            QVERIFY2(v1.open(path, &error, 1), qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
            QSqlQuery q(v1.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO community (name) VALUES ('A')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO enterprise (name, credit_code, community_id, size_class, created_at, updated_at)"
                " VALUES ('Old Co', '91110000600037341L', 1, 'scale', 'x', 'x')")));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM enterprise")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Old Co"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'setting'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();

        // The backup was taken before the upgrade: it is still at version 1 and holds the data.
        const QString backup = db.lastUpgradeBackup();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));
        db.close();
        // A backup like any other: it restores to the file as it was.
        const QString restored = QDir(dir.path()).filePath(QStringLiteral("restored/old.sqlite"));
        BackupRestorer::Result result;
        QVERIFY2(BackupRestorer::restore(restored, backup, &result, &error), qPrintable(error));
        Database old;
        QVERIFY2(old.open(restored, &error, 1), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 1);
        QSqlQuery q2(old.connection());
        QVERIFY(q2.exec(QStringLiteral("SELECT count(*) FROM enterprise")) && q2.next());
        QCOMPARE(q2.value(0).toInt(), 1);
    }

    // Step 15 (the street's own inspections): a file of version 14 with an agency's inspection and its hazard
    // upgrades with nothing lost; what it held was the agency's, and the audit trail follows the new column.
    void upgradesToStreetInspectionsKeepingRecords()
    {
        using namespace sl::core;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v14.sqlite"));
        qint64 enterprise = 0;
        qint64 agency = 0;
        {
            Database v14;
            QString error;
            QVERIFY2(v14.open(path, &error, 14), qPrintable(error));
            QCOMPARE(v14.schemaVersion(), 14);
            Community c;
            c.name = QStringLiteral("锦北社区");
            QVERIFY2(CommunityRepository(v14).insert(c, &error), qPrintable(error));
            Enterprise e;
            e.name = QStringLiteral("恒达机械有限公司");
            e.creditCode = QStringLiteral("91110000600037341L");
            e.communityId = c.id;
            QVERIFY2(EnterpriseRepository(v14).insert(e, &error), qPrintable(error));
            enterprise = e.id;
            Agency a;
            a.name = QStringLiteral("锦安安全技术服务有限公司");
            QVERIFY2(AgencyRepository(v14).insert(a, &error), qPrintable(error));
            agency = a.id;
            // Written as the program of version 14 wrote them: in a transaction, whose commit seals the audit.
            Transaction tx(v14.connection());
            QSqlQuery q(v14.connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO service_record (id, enterprise_id, agency_id, kind, done_on,"
                                           " content, created_at, updated_at) VALUES (7, %1, %2, 'inspection',"
                                           " '2025-03-10', '消防通道堆放杂物', 'x', 'x')")
                                .arg(enterprise)
                                .arg(agency)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO hazard (id, enterprise_id, inspection_id, found_on,"
                                           " description, grade, deadline, state, created_at, updated_at) VALUES"
                                           " (9, %1, 7, '2025-03-10', '配电箱未接地', 'general', '2025-04-10',"
                                           " 'rectifying', 'x', 'x')")
                                .arg(enterprise)),
                     qPrintable(q.lastError().text()));
            q.finish();
            QVERIFY2(tx.commit(), qPrintable(tx.errorText()));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 15);
        QVERIFY(!db.lastUpgradeBackup().isEmpty());
        QVERIFY2(db.check().ok(), qPrintable(db.check().problems.join(QLatin1Char('\n'))));
        ServiceRecordRepository records(db);
        const std::optional<ServiceRecord> old = records.find(7);
        QVERIFY(old);
        QCOMPARE(old->inspector, Inspector::Agency);
        QCOMPARE(old->agencyId, agency);
        QCOMPARE(old->doneOn, QDate(2025, 3, 10));
        QCOMPARE(old->content, QStringLiteral("消防通道堆放杂物"));
        const std::optional<Hazard> h = HazardRepository(db).find(9);
        QVERIFY(h);
        QCOMPARE(h->inspector, Inspector::Agency);
        QCOMPARE(h->agencyId, agency);
        QCOMPARE(h->state, HazardState::Rectifying);
        QCOMPARE(h->description, QStringLiteral("配电箱未接地"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'service_record_kind'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("inspector")), qPrintable(q.value(0).toString()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE service_record SET inspector = 'nobody' WHERE id = 7")));
        // The obligation engine's read of the agencies' periodic records is still answered through its index (covering
        // where the SQLite in use counts a partial index's condition as covered; the column is in it for that).
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT enterprise_id, kind, done_on, report_year FROM service_record"
            " WHERE voided_at IS NULL AND kind IN ('inspection', 'training', 'drill') AND (0 = 0 OR enterprise_id = 0)"
            " AND done_on BETWEEN '2025-01-01' AND '2025-12-31' AND inspector = 'agency'")));
        QStringList plan;
        while (q.next()) {
            plan << q.value(3).toString();
        }
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QStringLiteral("INDEX service_record_kind (kind=?")),
                 qPrintable(plan.join(QLatin1Char(' '))));
        q.finish();

        // A street inspection on the upgraded file: written, and its row in the audit trail names who inspected.
        Clock::setToday(QDate(2025, 11, 20));
        ServiceRecord street;
        street.enterpriseId = enterprise;
        street.kind = RecordKind::Inspection;
        street.inspector = Inspector::Street;
        street.doneOn = QDate(2025, 5, 6);
        QVERIFY2(records.save(street, nullptr, &error), qPrintable(error));
        Clock::setToday(QDate());
        QCOMPARE(records.find(street.id)->inspector, Inspector::Street);
        QSqlQuery a(db.connection());
        QVERIFY(a.exec(QStringLiteral("SELECT after FROM audit WHERE table_name = 'service_record' AND record_id = %1")
                           .arg(street.id))
                && a.next());
        QVERIFY2(a.value(0).toString().contains(QStringLiteral("street")), qPrintable(a.value(0).toString()));
    }

    void failedMigrationIsUndoneWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        {
            Database v1;
            QString error;
            QVERIFY2(v1.open(path, &error, 1), qPrintable(error));
            QSqlQuery q(v1.connection());
            // Step 2 creates a table "setting"; an existing one makes that step fail half way.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE keep_me (x)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX enterprise_landlord ON enterprise(landlord_id)")));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::MigrationFailed);
        QVERIFY(error.contains(QStringLiteral("2")));
        QVERIFY(!db.isOpen());

        Database v1;
        QVERIFY2(v1.open(path, &error, 1), qPrintable(error));
        QCOMPARE(v1.schemaVersion(), 1);
        QSqlQuery q(v1.connection());
        // The statements of step 2 that ran before the failing one were rolled back with it.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE name IN ('setting', 'enterprise_community')"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesNewerVersionUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        rawExec(path,
                { QStringLiteral("PRAGMA journal_mode = DELETE"),
                  QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5) });
        const QByteArray before = digest(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::NewerVersion);
        QVERIFY(error.contains(QString::number(Database::latestSchemaVersion() + 5)));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    }

    void refusesForeignSqliteUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawExec(path,
                { QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)"),
                  QStringLiteral("INSERT INTO photos (data) VALUES (x'0102')") });
        const QByteArray before = digest(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::NotSafeLedger);
        QVERIFY(!error.isEmpty());
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void refusesNonDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is a spreadsheet, not a database");
        f.close();
        const QByteArray before = digest(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::NotSafeLedger);
        QCOMPARE(digest(path), before);
    }

    void refusesCorruptFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        rawExec(path, { QStringLiteral("PRAGMA journal_mode = DELETE") });
        {
            // Keep the 16-byte magic, destroy the rest of the header and the schema page.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(16);
            f.write(QByteArray(4000, '\xA5'));
        }
        const QByteArray before = digest(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::Corrupt);
        QVERIFY(!error.isEmpty());
        QCOMPARE(digest(path), before);
    }

    void refusesSecondWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        Database first;
        QString error;
        QVERIFY(first.open(path, &error));
        Database second;
        QVERIFY(!second.open(path, &error));
        QCOMPARE(second.lastOpenError(), Database::OpenError::Locked);
        QVERIFY(error.contains(QString::number(QCoreApplication::applicationPid())));
        first.close();
        QVERIFY2(second.open(path, &error), qPrintable(error));
    }

    void checkFindsBrokenLinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("links.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        QVERIFY(db.check().ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO enterprise (name, credit_code, community_id, size_class, created_at, updated_at)"
            " VALUES ('Orphan', '91110000600037341L', 42, 'scale', 'x', 'x')")));
        const auto report = db.check();
        QVERIFY(!report.ok());
        QVERIFY(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("community")));
    }

    void backupRefusesToOverwrite()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(db.backupTo(target, &error), qPrintable(error));
        QVERIFY(QFileInfo(target).size() > 0);
        QVERIFY(!db.backupTo(target, &error));
        QVERIFY(!error.isEmpty());
    }

    void migrationsAreNumberedAndComplete()
    {
        QCOMPARE(sl::core::Migrations::latestVersion(), Database::latestSchemaVersion());
        for (int v = 1; v <= sl::core::Migrations::latestVersion(); ++v) {
            QVERIFY(!sl::core::Migrations::statements(v).isEmpty());
        }
        QVERIFY(sl::core::Migrations::statements(0).isEmpty());
        QVERIFY(sl::core::Migrations::statements(sl::core::Migrations::latestVersion() + 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
