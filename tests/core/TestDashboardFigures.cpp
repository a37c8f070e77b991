#include "reports/ComplianceYear.h"
#include "reports/DashboardFigures.h"
#include "rules/Scorecard.h"

#include <QTest>

using namespace sl::core;

namespace {

Enterprise enterprise(qint64 id, const QString& name, qint64 community)
{
    Enterprise e;
    e.id = id;
    e.name = name;
    e.communityId = community;
    return e;
}

} // namespace

// DashboardFigures::compute on a hand-made year, 2025 as of 2025-11-20 in the fourth quarter:
// - 1 中山五金厂 (北苑社区), served all year by 中安安全: two inspections in Q1, none in Q2, one each in Q3 and Q4;
// - 2 阿里五金店 (阿城社区), served from 2025-07-01 by 北辰安全: one inspection in Q3, none yet in Q4;
// - 3 北方机械 (北苑社区), served in 2024 only, by 东方安全: nothing in 2025;
// - 4 左岸科技 (北苑社区), served 2025-01-01..03-31 by 北辰安全: no inspection.
class TestDashboardFigures : public QObject
{
    Q_OBJECT

private:
    DashboardFigures m_figures;
    ComplianceYear m_year;

private slots:
    void initTestCase()
    {
        ObligationEngine::Inputs in;
        in.spans.insert(1, { { 1, 10, QDate(2025, 1, 1), QDate(2025, 12, 31) } });
        in.spans.insert(2, { { 2, 20, QDate(2025, 7, 1), QDate(2025, 12, 31) } });
        in.spans.insert(3, { { 3, 30, QDate(2024, 1, 1), QDate(2024, 12, 31) } });
        in.spans.insert(4, { { 4, 20, QDate(2025, 1, 1), QDate(2025, 3, 31) } });
        EnterpriseActivity first;
        first.inspections = { QDate(2025, 2, 10), QDate(2025, 3, 10), QDate(2025, 8, 5), QDate(2025, 10, 15) };
        first.trainings = { QDate(2025, 3, 1) };
        in.activity.insert(1, first);
        EnterpriseActivity second;
        second.inspections = { QDate(2025, 9, 1) };
        in.activity.insert(2, second);
        const QHash<qint64, Enterprise> enterprises = { { 1, enterprise(1, QStringLiteral("中山五金厂"), 1) },
                                                        { 2, enterprise(2, QStringLiteral("阿里五金店"), 2) },
                                                        { 3, enterprise(3, QStringLiteral("北方机械"), 1) },
                                                        { 4, enterprise(4, QStringLiteral("左岸科技"), 1) } };
        const QHash<qint64, QString> agencies = { { 10, QStringLiteral("中安安全") },
                                                  { 20, QStringLiteral("北辰安全") },
                                                  { 30, QStringLiteral("东方安全") } };
        m_year = ComplianceYear::compute(in, enterprises, agencies, 2025, 0, QDate(2025, 11, 20));
        m_year.setCommunityNames({ { 1, QStringLiteral("北苑社区") }, { 2, QStringLiteral("阿城社区") } });
        m_figures = DashboardFigures::compute(m_year, 4);
    }

    void servedEnterprisesAreThoseUnderServiceInTheYear()
    {
        QCOMPARE(m_figures.year, 2025);
        QCOMPARE(m_figures.quarter, 4);
        QCOMPARE(m_figures.enterprisesServed, 3); // 北方机械 was served in 2024 only
    }

    // Service that ended on 1 January (begun the year before) owes nothing in the year: not served this year on the
    // dashboard, in its agency's group or in the scorecard (nor in the annual report: TestReports).
    void aDayOfServiceThatOwesNothingIsNotServed()
    {
        ObligationEngine::Inputs in;
        in.spans.insert(7, { { 7, 10, QDate(2024, 6, 1), QDate(2025, 1, 1) } });
        const ComplianceYear year
            = ComplianceYear::compute(in, { { 7, enterprise(7, QStringLiteral("一日商行"), 1) } },
                                      { { 10, QStringLiteral("中安安全") } }, 2025, 0, QDate(2025, 11, 20));
        QVERIFY(!year.rows().isEmpty()); // it is on the compliance list, every row 不适用
        for (const Obligation& o : year.rows()) {
            QVERIFY(!o.asksSomething());
        }
        const DashboardFigures figures = DashboardFigures::compute(year, 4);
        QCOMPARE(figures.enterprisesServed, 0);
        QVERIFY(figures.byAgency.isEmpty());
        QVERIFY(figures.byCommunity.isEmpty());
        QVERIFY(Scorecard::compute(2025, QDate(2025, 11, 20), { 10 }, year.rows(), {}, {}, {}).isEmpty());
        // Two days of service begun in the year are no quarter of service, but the start owes its survey: served.
        in.spans[7] = { { 7, 10, QDate(2025, 1, 5), QDate(2025, 1, 6) } };
        const ComplianceYear started
            = ComplianceYear::compute(in, { { 7, enterprise(7, QStringLiteral("一日商行"), 1) } },
                                      { { 10, QStringLiteral("中安安全") } }, 2025, 0, QDate(2025, 11, 20));
        QCOMPARE(DashboardFigures::compute(started, 4).enterprisesServed, 1); // its survey was owed
        QCOMPARE(Scorecard::compute(2025, QDate(2025, 11, 20), { 10 }, started.rows(), {}, {}, {}).at(0).enterprises,
                 1);
    }

    // Each quarter's inspections, extra visits capped at what was required.
    void inspectionsByQuarter()
    {
        QCOMPARE(m_figures.inspectionsByQuarter.size(), 4);
        const DashboardFigures::Tally& q1 = m_figures.inspectionsByQuarter.at(0);
        QCOMPARE(q1.required, 2);
        QCOMPARE(q1.done, 1); // two visits at 中山五金厂 count once; none at 左岸科技
        QCOMPARE(q1.overdue, 1);
        QCOMPARE(q1.percentDone(), 50);
        const DashboardFigures::Tally& q2 = m_figures.inspectionsByQuarter.at(1);
        QCOMPARE(q2.required, 1);
        QCOMPARE(q2.done, 0);
        QCOMPARE(q2.overdue, 1);
        QCOMPARE(q2.percentDone(), 0);
        const DashboardFigures::Tally& q3 = m_figures.inspectionsByQuarter.at(2);
        QCOMPARE(q3.required, 2);
        QCOMPARE(q3.done, 2);
        QCOMPARE(q3.overdue, 0);
    }

    // The current quarter: one done, one not yet due, and the percentage counts only what is due by now.
    void currentQuarter()
    {
        const DashboardFigures::Tally& q = m_figures.quarterInspections;
        QCOMPARE(q.required, 2);
        QCOMPARE(q.done, 1);
        QCOMPARE(q.open, 1);
        QCOMPARE(q.overdue, 0);
        QCOMPARE(q.requiredByNow, 1);
        QCOMPARE(q.doneByNow, 1);
        QCOMPARE(q.percentDone(), 100);
        const DashboardFigures::Tally& fourth = m_figures.inspectionsByQuarter.at(3);
        QCOMPARE(fourth.required, q.required);
        QCOMPARE(fourth.done, q.done);
    }

    // Agencies and communities by the pinyin of their names (北 before 中, 阿 before 北), never by character
    // code; an agency whose only service was in another year does not appear.
    void groupsInPinyinOrder()
    {
        QCOMPARE(m_figures.byAgency.size(), 2);
        QCOMPARE(m_figures.byAgency.at(0).name, QStringLiteral("北辰安全"));
        QCOMPARE(m_figures.byAgency.at(0).id, qint64(20));
        QCOMPARE(m_figures.byAgency.at(0).enterprises, 2);
        QCOMPARE(m_figures.byAgency.at(1).name, QStringLiteral("中安安全"));
        QCOMPARE(m_figures.byAgency.at(1).enterprises, 1);
        QCOMPARE(m_figures.byCommunity.size(), 2);
        QCOMPARE(m_figures.byCommunity.at(0).name, QStringLiteral("阿城社区"));
        QCOMPARE(m_figures.byCommunity.at(0).enterprises, 1);
        QCOMPARE(m_figures.byCommunity.at(1).name, QStringLiteral("北苑社区"));
        QCOMPARE(m_figures.byCommunity.at(1).enterprises, 2);
    }

    // A group's figures are its own enterprises' rows: 中安安全 serves 中山五金厂 alone.
    void groupTallies()
    {
        const DashboardFigures::Group& zhongan = m_figures.byAgency.at(1);
        QCOMPARE(zhongan.yearInspections.required, 4);
        QCOMPARE(zhongan.yearInspections.done, 3);
        QCOMPARE(zhongan.quarterInspections.required, 1);
        QCOMPARE(zhongan.quarterInspections.done, 1);
        QCOMPARE(zhongan.trainings.required, 2);
        QCOMPARE(zhongan.trainings.done, 1);
        const DashboardFigures::Group& beichen = m_figures.byAgency.at(0);
        QCOMPARE(beichen.yearInspections.required, 3); // 阿里 Q3 and Q4, 左岸 Q1
        QCOMPARE(beichen.yearInspections.done, 1);
        QCOMPARE(beichen.quarterInspections.required, 1);
        QCOMPARE(beichen.quarterInspections.done, 0);
        int groupOverdue = 0;
        for (const DashboardFigures::Group& g : std::as_const(m_figures.byAgency)) {
            groupOverdue += g.overdue;
        }
        QCOMPARE(groupOverdue, m_figures.overdueThisYear); // every row here has an agency
    }

    // Attention: every overdue row, oldest first, then rows due within kDueSoonDays; nothing else.
    void attentionList()
    {
        int overdue = 0;
        int dueSoon = 0;
        const QDate soon = m_year.asOf().addDays(DashboardFigures::kDueSoonDays);
        for (const Obligation& o : m_year.rows()) {
            overdue += o.status == ObligationStatus::Overdue ? 1 : 0;
            dueSoon += o.status == ObligationStatus::NotYetDue && o.due <= soon ? 1 : 0;
        }
        QVERIFY(overdue >= 3); // Q1 at 左岸, Q2 at 中山, surveys and baselines never done
        QCOMPARE(m_figures.overdueThisYear, overdue);
        QCOMPARE(m_figures.attention.size(), overdue + dueSoon);
        for (int i = 0; i < m_figures.attention.size(); ++i) {
            const Obligation& o = m_figures.attention.at(i);
            QCOMPARE(o.status == ObligationStatus::Overdue, i < overdue);
            if (i > 0 && (i < overdue || i > overdue)) {
                QVERIFY(m_figures.attention.at(i - 1).due <= o.due);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "TestDashboardFigures.moc"
