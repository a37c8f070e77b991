#include "Clock.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "demo/DemoGenerator.h"
#include "io/DatabaseExchange.h"
#include "io/XlsxReader.h"
#include "db/AppraisalSchemeRepository.h"
#include "reports/ScorecardYear.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// The clerk's way out: the whole file as a workbook and back, with nothing lost or changed.
class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void roundTripGivesTheSameSheets()
    {
        Clock::setToday(QDate(2026, 11, 29));
        QTemporaryDir dir;
        QString error;
        Database first;
        QVERIFY(first.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        DemoGenerator::Options options;
        options.enterprises = 40;
        options.today = QDate(2026, 11, 29);
        QVERIFY2(DemoGenerator::generate(first, options, &error), qPrintable(error));
        // Text that must survive exactly: markup, a formula, line breaks, empty text.
        Enterprise odd = EnterpriseRepository(first).list(false).first();
        odd.name = QStringLiteral("=HYPERLINK(\"x\") <b>粗</b>");
        odd.notes = QStringLiteral("第一行\n第二行");
        QVERIFY2(EnterpriseRepository(first).update(odd, &error), qPrintable(error));
        // A confirmed appraisal year and a second scheme version travel too.
        QVERIFY2(ScorecardYear::confirm(first, 2025, QDate(2026, 11, 29), &error), qPrintable(error));
        AppraisalScheme next = AppraisalSchemeRepository(first).list().first();
        next.id = 0;
        next.fromYear = 2027;
        QVERIFY2(AppraisalSchemeRepository(first).insert(next, &error), qPrintable(error));
        const QString exported = dir.filePath(QStringLiteral("a.xlsx"));
        QVERIFY2(DatabaseExchange::exportAll(first, exported, &error), qPrintable(error));

        Database second;
        QVERIFY(second.open(dir.filePath(QStringLiteral("b.sqlite")), &error));
        int rows = 0;
        QVERIFY2(DatabaseExchange::importAll(second, exported, &rows, &error), qPrintable(error));
        QVERIFY(rows > 1000);
        const CheckReport report = second.check();
        for (const QString& problem : report.problems) {
            // Evidence files are files beside the database, not rows: the workbook does not carry them.
            QVERIFY2(problem.contains(QStringLiteral("evidence")), qPrintable(problem));
        }
        QVERIFY(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("chain intact")));
        const QString again = dir.filePath(QStringLiteral("b.xlsx"));
        QVERIFY2(DatabaseExchange::exportAll(second, again, &error), qPrintable(error));

        QList<QPair<QString, TextTable>> a;
        QList<QPair<QString, TextTable>> b;
        ReadLimits limits;
        limits.maxRows = 1000000;
        limits.maxCellLength = 1000000;
        QVERIFY2(XlsxReader::readAll(exported, limits, &a, &error), qPrintable(error));
        QVERIFY2(XlsxReader::readAll(again, limits, &b, &error), qPrintable(error));
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.size() > 20);
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).first, b.at(i).first);
            QCOMPARE(a.at(i).second.rows, b.at(i).second.rows);
        }
        QCOMPARE(EnterpriseRepository(second).find(odd.id)->name, odd.name);
        QStringList sheets;
        for (const auto& [name, table] : std::as_const(a)) {
            sheets << name;
        }
        for (const char* table : {"appraisal_scheme", "appraisal_item", "appraisal_confirmation", "appraisal_result",
                                  "appraisal_point"}) {
            QVERIFY2(sheets.contains(QLatin1String(table)), table);
        }
        QCOMPARE(AppraisalSchemeRepository(second).list(), AppraisalSchemeRepository(first).list());
        const ScorecardYear restored = ScorecardYear::load(second, 2025, QDate(2026, 11, 29));
        QVERIFY(restored.isConfirmed());
        const ScorecardYear original = ScorecardYear::load(first, 2025, QDate(2026, 11, 29));
        QCOMPARE(restored.rows().size(), original.rows().size());
        for (const Scorecard::Row& r : original.rows()) {
            QCOMPARE(restored.appraisal(r.agencyId), original.appraisal(r.agencyId));
        }
        QCOMPARE(EnterpriseRepository(second).find(odd.id)->notes, odd.notes);
        // The headers are Chinese with the column's key.
        QCOMPARE(a.first().second.rows.first().first(), DatabaseExchange::header(QStringLiteral("id")));

        // Only into an empty database.
        QVERIFY(!DatabaseExchange::importAll(first, exported, &rows, &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        Clock::setToday(QDate());
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
