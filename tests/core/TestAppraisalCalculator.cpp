#include "rules/AppraisalCalculator.h"

#include <QTest>

using namespace sl::core;

namespace {

AppraisalItem item(AppraisalMeasure measure, int weight, int fullAt = 1000, int zeroAt = 0, int perEvent = 0,
                   bool fullWhenEmpty = true)
{
    AppraisalItem i;
    i.measure = measure;
    i.weightTenths = weight;
    i.fullAtTenths = fullAt;
    i.zeroAtTenths = zeroAt;
    i.perEventTenths = perEvent;
    i.fullWhenNothingToMeasure = fullWhenEmpty;
    return i;
}

// Two items of 50 points: inspections (nothing at 50 % or below) and rectification; interviews deduct.
AppraisalScheme twoItems()
{
    AppraisalScheme s;
    s.items = { item(AppraisalMeasure::InspectionCompletion, 500, 1000, 500),
                item(AppraisalMeasure::RectificationRate, 500), item(AppraisalMeasure::Interviews, 100, 1000, 0, 20) };
    return s;
}

Scorecard::Row rowWith(int inspectionsRequired, int inspectionsDone, int found, int closed, int interviews)
{
    Scorecard::Row r;
    r.agencyId = 1;
    Scorecard::Count& c = r.obligations[ObligationKind::Inspection];
    c.required = inspectionsRequired;
    c.done = inspectionsDone;
    c.doneCapped = std::min(inspectionsDone, inspectionsRequired);
    c.requiredDue = c.required; // all of them fallen due
    c.doneCappedDue = c.doneCapped;
    r.hazardsFound = found;
    r.hazardsClosed = closed;
    r.interviews = interviews;
    return r;
}

} // namespace

class TestAppraisalCalculator : public QObject
{
    Q_OBJECT

private slots:
    void pointsOfAFigure_data()
    {
        QTest::addColumn<int>("figure"); // tenths of a per cent; -1: nothing to measure
        QTest::addColumn<bool>("fullWhenEmpty");
        QTest::addColumn<int>("points");
        // 25 points, full at 100 %, nothing at 50 %.
        QTest::newRow("full") << 1000 << true << 250;
        QTest::newRow("just under full") << 999 << true << 250; // 24.95 rounds half up
        QTest::newRow("three quarters of the way") << 875 << true << 188; // 18.75 -> 18.8
        QTest::newRow("just above nothing") << 501 << true << 1; // 0.05 -> 0.1
        QTest::newRow("on the no-points figure") << 500 << true << 0;
        QTest::newRow("below it") << 320 << true << 0;
        QTest::newRow("nothing to measure, full") << -1 << true << 250;
        QTest::newRow("nothing to measure, none") << -1 << false << 0;
    }

    void pointsOfAFigure()
    {
        QFETCH(int, figure);
        QFETCH(bool, fullWhenEmpty);
        QFETCH(int, points);
        const AppraisalItem i = item(AppraisalMeasure::InspectionCompletion, 250, 1000, 500, 0, fullWhenEmpty);
        QCOMPARE(AppraisalCalculator::pointsOf(i, figure < 0 ? std::nullopt : std::optional<int>(figure)), points);
    }

    void deductions_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("points");
        // 2 points an interview, at most 10.
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << -20;
        QTest::newRow("four") << 4 << -80;
        QTest::newRow("five: the cap") << 5 << -100;
        QTest::newRow("nine: still the cap") << 9 << -100;
    }

    void deductions()
    {
        QFETCH(int, events);
        QFETCH(int, points);
        QCOMPARE(AppraisalCalculator::pointsOf(item(AppraisalMeasure::Interviews, 100, 1000, 0, 20), events), points);
    }

    void grades_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("grade");
        QTest::newRow("100") << 1000 << int(AppraisalGrade::Excellent);
        QTest::newRow("on 90") << 900 << int(AppraisalGrade::Excellent);
        QTest::newRow("89.9") << 899 << int(AppraisalGrade::Qualified);
        QTest::newRow("on 75") << 750 << int(AppraisalGrade::Qualified);
        QTest::newRow("74.9") << 749 << int(AppraisalGrade::BasicallyQualified);
        QTest::newRow("on 60") << 600 << int(AppraisalGrade::BasicallyQualified);
        QTest::newRow("59.9") << 599 << int(AppraisalGrade::Unqualified);
        QTest::newRow("0") << 0 << int(AppraisalGrade::Unqualified);
    }

    void grades()
    {
        QFETCH(int, total);
        QFETCH(int, grade);
        QCOMPARE(int(AppraisalCalculator::gradeOf(AppraisalScheme(), total)), grade);
    }

    // The figure is taken as printed: 2 of 3 closed is 66.7 %.
    void appraiseScoresThePrintedFigures()
    {
        const Appraisal a = AppraisalCalculator::appraise(twoItems(), rowWith(8, 7, 3, 2, 1));
        QCOMPARE(a.points.size(), 3);
        QCOMPARE(a.points.at(0).figure, std::optional<int>(875));
        QCOMPARE(a.points.at(0).pointsTenths, 375); // 50 × (87.5 − 50) ÷ 50
        QCOMPARE(a.points.at(1).figure, std::optional<int>(667));
        QCOMPARE(a.points.at(1).pointsTenths, 334); // 50 × 66.7 % = 33.35 -> 33.4
        QCOMPARE(a.points.at(2).pointsTenths, -20);
        QCOMPARE(a.totalTenths, 375 + 334 - 20);
        QCOMPARE(int(a.grade), int(AppraisalGrade::BasicallyQualified));
    }

    void totalStaysWithin0And100()
    {
        AppraisalScheme s = twoItems();
        s.items[2].weightTenths = 1000;
        s.items[2].perEventTenths = 500;
        const Appraisal low = AppraisalCalculator::appraise(s, rowWith(4, 0, 4, 0, 9));
        QCOMPARE(low.totalTenths, 0);
        const Appraisal full = AppraisalCalculator::appraise(twoItems(), rowWith(4, 6, 0, 0, 0));
        QCOMPARE(full.points.at(1).figure, std::nullopt); // no hazard found: nothing to measure
        QCOMPARE(full.totalTenths, 1000);
    }

    void schemeForAYear()
    {
        AppraisalScheme a;
        a.id = 1;
        a.fromYear = 2000;
        AppraisalScheme b;
        b.id = 2;
        b.fromYear = 2026;
        const QList<AppraisalScheme> schemes = { b, a };
        QCOMPARE(AppraisalCalculator::schemeFor(schemes, 2025)->id, qint64(1));
        QCOMPARE(AppraisalCalculator::schemeFor(schemes, 2026)->id, qint64(2));
        QCOMPARE(AppraisalCalculator::schemeFor(schemes, 2030)->id, qint64(2));
        QVERIFY(!AppraisalCalculator::schemeFor(schemes, 1999));
    }

    void refusedSchemes_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("points add up to 90") << 0;
        QTest::newRow("a measure twice") << 1;
        QTest::newRow("full at below no points at") << 2;
        QTest::newRow("a deduction without points per event") << 3;
        QTest::newRow("thresholds out of order") << 4;
    }

    void refusedSchemes()
    {
        QFETCH(int, change);
        AppraisalScheme s = twoItems();
        QVERIFY(AppraisalCalculator::problem(s).isEmpty());
        switch (change) {
        case 0:
            s.items[1].weightTenths = 400;
            break;
        case 1:
            s.items[1].measure = AppraisalMeasure::InspectionCompletion;
            break;
        case 2:
            s.items[0].fullAtTenths = 400;
            break;
        case 3:
            s.items[2].perEventTenths = 0;
            break;
        default:
            s.qualifiedTenths = s.excellentTenths;
            break;
        }
        QVERIFY(!AppraisalCalculator::problem(s).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAppraisalCalculator)
#include "TestAppraisalCalculator.moc"
