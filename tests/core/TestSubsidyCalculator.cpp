#include "rules/SubsidyCalculator.h"

#include <QTest>

using namespace sl::core;

Q_DECLARE_METATYPE(SizeClass)
Q_DECLARE_METATYPE(SubsidyRule)

class TestSubsidyCalculator : public QObject
{
    Q_OBJECT

private slots:
    void compute_data()
    {
        QTest::addColumn<qint64>("feeFen");
        QTest::addColumn<SizeClass>("sizeClass");
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("streetFen");
        QTest::addColumn<SubsidyRule>("rule");

        QTest::newRow("scale, fee above 2000, year 1")
            << qint64(350000) << SizeClass::Scale << 1 << qint64(200000) << SubsidyRule::Partial;
        QTest::newRow("scale, fee below 2000, year 1")
            << qint64(180000) << SizeClass::Scale << 1 << qint64(180000) << SubsidyRule::Partial;
        QTest::newRow("scale, fee exactly 2000")
            << qint64(200000) << SizeClass::Scale << 2 << qint64(200000) << SubsidyRule::Partial;
        QTest::newRow("scale, fee one fen above 2000")
            << qint64(200001) << SizeClass::Scale << 2 << qint64(200000) << SubsidyRule::Partial;
        QTest::newRow("above quota, year 3")
            << qint64(350000) << SizeClass::AboveQuota << 3 << qint64(200000) << SubsidyRule::Partial;
        QTest::newRow("scale, year 4") << qint64(350000) << SizeClass::Scale << 4 << qint64(0)
                                       << SubsidyRule::AfterSubsidisedYears;
        QTest::newRow("above quota, year 7")
            << qint64(350000) << SizeClass::AboveQuota << 7 << qint64(0) << SubsidyRule::AfterSubsidisedYears;
        QTest::newRow("small/micro, year 1")
            << qint64(350000) << SizeClass::SmallMicro << 1 << qint64(350000) << SubsidyRule::Full;
        QTest::newRow("small/micro, year 7")
            << qint64(180000) << SizeClass::SmallMicro << 7 << qint64(180000) << SubsidyRule::Full;
        QTest::newRow("zero fee") << qint64(0) << SizeClass::Scale << 1 << qint64(0) << SubsidyRule::Partial;
    }

    void compute()
    {
        QFETCH(qint64, feeFen);
        QFETCH(SizeClass, sizeClass);
        QFETCH(int, year);
        QFETCH(qint64, streetFen);
        QFETCH(SubsidyRule, rule);
        const SubsidyPolicy plan; // the defaults are the plan's numbers
        const auto shares = SubsidyCalculator::compute(Money::fromFen(feeFen), sizeClass, year, plan);
        QCOMPARE(shares.street.fen(), streetFen);
        QCOMPARE(shares.enterprise.fen(), feeFen - streetFen);
        QCOMPARE(shares.rule, rule);
    }

    void otherPolicyNumbers()
    {
        SubsidyPolicy generous;
        generous.streetSharePerYear = Money::fromYuan(1500);
        generous.subsidisedYears = 5;
        auto shares = SubsidyCalculator::compute(Money::fromYuan(3500), SizeClass::Scale, 4, generous);
        QCOMPARE(shares.street, Money::fromYuan(1500));
        QCOMPARE(shares.enterprise, Money::fromYuan(2000));
        // A class in neither list pays its own way.
        generous.partialClasses = { SizeClass::Scale };
        shares = SubsidyCalculator::compute(Money::fromYuan(3500), SizeClass::AboveQuota, 1, generous);
        QCOMPARE(shares.street, Money());
        QCOMPARE(shares.rule, SubsidyRule::NotSubsidised);
    }

    void policyInForce()
    {
        SubsidyPolicy v1;
        v1.id = 1;
        v1.effectiveFrom = QDate(2000, 1, 1);
        SubsidyPolicy v2;
        v2.id = 2;
        v2.effectiveFrom = QDate(2025, 7, 1);
        const QList<SubsidyPolicy> policies = { v2, v1 }; // any order
        QCOMPARE(SubsidyCalculator::policyFor(policies, QDate(2025, 6, 30))->id, qint64(1));
        QCOMPARE(SubsidyCalculator::policyFor(policies, QDate(2025, 7, 1))->id, qint64(2));
        QVERIFY(SubsidyCalculator::policyFor(policies, QDate(1999, 12, 31)) == nullptr);
    }
};

QTEST_APPLESS_MAIN(TestSubsidyCalculator)
#include "TestSubsidyCalculator.moc"
