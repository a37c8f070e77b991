#include "db/ComplianceRepository.h"
#include "db/Database.h"
#include "rules/ServiceSpans.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QRegularExpression>
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

    // The rows of a compliance CSV, header first, after checking the byte-order mark.
    static QList<QStringList> readCsv(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray bytes = f.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF")) {
            return {};
        }
        QList<QStringList> rows;
        for (const QString& line : QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            rows.append(line.split(QLatin1Char(','))); // demo names hold no commas or quotes
        }
        return rows;
    }

    static QStringList column(const QList<QStringList>& rows, int index)
    {
        QStringList out;
        for (const QStringList& r : rows) {
            out << r.value(index);
        }
        return out;
    }

private slots:
    // The proof on a demo street: a past full year has the plan's minimums for every enterprise
    // served all year, the done counts are the records, and statuses move with --as-of.
    void complianceOfADemoStreet()
    {
        const QString db = m_dir.filePath(QStringLiteral("compliance.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-29");
        Run r = cli({QStringLiteral("--db"), db, asOf, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                     QStringLiteral("150"), QStringLiteral("--years"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv2025 = m_dir.filePath(QStringLiteral("c2025.csv"));
        r = cli({QStringLiteral("--db"), db, asOf, QStringLiteral("compliance"), QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--out"), csv2025});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> rows = readCsv(csv2025);
        QVERIFY(rows.size() > 100);
        QCOMPARE(rows.first().join(QLatin1Char(',')),
                 QStringLiteral("企业名称,统一社会信用代码,服务机构,期间,义务,应完成次数,已完成次数,截止日期,状态"));
        const QList<QStringList> body = rows.mid(1);
        for (const QString& period : column(body, 3)) {
            QVERIFY2(QRegularExpression(QStringLiteral("^2025(Q[1-4])?$")).match(period).hasMatch(), qPrintable(period));
        }
        const QStringList kinds = {QStringLiteral("实地验场"), QStringLiteral("基础资料"), QStringLiteral("安全检查"),
                                   QStringLiteral("安全培训"), QStringLiteral("应急演练"), QStringLiteral("年度报告")};
        const QStringList statuses = {QStringLiteral("已完成"), QStringLiteral("未到期"), QStringLiteral("逾期"),
                                      QStringLiteral("不适用")};
        for (const QStringList& row : body) {
            QCOMPARE(row.size(), 9);
            QVERIFY2(kinds.contains(row.at(4)), qPrintable(row.at(4)));
            QVERIFY2(statuses.contains(row.at(8)), qPrintable(row.at(8)));
        }

        // Which enterprises were served every day of 2025, and their records per quarter, straight from
        // the file.
        sl::core::Database database;
        QString error;
        QVERIFY(database.open(db, &error));
        const auto inputs = sl::core::ComplianceRepository(database).loadInputs();
        QHash<QString, qint64> idByCode;
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, credit_code FROM enterprise")));
        while (q.next()) {
            idByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
        QHash<QString, int> recordCount; // "id kind period" -> records
        QVERIFY(q.exec(QStringLiteral("SELECT enterprise_id, kind, done_on FROM service_record"
                                      " WHERE voided_at IS NULL AND done_on BETWEEN '2025-01-01' AND '2025-12-31'")));
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const QString kind = q.value(1).toString();
            const QString period = kind == QLatin1String("inspection")
                ? QStringLiteral("2025Q%1").arg((day.month() - 1) / 3 + 1)
                : QStringLiteral("2025");
            ++recordCount[QStringLiteral("%1 %2 %3").arg(q.value(0).toLongLong()).arg(kind, period)];
        }
        int fullYear = 0;
        int checkedCounts = 0;
        QHash<qint64, QList<QStringList>> byEnterprise;
        for (const QStringList& row : body) {
            byEnterprise[idByCode.value(row.at(1))].append(row);
        }
        for (auto it = byEnterprise.cbegin(); it != byEnterprise.cend(); ++it) {
            const qint64 id = it.key();
            QVERIFY(id > 0);
            QCOMPARE(it->size(), 9); // five yearly rows and four quarters
            const bool servedAllYear = sl::core::ServiceSpans::servedDays(inputs.spans.value(id), QDate(2025, 1, 1),
                                                                          QDate(2025, 12, 31))
                == 365;
            for (const QStringList& row : *it) {
                const QString kind = row.at(4) == QStringLiteral("安全检查")   ? QStringLiteral("inspection")
                                   : row.at(4) == QStringLiteral("安全培训") ? QStringLiteral("training")
                                   : row.at(4) == QStringLiteral("应急演练") ? QStringLiteral("drill")
                                                                             : QString();
                if (servedAllYear && !kind.isEmpty()) {
                    QCOMPARE(row.at(5), kind == QLatin1String("inspection") ? QStringLiteral("1") : QStringLiteral("2"));
                    QCOMPARE(row.at(8) == QStringLiteral("已完成"), row.at(6).toInt() >= row.at(5).toInt());
                    QVERIFY(row.at(8) != QStringLiteral("未到期")); // as of November 2026, 2025 is over
                }
                if (!kind.isEmpty() && row.at(8) != QStringLiteral("不适用")) {
                    QCOMPARE(row.at(6).toInt(), recordCount.value(QStringLiteral("%1 %2 %3").arg(id).arg(kind, row.at(3))));
                    ++checkedCounts;
                }
            }
            fullYear += servedAllYear ? 1 : 0;
        }
        QVERIFY2(fullYear > 30, qPrintable(QString::number(fullYear)));
        QVERIFY(checkedCounts > 300);
        database.close(); // the command line takes the writer lock itself

        // One quarter across its end: an inspection still missing on the last day is not yet due, and
        // overdue the day after; what was done stays done.
        QHash<QString, QStringList> onLastDay;
        for (const QString& day : {QStringLiteral("2026-09-30"), QStringLiteral("2026-10-01")}) {
            const QString out = m_dir.filePath(QStringLiteral("q3-%1.csv").arg(day));
            r = cli({QStringLiteral("--db"), db, QStringLiteral("--as-of"), day, QStringLiteral("compliance"),
                     QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"), QStringLiteral("3"),
                     QStringLiteral("--out"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QList<QStringList> quarter = readCsv(out).mid(1);
            QVERIFY(quarter.size() > 50);
            for (const QStringList& row : quarter) {
                QCOMPARE(row.at(3), QStringLiteral("2026Q3"));
                QCOMPARE(row.at(4), QStringLiteral("安全检查"));
                if (day.endsWith(QLatin1String("30"))) {
                    onLastDay.insert(row.at(1), row);
                    if (row.at(7) == QStringLiteral("2026-09-30") && row.at(6) == QStringLiteral("0")) {
                        QCOMPARE(row.at(8), QStringLiteral("未到期"));
                    }
                } else {
                    const QStringList before = onLastDay.value(row.at(1));
                    QCOMPARE(before.value(4), row.at(4));
                    if (before.value(8) == QStringLiteral("未到期")) {
                        QCOMPARE(row.at(8), QStringLiteral("逾期"));
                    } else {
                        QCOMPARE(row.at(8), before.value(8));
                    }
                }
            }
        }
        int notYetDue = 0;
        for (const QStringList& row : std::as_const(onLastDay)) {
            notYetDue += row.at(8) == QStringLiteral("未到期") ? 1 : 0;
        }
        QVERIFY2(notYetDue > 0, "the demo street should miss some inspections");

        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-02-30"),
                      QStringLiteral("check")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("compliance"), QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("--quarter"), QStringLiteral("5"), QStringLiteral("--out"),
                      csv2025})
                     .exitCode,
                 2);
    }

    // The proof for hazards and scorecards: each agency's 整改率 is closed ÷ found of the hazards
    // export, 已检查次数 is the sum of the compliance export, and the certificates listed are exactly those
    // within DAYS.
    void scorecardAgreesWithTheExports()
    {
        const QString db = m_dir.filePath(QStringLiteral("scorecard.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-29");
        Run r = cli({QStringLiteral("--db"), db, asOf, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                     QStringLiteral("200"), QStringLiteral("--years"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString hazards = m_dir.filePath(QStringLiteral("h.csv"));
        const QString compliance = m_dir.filePath(QStringLiteral("c.csv"));
        const QString scorecard = m_dir.filePath(QStringLiteral("s.csv"));
        for (const auto& [verb, out] : {std::pair{QStringLiteral("hazards"), hazards},
                                        std::pair{QStringLiteral("compliance"), compliance},
                                        std::pair{QStringLiteral("scorecard"), scorecard}}) {
            r = cli({QStringLiteral("--db"), db, asOf, verb, QStringLiteral("--year"), QStringLiteral("2025"),
                     QStringLiteral("--out"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QList<QStringList> hazardRows = readCsv(hazards);
        QCOMPARE(hazardRows.first().join(QLatin1Char(',')),
                 QStringLiteral("编号,企业名称,统一社会信用代码,服务机构,发现日期,等级,描述,整改期限,状态,销号日期,逾期,督办"));
        const QList<QStringList> scoreRows = readCsv(scorecard);
        QCOMPARE(scoreRows.first().join(QLatin1Char(',')),
                 QStringLiteral("服务机构,年度,服务企业数,应检查次数,已检查次数,检查完成率,隐患数,已销号数,整改率,"
                                "按期整改率,培训完成率,演练完成率,评价得分"));
        QHash<QString, int> found;
        QHash<QString, int> closed;
        QSet<QString> states;
        QSet<QString> supervision;
        int overdue = 0;
        for (const QStringList& row : hazardRows.mid(1)) {
            QCOMPARE(row.size(), 12);
            ++found[row.at(3)];
            closed[row.at(3)] += row.at(8) == QStringLiteral("已销号") ? 1 : 0;
            QCOMPARE(row.at(8) == QStringLiteral("已销号"), !row.at(9).isEmpty());
            states.insert(row.at(8));
            supervision.insert(row.at(11));
            overdue += row.at(10) == QStringLiteral("是") ? 1 : 0;
        }
        // The demo street has hazards in every state and under both kinds of supervision.
        QCOMPARE(states, (QSet<QString>{QStringLiteral("登记"), QStringLiteral("整改中"), QStringLiteral("待复查"),
                                        QStringLiteral("已销号")}));
        QVERIFY(supervision.contains(QStringLiteral("督办")));
        QVERIFY(overdue > 0);
        QHash<QString, int> inspected;
        for (const QStringList& row : readCsv(compliance).mid(1)) {
            if (row.at(4) == QStringLiteral("安全检查")) {
                inspected[row.at(2)] += row.at(6).toInt();
            }
        }
        QVERIFY(scoreRows.size() >= 3);
        for (const QStringList& row : scoreRows.mid(1)) {
            const QString agency = row.at(0);
            QCOMPARE(row.at(1), QStringLiteral("2025"));
            QCOMPARE(row.at(6).toInt(), found.value(agency));
            QCOMPARE(row.at(7).toInt(), closed.value(agency));
            QVERIFY(found.value(agency) > 0);
            QCOMPARE(row.at(8), QString::number(100.0 * closed.value(agency) / found.value(agency), 'f', 1)
                                    + QLatin1Char('%'));
            QCOMPARE(row.at(4).toInt(), inspected.value(agency));
        }

        // The printable sheets of the same figures.
        const QString sheets = m_dir.filePath(QStringLiteral("s.pdf"));
        r = cli({QStringLiteral("--db"), db, asOf, QStringLiteral("scorecard"), QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--out"), sheets});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdf(sheets);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // Certificates: exactly those expired or expiring within DAYS, counted from the same file.
        const QString certificates = m_dir.filePath(QStringLiteral("cert.csv"));
        r = cli({QStringLiteral("--db"), db, asOf, QStringLiteral("certificates"), QStringLiteral("--expiring"),
                 QStringLiteral("60"), QStringLiteral("--out"), certificates});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> certificateRows = readCsv(certificates);
        QCOMPARE(certificateRows.first().join(QLatin1Char(',')),
                 QStringLiteral("企业名称,统一社会信用代码,证照类型,证照编号,有效期至,剩余天数,状态"));
        sl::core::Database database;
        QString error;
        QVERIFY(database.open(db, &error));
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM certificate c JOIN enterprise e ON e.id = c.enterprise_id"
                                      " WHERE c.archived_at IS NULL AND e.archived_at IS NULL"
                                      " AND c.expires_on <= '2027-01-28'")));
        QVERIFY(q.next());
        const int expected = q.value(0).toInt();
        database.close();
        QCOMPARE(certificateRows.size() - 1, expected);
        QVERIFY(expected > 0);
        for (const QStringList& row : certificateRows.mid(1)) {
            const int left = row.at(5).toInt();
            QVERIFY(left <= 60);
            QCOMPARE(row.at(6), left < 0 ? QStringLiteral("已过期") : QStringLiteral("即将到期"));
            QCOMPARE(QDate::fromString(row.at(4), Qt::ISODate), QDate(2026, 11, 29).addDays(left));
        }
    }

    // Must show of the data-safety issue: a file with bad rows writes nothing and says why, line by line;
    // a GB18030 file's Chinese names come in right.
    void importRefusesAFileWithBadRowsWhole()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Read as a plain SQLite reader, so that nothing but the command line touches the file.
        QString community;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName(db);
            reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM community ORDER BY id LIMIT 1")) && q.next());
            community = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QFile before(db);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QStringEncoder gb("GB18030");
        f.write(gb.encode(QStringLiteral("企业名称,统一社会信用代码,所属社区\r\n"
                                         "华夏精工有限公司,91110000600037341L,%1\r\n"
                                         "坏代码公司,91350100M000100Y4Z,%1\r\n"
                                         "无社区公司,91310115MA1K3BTP2B,不存在的社区\r\n")
                              .arg(community)));
        f.close();
        r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("enterprises"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Line 3:")) && r.out.contains(QStringLiteral("Line 4:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("不存在的社区")));
        QVERIFY(!r.out.contains(QStringLiteral("Line 2:")));
        QFile after(db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY2(after.readAll() == bytes, "the database changed");

        // Without the bad rows the same GB18030 file comes in with its Chinese name intact.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gb.encode(QStringLiteral("企业名称,统一社会信用代码,所属社区\r\n华夏精工有限公司,91110000600037341L,%1\r\n")
                              .arg(community)));
        f.close();
        r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("enterprises"), bad});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        sl::core::Database database;
        QString error;
        QVERIFY(database.open(db, &error));
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM enterprise WHERE credit_code = '91110000600037341L'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("华夏精工有限公司"));
        q.finish();
        database.close();
    }

    // Killing the demo writer (one long transaction) at random moments never leaves a file check rejects.
    void killedDemoLeavesAGoodFile()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 20; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("killed%1.sqlite").arg(round));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SAFELEDGER_CLI), {QStringLiteral("--db"), db, QStringLiteral("demo"),
                                                     QStringLiteral("--enterprises"), QStringLiteral("400")});
            QVERIFY(p.waitForStarted(10000));
            QTest::qWait(random.bounded(20, 600));
            p.kill();
            p.waitForFinished(10000);
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.err)));
        }
    }

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
