#include "db/AuditTrail.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EvidenceRepository.h"

#include <QCryptographicHash>
#include <QFile>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// Every write leaves an entry; the chain shows the first entry changed or removed behind the program's back.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // Runs SQL on the file as another program would, outside SafeLedger.
    static void tamper(const QString& path, const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

    QString makeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.sqlite").arg(m_counter++));
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            return {};
        }
        CommunityRepository communities(db);
        Community c;
        c.name = QStringLiteral("锦北社区");
        communities.insert(c, &error);
        c.name = QStringLiteral("锦北社区（新）");
        communities.rename(c.id, c.name, &error);
        Community d;
        d.name = QStringLiteral("河西村");
        communities.insert(d, &error);
        return path;
    }

private slots:
    void everyWriteIsRecordedAndSealed()
    {
        const QString path = makeFile();
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const QList<AuditTrail::Entry> entries = AuditTrail::list(db.connection(), {});
        QCOMPARE(entries.size(), 3);
        const AuditTrail::Entry& rename = entries.at(1); // newest first
        QCOMPARE(rename.table, QStringLiteral("community"));
        QCOMPARE(rename.action, QStringLiteral("update"));
        QVERIFY(rename.before.contains(QStringLiteral("\"锦北社区\"")));
        QVERIFY(rename.after.contains(QStringLiteral("锦北社区（新）")));
        QVERIFY(!rename.operatorName.isEmpty());
        QCOMPARE(rename.hash.size(), 64);
        QVERIFY(rename.at.isValid());
        AuditTrail::Filter onlyRiver;
        onlyRiver.text = QStringLiteral("河西");
        QCOMPARE(AuditTrail::list(db.connection(), onlyRiver).size(), 1);
        const CheckReport report = db.check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        // The program itself cannot remove or change an entry either.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET after = '{}' WHERE id = 1")));
    }

    void aChangedEntryBreaksTheChain()
    {
        const QString path = makeFile();
        tamper(path,
               { QStringLiteral("DROP TRIGGER audit_sealed_never_changes"),
                 QStringLiteral("UPDATE audit SET after = replace(after, '新', '旧') WHERE id = 2") });
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QVERIFY2(report.problems.first().contains(QStringLiteral("entry 2")), qPrintable(report.problems.first()));
        // The guard that was dropped is missed too.
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("audit_sealed_never_changes")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void aRemovedEntryBreaksTheChain()
    {
        const QString path = makeFile();
        tamper(
            path,
            { QStringLiteral("DROP TRIGGER audit_never_deleted"), QStringLiteral("DELETE FROM audit WHERE id = 1") });
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QVERIFY2(report.problems.first().contains(QStringLiteral("entry 2")), qPrintable(report.problems.first()));
    }

    void aWriteOutsideTheProgramIsNoticed()
    {
        const QString path = makeFile();
        tamper(path, { QStringLiteral("INSERT INTO community (name) VALUES ('悄悄加的')") });
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("never sealed")), qPrintable(report.problems.first()));
    }

    // The probe's cases: each was missed before.

    void anOutsideWriteStaysReportedAfterANormalWriteUntilAcknowledged()
    {
        const QString path = makeFile();
        tamper(path, { QStringLiteral("UPDATE community SET name = '悄悄改的' WHERE id = 2") });
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        Community later;
        later.name = QStringLiteral("正常写入");
        QVERIFY2(CommunityRepository(db).insert(later, &error), qPrintable(error));
        CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("never sealed")), qPrintable(report.problems.first()));
        QCOMPARE(AuditTrail::unacknowledged(db.connection()).size(), 1);
        int count = 0;
        QVERIFY2(AuditTrail::acknowledge(db.connection(), QStringLiteral("seen: the IT office fixed a typo"), &count,
                                         &error),
                 qPrintable(error));
        QCOMPARE(count, 1);
        report = db.check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("acknowledged")));
        // The acknowledgement is itself in the trail, sealed.
        AuditTrail::Filter acks;
        acks.table = QStringLiteral("audit_acknowledgement");
        const QList<AuditTrail::Entry> logged = AuditTrail::list(db.connection(), acks);
        QCOMPARE(logged.size(), 1);
        QVERIFY(!logged.first().hash.isEmpty());
        QVERIFY(logged.first().after.contains(QStringLiteral("IT office")));
        // An acknowledgement written outside the program does not count.
        db.close();
        tamper(path,
               { QStringLiteral("UPDATE community SET name = '又改了' WHERE id = 2"),
                 QStringLiteral("INSERT INTO audit_acknowledgement (audit_id, acknowledged_at, operator, note)"
                                " SELECT max(id), 'now', 'x', 'x' FROM audit WHERE table_name = 'community'") });
        QVERIFY(db.open(path, &error));
        QVERIFY(!db.check().ok());
    }

    void lastEntriesDeletedShowAgainstTheAnchor()
    {
        const QString path = makeFile();
        QString error;
        QVERIFY2(!BackupManager(path).take(QStringLiteral("manual"), &error).isEmpty(), qPrintable(error));
        // The last entry (河西村 added) removed, the guard put back exactly as it was.
        tamper(path,
               { QStringLiteral("DROP TRIGGER audit_never_deleted"),
                 QStringLiteral("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)"),
                 AuditTrail::kNeverDeletedSql });
        Database db;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("ends before its anchor")),
                 qPrintable(report.problems.first()));
    }

    void anEditWithItsTriggerDroppedShows()
    {
        const QString path = makeFile();
        // The row trigger dropped, the row changed, the trigger put back exactly as it was.
        QString trigger;
        {
            QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            peek.setDatabaseName(path);
            QVERIFY(peek.open());
            QSqlQuery q(peek);
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_community_update'"))
                    && q.next());
            trigger = q.value(0).toString();
            q.finish();
            peek.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        tamper(path,
               { QStringLiteral("DROP TRIGGER audit_community_update"),
                 QStringLiteral("UPDATE community SET name = '改了没记' WHERE id = 1"), trigger });
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("Record 1 of community differs")),
                 qPrintable(report.problems.first()));
    }

    void aDroppedTriggerShows()
    {
        const QString path = makeFile();
        tamper(path, { QStringLiteral("DROP TRIGGER audit_enterprise_insert") });
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("audit_enterprise_insert")),
                 qPrintable(report.problems.first()));
        QVERIFY(report.problems.first().contains(QStringLiteral("missing")));
    }

    void aForgedEntryWithTheChainRecomputedShowsAgainstTheAnchor()
    {
        const QString path = makeFile();
        QString error;
        QVERIFY2(!BackupManager(path).take(QStringLiteral("manual"), &error).isEmpty(), qPrintable(error));
        // Who renamed the community is changed, and every hash after it computed again as the program would.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_sealed_never_changes")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET operator = '别人' WHERE id = 2")));
            QVERIFY(
                q.exec(QStringLiteral("SELECT id, at, operator, table_name, record_id, action, before, after FROM audit"
                                      " ORDER BY id")));
            QList<QPair<qint64, QString>> hashes;
            QByteArray previous;
            while (q.next()) {
                QCryptographicHash h(QCryptographicHash::Sha256);
                h.addData(previous);
                for (int i = 0; i < 8; ++i) {
                    h.addData(QByteArrayView("\x1f", 1));
                    h.addData(q.value(i).toString().toUtf8());
                }
                previous = h.result().toHex();
                hashes.append({ q.value(0).toLongLong(), QString::fromLatin1(previous) });
            }
            QSqlQuery u(db);
            for (const auto& [id, hash] : std::as_const(hashes)) {
                u.prepare(QStringLiteral("UPDATE audit SET hash = ? WHERE id = ?"));
                u.addBindValue(hash);
                u.addBindValue(id);
                QVERIFY(u.exec());
            }
            QVERIFY(q.exec(AuditTrail::kSealedNeverChangesSql));
            q.finish();
            u.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forge"));
        Database db;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("no longer has the hash anchored")),
                 qPrintable(report.problems.first()));
    }

    void restoreRefusesABackupWhoseTrailIsBrokenUnlessTold()
    {
        const QString path = makeFile();
        tamper(path,
               { QStringLiteral("DROP TRIGGER audit_sealed_never_changes"),
                 QStringLiteral("UPDATE audit SET after = replace(after, '新', '旧') WHERE id = 2") });
        QString error;
        const QString backup = BackupManager(path).take(QStringLiteral("manual"), &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        const QString target = m_dir.filePath(QStringLiteral("restored%1.sqlite").arg(m_counter++));
        BackupRestorer::Result result;
        QVERIFY(!BackupRestorer::restore(target, backup, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("audit trail is broken")) && error.contains(QStringLiteral("--force")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(target));
        BackupRestorer::Summary summary;
        QVERIFY(BackupRestorer::verify(backup, &summary, &error));
        QVERIFY(!summary.auditProblems.isEmpty());
        QVERIFY2(BackupRestorer::restore(target, backup, &result, &error, true), qPrintable(error));
        QVERIFY(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("audit trail is broken")));
        Database db;
        QVERIFY(db.open(target, &error));
        QVERIFY(!db.check().ok()); // and check goes on saying so
    }

    // A file whose creation was cut off between two upgrade steps (a killed demo) is read as it is.
    void checkReadsAFileLeftBetweenUpgradeSteps()
    {
        for (int version : { 4, 9, 12 }) {
            const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
            QString error;
            {
                Database db;
                QVERIFY2(db.open(path, &error, version), qPrintable(error));
            }
            Database db;
            QVERIFY2(db.openReadOnly(path, &error, Database::Versions::OlderToo), qPrintable(error));
            CheckReport report = db.check();
            EvidenceRepository(db).verify(report);
            QVERIFY2(report.ok(), qPrintable(QString::number(version) + report.problems.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
