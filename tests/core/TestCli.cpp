#include "db/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real safeledger-cli, as the clerk or a script would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // keep the user's settings out of it
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SAFELEDGER_CLI), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void demoThenCheck()
    {
        const QString db = m_dir.filePath(QStringLiteral("t.sqlite"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ok")));

        // A second demo into the same file refuses, with a message, and changes nothing.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void initPrintsVersion()
    {
        const QString db = m_dir.filePath(QStringLiteral("init.sqlite"));
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QString::number(sl::core::Database::latestSchemaVersion())), qPrintable(r.out));
        QVERIFY(QFile::exists(db));
    }

    void wrongUsageIsTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("fly")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("u.sqlite")), QStringLiteral("demo"),
                      QStringLiteral("--enterprises"), QStringLiteral("many")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
    }

    void refusedFileIsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("text.sqlite")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
