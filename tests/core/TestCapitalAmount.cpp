#include "model/Money.h"
#include "rules/CapitalAmount.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using sl::core::CapitalAmount;
using sl::core::Money;

namespace {

// An independent reading of capital numerals back into fen, lenient about where 零 stands, so that the round trip
// checks the digits and units while the table and the shape checks pin down the exact form.
bool decode(const QString& text, qint64* fen)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    qint64 aboveYi = 0;
    qint64 belowYi = 0;
    qint64 section = 0;
    qint64 number = 0;
    qint64 yuan = 0;
    qint64 jiao = 0;
    qint64 fenDigit = 0;
    bool negative = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            number = d;
        } else if (c == u'拾' || c == u'佰' || c == u'仟') {
            section += number * (c == u'拾' ? 10 : c == u'佰' ? 100 : 1000);
            number = 0;
        } else if (c == u'万') {
            belowYi += (section + number) * 10000;
            section = number = 0;
        } else if (c == u'亿') {
            aboveYi = (aboveYi + belowYi + section + number) * 100000000;
            belowYi = section = number = 0;
        } else if (c == u'元') {
            yuan = aboveYi + belowYi + section + number;
            number = 0;
        } else if (c == u'角') {
            jiao = number;
            number = 0;
        } else if (c == u'分') {
            fenDigit = number;
            number = 0;
        } else if (c == u'负' && i == 0) {
            negative = true;
        } else if (c != u'整') {
            return false;
        }
    }
    const qint64 value = yuan * 100 + jiao * 10 + fenDigit;
    *fen = negative ? -value : value;
    return true;
}

} // namespace

class TestCapitalAmount : public QObject
{
    Q_OBJECT

private slots:
    void fromMoney_data();
    void fromMoney();
    void withCurrencyPrefix();
    void roundTrip_data();
    void roundTrip();
};

void TestCapitalAmount::fromMoney_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");

    // domain.md, "Reference facts"
    QTest::newRow("2,000.00") << qint64(200000) << QStringLiteral("贰仟元整");
    QTest::newRow("107,000.53") << qint64(10700053) << QStringLiteral("壹拾万柒仟元零伍角叁分");
    QTest::newRow("3,000,800.00") << qint64(300080000) << QStringLiteral("叁佰万零捌佰元整");

    // PBOC examples (first of the allowed forms where two are given)
    QTest::newRow("1,680.32") << qint64(168032) << QStringLiteral("壹仟陆佰捌拾元零叁角贰分");
    QTest::newRow("1,409.50") << qint64(140950) << QStringLiteral("壹仟肆佰零玖元伍角");
    QTest::newRow("6,007.14") << qint64(600714) << QStringLiteral("陆仟零柒元壹角肆分");
    QTest::newRow("325.04") << qint64(32504) << QStringLiteral("叁佰贰拾伍元零肆分");

    QTest::newRow("0.00") << qint64(0) << QStringLiteral("零元整");
    QTest::newRow("0.01") << qint64(1) << QStringLiteral("壹分");
    QTest::newRow("0.05") << qint64(5) << QStringLiteral("伍分");
    QTest::newRow("0.50") << qint64(50) << QStringLiteral("伍角");
    QTest::newRow("0.55") << qint64(55) << QStringLiteral("伍角伍分");
    QTest::newRow("1.00") << qint64(100) << QStringLiteral("壹元整");
    QTest::newRow("1.50") << qint64(150) << QStringLiteral("壹元伍角");
    QTest::newRow("1.05") << qint64(105) << QStringLiteral("壹元零伍分");
    QTest::newRow("10.00, leading ten") << qint64(1000) << QStringLiteral("壹拾元整");
    QTest::newRow("10.50") << qint64(1050) << QStringLiteral("壹拾元零伍角");
    QTest::newRow("10.05") << qint64(1005) << QStringLiteral("壹拾元零伍分");
    QTest::newRow("11.00") << qint64(1100) << QStringLiteral("壹拾壹元整");
    QTest::newRow("100.05") << qint64(10005) << QStringLiteral("壹佰元零伍分");
    QTest::newRow("101.00") << qint64(10100) << QStringLiteral("壹佰零壹元整");
    QTest::newRow("110.00") << qint64(11000) << QStringLiteral("壹佰壹拾元整");
    QTest::newRow("1,010.10") << qint64(101010) << QStringLiteral("壹仟零壹拾元零壹角");
    QTest::newRow("1,001.00") << qint64(100100) << QStringLiteral("壹仟零壹元整");
    QTest::newRow("10,000.00") << qint64(1000000) << QStringLiteral("壹万元整");
    QTest::newRow("10,001.00") << qint64(1000100) << QStringLiteral("壹万零壹元整");
    QTest::newRow("15,000.00") << qint64(1500000) << QStringLiteral("壹万伍仟元整");
    QTest::newRow("100,000.00, leading ten before wan") << qint64(10000000) << QStringLiteral("壹拾万元整");
    QTest::newRow("100,100.00") << qint64(10010000) << QStringLiteral("壹拾万零壹佰元整");
    QTest::newRow("1,000,010.00") << qint64(100001000) << QStringLiteral("壹佰万零壹拾元整");
    QTest::newRow("1,000,000.01") << qint64(100000001) << QStringLiteral("壹佰万元零壹分");
    QTest::newRow("1,010,000.00") << qint64(101000000) << QStringLiteral("壹佰零壹万元整");
    QTest::newRow("20,000,001.00") << qint64(2000000100) << QStringLiteral("贰仟万零壹元整");
    QTest::newRow("100,000,000.00") << qint64(10000000000) << QStringLiteral("壹亿元整");
    QTest::newRow("100,001,000.00") << qint64(10000100000) << QStringLiteral("壹亿零壹仟元整");
    QTest::newRow("100,010,000.00") << qint64(10001000000) << QStringLiteral("壹亿零壹万元整");
    QTest::newRow("110,000,000.00") << qint64(11000000000) << QStringLiteral("壹亿壹仟万元整");
    QTest::newRow("123,456,789.12") << qint64(12345678912)
                                    << QStringLiteral("壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分");
    QTest::newRow("1,000,000,000.00") << qint64(100000000000) << QStringLiteral("壹拾亿元整");
    QTest::newRow("1,000,000,000,000.00") << qint64(100000000000000) << QStringLiteral("壹万亿元整");
    QTest::newRow("1,000,500,000,000.00") << qint64(100050000000000) << QStringLiteral("壹万零伍亿元整");
    QTest::newRow("largest parsed amount") << Money::MaxParsedFen << QStringLiteral("壹拾万亿元整");
    QTest::newRow("-2,000.00") << qint64(-200000) << QStringLiteral("负贰仟元整");
    QTest::newRow("-0.05") << qint64(-5) << QStringLiteral("负伍分");
    QTest::newRow("-107,000.53") << qint64(-10700053) << QStringLiteral("负壹拾万柒仟元零伍角叁分");
}

void TestCapitalAmount::fromMoney()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    QCOMPARE(CapitalAmount::fromMoney(Money::fromFen(fen)), expected);
}

void TestCapitalAmount::withCurrencyPrefix()
{
    QCOMPARE(CapitalAmount::withCurrencyPrefix(Money::fromYuan(2000)), QStringLiteral("人民币贰仟元整"));
    QCOMPARE(CapitalAmount::withCurrencyPrefix(Money()), QStringLiteral("人民币零元整"));
    QCOMPARE(CapitalAmount::withCurrencyPrefix(Money::fromFen(-1)), QStringLiteral("人民币负壹分"));
}

void TestCapitalAmount::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");
    // A fixed seed keeps a failure reproducible.
    QRandomGenerator random(20240601);
    for (int i = 0; i < 400; ++i) {
        // Spread over every magnitude, and favour zeros, where the rules are.
        const int digitCount = 1 + i % 15;
        qint64 fen = 0;
        for (int d = 0; d < digitCount; ++d)
            fen = fen * 10 + (random.bounded(3) == 0 ? random.bounded(1, 10) : 0);
        if (i % 7 == 0)
            fen = -fen;
        QTest::addRow("%d: %lld", i, static_cast<long long>(fen)) << fen;
    }
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max();
    QTest::newRow("qint64 min + 1") << std::numeric_limits<qint64>::min() + 1;
}

void TestCapitalAmount::roundTrip()
{
    QFETCH(qint64, fen);
    const QString text = CapitalAmount::fromMoney(Money::fromFen(fen));

    qint64 decoded = 0;
    QVERIFY2(decode(text, &decoded), qPrintable(text));
    QCOMPARE(decoded, fen);

    // The shape rules that the decoder forgives.
    QVERIFY2(!text.contains(QStringLiteral("零零")), qPrintable(text));
    QVERIFY2(!text.endsWith(u'零'), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("零元")) || fen == 0, qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("零万")) && !text.contains(QStringLiteral("零亿")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("万亿万")), qPrintable(text));
    const QString body = fen < 0 ? text.mid(1) : text;
    QVERIFY2(!body.startsWith(u'零') || fen == 0, qPrintable(text));
    QVERIFY2(!body.startsWith(u'拾'), qPrintable(text));
    QVERIFY2(body.endsWith(u'整') == (fen % 10 == 0 && (fen / 10) % 10 == 0), qPrintable(text));
    QVERIFY2(text.contains(u'元') == (fen / 100 != 0 || fen == 0), qPrintable(text));
}

QTEST_APPLESS_MAIN(TestCapitalAmount)
#include "TestCapitalAmount.moc"
