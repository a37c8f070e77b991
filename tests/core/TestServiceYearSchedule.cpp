#include "rules/ServiceYearSchedule.h"

#include <QTest>

using namespace sl::core;
using Span = ServiceYearSchedule::Span;

class TestServiceYearSchedule : public QObject
{
    Q_OBJECT

private slots:
    void oneOpenSpan()
    {
        const auto years = ServiceYearSchedule::compute({{1, 1, QDate(2024, 3, 15), QDate(2027, 12, 31)}});
        QCOMPARE(years.size(), 4);
        QCOMPARE(years.at(0).start, QDate(2024, 3, 15));
        QCOMPARE(years.at(0).end, QDate(2025, 3, 14));
        QCOMPARE(years.at(3).start, QDate(2027, 3, 15));
        QCOMPARE(years.at(3).participationYear, 4);
        QCOMPARE(years.at(3).coveredUntil, QDate(2027, 12, 31)); // the contract ends before the year does
        QCOMPARE(years.at(2).coveredUntil, years.at(2).end);
    }

    void agencyChangeMidYearKeepsCounting()
    {
        const auto years = ServiceYearSchedule::compute(
            {{2, 20, QDate(2025, 1, 1), QDate(2026, 12, 31)}, {1, 10, QDate(2024, 6, 1), QDate(2024, 12, 31)}});
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(0).contractId, qint64(1)); // the fee of the contract in force on the first day
        QVERIFY(years.at(0).agencyChanged);
        QCOMPARE(years.at(1).start, QDate(2025, 6, 1));
        QCOMPARE(years.at(1).contractId, qint64(2));
        QCOMPARE(years.at(1).participationYear, 2);
        QVERIFY(!years.at(1).agencyChanged);
    }

    void renewalWithSameAgencyIsNoChange()
    {
        const auto years = ServiceYearSchedule::compute(
            {{1, 10, QDate(2024, 6, 1), QDate(2024, 12, 31)}, {2, 10, QDate(2025, 1, 1), QDate(2025, 12, 31)}});
        QCOMPARE(years.size(), 2);
        QVERIFY(!years.at(0).agencyChanged);
    }

    void leftForAYearAndCameBack()
    {
        const auto years = ServiceYearSchedule::compute(
            {{1, 10, QDate(2023, 3, 1), QDate(2024, 2, 29)}, {1, 10, QDate(2025, 3, 1), QDate(2026, 12, 31)}});
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(0).participationYear, 1);
        QCOMPARE(years.at(1).start, QDate(2025, 3, 1));
        QCOMPARE(years.at(1).participationYear, 2); // the count goes on after the break
        QCOMPARE(years.at(2).participationYear, 3);
    }

    void leftEarlyWithinAYear()
    {
        const auto years = ServiceYearSchedule::compute({{1, 10, QDate(2024, 1, 10), QDate(2024, 8, 31)}});
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.at(0).coveredUntil, QDate(2024, 8, 31));
        QVERIFY(years.at(0).coveredUntil < years.at(0).end);
    }

    void leapDayComesBack()
    {
        const auto years = ServiceYearSchedule::compute({{1, 10, QDate(2024, 2, 29), QDate(2028, 12, 31)}});
        QCOMPARE(years.size(), 5);
        QCOMPARE(years.at(1).start, QDate(2025, 2, 28));
        QCOMPARE(years.at(0).end, QDate(2025, 2, 27));
        QCOMPARE(years.at(4).start, QDate(2028, 2, 29));
    }

    void startOnLastDayOfQuarter()
    {
        const auto years = ServiceYearSchedule::compute({{1, 10, QDate(2025, 3, 31), QDate(2026, 12, 31)}});
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(0).end, QDate(2026, 3, 30));
        QCOMPARE(years.at(1).start, QDate(2026, 3, 31));
    }

    void touchingSpansAreOneRun()
    {
        // A gap of one day is a break; spans that touch are not.
        auto years = ServiceYearSchedule::compute(
            {{1, 10, QDate(2024, 1, 1), QDate(2024, 6, 30)}, {2, 10, QDate(2024, 7, 1), QDate(2025, 12, 31)}});
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(1).start, QDate(2025, 1, 1));
        years = ServiceYearSchedule::compute(
            {{1, 10, QDate(2024, 1, 1), QDate(2024, 6, 30)}, {2, 10, QDate(2024, 7, 2), QDate(2025, 12, 31)}});
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(1).start, QDate(2024, 7, 2));
    }

    void nothingFromNothing()
    {
        QVERIFY(ServiceYearSchedule::compute({}).isEmpty());
        QVERIFY(ServiceYearSchedule::compute({{1, 1, QDate(2025, 5, 1), QDate(2025, 4, 1)}}).isEmpty());
        QVERIFY(ServiceYearSchedule::compute({{1, 1, QDate(), QDate(2025, 4, 1)}}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestServiceYearSchedule)
#include "TestServiceYearSchedule.moc"
