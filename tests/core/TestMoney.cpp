#include "model/Money.h"

#include <QTest>

#include <limits>

using sl::core::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepted_data();
    void parseAccepted();
    void parseRefused_data();
    void parseRefused();
    void parseClearsError();
    void parseWithoutErrorPointer();
    void formatting_data();
    void formatting();
    void roundTrip_data();
    void roundTrip();
    void construction();
    void arithmetic();
    void comparison();
    void minimum();
};

void TestMoney::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("whole yuan") << QStringLiteral("2000") << qint64(200000);
    QTest::newRow("one decimal") << QStringLiteral("2000.5") << qint64(200050);
    QTest::newRow("two decimals") << QStringLiteral("2000.05") << qint64(200005);
    QTest::newRow("grouped") << QStringLiteral("2,000.50") << qint64(200050);
    QTest::newRow("grouped millions") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("blanks around") << QStringLiteral(" 2000.00 ") << qint64(200000);
    QTest::newRow("negative") << QStringLiteral("-3.20") << qint64(-320);
    QTest::newRow("negative fen only") << QStringLiteral("-0.01") << qint64(-1);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0.00") << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("007.10") << qint64(710);
    QTest::newRow("fen only") << QStringLiteral("0.01") << qint64(1);
    QTest::newRow("yuan sign") << QStringLiteral("\u00a52000") << qint64(200000);
    QTest::newRow("full-width yuan sign") << QStringLiteral("\uffe52000") << qint64(200000);
    QTest::newRow("yuan sign, blank") << QStringLiteral("\u00a5 2,000.00") << qint64(200000);
    QTest::newRow("trailing yuan") << QStringLiteral("2000\u5143") << qint64(200000);
    QTest::newRow("trailing yuan, blank") << QStringLiteral("2000.50 \u5143") << qint64(200050);
    QTest::newRow("sign and yuan") << QStringLiteral("\uffe52000\u5143") << qint64(200000);
    QTest::newRow("minus before yuan sign") << QStringLiteral("-\u00a53.20") << qint64(-320);
    QTest::newRow("minus after yuan sign") << QStringLiteral("\u00a5-3.20") << qint64(-320);
    QTest::newRow("maximum") << QStringLiteral("10,000,000,000,000.00") << Money::MaxParsedFen;
    QTest::newRow("minimum") << QStringLiteral("-10000000000000") << -Money::MaxParsedFen;
}

void TestMoney::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    QString error = QStringLiteral("untouched");
    const std::optional<Money> money = Money::parse(text, &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->fen(), fen);
    QVERIFY(error.isEmpty());
}

void TestMoney::parseRefused_data()
{
    QTest::addColumn<QString>("text");
    // A fragment of the sentence for the clerk.
    QTest::addColumn<QString>("fragment");

    const QString notAnAmount = QStringLiteral("is not an amount");
    QTest::newRow("empty") << QString() << QStringLiteral("No amount");
    QTest::newRow("blanks") << QStringLiteral("   ") << QStringLiteral("No amount");
    QTest::newRow("three decimals") << QStringLiteral("2000.005") << QStringLiteral("more than two digits");
    QTest::newRow("three zero decimals") << QStringLiteral("2000.000") << QStringLiteral("more than two digits");
    QTest::newRow("letters") << QStringLiteral("abc") << notAnAmount;
    QTest::newRow("letter inside") << QStringLiteral("20O0") << notAnAmount;
    QTest::newRow("scientific") << QStringLiteral("2e3") << notAnAmount;
    QTest::newRow("hex") << QStringLiteral("0x10") << notAnAmount;
    QTest::newRow("sign only") << QStringLiteral("-") << notAnAmount;
    QTest::newRow("yuan sign only") << QStringLiteral("\u00a5") << notAnAmount;
    QTest::newRow("yuan only") << QStringLiteral("\u5143") << notAnAmount;
    QTest::newRow("two minus signs") << QStringLiteral("--3") << notAnAmount;
    QTest::newRow("minus on both sides of yuan sign") << QStringLiteral("-\u00a5-3") << notAnAmount;
    QTest::newRow("trailing minus") << QStringLiteral("3-") << notAnAmount;
    QTest::newRow("plus") << QStringLiteral("+3") << notAnAmount;
    QTest::newRow("two points") << QStringLiteral("1.2.3") << notAnAmount;
    QTest::newRow("point without decimals") << QStringLiteral("2000.") << notAnAmount;
    QTest::newRow("point without yuan") << QStringLiteral(".50") << notAnAmount;
    QTest::newRow("blank inside") << QStringLiteral("2 000") << notAnAmount;
    QTest::newRow("comma in decimals") << QStringLiteral("2000.5,0") << notAnAmount;
    QTest::newRow("full-width digits") << QStringLiteral("\uff12\uff10\uff10\uff10") << notAnAmount;
    QTest::newRow("yuan sign at the end") << QStringLiteral("2000\u00a5") << notAnAmount;
    QTest::newRow("decimal comma") << QStringLiteral("2000,50") << QStringLiteral("commas in the wrong places");
    QTest::newRow("comma group of two") << QStringLiteral("20,00") << QStringLiteral("commas in the wrong places");
    QTest::newRow("leading comma") << QStringLiteral(",200") << QStringLiteral("commas in the wrong places");
    QTest::newRow("trailing comma") << QStringLiteral("200,") << QStringLiteral("commas in the wrong places");
    QTest::newRow("first group of four") << QStringLiteral("2000,000") << QStringLiteral("commas in the wrong places");
    QTest::newRow("one fen over the maximum") << QStringLiteral("10000000000000.01") << QStringLiteral("too large");
    QTest::newRow("one yuan over the maximum") << QStringLiteral("-10000000000001") << QStringLiteral("too large");
    QTest::newRow("beyond qint64") << QStringLiteral("99999999999999999999999999") << QStringLiteral("too large");
}

void TestMoney::parseRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QString error;
    const std::optional<Money> money = Money::parse(text, &error);
    QVERIFY2(!money.has_value(), qPrintable(money ? money->toPlainString() : QString()));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestMoney::parseClearsError()
{
    QString error;
    QVERIFY(!Money::parse(QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(Money::parse(QStringLiteral("1"), &error));
    QVERIFY(error.isEmpty());
}

void TestMoney::parseWithoutErrorPointer()
{
    QVERIFY(!Money::parse(QStringLiteral("x")).has_value());
    QCOMPARE(Money::parse(QStringLiteral("1.5"))->fen(), qint64(150));
}

void TestMoney::formatting_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("grouped");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01") << QStringLiteral("0.01");
    QTest::newRow("ten fen") << qint64(10) << QStringLiteral("0.10") << QStringLiteral("0.10");
    QTest::newRow("minus one fen") << qint64(-1) << QStringLiteral("-0.01") << QStringLiteral("-0.01");
    QTest::newRow("minus 3.20") << qint64(-320) << QStringLiteral("-3.20") << QStringLiteral("-3.20");
    QTest::newRow("999.99") << qint64(99999) << QStringLiteral("999.99") << QStringLiteral("999.99");
    QTest::newRow("1000") << qint64(100000) << QStringLiteral("1000.00") << QStringLiteral("1,000.00");
    QTest::newRow("2000") << qint64(200000) << QStringLiteral("2000.00") << QStringLiteral("2,000.00");
    QTest::newRow("107000.53") << qint64(10700053) << QStringLiteral("107000.53") << QStringLiteral("107,000.53");
    QTest::newRow("minus 1234567.89") << qint64(-123456789) << QStringLiteral("-1234567.89")
                                      << QStringLiteral("-1,234,567.89");
    QTest::newRow("maximum parsed") << Money::MaxParsedFen << QStringLiteral("10000000000000.00")
                                    << QStringLiteral("10,000,000,000,000.00");
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("92233720368547758.07")
                                << QStringLiteral("92,233,720,368,547,758.07");
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("-92233720368547758.08")
                                << QStringLiteral("-92,233,720,368,547,758.08");
}

void TestMoney::formatting()
{
    QFETCH(qint64, fen);
    QFETCH(QString, plain);
    QFETCH(QString, grouped);
    QCOMPARE(Money::fromFen(fen).toPlainString(), plain);
    QCOMPARE(Money::fromFen(fen).toGroupedString(), grouped);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");
    for (qint64 fen : { qint64(0), qint64(1), qint64(-5), qint64(99), qint64(100), qint64(123456789),
                        qint64(-987654321012), Money::MaxParsedFen, -Money::MaxParsedFen }) {
        QTest::addRow("%lld", static_cast<long long>(fen)) << fen;
    }
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, fen);
    const Money money = Money::fromFen(fen);
    QCOMPARE(Money::parse(money.toPlainString())->fen(), fen);
    QCOMPARE(Money::parse(money.toGroupedString())->fen(), fen);
}

void TestMoney::construction()
{
    constexpr Money zero;
    static_assert(zero.fen() == 0, "a default Money is zero");
    static_assert(Money::fromYuan(2000).fen() == 200000, "fromYuan counts in fen");
    static_assert(Money::fromFen(-7) < Money(), "comparisons are usable at compile time");

    QVERIFY(zero.isZero());
    QVERIFY(!zero.isNegative());
    QCOMPARE(Money::fromYuan(-3).fen(), qint64(-300));
    QVERIFY(Money::fromFen(-1).isNegative());
    QVERIFY(!Money::fromFen(-1).isZero());
    QVERIFY(!Money::fromFen(1).isNegative());
}

void TestMoney::arithmetic()
{
    const Money fee = Money::fromYuan(2600);
    const Money share = Money::fromYuan(2000);
    QCOMPARE((fee - share).fen(), qint64(60000));
    QCOMPARE((share - fee).fen(), qint64(-60000));
    QCOMPARE((fee + share).fen(), qint64(460000));
    QCOMPARE((-fee).fen(), qint64(-260000));
    QCOMPARE((-(-fee)).fen(), fee.fen());

    Money total;
    for (int i = 0; i < 3; ++i)
        total += Money::fromFen(33);
    QCOMPARE(total.fen(), qint64(99));
    total -= Money::fromFen(100);
    QCOMPARE(total.fen(), qint64(-1));
    QVERIFY(total.isNegative());

    // Chained assignment returns the object itself.
    Money a = Money::fromFen(1);
    (a += Money::fromFen(2)) += Money::fromFen(3);
    QCOMPARE(a.fen(), qint64(6));
    (a -= Money::fromFen(1)) -= Money::fromFen(1);
    QCOMPARE(a.fen(), qint64(4));

    // A sum of many largest amounts still fits: the reason MaxParsedFen is where it is.
    Money big;
    for (int i = 0; i < 9000; ++i)
        big += Money::fromFen(Money::MaxParsedFen);
    QCOMPARE(big.fen(), Money::MaxParsedFen * 9000);
}

void TestMoney::comparison()
{
    const Money one = Money::fromFen(1);
    const Money two = Money::fromFen(2);
    const Money minusOne = Money::fromFen(-1);
    QVERIFY(one == Money::fromFen(1));
    QVERIFY(!(one == two));
    QVERIFY(one != two);
    QVERIFY(!(one != Money::fromFen(1)));
    QVERIFY(one < two);
    QVERIFY(!(two < one));
    QVERIFY(!(one < one));
    QVERIFY(minusOne < one);
    QVERIFY(one <= one);
    QVERIFY(one <= two);
    QVERIFY(!(two <= one));
    QVERIFY(two > one);
    QVERIFY(!(one > two));
    QVERIFY(!(one > one));
    QVERIFY(two >= two);
    QVERIFY(two >= one);
    QVERIFY(!(one >= two));
}

void TestMoney::minimum()
{
    // The subsidy rule: the street pays min(2000 yuan, fee).
    const Money cap = Money::fromYuan(2000);
    QCOMPARE(Money::min(cap, Money::fromYuan(2600)).fen(), cap.fen());
    QCOMPARE(Money::min(Money::fromYuan(2600), cap).fen(), cap.fen());
    QCOMPARE(Money::min(cap, Money::fromFen(180050)).fen(), qint64(180050));
    QCOMPARE(Money::min(Money::fromFen(180050), cap).fen(), qint64(180050));
    QCOMPARE(Money::min(cap, cap).fen(), cap.fen());
    QCOMPARE(Money::min(Money::fromFen(-5), Money()).fen(), qint64(-5));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "TestMoney.moc"
