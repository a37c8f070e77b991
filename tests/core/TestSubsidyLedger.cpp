#include "rules/SubsidyLedger.h"

#include <QTest>

using namespace sl::core;

// The ledger over hand-made values: each enterprise below is one of the cases.
class TestSubsidyLedger : public QObject
{
    Q_OBJECT

private:
    SubsidyLedger::Inputs m_in;

    void addEnterprise(qint64 id, const QString& name, SizeClass sizeClass)
    {
        Enterprise e;
        e.id = id;
        e.name = name;
        e.creditCode = QStringLiteral("CODE%1").arg(id);
        e.communityId = 1;
        e.sizeClass = sizeClass;
        e.bankAccount = QStringLiteral("62%1").arg(id);
        m_in.enterprises.insert(id, e);
    }
    void cover(qint64 enterpriseId, qint64 contractId, const QDate& start, const QDate& end = QDate())
    {
        Coverage c;
        c.id = m_in.coverages.size() + 1;
        c.contractId = contractId;
        c.enterpriseId = enterpriseId;
        c.serviceStart = start;
        c.serviceEnd = end;
        m_in.coverages.append(c);
    }
    SubsidyLine lineOf(const QList<SubsidyLine>& lines, qint64 enterpriseId)
    {
        for (const SubsidyLine& l : lines) {
            if (l.enterpriseId == enterpriseId) {
                return l;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_in.communityNames.insert(1, QStringLiteral("锦北社区"));
        Contract a;
        a.id = 1;
        a.agencyId = 10;
        a.periodStart = QDate(2020, 1, 1);
        a.periodEnd = QDate(2024, 12, 31);
        a.unitPrice = Money::fromYuan(3500);
        Contract b;
        b.id = 2;
        b.agencyId = 20;
        b.periodStart = QDate(2025, 1, 1);
        b.periodEnd = QDate(2027, 12, 31);
        b.unitPrice = Money::fromYuan(1800);
        m_in.contracts.insert(a.id, a);
        m_in.contracts.insert(b.id, b);
        m_in.agencyNames.insert(10, QStringLiteral("甲机构"));
        m_in.agencyNames.insert(20, QStringLiteral("乙机构"));
        SubsidyPolicy v1;
        v1.id = 1;
        v1.effectiveFrom = QDate(2000, 1, 1);
        m_in.policies.append(v1);

        addEnterprise(1, QStringLiteral("A 四年"), SizeClass::Scale); // year 4 in 2023: pays itself
        cover(1, 1, QDate(2020, 4, 1));
        addEnterprise(2, QStringLiteral("B 小微"), SizeClass::SmallMicro);
        cover(2, 1, QDate(2022, 6, 1));
        addEnterprise(3, QStringLiteral("C 换机构"), SizeClass::Scale); // agency change on 2025-01-01
        cover(3, 1, QDate(2024, 5, 1));
        cover(3, 2, QDate(2025, 1, 1));
        addEnterprise(4, QStringLiteral("D 离开一年"), SizeClass::AboveQuota); // away 2021-03 to 2022-03
        cover(4, 1, QDate(2020, 3, 1), QDate(2021, 2, 28));
        cover(4, 1, QDate(2022, 3, 1));
        addEnterprise(5, QStringLiteral("E 升规"), SizeClass::Scale); // small/micro until 2023-01-01
        cover(5, 1, QDate(2022, 2, 1));
        m_in.sizeClassHistory.insert(
            5, { { QDate(1900, 1, 1), SizeClass::SmallMicro }, { QDate(2023, 1, 1), SizeClass::Scale } });
    }

    void yearWithFourthYearAndFullSubsidy()
    {
        const auto lines = SubsidyLedger::linesForYear(m_in, 2023);
        const SubsidyLine a = lineOf(lines, 1);
        QCOMPARE(a.participationYear, 4);
        QCOMPARE(a.streetShare, Money());
        QCOMPARE(a.enterpriseShare, Money::fromYuan(3500));
        QCOMPARE(a.rule, SubsidyRule::AfterSubsidisedYears);
        const SubsidyLine b = lineOf(lines, 2);
        QCOMPARE(b.participationYear, 2);
        QCOMPARE(b.streetShare, Money::fromYuan(3500));
        QCOMPARE(b.rule, SubsidyRule::Full);
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).lineNo, i + 1);
            QCOMPARE(lines.at(i).streetShare + lines.at(i).enterpriseShare, lines.at(i).fee);
            QCOMPARE(lines.at(i).serviceYearStart.year(), 2023);
        }
    }

    void agencyChangeContinuesTheCount()
    {
        const auto y2024 = SubsidyLedger::linesForYear(m_in, 2024);
        const SubsidyLine first = lineOf(y2024, 3);
        QCOMPARE(first.participationYear, 1);
        QCOMPARE(first.fee, Money::fromYuan(3500));
        QCOMPARE(first.agencyName, QStringLiteral("甲机构"));
        QVERIFY(first.flags.testFlag(SubsidyFlag::AgencyChanged));
        const SubsidyLine second = lineOf(SubsidyLedger::linesForYear(m_in, 2025), 3);
        QCOMPARE(second.serviceYearStart, QDate(2025, 5, 1));
        QCOMPARE(second.participationYear, 2);
        QCOMPARE(second.fee, Money::fromYuan(1800)); // the new contract's price, below 2000
        QCOMPARE(second.streetShare, Money::fromYuan(1800));
        QCOMPARE(second.agencyName, QStringLiteral("乙机构"));
    }

    void leavingAndReturningKeepsCounting()
    {
        QCOMPARE(lineOf(SubsidyLedger::linesForYear(m_in, 2020), 4).participationYear, 1);
        QVERIFY(lineOf(SubsidyLedger::linesForYear(m_in, 2021), 4).enterpriseId == 0); // away: no line
        const SubsidyLine back = lineOf(SubsidyLedger::linesForYear(m_in, 2022), 4);
        QCOMPARE(back.participationYear, 2);
        QCOMPARE(back.streetShare, Money::fromYuan(2000));
        const SubsidyLine fourth = lineOf(SubsidyLedger::linesForYear(m_in, 2024), 4);
        QCOMPARE(fourth.participationYear, 4);
        QCOMPARE(fourth.streetShare, Money());
    }

    void classAtTheStartOfTheServiceYearDecides()
    {
        const SubsidyLine small = lineOf(SubsidyLedger::linesForYear(m_in, 2022), 5);
        QCOMPARE(small.sizeClass, SizeClass::SmallMicro);
        QCOMPARE(small.streetShare, Money::fromYuan(3500));
        QVERIFY(!small.flags.testFlag(SubsidyFlag::ClassChanged));
        const SubsidyLine grown = lineOf(SubsidyLedger::linesForYear(m_in, 2023), 5);
        QCOMPARE(grown.sizeClass, SizeClass::Scale);
        QCOMPARE(grown.participationYear, 2);
        QCOMPARE(grown.streetShare, Money::fromYuan(2000));
        QVERIFY(grown.flags.testFlag(SubsidyFlag::ClassChanged));
    }

    void policyChangeBetweenYears()
    {
        SubsidyLedger::Inputs in = m_in;
        SubsidyPolicy v2;
        v2.id = 2;
        v2.effectiveFrom = QDate(2023, 1, 1);
        v2.streetSharePerYear = Money::fromYuan(1000);
        in.policies.append(v2);
        const SubsidyLine before = lineOf(SubsidyLedger::linesForYear(in, 2022), 4);
        QCOMPARE(before.streetShare, Money::fromYuan(2000));
        QCOMPARE(before.policyId, qint64(1));
        const SubsidyLine after = lineOf(SubsidyLedger::linesForYear(in, 2023), 4);
        QCOMPARE(after.policyId, qint64(2));
        QCOMPARE(after.streetShare, Money::fromYuan(1000));
        QCOMPARE(after.enterpriseShare, Money::fromYuan(2500));
        QVERIFY(after.flags.testFlag(SubsidyFlag::PolicyChanged));
    }

    // Rule 1: served from 2024-03-01, off from 06-01, back on 09-15: one service year to 2025-02-28, one
    // fee and one subsidy; the return on the day after that year ends is the second year. A neighbour that
    // came back two days after its year ended starts its second year on the return.
    void aReturnInsideTheServiceYearPaysOnce_data()
    {
        QTest::addColumn<QDate>("returnOn");
        QTest::addColumn<int>("linesIn2024");
        QTest::addColumn<QDate>("secondYearStart");
        QTest::newRow("back on 09-15") << QDate(2024, 9, 15) << 1 << QDate(2025, 3, 1);
        QTest::newRow("back on the year's last day") << QDate(2025, 2, 28) << 1 << QDate(2025, 3, 1);
        QTest::newRow("back on the day after the year ends") << QDate(2025, 3, 1) << 1 << QDate(2025, 3, 1);
        QTest::newRow("back two days after the year ends") << QDate(2025, 3, 2) << 1 << QDate(2025, 3, 2);
    }

    void aReturnInsideTheServiceYearPaysOnce()
    {
        QFETCH(QDate, returnOn);
        QFETCH(int, linesIn2024);
        QFETCH(QDate, secondYearStart);
        SubsidyLedger::Inputs in = m_in;
        addEnterprise(9, QStringLiteral("F 中途停服"), SizeClass::Scale);
        in.enterprises.insert(9, m_in.enterprises.value(9));
        m_in.enterprises.remove(9);
        Coverage first;
        first.id = 901;
        first.contractId = 1;
        first.enterpriseId = 9;
        first.serviceStart = QDate(2024, 3, 1);
        first.serviceEnd = QDate(2024, 5, 31);
        Coverage back = first;
        back.id = 902;
        back.contractId = returnOn.year() >= 2025 ? 2 : 1; // contract 1 ends on 2024-12-31
        back.serviceStart = returnOn;
        back.serviceEnd = QDate(2025, 12, 31);
        in.coverages << first << back;
        if (back.contractId == 1) {
            Coverage renewed = back; // renewed with the next contract
            renewed.id = 903;
            renewed.contractId = 2;
            renewed.serviceStart = QDate(2025, 1, 1);
            in.coverages << renewed;
        }
        int lines = 0;
        for (const SubsidyLine& l : SubsidyLedger::linesForYear(in, 2024)) {
            if (l.enterpriseId == 9) {
                ++lines;
                QCOMPARE(l.serviceYearStart, QDate(2024, 3, 1));
                QCOMPARE(l.participationYear, 1);
                QCOMPARE(l.streetShare, Money::fromYuan(2000));
            }
        }
        QCOMPARE(lines, linesIn2024);
        const SubsidyLine second = lineOf(SubsidyLedger::linesForYear(in, 2025), 9);
        QCOMPARE(second.serviceYearStart, secondYearStart);
        QCOMPARE(second.participationYear, 2);
        const QList<ServiceYear> years = SubsidyLedger::serviceYearsOf(in, 9);
        QCOMPARE(years.size(), 2);
        QVERIFY(years.at(1).start > years.at(0).end);
    }

    void leftEarlyIsFlaggedNotDropped()
    {
        SubsidyLedger::Inputs in = m_in;
        Coverage c;
        c.contractId = 2;
        c.enterpriseId = 2;
        in.enterprises[2].sizeClass = SizeClass::SmallMicro;
        // Enterprise 2 ends service in 2025-03 although its year runs to 2026-05.
        for (Coverage& cv : in.coverages) {
            if (cv.enterpriseId == 2) {
                cv.serviceEnd = QDate(2024, 12, 31);
            }
        }
        c.serviceStart = QDate(2025, 1, 1);
        c.serviceEnd = QDate(2025, 8, 31);
        in.coverages.append(c);
        const SubsidyLine l = lineOf(SubsidyLedger::linesForYear(in, 2025), 2);
        QCOMPARE(l.serviceYearStart, QDate(2025, 6, 1));
        QVERIFY(l.flags.testFlag(SubsidyFlag::LeftEarly));
        QVERIFY(l.flags.testFlag(SubsidyFlag::AgencyChanged) == false);
        QCOMPARE(l.streetShare, Money::fromYuan(1800)); // still listed with its figures: the clerk decides
    }
};

QTEST_APPLESS_MAIN(TestSubsidyLedger)
#include "TestSubsidyLedger.moc"
