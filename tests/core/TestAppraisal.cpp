#include "Clock.h"
#include "DemoDatabase.h"
#include "db/AppraisalRepository.h"
#include "db/AppraisalSchemeRepository.h"
#include "db/Database.h"
#include "db/EvaluationRepository.h"
#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"
#include "reports/ScorecardTable.h"
#include "reports/ScorecardYear.h"
#include "rules/AppraisalCalculator.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sl::core;

namespace {

const QDate kToday(2026, 6, 30);

// "88.2%" or "85.0" -> 882 / 850 tenths; "" -> nothing to measure.
std::optional<int> tenthsIn(QString text)
{
    text.remove(QLatin1Char('%'));
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QStringList parts = text.split(QLatin1Char('.'));
    return parts.at(0).toInt() * 10 + (parts.size() > 1 ? parts.at(1).toInt() : 0);
}

// The CSV column each measure's figure is printed in.
QString columnOf(AppraisalMeasure m)
{
    switch (m) {
    case AppraisalMeasure::InspectionCompletion:
        return QStringLiteral("检查完成率");
    case AppraisalMeasure::SurveyCompletion:
        return QStringLiteral("实地验场完成率");
    case AppraisalMeasure::BaselineOnTime:
        return QStringLiteral("基础资料按时完成率");
    case AppraisalMeasure::TrainingCompletion:
        return QStringLiteral("培训完成率");
    case AppraisalMeasure::DrillCompletion:
        return QStringLiteral("演练完成率");
    case AppraisalMeasure::RectificationRate:
        return QStringLiteral("整改率");
    case AppraisalMeasure::OnTimeRectificationRate:
        return QStringLiteral("按期整改率");
    case AppraisalMeasure::YearEndReports:
        return QStringLiteral("年度报告完成率");
    case AppraisalMeasure::EvaluationScore:
        return QStringLiteral("评价得分");
    case AppraisalMeasure::Interviews:
        return QStringLiteral("约谈次数");
    case AppraisalMeasure::Notices:
        break;
    }
    return QStringLiteral("通报次数");
}

// The scheme applied by hand, as the clerk would with the printed sheet: each item's points from its
// printed figure, rounded to a tenth half up; the total kept within 0 and 100; the grade by thresholds.
QPair<QString, QString> byHand(const AppraisalScheme& scheme, const QHash<QString, QString>& row)
{
    int total = 0;
    for (const AppraisalItem& item : scheme.items) {
        const QString text = row.value(columnOf(item.measure));
        if (isDeduction(item.measure)) {
            total -= std::min(item.weightTenths, text.toInt() * item.perEventTenths);
            continue;
        }
        const std::optional<int> figure = tenthsIn(text);
        if (!figure) {
            total += item.fullWhenNothingToMeasure ? item.weightTenths : 0;
        } else if (*figure >= item.fullAtTenths) {
            total += item.weightTenths;
        } else if (*figure > item.zeroAtTenths) {
            const int span = item.fullAtTenths - item.zeroAtTenths;
            total += (2 * item.weightTenths * (*figure - item.zeroAtTenths) + span) / (2 * span);
        }
    }
    total = std::clamp(total, 0, 1000);
    const QString grade = total >= scheme.excellentTenths ? QStringLiteral("优秀")
        : total >= scheme.qualifiedTenths                 ? QStringLiteral("合格")
        : total >= scheme.basicTenths                     ? QStringLiteral("基本合格")
                                                          : QStringLiteral("不合格");
    return { QStringLiteral("%1.%2").arg(total / 10).arg(total % 10), grade };
}

} // namespace

class TestAppraisal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QList<QHash<QString, QString>> csvRows(int year)
    {
        const QString path = m_dir.filePath(QStringLiteral("scorecard-%1.csv").arg(year));
        QString error;
        [&] {
            QVERIFY2(ScorecardTable::writeCsv(ScorecardYear::load(m_db, year, kToday), path, &error),
                     qPrintable(error));
        }();
        TextTable table;
        [&] { QVERIFY2(CsvReader::read(path, {}, &table, &error), qPrintable(error)); }();
        QList<QHash<QString, QString>> out;
        for (int r = 1; r < table.rows.size(); ++r) {
            QHash<QString, QString> row;
            for (int c = 0; c < table.rows.first().size(); ++c) {
                row.insert(table.rows.first().at(c), table.rows.at(r).value(c));
            }
            out.append(row);
        }
        return out;
    }

    AppraisalScheme schemeFor(int year)
    {
        const QList<AppraisalScheme> schemes = AppraisalSchemeRepository(m_db).list();
        return *AppraisalCalculator::schemeFor(schemes, year);
    }

    QHash<qint64, int> totals(int year)
    {
        QHash<qint64, int> out;
        const ScorecardYear y = ScorecardYear::load(m_db, year, kToday);
        for (const Scorecard::Row& r : y.rows()) {
            out.insert(r.agencyId, y.isAppraised(r.agencyId) ? y.appraisal(r.agencyId).totalTenths : -1);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(kToday);
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("a.sqlite")), 150, 3, 11, kToday, &error),
                 qPrintable(error));
    }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    // The default scheme is the plan's reading stated in the settings: its points add up to 100.
    void theDefaultSchemeIsSeeded()
    {
        const QList<AppraisalScheme> schemes = AppraisalSchemeRepository(m_db).list();
        QCOMPARE(schemes.size(), 1);
        QCOMPARE(schemes.first().fromYear, 2000);
        QCOMPARE(schemes.first().items.size(), 11);
        QVERIFY(AppraisalCalculator::problem(schemes.first()).isEmpty());
        QCOMPARE(schemes.first().excellentTenths, 900);
    }

    // For each demo year, every agency's 总分 and 等级 in the export equal the scheme applied by hand to
    // the figures printed in its own row.
    void totalEqualsTheSchemeByHand_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("2024") << 2024;
        QTest::newRow("2025") << 2025;
        QTest::newRow("2026, half over") << 2026;
    }

    void totalEqualsTheSchemeByHand()
    {
        QFETCH(int, year);
        const AppraisalScheme scheme = schemeFor(year);
        const QList<QHash<QString, QString>> rows = csvRows(year);
        QVERIFY(rows.size() >= 2);
        QSet<QString> totalsSeen;
        for (const QHash<QString, QString>& row : rows) {
            if (row.value(QStringLiteral("服务企业数")) == QStringLiteral("0")) {
                // Served no enterprise in the year (listed for an interview or a spot check): not appraised.
                QVERIFY(row.value(QStringLiteral("总分")).isEmpty());
                QVERIFY(row.value(QStringLiteral("等级")).isEmpty());
                continue;
            }
            const auto [total, grade] = byHand(scheme, row);
            QCOMPARE(row.value(QStringLiteral("总分")), total);
            QCOMPARE(row.value(QStringLiteral("等级")), grade);
            totalsSeen.insert(total);
        }
        QVERIFY2(totalsSeen.size() > 1 || rows.size() == 1, "the demo agencies should not all score alike");
    }

    // Changing the scheme changes the unconfirmed years only; a confirmed year keeps its frozen appraisal
    // (and says how many agencies would now come out differently) until it is reopened with a reason.
    void changingTheSchemeChangesAnUnconfirmedYearOnly()
    {
        QString error;
        const QHash<qint64, int> before2024 = totals(2024);
        const QHash<qint64, int> before2025 = totals(2025);
        QVERIFY2(ScorecardYear::confirm(m_db, 2024, kToday, &error), qPrintable(error));
        QVERIFY(!ScorecardYear::confirm(m_db, 2024, kToday, &error)); // once
        QVERIFY(ScorecardYear::load(m_db, 2024, kToday).isConfirmed());
        QCOMPARE(ScorecardYear::load(m_db, 2024, kToday).agenciesChangedSinceConfirmation(), 0);

        AppraisalScheme scheme = schemeFor(2025);
        for (AppraisalItem& item : scheme.items) {
            if (item.measure == AppraisalMeasure::InspectionCompletion) {
                item.weightTenths = 100; // 25 -> 10 points, nothing at or below 90 %
                item.zeroAtTenths = 900;
            } else if (item.measure == AppraisalMeasure::EvaluationScore) {
                item.weightTenths = 250; // 10 -> 25 points, nothing at or below 80
                item.zeroAtTenths = 800;
            }
        }
        QVERIFY2(AppraisalSchemeRepository(m_db).update(scheme, &error), qPrintable(error));

        QCOMPARE(totals(2024), before2024); // frozen
        const ScorecardYear frozen = ScorecardYear::load(m_db, 2024, kToday);
        QVERIFY(frozen.agenciesChangedSinceConfirmation() > 0);
        const QHash<qint64, int> after2025 = totals(2025);
        QVERIFY(after2025 != before2025);
        // Every open-year total is the new scheme's.
        for (const QHash<QString, QString>& row : csvRows(2025)) {
            if (row.value(QStringLiteral("服务企业数")) != QStringLiteral("0")) {
                QCOMPARE(row.value(QStringLiteral("总分")), byHand(schemeFor(2025), row).first);
            }
        }
        // The frozen export still prints the old scheme's totals of the frozen figures.
        for (const QHash<QString, QString>& row : csvRows(2024)) {
            QCOMPARE(row.value(QStringLiteral("总分")).isEmpty(),
                     row.value(QStringLiteral("服务企业数")) == QStringLiteral("0"));
        }

        // New records do not move a confirmed year either.
        Evaluation poor;
        poor.agencyId = before2024.keys().first();
        poor.evaluatedOn = QDate(2024, 12, 20);
        poor.scoreTenths = 0;
        QVERIFY2(EvaluationRepository(m_db).insert(poor, &error), qPrintable(error));
        QCOMPARE(totals(2024), before2024);

        QVERIFY(!AppraisalRepository(m_db).reopen(2024, QStringLiteral("  "), &error)); // a reason is needed
        QVERIFY2(AppraisalRepository(m_db).reopen(2024, QStringLiteral("细则修订后重新考核"), &error),
                 qPrintable(error));
        const ScorecardYear reopened = ScorecardYear::load(m_db, 2024, kToday);
        QVERIFY(!reopened.isConfirmed());
        QCOMPARE(AppraisalRepository(m_db).history(2024).first().reopenReason, QStringLiteral("细则修订后重新考核"));
        for (const Scorecard::Row& r : reopened.rows()) {
            QCOMPARE(reopened.isAppraised(r.agencyId), r.enterprises > 0);
            if (r.enterprises > 0) {
                QCOMPARE(reopened.appraisal(r.agencyId), AppraisalCalculator::appraise(scheme, r));
            }
        }
        QVERIFY(totals(2024) != before2024);
    }

    // A version from a later year leaves the years before it as they were.
    void aNewVersionAppliesFromItsYear()
    {
        QString error;
        const QHash<qint64, int> before2025 = totals(2025);
        AppraisalScheme next = schemeFor(2025);
        next.id = 0;
        next.fromYear = 2026;
        next.excellentTenths = 950;
        for (AppraisalItem& item : next.items) {
            item.fullWhenNothingToMeasure = false;
        }
        QVERIFY2(AppraisalSchemeRepository(m_db).insert(next, &error), qPrintable(error));
        QVERIFY(!AppraisalSchemeRepository(m_db).insert(next, &error)); // one version per first year
        QCOMPARE(totals(2025), before2025);
        QCOMPARE(ScorecardYear::load(m_db, 2026, kToday).scheme()->fromYear, 2026);
        for (const QHash<QString, QString>& row : csvRows(2026)) {
            if (row.value(QStringLiteral("服务企业数")) != QStringLiteral("0")) {
                QCOMPARE(row.value(QStringLiteral("总分")), byHand(schemeFor(2026), row).first);
            }
        }
        AppraisalScheme broken = next;
        broken.items.first().weightTenths += 10; // 100.1 points
        QVERIFY(!AppraisalSchemeRepository(m_db).update(broken, &error));
        QVERIFY(error.contains(QStringLiteral("100")));
    }
};

QTEST_GUILESS_MAIN(TestAppraisal)
#include "TestAppraisal.moc"
