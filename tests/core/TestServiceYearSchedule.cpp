#include "rules/ServiceYearSchedule.h"

#include <QTest>

using namespace sl::core;
using Span = ServiceYearSchedule::Span;

Q_DECLARE_METATYPE(QList<Span>)

namespace {

QStringList texts(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* t : list) {
        out << QString::fromUtf8(t);
    }
    return out;
}

// "2024-03-01..2024-05-31": one span of agency 10 under contract 1.
QList<Span> spansOf(const QStringList& texts)
{
    QList<Span> out;
    for (const QString& t : texts) {
        const QStringList parts = t.split(QStringLiteral(".."));
        out.append({ 1, 10, QDate::fromString(parts.at(0), Qt::ISODate), QDate::fromString(parts.at(1), Qt::ISODate) });
    }
    return out;
}

// "1: 2024-03-01..2025-02-28 covered to 2025-02-28": what a year says, in one line.
QStringList describe(const QList<ServiceYear>& years)
{
    QStringList out;
    for (const ServiceYear& y : years) {
        out << QStringLiteral("%1: %2..%3 covered to %4")
                   .arg(y.participationYear)
                   .arg(y.start.toString(Qt::ISODate), y.end.toString(Qt::ISODate),
                        y.coveredUntil.toString(Qt::ISODate));
    }
    return out;
}

} // namespace

class TestServiceYearSchedule : public QObject
{
    Q_OBJECT

private slots:
    // Rule 1 of the plan's money: a return inside a running service year continues it; only a return
    // after the year has ended starts the next one. Years never overlap.
    void returnsAndBreaks_data()
    {
        QTest::addColumn<QStringList>("spans");
        QTest::addColumn<QStringList>("years");
        QTest::newRow("off in June, back in September: still the first year")
            << texts({ "2024-03-01..2024-05-31", "2024-09-15..2025-02-28" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2025-02-28" });
        QTest::newRow("back in September, served on: the second year starts on the anniversary")
            << texts({ "2024-03-01..2024-05-31", "2024-09-15..2025-12-31" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2025-02-28",
                       "2: 2025-03-01..2026-02-28 covered to 2025-12-31" });
        QTest::newRow("back on the year's last day continues it")
            << texts({ "2024-03-01..2024-05-31", "2025-02-28..2025-06-30" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2025-02-28",
                       "2: 2025-03-01..2026-02-28 covered to 2025-06-30" });
        QTest::newRow("back on the day after the year ends: the next year, from that day")
            << texts({ "2024-03-01..2024-05-31", "2025-03-01..2025-06-30" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2024-05-31",
                       "2: 2025-03-01..2026-02-28 covered to 2025-06-30" });
        QTest::newRow("back two days after the year ends: the next year from the return")
            << texts({ "2024-03-01..2024-05-31", "2025-03-02..2025-06-30" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2024-05-31",
                       "2: 2025-03-02..2026-03-01 covered to 2025-06-30" });
        QTest::newRow("two breaks in one year: one year")
            << texts({ "2024-03-01..2024-04-30", "2024-06-01..2024-07-31", "2024-10-01..2024-11-30" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2024-11-30" });
        QTest::newRow("a return in the second year continues the second year")
            << texts({ "2024-03-01..2025-05-31", "2025-09-15..2026-04-30" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2025-02-28",
                       "2: 2025-03-01..2026-02-28 covered to 2026-02-28",
                       "3: 2026-03-01..2027-02-28 covered to 2026-04-30" });
        QTest::newRow("a break over the anniversary: the next year from the return")
            << texts({ "2024-03-01..2025-01-31", "2025-04-01..2025-12-31" })
            << texts({ "1: 2024-03-01..2025-02-28 covered to 2025-01-31",
                       "2: 2025-04-01..2026-03-31 covered to 2025-12-31" });
        QTest::newRow("a leap-day start keeps its steps after a return")
            << texts({ "2024-02-29..2024-06-30", "2024-08-01..2025-12-31" })
            << texts({ "1: 2024-02-29..2025-02-27 covered to 2025-02-27",
                       "2: 2025-02-28..2026-02-27 covered to 2025-12-31" });
    }

    void returnsAndBreaks()
    {
        QFETCH(QStringList, spans);
        QFETCH(QStringList, years);
        const QList<ServiceYear> computed = ServiceYearSchedule::compute(spansOf(spans));
        QCOMPARE(describe(computed), years);
        for (int i = 1; i < computed.size(); ++i) {
            QVERIFY2(computed.at(i).start > computed.at(i - 1).end, "service years never overlap");
        }
    }

    void oneOpenSpan()
    {
        const auto years = ServiceYearSchedule::compute({ { 1, 1, QDate(2024, 3, 15), QDate(2027, 12, 31) } });
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
            { { 2, 20, QDate(2025, 1, 1), QDate(2026, 12, 31) }, { 1, 10, QDate(2024, 6, 1), QDate(2024, 12, 31) } });
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
            { { 1, 10, QDate(2024, 6, 1), QDate(2024, 12, 31) }, { 2, 10, QDate(2025, 1, 1), QDate(2025, 12, 31) } });
        QCOMPARE(years.size(), 2);
        QVERIFY(!years.at(0).agencyChanged);
    }

    void leftForAYearAndCameBack()
    {
        const auto years = ServiceYearSchedule::compute(
            { { 1, 10, QDate(2023, 3, 1), QDate(2024, 2, 29) }, { 1, 10, QDate(2025, 3, 1), QDate(2026, 12, 31) } });
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(0).participationYear, 1);
        QCOMPARE(years.at(1).start, QDate(2025, 3, 1));
        QCOMPARE(years.at(1).participationYear, 2); // the count goes on after the break
        QCOMPARE(years.at(2).participationYear, 3);
    }

    void leftEarlyWithinAYear()
    {
        const auto years = ServiceYearSchedule::compute({ { 1, 10, QDate(2024, 1, 10), QDate(2024, 8, 31) } });
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.at(0).coveredUntil, QDate(2024, 8, 31));
        QVERIFY(years.at(0).coveredUntil < years.at(0).end);
    }

    void leapDayComesBack()
    {
        const auto years = ServiceYearSchedule::compute({ { 1, 10, QDate(2024, 2, 29), QDate(2028, 12, 31) } });
        QCOMPARE(years.size(), 5);
        QCOMPARE(years.at(1).start, QDate(2025, 2, 28));
        QCOMPARE(years.at(0).end, QDate(2025, 2, 27));
        QCOMPARE(years.at(4).start, QDate(2028, 2, 29));
    }

    void startOnLastDayOfQuarter()
    {
        const auto years = ServiceYearSchedule::compute({ { 1, 10, QDate(2025, 3, 31), QDate(2026, 12, 31) } });
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(0).end, QDate(2026, 3, 30));
        QCOMPARE(years.at(1).start, QDate(2026, 3, 31));
    }

    void touchingSpansAreOneRun()
    {
        // Spans that touch are one run of service.
        auto years = ServiceYearSchedule::compute(
            { { 1, 10, QDate(2024, 1, 1), QDate(2024, 6, 30) }, { 2, 10, QDate(2024, 7, 1), QDate(2025, 12, 31) } });
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(1).start, QDate(2025, 1, 1));
        // A day's break inside the running year continues it.
        years = ServiceYearSchedule::compute(
            { { 1, 10, QDate(2024, 1, 1), QDate(2024, 6, 30) }, { 2, 10, QDate(2024, 7, 2), QDate(2025, 12, 31) } });
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(1).start, QDate(2025, 1, 1));
        QCOMPARE(years.at(1).participationYear, 2);
    }

    void nothingFromNothing()
    {
        QVERIFY(ServiceYearSchedule::compute({}).isEmpty());
        QVERIFY(ServiceYearSchedule::compute({ { 1, 1, QDate(2025, 5, 1), QDate(2025, 4, 1) } }).isEmpty());
        QVERIFY(ServiceYearSchedule::compute({ { 1, 1, QDate(), QDate(2025, 4, 1) } }).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestServiceYearSchedule)
#include "TestServiceYearSchedule.moc"
