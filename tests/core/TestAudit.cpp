#include "db/AuditTrail.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"

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
        tamper(path, {QStringLiteral("DROP TRIGGER audit_sealed_never_changes"),
                      QStringLiteral("UPDATE audit SET after = replace(after, '新', '旧') WHERE id = 2")});
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("entry 2")), qPrintable(report.problems.first()));
    }

    void aRemovedEntryBreaksTheChain()
    {
        const QString path = makeFile();
        tamper(path, {QStringLiteral("DROP TRIGGER audit_never_deleted"), QStringLiteral("DELETE FROM audit WHERE id = 1")});
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("entry 2")), qPrintable(report.problems.first()));
    }

    void aWriteOutsideTheProgramIsNoticed()
    {
        const QString path = makeFile();
        tamper(path, {QStringLiteral("INSERT INTO community (name) VALUES ('悄悄加的')")});
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const CheckReport report = db.check();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("never sealed")), qPrintable(report.problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
