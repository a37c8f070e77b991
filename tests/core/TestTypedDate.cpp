#include "io/TypedDate.h"

#include <QTest>

using namespace sl::core;

// Dates as the clerk and the agencies type them into spreadsheet cells (the enterprise import and the returns read
// them through TypedDate): each accepted form gives its day, anything else — a day that does not exist, a part
// missing, other words — gives an invalid date, which the importers refuse with the row's reason.
class TestTypedDate : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryTypedForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        const QDate oct8(2026, 10, 8);
        QTest::newRow("iso") << QStringLiteral("2026-10-08") << oct8;
        QTest::newRow("iso short") << QStringLiteral("2026-10-8") << oct8;
        QTest::newRow("slashes") << QStringLiteral("2026/10/8") << oct8;
        QTest::newRow("dots") << QStringLiteral("2026.10.08") << oct8;
        QTest::newRow("chinese") << QStringLiteral("2026年10月8日") << oct8;
        QTest::newRow("chinese without 日") << QStringLiteral("2026年10月8") << oct8;
        QTest::newRow("chinese with spaces") << QStringLiteral(" 2026 年 10 月 8 日 ") << oct8;
        QTest::newRow("compact") << QStringLiteral("20261008") << oct8;
        QTest::newRow("compact with spaces") << QStringLiteral("  20261008\t") << oct8;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("first day") << QStringLiteral("2027/1/1") << QDate(2027, 1, 1);
        QTest::newRow("last day") << QStringLiteral("2026年12月31日") << QDate(2026, 12, 31);
    }
    void readsEveryTypedForm()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QCOMPARE(TypedDate::parse(text), day);
    }

    void refusesWhatIsNoDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("words") << QStringLiteral("十月八日");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30");
        QTest::newRow("not a leap year") << QStringLiteral("2026-02-29");
        QTest::newRow("month 13") << QStringLiteral("2026/13/1");
        QTest::newRow("day 0") << QStringLiteral("2026.10.0");
        QTest::newRow("no day") << QStringLiteral("2026-10");
        QTest::newRow("two-digit year") << QStringLiteral("26-10-08");
        QTest::newRow("day first") << QStringLiteral("08/10/2026");
        QTest::newRow("compact too long") << QStringLiteral("202610081");
        QTest::newRow("compact no such day") << QStringLiteral("20261032");
        QTest::newRow("trailing words") << QStringLiteral("2026-10-08 上午");
        QTest::newRow("time after it") << QStringLiteral("2026-10-08 09:30");
    }
    void refusesWhatIsNoDay()
    {
        QFETCH(QString, text);
        QVERIFY2(!TypedDate::parse(text).isValid(), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestTypedDate)
#include "TestTypedDate.moc"
