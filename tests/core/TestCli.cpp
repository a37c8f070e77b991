#include "CliRun.h"
#include "Clock.h"
#include "PdfTools.h"
#include "db/ComplianceRepository.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "io/Gb18030.h"
#include "rules/ServiceSpans.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Runs the real safeledger-cli, as the clerk or a script would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    Run cli(const QStringList& args, const QString& shellCommand = QString(),
            const QString& lang = QStringLiteral("C.UTF-8"))
    {
        return CliRun::start(QStringLiteral(SAFELEDGER_CLI), args, QDir(m_dir.path()), lang, shellCommand, 120000);
    }

    // Runs the CLI as someone who may not write the test's files: as nobody when the test runs as root (who may
    // write anything), else as the user (for whom the permissions are enough).
    Run cliAsReader(const QStringList& args)
    {
        QStringList quoted;
        for (const QString& a : args) {
            quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
        }
        const QString command
            = QStringLiteral("exec '%1' %2").arg(QStringLiteral(SAFELEDGER_CLI), quoted.join(QLatin1Char(' ')));
        if (qEnvironmentVariable("USER") == QLatin1String("root") || QDir::homePath() == QLatin1String("/root")
            || QFileInfo(QStringLiteral("/proc/self")).ownerId() == 0) {
            return cli({},
                       QStringLiteral("exec su nobody -s /bin/sh -c \"%1\"")
                           .arg(QString(command).replace(QLatin1Char('"'), QStringLiteral("\\\""))));
        }
        return shell(command);
    }

    Run limitedCli(qint64 limitKb, const QStringList& args)
    {
        QStringList quoted;
        for (const QString& a : args) {
            quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
        }
        // ulimit -f counts 512-byte blocks in POSIX sh.
        return shell(QStringLiteral("ulimit -f %1; trap '' XFSZ; exec '%2' %3")
                         .arg(limitKb * 2)
                         .arg(QStringLiteral(SAFELEDGER_CLI), quoted.join(QLatin1Char(' '))));
    }

    Run shell(const QString& command) { return cli({}, command); }

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
            QStringList cells = line.split(QLatin1Char(',')); // demo names hold no commas or quotes
            for (QString& cell : cells) {
                // An all-digit credit code is written "=""digits""" so that a spreadsheet keeps it whole.
                if (cell.startsWith(QLatin1String("\"=\"\"")) && cell.endsWith(QLatin1String("\"\"\""))) {
                    cell = cell.mid(4, cell.size() - 7);
                }
            }
            rows.append(cells);
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
    // `risks`: the fixed header, one row per risk point of the assessments in force in the year, every level of
    // the demo street present, L/E/C/D exactly when the method is LEC and D = L x E x C; the level from D.
    void risksOfADemoStreet()
    {
        const QString db = m_dir.filePath(QStringLiteral("risks.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-29");
        Run r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("80"), QStringLiteral("--years"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv = m_dir.filePath(QStringLiteral("risks2026.csv"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("risks"), QStringLiteral("--year"),
                  QStringLiteral("2026"), QStringLiteral("--out"), csv });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(
            rows.first().join(QLatin1Char(',')),
            QStringLiteral(
                "\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,\u670d\u52a1\u673a\u6784,"
                "\u8bc4\u4f30\u65e5\u671f,\u98ce\u9669\u70b9,\u4e8b\u6545\u7c7b\u578b,L,E,C,D,\u98ce\u9669\u7b49\u7ea7,"
                "\u7ba1\u63a7\u63aa\u65bd,\u8d23\u4efb\u4eba"));
        const QList<QStringList> body = rows.mid(1);
        QVERIFY(body.size() > 50);
        // One assessment per enterprise: the latest dated on or before the year's as-of day.
        QHash<QString, QString> dayOf;
        QSet<QString> levels;
        int matrix = 0;
        for (const QStringList& row : body) {
            QCOMPARE(row.size(), 13);
            QVERIFY(row.at(3) <= QStringLiteral("2026-11-29"));
            QVERIFY2(dayOf.value(row.at(1), row.at(3)) == row.at(3), qPrintable(row.at(1)));
            dayOf.insert(row.at(1), row.at(3));
            levels.insert(row.at(10));
            if (row.at(6).isEmpty()) {
                ++matrix;
                QVERIFY(row.at(7).isEmpty() && row.at(8).isEmpty() && row.at(9).isEmpty());
                continue;
            }
            const double d = row.at(6).toDouble() * row.at(7).toDouble() * row.at(8).toDouble();
            QCOMPARE(row.at(9).toDouble(), d);
            const QString expected = d > 320 ? QStringLiteral("\u91cd\u5927\u98ce\u9669")
                : d >= 160                   ? QStringLiteral("\u8f83\u5927\u98ce\u9669")
                : d >= 70                    ? QStringLiteral("\u4e00\u822c\u98ce\u9669")
                                             : QStringLiteral("\u4f4e\u98ce\u9669");
            QCOMPARE(row.at(10), expected);
        }
        QCOMPARE(levels.size(), 4);
        QVERIFY(matrix > 0);
        QVERIFY2(r.err.contains(QString::number(body.size())), qPrintable(r.err));
        // A year before any service has no assessment in force: the header alone.
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("risks"), QStringLiteral("--year"),
                  QStringLiteral("2001"), QStringLiteral("--out"), csv });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readCsv(csv).size(), 1);
        r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("risks"), QStringLiteral("--year"), QStringLiteral("2026") });
        QCOMPARE(r.exitCode, 2);
    }

    // The proof on a demo street: a past full year has the plan's minimums for every enterprise
    // served all year, the done counts are the records, and statuses move with --as-of.
    void complianceOfADemoStreet()
    {
        const QString db = m_dir.filePath(QStringLiteral("compliance.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-29");
        Run r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("150"), QStringLiteral("--years"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv2025 = m_dir.filePath(QStringLiteral("c2025.csv"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("compliance"), QStringLiteral("--year"),
                  QStringLiteral("2025"), QStringLiteral("--out"), csv2025 });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> rows = readCsv(csv2025);
        QVERIFY(rows.size() > 100);
        QCOMPARE(rows.first().join(QLatin1Char(',')),
                 QStringLiteral(
                     "\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,"
                     "\u670d\u52a1\u673a\u6784,\u671f\u95f4,\u4e49\u52a1,\u5e94\u5b8c\u6210\u6b21\u6570,"
                     "\u5df2\u5b8c\u6210\u6b21\u6570,\u622a\u6b62\u65e5\u671f,\u72b6\u6001,\u5b8c\u6210\u65e5\u671f"));
        const QList<QStringList> body = rows.mid(1);
        for (const QString& period : column(body, 3)) {
            QVERIFY2(QRegularExpression(QStringLiteral("^2025(Q[1-4])?$")).match(period).hasMatch(),
                     qPrintable(period));
        }
        const QStringList kinds
            = { QStringLiteral("\u5b9e\u5730\u9a8c\u573a"), QStringLiteral("\u57fa\u7840\u8d44\u6599"),
                QStringLiteral("\u5b89\u5168\u68c0\u67e5"), QStringLiteral("\u5b89\u5168\u57f9\u8bad"),
                QStringLiteral("\u5e94\u6025\u6f14\u7ec3"), QStringLiteral("\u5e74\u5ea6\u62a5\u544a"),
                QStringLiteral("\u98ce\u9669\u8bc4\u4f30") };
        const QStringList statuses = { QStringLiteral("\u5df2\u5b8c\u6210"), QStringLiteral("\u672a\u5230\u671f"),
                                       QStringLiteral("\u903e\u671f"), QStringLiteral("\u4e0d\u9002\u7528") };
        int late = 0;
        for (const QStringList& row : body) {
            QCOMPARE(row.size(), 10);
            QVERIFY2(kinds.contains(row.at(4)), qPrintable(row.at(4)));
            QVERIFY2(statuses.contains(row.at(8)), qPrintable(row.at(8)));
            // The completion date is there exactly when done; after the due date when done late.
            QCOMPARE(row.at(8) == QStringLiteral("\u5df2\u5b8c\u6210"), !row.at(9).isEmpty());
            late += !row.at(9).isEmpty() && row.at(9) > row.at(7) ? 1 : 0;
        }
        QVERIFY(late > 0); // the demo's late baseline documents

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
            // A survey row for every start of service with an agency (at least one), five yearly rows (the risk
            // assessment among them) and four quarters.
            const auto surveys = std::count_if(it->cbegin(), it->cend(), [](const QStringList& row) {
                return row.at(4) == QStringLiteral("\u5b9e\u5730\u9a8c\u573a");
            });
            QVERIFY(surveys >= 1);
            QCOMPARE(it->size() - surveys, 9);
            const bool servedAllYear
                = sl::core::ServiceSpans::servedDays(inputs.spans.value(id), QDate(2025, 1, 1), QDate(2025, 12, 31))
                == 365;
            for (const QStringList& row : *it) {
                const QString kind = row.at(4) == QStringLiteral("\u5b89\u5168\u68c0\u67e5")
                    ? QStringLiteral("inspection")
                    : row.at(4) == QStringLiteral("\u5b89\u5168\u57f9\u8bad") ? QStringLiteral("training")
                    : row.at(4) == QStringLiteral("\u5e94\u6025\u6f14\u7ec3") ? QStringLiteral("drill")
                                                                              : QString();
                if (servedAllYear && !kind.isEmpty()) {
                    QCOMPARE(row.at(5),
                             kind == QLatin1String("inspection") ? QStringLiteral("1") : QStringLiteral("2"));
                    QCOMPARE(row.at(8) == QStringLiteral("\u5df2\u5b8c\u6210"), row.at(6).toInt() >= row.at(5).toInt());
                    QVERIFY(row.at(8) != QStringLiteral("\u672a\u5230\u671f")); // as of November 2026, 2025 is over
                }
                if (!kind.isEmpty() && row.at(8) != QStringLiteral("\u4e0d\u9002\u7528")) {
                    QCOMPARE(row.at(6).toInt(),
                             recordCount.value(QStringLiteral("%1 %2 %3").arg(id).arg(kind, row.at(3))));
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
        for (const QString& day : { QStringLiteral("2026-09-30"), QStringLiteral("2026-10-01") }) {
            const QString out = m_dir.filePath(QStringLiteral("q3-%1.csv").arg(day));
            r = cli({ QStringLiteral("--db"), db, QStringLiteral("--as-of"), day, QStringLiteral("compliance"),
                      QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
                      QStringLiteral("3"), QStringLiteral("--out"), out });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QList<QStringList> quarter = readCsv(out).mid(1);
            QVERIFY(quarter.size() > 50);
            for (const QStringList& row : quarter) {
                QCOMPARE(row.at(3), QStringLiteral("2026Q3"));
                QCOMPARE(row.at(4), QStringLiteral("\u5b89\u5168\u68c0\u67e5"));
                if (day.endsWith(QLatin1String("30"))) {
                    onLastDay.insert(row.at(1), row);
                    if (row.at(7) == QStringLiteral("2026-09-30") && row.at(6) == QStringLiteral("0")) {
                        QCOMPARE(row.at(8), QStringLiteral("\u672a\u5230\u671f"));
                    }
                } else {
                    const QStringList before = onLastDay.value(row.at(1));
                    QCOMPARE(before.value(4), row.at(4));
                    if (before.value(8) == QStringLiteral("\u672a\u5230\u671f")) {
                        QCOMPARE(row.at(8), QStringLiteral("\u903e\u671f"));
                    } else {
                        QCOMPARE(row.at(8), before.value(8));
                    }
                }
            }
        }
        int notYetDue = 0;
        for (const QStringList& row : std::as_const(onLastDay)) {
            notYetDue += row.at(8) == QStringLiteral("\u672a\u5230\u671f") ? 1 : 0;
        }
        QVERIFY2(notYetDue > 0, "the demo street should miss some inspections");

        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-02-30"),
                       QStringLiteral("check") })
                     .exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("compliance"), QStringLiteral("--year"),
                       QStringLiteral("2025"), QStringLiteral("--quarter"), QStringLiteral("5"),
                       QStringLiteral("--out"), csv2025 })
                     .exitCode,
                 2);
    }

    // The proof for hazards and scorecards: each agency's 整改率 is closed ÷ found of the hazards
    // export, 已检查次数 is the sum of the compliance export, and the certificates listed are exactly those
    // within DAYS.
    // report notice: one hazard (by its plain id or as the page shows it), all open hazards of an enterprise, the
    // re-check opinion; refused with the reason otherwise.
    void noticeOfHazards()
    {
        const QString db = m_dir.filePath(QStringLiteral("notice.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-29");
        Run r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("40") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        qint64 open = 0;
        QString code;
        qint64 rechecked = 0;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("notice"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT h.id, e.credit_code FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id"
                        " WHERE h.state <> 'closed' ORDER BY h.id LIMIT 1"))
                    && q.next());
            open = q.value(0).toLongLong();
            code = q.value(1).toString();
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT hazard_id FROM hazard_event WHERE action IN ('recheck_passed', 'recheck_failed')"
                        " ORDER BY id LIMIT 1"))
                    && q.next());
            rechecked = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("notice"));
        const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("report"), QStringLiteral("notice"),
                  QStringLiteral("--hazard"), QStringLiteral("2026-%1").arg(open, 6, 10, QLatin1Char('0')),
                  QStringLiteral("--out"), one });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(PdfTools::text(one).contains(QStringLiteral("隐患整改通知书")));
        const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("report"), QStringLiteral("notice"),
                  QStringLiteral("--code"), code, QStringLiteral("--out"), all });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString opinion = m_dir.filePath(QStringLiteral("opinion.pdf"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("report"), QStringLiteral("notice"),
                  QStringLiteral("--hazard"), QString::number(rechecked), QStringLiteral("--recheck"),
                  QStringLiteral("--out"), opinion });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(PdfTools::text(opinion).contains(QStringLiteral("复查意见书")));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("report"), QStringLiteral("notice"),
                  QStringLiteral("--hazard"), QStringLiteral("999999"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("none.pdf")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("notice"),
                  QStringLiteral("--out"), one });
        QCOMPARE(r.exitCode, 2);
    }

    void scorecardAgreesWithTheExports()
    {
        const QString db = m_dir.filePath(QStringLiteral("scorecard.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-29");
        Run r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("200"), QStringLiteral("--years"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString hazards = m_dir.filePath(QStringLiteral("h.csv"));
        const QString compliance = m_dir.filePath(QStringLiteral("c.csv"));
        const QString scorecard = m_dir.filePath(QStringLiteral("s.csv"));
        for (const auto& [verb, out] :
             { std::pair{ QStringLiteral("hazards"), hazards }, std::pair{ QStringLiteral("compliance"), compliance },
               std::pair{ QStringLiteral("scorecard"), scorecard } }) {
            r = cli({ QStringLiteral("--db"), db, asOf, verb, QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--out"), out });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QList<QStringList> hazardRows = readCsv(hazards);
        QCOMPARE(
            hazardRows.first().join(QLatin1Char(',')),
            QStringLiteral("\u7f16\u53f7,\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,"
                           "\u670d\u52a1\u673a\u6784,\u53d1\u73b0\u65e5\u671f,\u7b49\u7ea7,\u63cf\u8ff0,"
                           "\u6574\u6539\u671f\u9650,\u72b6\u6001,\u9500\u53f7\u65e5\u671f,\u903e\u671f,\u7763\u529e"));
        const QList<QStringList> scoreRows = readCsv(scorecard);
        QCOMPARE(scoreRows.first().join(QLatin1Char(',')),
                 QStringLiteral(
                     "\u670d\u52a1\u673a\u6784,\u5e74\u5ea6,\u670d\u52a1\u4f01\u4e1a\u6570,"
                     "\u5e94\u68c0\u67e5\u6b21\u6570,\u5df2\u68c0\u67e5\u6b21\u6570,\u68c0\u67e5\u5b8c\u6210\u7387,"
                     "\u9690\u60a3\u6570,\u5df2\u9500\u53f7\u6570,\u6574\u6539\u7387,"
                     "\u6309\u671f\u6574\u6539\u7387,\u57f9\u8bad\u5b8c\u6210\u7387,\u6f14\u7ec3\u5b8c\u6210\u7387,"
                     "\u8bc4\u4ef7\u5f97\u5206,"
                     // zong fen, deng ji, then the other figures the appraisal scores
                     "\u603b\u5206,\u7b49\u7ea7,\u5b9e\u5730\u9a8c\u573a\u5b8c\u6210\u7387,"
                     "\u57fa\u7840\u8d44\u6599\u6309\u65f6\u5b8c\u6210\u7387,"
                     "\u5e74\u5ea6\u62a5\u544a\u5b8c\u6210\u7387,\u7ea6\u8c08\u6b21\u6570,\u901a\u62a5\u6b21\u6570,"
                     // feng xian ping gu wan cheng lv, qi ta fu wu ci shu (never an obligation)
                     "\u98ce\u9669\u8bc4\u4f30\u5b8c\u6210\u7387,\u5176\u4ed6\u670d\u52a1\u6b21\u6570"));
        QHash<QString, int> found;
        QHash<QString, int> closed;
        QSet<QString> states;
        QSet<QString> supervision;
        int overdue = 0;
        for (const QStringList& row : hazardRows.mid(1)) {
            QCOMPARE(row.size(), 12);
            ++found[row.at(3)];
            closed[row.at(3)] += row.at(8) == QStringLiteral("\u5df2\u9500\u53f7") ? 1 : 0;
            QCOMPARE(row.at(8) == QStringLiteral("\u5df2\u9500\u53f7"), !row.at(9).isEmpty());
            states.insert(row.at(8));
            supervision.insert(row.at(11));
            overdue += row.at(10) == QStringLiteral("\u662f") ? 1 : 0;
        }
        // The demo street has hazards in every state and under both kinds of supervision.
        QCOMPARE(states,
                 (QSet<QString>{ QStringLiteral("\u767b\u8bb0"), QStringLiteral("\u6574\u6539\u4e2d"),
                                 QStringLiteral("\u5f85\u590d\u67e5"), QStringLiteral("\u5df2\u9500\u53f7") }));
        QVERIFY(supervision.contains(QStringLiteral("\u7763\u529e")));
        QVERIFY(overdue > 0);
        QHash<QString, int> inspected;
        for (const QStringList& row : readCsv(compliance).mid(1)) {
            if (row.at(4) == QStringLiteral("\u5b89\u5168\u68c0\u67e5")) {
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
            QCOMPARE(row.at(8),
                     QString::number(100.0 * closed.value(agency) / found.value(agency), 'f', 1) + QLatin1Char('%'));
            QCOMPARE(row.at(4).toInt(), inspected.value(agency));
        }

        // The printable sheets of the same figures.
        const QString sheets = m_dir.filePath(QStringLiteral("s.pdf"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("scorecard"), QStringLiteral("--year"),
                  QStringLiteral("2025"), QStringLiteral("--out"), sheets });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdf(sheets);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // Certificates: exactly those expired or expiring within DAYS, counted from the same file.
        const QString certificates = m_dir.filePath(QStringLiteral("cert.csv"));
        r = cli({ QStringLiteral("--db"), db, asOf, QStringLiteral("certificates"), QStringLiteral("--expiring"),
                  QStringLiteral("60"), QStringLiteral("--out"), certificates });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> certificateRows = readCsv(certificates);
        QCOMPARE(
            certificateRows.first().join(QLatin1Char(',')),
            QStringLiteral(
                "\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,\u8bc1\u7167\u7c7b\u578b,"
                "\u8bc1\u7167\u7f16\u53f7,\u6709\u6548\u671f\u81f3,\u5269\u4f59\u5929\u6570,\u72b6\u6001"));
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
            QCOMPARE(row.at(6),
                     left < 0 ? QStringLiteral("\u5df2\u8fc7\u671f") : QStringLiteral("\u5373\u5c06\u5230\u671f"));
            QCOMPARE(QDate::fromString(row.at(4), Qt::ISODate), QDate(2026, 11, 29).addDays(left));
        }
    }

    // Must show of the data-safety issue: a file with bad rows writes nothing and says why, line by line;
    // a GB18030 file's Chinese names come in right.
    void importRefusesAFileWithBadRowsWhole()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("20") });
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
        f.write(sl::core::Gb18030::encode(
            QStringLiteral(
                "\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,\u6240\u5c5e\u793e\u533a\r\n"
                "\u534e\u590f\u7cbe\u5de5\u6709\u9650\u516c\u53f8,91110000600037341L,%1\r\n"
                "\u574f\u4ee3\u7801\u516c\u53f8,91350100M000100Y4Z,%1\r\n"
                "\u65e0\u793e\u533a\u516c\u53f8,91310115MA1K3BTP2B,\u4e0d\u5b58\u5728\u7684\u793e\u533a\r\n")
                .arg(community)));
        f.close();
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("enterprises"), bad });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Line 3:")) && r.out.contains(QStringLiteral("Line 4:")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\u4e0d\u5b58\u5728\u7684\u793e\u533a")));
        QVERIFY(!r.out.contains(QStringLiteral("Line 2:")));
        QFile after(db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY2(after.readAll() == bytes, "the database changed");

        // Without the bad rows the same GB18030 file comes in with its Chinese name intact.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sl::core::Gb18030::encode(
            QStringLiteral("\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,"
                           "\u6240\u5c5e\u793e\u533a\r\n\u534e\u590f\u7cbe\u5de5\u6709\u9650\u516c\u53f8,"
                           "91110000600037341L,%1\r\n")
                .arg(community)));
        f.close();
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("enterprises"), bad });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        sl::core::Database database;
        QString error;
        QVERIFY(database.open(db, &error));
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM enterprise WHERE credit_code = '91110000600037341L'"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("\u534e\u590f\u7cbe\u5de5\u6709\u9650\u516c\u53f8"));
        q.finish();
        database.close();
    }

    // Killing the demo writer (one long transaction) at random moments never leaves a file check rejects.
    // An agency's return from the command line: template, a filled-in file, dry run, import, the same file
    // again, a file with rows dated after "today", and the quarter's list.
    void returnVerbs()
    {
        const QString db = m_dir.filePath(QStringLiteral("returns.sqlite"));
        const QString asOf = QStringLiteral("--as-of=2026-11-20");
        const auto run = [&](QStringList args, const QString& day = QString()) {
            return cli(QStringList{ QStringLiteral("--db"), db, day.isEmpty() ? asOf : day } + args);
        };
        const QString returnsDir = m_dir.filePath(QStringLiteral("demo-returns"));
        Run r = run({ QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("40"),
                      QStringLiteral("--returns"), returnsDir });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The demo street comes with each agency's filled-in return of the quarter, each one importable.
        const QStringList demoReturns = QDir(returnsDir).entryList({ QStringLiteral("*2026Q4.xlsx") }, QDir::Files);
        QVERIFY2(!demoReturns.isEmpty(), qPrintable(r.err));
        for (const QString& file : demoReturns) {
            r = run({ QStringLiteral("return"), QStringLiteral("import"), QDir(returnsDir).filePath(file),
                      QStringLiteral("--dry-run") });
            QVERIFY2(r.exitCode == 0, qPrintable(file + QLatin1Char(' ') + r.out));
        }
        QString agency;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("agencies"));
            reader.setDatabaseName(db);
            reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("SELECT a.name FROM agency a JOIN contract c ON c.agency_id = a.id"
                                          " JOIN coverage v ON v.contract_id = c.id WHERE c.period_end >= '2026-12-31'"
                                          " GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"))
                    && q.next());
            agency = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("agencies"));
        const QStringList period = { QStringLiteral("--agency"),  agency,
                                     QStringLiteral("--year"),    QStringLiteral("2026"),
                                     QStringLiteral("--quarter"), QStringLiteral("4") };
        const QString filled = m_dir.filePath(QStringLiteral("filled.xlsx"));
        r = run(QStringList{ QStringLiteral("return"), QStringLiteral("template") } + period
                + QStringList{ QStringLiteral("--out"), m_dir.filePath(QStringLiteral("template.xlsx")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("template.xlsx"))));
        r = run(QStringList{ QStringLiteral("return"), QStringLiteral("demo") } + period
                + QStringList{ QStringLiteral("--out"), filled, QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QString before = m_dir.filePath(QStringLiteral("before.csv"));
        const QString after = m_dir.filePath(QStringLiteral("after.csv"));
        const QStringList compliance = { QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2026"),
                                         QStringLiteral("--out") };
        QCOMPARE(run(compliance + QStringList{ before }).exitCode, 0);
        r = run({ QStringLiteral("return"), QStringLiteral("import"), filled, QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("to add")));
        QCOMPARE(run(compliance + QStringList{ after }).exitCode, 0);
        QCOMPARE(readCsv(after), readCsv(before)); // a dry run writes nothing
        r = run({ QStringLiteral("return"), QStringLiteral("import"), filled });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(run(compliance + QStringList{ after }).exitCode, 0);
        QVERIFY(readCsv(after) != readCsv(before)); // the records count at once
        const QList<QStringList> imported = readCsv(after);
        r = run({ QStringLiteral("return"), QStringLiteral("import"), filled });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing changed")), qPrintable(r.err));
        QCOMPARE(run(compliance + QStringList{ after }).exitCode, 0);
        QCOMPARE(readCsv(after), imported);

        // Filled in on the 28th, imported on the 20th: the later rows are refused, nothing is written.
        const QString late = m_dir.filePath(QStringLiteral("late.xlsx"));
        r = run(QStringList{ QStringLiteral("return"), QStringLiteral("demo") } + period
                    + QStringList{ QStringLiteral("--out"), late, QStringLiteral("--seed"), QStringLiteral("4") },
                QStringLiteral("--as-of=2026-11-28"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("return"), QStringLiteral("import"), late });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("is in the future")) && r.out.contains(QStringLiteral(", row ")),
                 qPrintable(r.out));
        QCOMPARE(run(compliance + QStringList{ after }).exitCode, 0);
        QCOMPARE(readCsv(after), imported);
        r = run({ QStringLiteral("return"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2026"),
                  QStringLiteral("--quarter"), QStringLiteral("4") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // Newest first: the refused file, with nothing imported and its refused rows; then the imported one.
        QVERIFY2(lines.at(0).contains(QStringLiteral("\trefused\t"))
                     && lines.at(0).contains(QStringLiteral("\tlate.xlsx\t0\t")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("\timported\t"))
                     && lines.at(1).contains(QStringLiteral("\tfilled.xlsx\t")),
                 qPrintable(lines.at(1)));

        QCOMPARE(run({ QStringLiteral("return"), QStringLiteral("template"), QStringLiteral("--year"),
                       QStringLiteral("2026") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("return") }).exitCode, 2);
    }

    // The proof on a demo street with evidence (its sign-in sheets): backup --out, restore onto a new path,
    // check passes with every evidence file present; the same through export-all and import-all.
    void backupAndHandoverCarryEveryEvidenceFile()
    {
        const QString db = m_dir.filePath(QStringLiteral("office/street.sqlite"));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpression evidence(QStringLiteral("(\\d+) evidence file\\(s\\) checked"));
        const int files = evidence.match(r.out).captured(1).toInt();
        QVERIFY2(files > 0, qPrintable(r.out));

        const QString backup = m_dir.filePath(QStringLiteral("stick/b.zip"));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString restored = m_dir.filePath(QStringLiteral("newpc/street.sqlite"));
        r = cli({ QStringLiteral("--db"), restored, QStringLiteral("restore"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), restored, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(evidence.match(r.out).captured(1).toInt(), files);
        QVERIFY(r.out.contains(QStringLiteral("No problems found.")));

        const QString package = m_dir.filePath(QStringLiteral("stick/handover.zip"));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("export-all"), QStringLiteral("--out"), package });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString taken = m_dir.filePath(QStringLiteral("successor/street.sqlite"));
        r = cli({ QStringLiteral("--db"), taken, QStringLiteral("import-all"), package });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), taken, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(evidence.match(r.out).captured(1).toInt(), files);
        // Only into an empty database; and a workbook alone is refused as a package.
        r = cli({ QStringLiteral("--db"), taken, QStringLiteral("import-all"), package });
        QCOMPARE(r.exitCode, 1);
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("export-all"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("x.xlsx")) });
        QCOMPARE(r.exitCode, 2);
    }

    // The probe: check wrote to the file it checked, and a read-only file or folder refused even check and the
    // exports. Read-only verbs open the file read-only: the bytes stay, and a folder nobody may write to is fine.
    void readOnlyVerbsChangeNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        const QString db = folder + QStringLiteral("/street.sqlite");
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("60") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto digest = [](const QString& path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray before = digest(db);
        const QString year = QString::number(sl::core::Clock::today().year() - 1);
        const QList<QStringList> verbs = {
            { QStringLiteral("check") },
            { QStringLiteral("subsidies"), QStringLiteral("--year"), year, QStringLiteral("--out"),
              m_dir.filePath(QStringLiteral("ro-s.xlsx")) },
            { QStringLiteral("compliance"), QStringLiteral("--year"), year, QStringLiteral("--out"),
              m_dir.filePath(QStringLiteral("ro-c.csv")) },
            { QStringLiteral("export-all"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ro-h.zip")) },
            { QStringLiteral("backup"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ro-b.zip")) },
        };
        for (const QStringList& verb : verbs) {
            r = cli(QStringList{ QStringLiteral("--db"), db } + verb);
            QVERIFY2(r.exitCode == 0, qPrintable(verb.first() + QStringLiteral(": ") + r.err));
            QCOMPARE(digest(db), before);
        }
#ifdef Q_OS_UNIX
        // The folder and the file read-only for the one who runs the verbs. Root may write anyway, so the verbs
        // then run as nobody (who needs to reach the test's folder).
        QFile::setPermissions(m_dir.path(),
                              QFile::permissions(m_dir.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        for (const char* suffix : { "-wal", "-shm" }) {
            QFile::remove(db + QLatin1String(suffix));
        }
        QVERIFY(QFile::setPermissions(folder,
                                      QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QStringList listed = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QString out
            = QDir::tempPath() + QStringLiteral("/safeledger-ro-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(out);
        QFile::setPermissions(out,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
        for (QStringList verb : verbs) {
            if (verb.contains(QStringLiteral("--out"))) {
                verb.last() = out + QLatin1Char('/') + QFileInfo(verb.last()).fileName();
            }
            r = cliAsReader(QStringList{ QStringLiteral("--db"), db } + verb);
            QVERIFY2(r.exitCode == 0, qPrintable(verb.first() + QStringLiteral(" in a read-only folder: ") + r.err));
        }
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), listed);
        QCOMPARE(digest(db), before);
        // Writing is refused with a sentence, and nothing is made.
        r = cliAsReader({ QStringLiteral("--db"), db, QStringLiteral("init") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")) || r.err.contains(QStringLiteral("locked")),
                 qPrintable(r.err));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QDir(out).removeRecursively();
#endif
    }

    // The probe: on a full disk export-all wrote a cut-off file and said it was written. A child whose file size is
    // limited (ulimit -f, SIGXFSZ ignored: writes past the limit come back short, as on a full disk) must fail with a
    // sentence and leave nothing at the target, whichever write it is that fails.
    void aFullDiskIsReportedAndLeavesNoFile()
    {
#ifdef Q_OS_UNIX
        const QString db = m_dir.filePath(QStringLiteral("full.sqlite"));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("120") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString whole = m_dir.filePath(QStringLiteral("whole.zip"));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("export-all"), QStringLiteral("--out"), whole });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 size = QFileInfo(whole).size();
        int refused = 0;
        for (const double share : { 0.05, 0.3, 0.6, 0.9, 0.99 }) {
            const qint64 limitKb = qMax<qint64>(8, static_cast<qint64>(size * share / 1024));
            for (const QString& verb :
                 { QStringLiteral("export-all"), QStringLiteral("backup"), QStringLiteral("subsidies") }) {
                const QString out = m_dir.filePath(
                    QStringLiteral("cut-%1-%2.%3")
                        .arg(verb)
                        .arg(limitKb)
                        .arg(verb == QLatin1String("subsidies") ? QStringLiteral("xlsx") : QStringLiteral("zip")));
                QStringList args = { QStringLiteral("--db"), db, verb, QStringLiteral("--out"), out };
                if (verb == QLatin1String("subsidies")) {
                    args << QStringLiteral("--year") << QString::number(sl::core::Clock::today().year() - 1);
                }
                const Run limited = limitedCli(limitKb, args);
                if (limited.exitCode == 0) {
                    // The limit was above what this file needs: then it is whole.
                    QVERIFY2(QFileInfo(out).size() > 0, qPrintable(out));
                    continue;
                }
                QCOMPARE(limited.exitCode, 1);
                ++refused;
                QVERIFY2(!limited.err.trimmed().isEmpty(), qPrintable(verb));
                QVERIFY2(!QFileInfo::exists(out),
                         qPrintable(QStringLiteral("%1 at %2 KB: %3").arg(verb).arg(limitKb).arg(limited.err)));
            }
        }
        QVERIFY2(refused >= 10, qPrintable(QString::number(refused)));
        // No temporary file was left behind either.
        QStringList after = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        after.erase(std::remove_if(after.begin(), after.end(),
                                   [](const QString& n) { return n.startsWith(QStringLiteral("cut-")); }),
                    after.end());
        QCOMPARE(after.filter(QStringLiteral(".part")), QStringList());
#else
        QSKIP("ulimit -f is how the test fills the disk; Unix only");
#endif
    }

    // A file left at any older data version (an upgrade cut off, an old backup) is checked as it is: check reads
    // only what that version has, changes nothing and passes. (A kill during demo's upgrade once left such a file,
    // and check failed on the evidence table's later column.)
    void checksAFileOfEveryOlderVersion()
    {
        for (int version = 1; version < sl::core::Migrations::latestVersion(); ++version) {
            const QString db = m_dir.filePath(QStringLiteral("version%1.sqlite").arg(version));
            {
                sl::core::Database old;
                QString error;
                QVERIFY2(old.open(db, &error, version), qPrintable(error));
                QCOMPARE(old.schemaVersion(), version);
            }
            const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("version %1: %2").arg(version).arg(r.err)));
            sl::core::Database again;
            QString error;
            QVERIFY(again.openReadOnly(db, &error, sl::core::Database::Versions::OlderToo));
            QCOMPARE(again.schemaVersion(), version);
        }
    }

    void killedDemoLeavesAGoodFile()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 20; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("killed%1.sqlite").arg(round));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SAFELEDGER_CLI),
                    { QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("400") });
            QVERIFY(p.waitForStarted(10000));
            QTest::qWait(random.bounded(20, 600));
            p.kill();
            p.waitForFinished(10000);
            const bool existed = QFileInfo::exists(db);
            const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
            if (!existed) {
                // Killed before it made the file: check says so, and makes none.
                QVERIFY2(r.exitCode == 1 && !QFileInfo::exists(db), qPrintable(r.err));
                continue;
            }
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.err)));
        }
    }

    void demoThenCheck()
    {
        const QString db = m_dir.filePath(QStringLiteral("t.sqlite"));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ok")));

        // A second demo into the same file refuses, with a message, and changes nothing.
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void initPrintsVersion()
    {
        const QString db = m_dir.filePath(QStringLiteral("init.sqlite"));
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("init") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QString::number(sl::core::Database::latestSchemaVersion())), qPrintable(r.out));
        QVERIFY(QFile::exists(db));
    }

    void wrongUsageIsTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("fly") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("--db") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("u.sqlite")), QStringLiteral("demo"),
                       QStringLiteral("--enterprises"), QStringLiteral("many") })
                     .exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("--help") }).exitCode, 0);
    }

    // One reader per value: a bad --year, --quarter, --out or --as-of is refused with the same sentence whichever
    // verb it was given to (the return verbs among them), and that sentence names the option, not the verb.
    void badValuesAreRefusedAlikeByEveryVerb()
    {
        const QString db = m_dir.filePath(QStringLiteral("readers.sqlite"));
        const auto firstLine = [&](const QStringList& args) {
            const Run r = cli(QStringList{ QStringLiteral("--db"), db } + args);
            // The first line the program wrote (Qt may warn before it, of the runtime folder).
            QStringList lines = r.err.split(QLatin1Char('\n'));
            lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
            return std::pair{ r.exitCode, lines.value(0) };
        };
        const QString csv = m_dir.filePath(QStringLiteral("readers.csv"));
        const QString xlsx = m_dir.filePath(QStringLiteral("readers.xlsx"));
        const QString pdf = m_dir.filePath(QStringLiteral("readers.pdf"));
        const QList<std::pair<QString, QList<QStringList>>> cases = {
            { QStringLiteral("--year"),
              { { QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("1999"),
                  QStringLiteral("--out"), csv },
                { QStringLiteral("return"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2101"),
                  QStringLiteral("--quarter"), QStringLiteral("1") },
                { QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
                  QStringLiteral("twenty"), QStringLiteral("--out"), pdf } } },
            { QStringLiteral("--quarter"),
              { { QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--quarter"), QStringLiteral("5"), QStringLiteral("--out"), csv },
                { QStringLiteral("return"), QStringLiteral("template"), QStringLiteral("--agency"), QStringLiteral("A"),
                  QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--quarter"), QStringLiteral("0"),
                  QStringLiteral("--out"), xlsx },
                { QStringLiteral("report"), QStringLiteral("quarter"), QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--out"), pdf } } },
            { QStringLiteral("--out"),
              { { QStringLiteral("hazards"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"),
                  pdf },
                { QStringLiteral("risks"), QStringLiteral("--year"), QStringLiteral("2025") } } },
            { QStringLiteral("--as-of"),
              { { QStringLiteral("--as-of=2026-02-30"), QStringLiteral("check") },
                { QStringLiteral("--as-of"), QStringLiteral("2026-13-01"), QStringLiteral("return"),
                  QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
                  QStringLiteral("4") } } },
        };
        for (const auto& [option, verbs] : cases) {
            const auto first = firstLine(verbs.first());
            QCOMPARE(first.first, 2);
            QVERIFY2(first.second.startsWith(option + QLatin1Char(' ')), qPrintable(first.second));
            for (const QStringList& verb : verbs.mid(1)) {
                const auto other = firstLine(verb);
                QCOMPARE(other.first, 2);
                QCOMPARE(other.second, first.second);
            }
        }
        QVERIFY(!QFileInfo::exists(db)); // refused before the file was opened
    }

    // The return verbs open the file as every other verb does. The one that writes upgrades a file of an older data
    // version and says where the previous version is kept, as import enterprises does; those that read refuse such
    // a file as it is, in the words of compliance; and a file another SafeLedger program has open is refused alike.
    void returnVerbsOpenTheFileAsTheOthers()
    {
        const int old = sl::core::Migrations::latestVersion() - 1;
        const auto oldFile = [&](const QString& name) {
            const QString path = m_dir.filePath(name);
            sl::core::Database database;
            QString error;
            if (!database.open(path, &error, old)) {
                qWarning("%s", qPrintable(error));
            }
            return path;
        };
        const auto versionOf = [](const QString& path) {
            sl::core::Database database;
            QString error;
            return database.openReadOnly(path, &error, sl::core::Database::Versions::OlderToo)
                ? database.schemaVersion()
                : -1;
        };
        const QString upgraded = QStringLiteral("The database was upgraded; the previous version is kept in ");
        const QString forImport = oldFile(QStringLiteral("old-import.sqlite"));
        const QString forReturn = oldFile(QStringLiteral("old-return.sqlite"));
        QCOMPARE(versionOf(forReturn), old);
        const Run imported = cli({ QStringLiteral("--db"), forImport, QStringLiteral("import"),
                                   QStringLiteral("enterprises"), m_dir.filePath(QStringLiteral("none.csv")) });
        const Run returned = cli({ QStringLiteral("--db"), forReturn, QStringLiteral("return"),
                                   QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.xlsx")) });
        QCOMPARE(imported.exitCode, 1); // no such file, after the upgrade
        QCOMPARE(returned.exitCode, imported.exitCode);
        QVERIFY2(imported.err.contains(upgraded), qPrintable(imported.err));
        QVERIFY2(returned.err.contains(upgraded), qPrintable(returned.err));
        QCOMPARE(versionOf(forReturn), sl::core::Migrations::latestVersion());
        QCOMPARE(versionOf(forImport), sl::core::Migrations::latestVersion());

        // Reading verbs leave an older file as it is and say so the same way.
        const QString asItIs = oldFile(QStringLiteral("old-read.sqlite"));
        const Run compliance
            = cli({ QStringLiteral("--db"), asItIs, QStringLiteral("compliance"), QStringLiteral("--year"),
                    QStringLiteral("2026"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("old.csv")) });
        const Run listed = cli({ QStringLiteral("--db"), asItIs, QStringLiteral("return"), QStringLiteral("list"),
                                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
                                 QStringLiteral("4") });
        QCOMPARE(compliance.exitCode, 1);
        QCOMPARE(listed.exitCode, 1);
        QVERIFY(!compliance.err.trimmed().isEmpty());
        QCOMPARE(listed.err, compliance.err);
        QCOMPARE(versionOf(asItIs), old);

        // Open in another SafeLedger program (this test holds the writer lock): refused, the same sentence.
        sl::core::Database holder;
        QString error;
        QVERIFY2(holder.open(forReturn, &error), qPrintable(error));
        const Run importLocked = cli({ QStringLiteral("--db"), forReturn, QStringLiteral("import"),
                                       QStringLiteral("enterprises"), m_dir.filePath(QStringLiteral("none.csv")) });
        const Run returnLocked = cli({ QStringLiteral("--db"), forReturn, QStringLiteral("return"),
                                       QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.xlsx")) });
        QCOMPARE(importLocked.exitCode, 1);
        QCOMPARE(returnLocked.exitCode, 1);
        QVERIFY2(returnLocked.err.contains(QStringLiteral("already open")), qPrintable(returnLocked.err));
        QCOMPARE(returnLocked.err, importLocked.err);
        holder.close();
    }

    void refusedFileIsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("check") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("text.sqlite")));
    }

    // Who did what, from the command line: an import with --operator 王五, then the audit log in Chinese, one row
    // per field, under the exact header.
    void auditAfterAnImportNamesTheOperatorInChinese()
    {
        const QString db = m_dir.filePath(QStringLiteral("audit-wangwu.sqlite"));
        const QString zh = QStringLiteral("zh_CN.UTF-8");
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("1") });
        QCOMPARE(r.exitCode, 0);
        QString community;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("community"));
            reader.setDatabaseName(db);
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM community ORDER BY id LIMIT 1")) && q.next());
            community = q.value(0).toString();
            q.finish();
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("community"));
        const QString list = m_dir.filePath(QStringLiteral("wangwu.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral(
                "\u4f01\u4e1a\u540d\u79f0,\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801,\u6240\u5c5e\u793e\u533a,"
                "\u89c4\u6a21\u7c7b\u578b\r\n\u534e\u590f\u7cbe\u5de5\u6709\u9650\u516c\u53f8,91110000600037341L,%1,"
                "\u89c4\u4e0a\r\n")
                .arg(community)
                .toUtf8());
        f.close();
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("--operator"), QStringLiteral("王五"),
                  QStringLiteral("import"), QStringLiteral("enterprises"), list },
                QString(), zh);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("王五")), qPrintable(r.err)); // says which operator it used
        const QString out = m_dir.filePath(QStringLiteral("audit-wangwu.csv"));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--operator"),
                  QStringLiteral("王五"), QStringLiteral("--out"), out },
                QString(), zh);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        csv.close();
        // Excel's UTF-8 mark first (QString::fromUtf8 would drop it, so it is looked for in the bytes).
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("时间,操作人,对象类型,对象,操作,字段,原值,新值"));
        QStringList rows = lines.mid(1, lines.size() - 2);
        QVERIFY(lines.last().contains(QStringLiteral("SHA-256"))); // the chain's head below the rows
        QVERIFY(rows.size() >= 4);
        for (const QString& row : std::as_const(rows)) {
            QVERIFY2(row.section(QLatin1Char(','), 1, 1) == QStringLiteral("王五"), qPrintable(row));
        }
        const QString joined = rows.join(QLatin1Char('\n'));
        for (const QString& expected :
             { QStringLiteral(",王五,企业,华夏精工有限公司,导入,名称,,华夏精工有限公司"),
               QStringLiteral(",王五,企业,华夏精工有限公司,导入,统一社会信用代码,,91110000600037341L"),
               QStringLiteral(",王五,企业,华夏精工有限公司,导入,规模类型,,规上") }) {
            QVERIFY2(joined.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + joined));
        }
        // And the audit export anchors the chain: check agrees with it.
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("agrees with its anchor")),
                 qPrintable(r.out + r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
