#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// Killed at any moment — at random, or at every named step of a backup, a restore and an import-all
// (CrashPoint) — the database is the old one or the new one, never neither and never an empty one in place of a
// full one; check accepts it, its evidence files are all there, and no backup carries a name it has not earned.
class TestKills : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QString err;
    };

    // What a file holds after a kill.
    struct State
    {
        bool exists = false;
        bool ok = false;
        QString problems;
        int enterprises = -1;
    };

    QProcessEnvironment environment(const QString& crashAt = QString(), const QString& trace = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("SAFELEDGER_CRASH_AT"));
        env.remove(QStringLiteral("SAFELEDGER_CRASH_TRACE"));
        if (!crashAt.isEmpty()) {
            env.insert(QStringLiteral("SAFELEDGER_CRASH_AT"), crashAt);
        }
        if (!trace.isEmpty()) {
            env.insert(QStringLiteral("SAFELEDGER_CRASH_TRACE"), trace);
        }
        return env;
    }

    Run cli(const QStringList& args, const QString& crashAt = QString(), const QString& trace = QString())
    {
        QProcess p;
        p.setProcessEnvironment(environment(crashAt, trace));
        p.start(QStringLiteral(SAFELEDGER_CLI), args);
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitCode(), p.exitStatus() != QProcess::NormalExit || p.exitCode() == 86,
                 QString::fromUtf8(p.readAllStandardError()) };
    }

    // Starts the command and kills it after ms milliseconds, wherever it is; true if it was still running.
    bool killAfter(const QStringList& args, int ms)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SAFELEDGER_CLI), args);
        if (!p.waitForStarted(10000)) {
            return false;
        }
        const bool finished = p.waitForFinished(ms);
        if (!finished) {
            p.kill();
            p.waitForFinished(10000);
        }
        return !finished;
    }

    // Kill moments drawn below the measured duration of the command; each kill that came after the command had
    // finished shortens the later ones, so that a machine busier or quieter than during the timed run still has
    // its kills land while the command runs. Rounds go on until kKills kills interrupted the command.
    class KillClock
    {
    public:
        KillClock(quint32 seed, int measuredMs)
            : m_random(seed)
            , m_bound(std::max(measuredMs, 20))
        {
        }
        int next() { return m_random.bounded(5, std::max(6, m_bound * 9 / 10)); }
        void record(bool interrupted)
        {
            if (interrupted) {
                ++m_kills;
            } else {
                m_bound = std::max(20, m_bound * 2 / 3);
            }
            ++m_rounds;
        }
        bool more() const { return m_kills < kKills && m_rounds < 3 * kKills; }
        int kills() const { return m_kills; }
        int round() const { return m_rounds; }

    private:
        QRandomGenerator m_random;
        int m_bound;
        int m_kills = 0;
        int m_rounds = 0;
    };

    static constexpr int kKills = 10;

    static int millisOf(const std::function<void()>& run)
    {
        QElapsedTimer timer;
        timer.start();
        run();
        return static_cast<int>(timer.elapsed());
    }

    static State stateOf(const QString& path)
    {
        State s;
        s.exists = QFileInfo::exists(path);
        if (!s.exists) {
            return s;
        }
        Database db;
        QString error;
        if (!db.openReadOnly(path, &error, Database::Versions::OlderToo)) {
            s.problems = error;
            return s;
        }
        CheckReport report = db.check();
        EvidenceRepository(db).verify(report);
        s.ok = report.ok();
        s.problems = report.problems.join(QLatin1Char('\n'));
        s.enterprises = db.schemaVersion() == 0 ? 0 : EnterpriseRepository(db).count(true);
        return s;
    }

    // A database check accepts, with one of the expected numbers of enterprises.
    static bool acceptable(const State& s, const QSet<int>& counts, QString* why)
    {
        if (!s.exists) {
            *why = QStringLiteral("no database at all");
            return false;
        }
        if (!s.ok) {
            *why = s.problems;
            return false;
        }
        if (!counts.contains(s.enterprises)) {
            *why = QStringLiteral("%1 enterprises").arg(s.enterprises);
            return false;
        }
        return true;
    }

    QStringList stepsOf(const QStringList& args)
    {
        const QString trace = m_dir.filePath(QStringLiteral("trace-%1.txt").arg(++m_traces));
        const Run r = cli(args, QString(), trace);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.err));
            return {};
        }
        QFile f(trace);
        f.open(QIODevice::ReadOnly);
        QStringList steps;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.isEmpty() && !steps.contains(QString::fromLatin1(line))) {
                steps << QString::fromLatin1(line);
            }
        }
        return steps;
    }

    // No backup carries its final name unless it restores.
    static void everyNamedBackupRestores(const QString& folder)
    {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({ QStringLiteral("*.zip") }, QDir::Files)) {
            QString error;
            QVERIFY2(BackupRestorer::verify(dir.filePath(name), nullptr, &error),
                     qPrintable(name + QStringLiteral(": ") + error));
        }
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Two streets of different sizes, so that which one is in place shows by its number of enterprises.
        Run r = cli({ QStringLiteral("--db"), path(QStringLiteral("a/a.sqlite")), QStringLiteral("demo"),
                      QStringLiteral("--enterprises"), QString::number(kStreetA), QStringLiteral("--seed"),
                      QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), path(QStringLiteral("b/b.sqlite")), QStringLiteral("demo"),
                  QStringLiteral("--enterprises"), QString::number(kStreetB), QStringLiteral("--seed"),
                  QStringLiteral("4") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& s : { QStringLiteral("a"), QStringLiteral("b") }) {
            r = cli({ QStringLiteral("--db"), path(s + QLatin1Char('/') + s + QStringLiteral(".sqlite")),
                      QStringLiteral("backup"), QStringLiteral("--out"), path(s + QStringLiteral(".zip")) });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = cli({ QStringLiteral("--db"), path(QStringLiteral("a/a.sqlite")), QStringLiteral("export-all"),
                  QStringLiteral("--out"), path(QStringLiteral("a-handover.zip")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString why;
        QVERIFY2(acceptable(stateOf(path(QStringLiteral("a/a.sqlite"))), { kStreetA }, &why), qPrintable(why));
    }

    // 10 kills at random moments of `backup --out` and `backup --daily`: the database is untouched, and a backup
    // under its final name is always one that restores.
    void randomKillsDuringBackup()
    {
        const QString db = path(QStringLiteral("a/a.sqlite"));
        const int ms = millisOf([&] {
            QVERIFY(cli({ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"),
                          path(QStringLiteral("timed.zip")) })
                        .exitCode
                    == 0);
        });
        KillClock clock(18001, ms);
        while (clock.more()) {
            const int round = clock.round();
            const QString day = QDate(2027, 1, 1).addDays(round).toString(Qt::ISODate);
            const QStringList args = round % 2 == 0
                ? QStringList{ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"),
                               path(QStringLiteral("out/killed-%1.zip").arg(round)) }
                : QStringList{ QStringLiteral("--db"),   db, QStringLiteral("--as-of"), day, QStringLiteral("backup"),
                               QStringLiteral("--daily") };
            clock.record(killAfter(args, clock.next()));
            QString why;
            QVERIFY2(acceptable(stateOf(db), { kStreetA }, &why),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
        }
        QVERIFY2(clock.kills() == kKills,
                 qPrintable(QStringLiteral("%1 of %2 rounds").arg(clock.kills()).arg(clock.round())));
        everyNamedBackupRestores(path(QStringLiteral("out")));
        everyNamedBackupRestores(path(QStringLiteral("a/backups")));
    }

    // 10 kills at random moments of `restore`, back and forth between two streets.
    void randomKillsDuringRestore()
    {
        const QString live = path(QStringLiteral("live/street.sqlite"));
        QVERIFY(cli({ QStringLiteral("--db"), live, QStringLiteral("restore"), path(QStringLiteral("a.zip")) }).exitCode
                == 0);
        int current = kStreetA;
        const int ms = millisOf([&] {
            QVERIFY(
                cli({ QStringLiteral("--db"), live, QStringLiteral("restore"), path(QStringLiteral("a.zip")) }).exitCode
                == 0);
        });
        KillClock clock(18002, ms);
        while (clock.more()) {
            const int round = clock.round();
            const int target = current == kStreetA ? kStreetB : kStreetA;
            const QString backup = path(target == kStreetA ? QStringLiteral("a.zip") : QStringLiteral("b.zip"));
            clock.record(killAfter({ QStringLiteral("--db"), live, QStringLiteral("restore"), backup }, clock.next()));
            const State s = stateOf(live);
            QString why;
            QVERIFY2(acceptable(s, { current, target }, &why),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
            current = s.enterprises;
        }
        QVERIFY2(clock.kills() == kKills,
                 qPrintable(QStringLiteral("%1 of %2 rounds").arg(clock.kills()).arg(clock.round())));
        everyNamedBackupRestores(path(QStringLiteral("live/backups")));
        // And the next start opens it as the clerk left it.
        Database db;
        QString error;
        QVERIFY2(db.open(live, &error), qPrintable(error));
    }

    // 10 kills at random moments of `import-all` into a new database: empty or complete, never half.
    void randomKillsDuringImportAll()
    {
        const QString package = path(QStringLiteral("a-handover.zip"));
        const int ms = millisOf([&] {
            QVERIFY(cli({ QStringLiteral("--db"), path(QStringLiteral("timed/i.sqlite")), QStringLiteral("import-all"),
                          package })
                        .exitCode
                    == 0);
        });
        KillClock clock(18003, ms);
        while (clock.more()) {
            const int round = clock.round();
            const QString target = path(QStringLiteral("import-%1/i.sqlite").arg(round));
            clock.record(
                killAfter({ QStringLiteral("--db"), target, QStringLiteral("import-all"), package }, clock.next()));
            const State s = stateOf(target);
            if (!s.exists) {
                continue; // killed before it made the file
            }
            QString why;
            QVERIFY2(acceptable(s, { 0, kStreetA }, &why),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
            if (s.enterprises == 0) {
                // Still empty: the import can simply be run again.
                const Run again = cli({ QStringLiteral("--db"), target, QStringLiteral("import-all"), package });
                QVERIFY2(again.exitCode == 0, qPrintable(again.err));
                QVERIFY2(acceptable(stateOf(target), { kStreetA }, &why), qPrintable(why));
            }
        }
        QVERIFY2(clock.kills() == kKills,
                 qPrintable(QStringLiteral("%1 of %2 rounds").arg(clock.kills()).arg(clock.round())));
    }

    // A kill injected at every step of a restore onto an existing database, and of one onto a new path.
    void killedAtEveryStepOfARestore()
    {
        const QString live = path(QStringLiteral("steps/street.sqlite"));
        QVERIFY(cli({ QStringLiteral("--db"), live, QStringLiteral("restore"), path(QStringLiteral("a.zip")) }).exitCode
                == 0);
        const QStringList steps
            = stepsOf({ QStringLiteral("--db"), live, QStringLiteral("restore"), path(QStringLiteral("b.zip")) });
        for (const QString& expected :
             { QStringLiteral("restore.verified"), QStringLiteral("restore.replaced-kept"),
               QStringLiteral("restore.evidence-written"), QStringLiteral("restore.checkpointed"),
               QStringLiteral("restore.before-swap"), QStringLiteral("restore.swapped"),
               QStringLiteral("backup.database-copied"), QStringLiteral("backup.renamed") }) {
            QVERIFY2(steps.contains(expected), qPrintable(steps.join(QLatin1Char(' '))));
        }
        int n = 0;
        for (const QString& step : steps) {
            // Each on a fresh copy of street A, so that every step is reached (evidence files to add included).
            const QString copy = path(QStringLiteral("steps-%1/street.sqlite").arg(++n));
            QVERIFY(
                cli({ QStringLiteral("--db"), copy, QStringLiteral("restore"), path(QStringLiteral("a.zip")) }).exitCode
                == 0);
            const Run r
                = cli({ QStringLiteral("--db"), copy, QStringLiteral("restore"), path(QStringLiteral("b.zip")) }, step);
            QVERIFY2(r.crashed, qPrintable(step + QStringLiteral(": ") + r.err));
            const State s = stateOf(copy);
            QString why;
            // Before the swap the old database is in place, after it the new one; never neither.
            const int expected = step == QLatin1String("restore.swapped") ? kStreetB : kStreetA;
            QVERIFY2(acceptable(s, { expected }, &why), qPrintable(step + QStringLiteral(": ") + why));
            everyNamedBackupRestores(path(QStringLiteral("steps-%1/backups").arg(n)));
            // The clerk runs it again: it completes.
            const Run again
                = cli({ QStringLiteral("--db"), copy, QStringLiteral("restore"), path(QStringLiteral("b.zip")) });
            QVERIFY2(again.exitCode == 0, qPrintable(step + QStringLiteral(" then again: ") + again.err));
            QVERIFY2(acceptable(stateOf(copy), { kStreetB }, &why), qPrintable(why));
        }
        // Onto a path where no database is yet (a new PC): nothing, or the whole restored one.
        const QStringList fresh = stepsOf({ QStringLiteral("--db"), path(QStringLiteral("fresh-trace/n.sqlite")),
                                            QStringLiteral("restore"), path(QStringLiteral("a.zip")) });
        QVERIFY(fresh.contains(QStringLiteral("restore.evidence-file")));
        for (const QString& step : fresh) {
            const QString target = path(QStringLiteral("fresh-%1/n.sqlite").arg(++n));
            const Run r = cli(
                { QStringLiteral("--db"), target, QStringLiteral("restore"), path(QStringLiteral("a.zip")) }, step);
            QVERIFY2(r.crashed, qPrintable(step));
            const State s = stateOf(target);
            if (step != QLatin1String("restore.swapped")) {
                QVERIFY2(!s.exists, qPrintable(step));
                // The next start does not make an empty database there either: the way back is the restore.
                const Run again
                    = cli({ QStringLiteral("--db"), target, QStringLiteral("restore"), path(QStringLiteral("a.zip")) });
                QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            }
            QString why;
            QVERIFY2(acceptable(stateOf(target), { kStreetA }, &why), qPrintable(step + QStringLiteral(": ") + why));
        }
    }

    // A kill injected at every step of the day's backup (and the week's copy of it), and of `backup --out`.
    void killedAtEveryStepOfTheDailyBackup()
    {
        const QString db = path(QStringLiteral("daily/street.sqlite"));
        QVERIFY(cli({ QStringLiteral("--db"), db, QStringLiteral("restore"), path(QStringLiteral("a.zip")) }).exitCode
                == 0);
        // 2027-03-01 is a Monday: a daily and a weekly copy are due.
        QDate day(2027, 3, 1);
        const QStringList steps
            = stepsOf({ QStringLiteral("--db"), db, QStringLiteral("--as-of"), day.toString(Qt::ISODate),
                        QStringLiteral("backup"), QStringLiteral("--daily") });
        for (const QString& expected :
             { QStringLiteral("backup.database-copied"), QStringLiteral("backup.evidence-stored"),
               QStringLiteral("backup.archive-written"), QStringLiteral("backup.verified"),
               QStringLiteral("backup.renamed"), QStringLiteral("backup.weekly-copied"),
               QStringLiteral("backup.weekly-renamed") }) {
            QVERIFY2(steps.contains(expected), qPrintable(steps.join(QLatin1Char(' '))));
        }
        const QDir folder(path(QStringLiteral("daily/backups")));
        for (const QString& step : steps) {
            day = day.addDays(7); // a new week each time: both copies due
            const QStringList args = { QStringLiteral("--db"),    db,
                                       QStringLiteral("--as-of"), day.toString(Qt::ISODate),
                                       QStringLiteral("backup"),  QStringLiteral("--daily") };
            const Run r = cli(args, step);
            QVERIFY2(r.crashed, qPrintable(step));
            QString why;
            QVERIFY2(acceptable(stateOf(db), { kStreetA }, &why), qPrintable(step + QStringLiteral(": ") + why));
            const QString daily = folder.filePath(BackupManager::dailyName(QStringLiteral("street"), day));
            const bool named
                = step == QLatin1String("backup.renamed") || step.startsWith(QStringLiteral("backup.weekly"));
            QCOMPARE(QFileInfo::exists(daily), named);
            everyNamedBackupRestores(folder.path());
            // The killed day's backup is taken at the next start of that day, not skipped.
            const Run again = cli(args);
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            QVERIFY(QFileInfo::exists(daily));
            QVERIFY(QFileInfo::exists(folder.filePath(BackupManager::weeklyName(QStringLiteral("street"), day))));
        }
        everyNamedBackupRestores(folder.path());

        const QStringList out = stepsOf({ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"),
                                          path(QStringLiteral("out-steps/trace.zip")) });
        int n = 0;
        for (const QString& step : out) {
            const QString target = path(QStringLiteral("out-steps/%1.zip").arg(++n));
            const Run r
                = cli({ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), target }, step);
            QVERIFY2(r.crashed, qPrintable(step));
            QCOMPARE(QFileInfo::exists(target), step == QLatin1String("backup.renamed"));
        }
        everyNamedBackupRestores(path(QStringLiteral("out-steps")));
    }

    // A kill injected at every step of import-all: the new database is empty or complete.
    void killedAtEveryStepOfImportAll()
    {
        const QString package = path(QStringLiteral("a-handover.zip"));
        const QStringList steps = stepsOf({ QStringLiteral("--db"), path(QStringLiteral("import-trace/i.sqlite")),
                                            QStringLiteral("import-all"), package });
        QVERIFY(steps.contains(QStringLiteral("import-all.evidence-written")));
        int n = 0;
        for (const QString& step : steps) {
            const QString target = path(QStringLiteral("import-step-%1/i.sqlite").arg(++n));
            const Run r = cli({ QStringLiteral("--db"), target, QStringLiteral("import-all"), package }, step);
            QVERIFY2(r.crashed, qPrintable(step));
            QString why;
            QVERIFY2(
                acceptable(stateOf(target), { step == QLatin1String("import-all.committed") ? kStreetA : 0 }, &why),
                qPrintable(step + QStringLiteral(": ") + why));
        }
    }

private:
    static constexpr int kStreetA = 1200;
    static constexpr int kStreetB = 500;
    QTemporaryDir m_dir;
    int m_traces = 0;
};

QTEST_GUILESS_MAIN(TestKills)
#include "TestKills.moc"
