#include "db/CommunityRepository.h"
#include "db/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Power cuts and killed processes: a child writes in a loop and is killed at random moments; after each
// kill the file passes the integrity check and holds every write the child reported as committed.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        {
            sl::core::Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
        }
        QRandomGenerator random(20261129);
        QSet<int> committed;
        int next = 0;
        constexpr int kKills = 20;
        for (int round = 0; round < kKills; ++round) {
            QProcess child;
            child.start(QStringLiteral(CRASH_WRITER), { path, QString::number(next) });
            QVERIFY(child.waitForStarted(10000));
            // Once it writes (a process takes its time to start, under Wine most of all), let it write for a while,
            // then kill it wherever it is: inside a transaction, a commit, a checkpoint of the write-ahead log.
            QVERIFY2(child.waitForReadyRead(30000), "the writer committed nothing");
            QTest::qWait(random.bounded(40, 250));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                bool ok = false;
                const int n = line.trimmed().toInt(&ok);
                if (ok) {
                    committed.insert(n);
                    next = std::max(next, n + 1);
                }
            }
            sl::core::Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            const sl::core::CheckReport report = db.check();
            QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
            QSet<QString> names;
            for (const sl::core::Community& c : sl::core::CommunityRepository(db).list(true)) {
                names.insert(c.name);
            }
            for (int n : std::as_const(committed)) {
                QVERIFY2(names.contains(QStringLiteral("community-%1").arg(n)),
                         qPrintable(QStringLiteral("commit %1 lost in round %2").arg(n).arg(round)));
            }
            // A write that was in flight may have landed too (committed, killed before it said so), but
            // nothing beyond that.
            QVERIFY(names.size() <= committed.size() + round + 1);
            next = std::max(next, static_cast<int>(names.size()) + 1000 * (round + 1));
        }
        QVERIFY2(committed.size() > kKills, "the writer should have committed something in most rounds");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
