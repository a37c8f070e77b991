#include "rules/Scorecard.h"

#include <QTest>

using namespace sl::core;

// Scorecard::compute on hand-made rows: every figure of an agency's year traced to the obligations, hazards,
// evaluations and interviews it was given, with the rules that are easy to get wrong — extra visits never make up
// for missing ones, obligations not yet due are not rated, other years and other agencies count nothing, a hazard
// closed after the as-of date is open, rates round half up to one decimal.
class TestScorecard : public QObject
{
    Q_OBJECT

private:
    static constexpr int kYear = 2026;
    static constexpr qint64 kAgency = 7;
    static constexpr qint64 kOther = 8;
    const QDate m_asOf = QDate(2026, 8, 15);

    static Obligation obligation(qint64 agency, qint64 enterprise, ObligationKind kind, int quarter, int required,
                                 int done, int doneByDue, ObligationStatus status, int year = kYear)
    {
        Obligation o;
        o.agencyId = agency;
        o.enterpriseId = enterprise;
        o.kind = kind;
        o.year = year;
        o.quarter = quarter;
        o.required = required;
        o.done = done;
        o.doneByDue = doneByDue;
        o.status = status;
        return o;
    }
    static Hazard hazard(qint64 agency, const QDate& found, const QDate& deadline, const QDate& closed)
    {
        Hazard h;
        h.agencyId = agency;
        h.foundOn = found;
        h.deadline = deadline;
        if (closed.isValid()) {
            h.state = HazardState::Closed;
            h.closedOn = closed;
        }
        return h;
    }

private slots:
    void sumsAnAgencysYear()
    {
        using K = ObligationKind;
        using S = ObligationStatus;
        const QList<Obligation> obligations = {
            // Enterprise 1: Q1 and Q2 inspections done (Q2 late), Q3 not yet due; 3 visits in Q1 count as 1.
            obligation(kAgency, 1, K::Inspection, 1, 1, 3, 3, S::Done),
            obligation(kAgency, 1, K::Inspection, 2, 1, 1, 0, S::Done),
            obligation(kAgency, 1, K::Inspection, 3, 1, 0, 0, S::NotYetDue),
            // Enterprise 2: Q1 overdue, Q2 done on time; a training not applicable (adds nothing, not served by it).
            obligation(kAgency, 2, K::Inspection, 1, 1, 0, 0, S::Overdue),
            obligation(kAgency, 2, K::Inspection, 2, 1, 1, 1, S::Done),
            obligation(kAgency, 3, K::Training, 0, 1, 0, 0, S::NotApplicable),
            // Elsewhere: another agency, another year, and no agency at all.
            obligation(kOther, 4, K::Inspection, 1, 1, 1, 1, S::Done),
            obligation(kAgency, 5, K::Inspection, 1, 1, 1, 1, S::Done, kYear - 1),
            obligation(0, 6, K::Inspection, 1, 1, 0, 0, S::Overdue),
        };
        const QList<Hazard> hazards = {
            hazard(kAgency, QDate(2026, 3, 2), QDate(2026, 3, 30), QDate(2026, 3, 20)), // closed on time
            hazard(kAgency, QDate(2026, 4, 2), QDate(2026, 4, 30), QDate(2026, 5, 10)), // closed late
            hazard(kAgency, QDate(2026, 6, 1), QDate(2026, 6, 30), QDate()), // open and overdue
            hazard(kAgency, QDate(2026, 8, 1), QDate(2026, 9, 30), QDate(2026, 9, 1)), // closed after as-of: open
            hazard(kAgency, QDate(2025, 12, 1), QDate(2026, 1, 30), QDate()), // found last year
            hazard(kOther, QDate(2026, 5, 1), QDate(2026, 5, 30), QDate()),
        };
        Evaluation e1;
        e1.agencyId = kAgency;
        e1.evaluatedOn = QDate(2026, 6, 30);
        e1.scoreTenths = 905;
        Evaluation e2 = e1;
        e2.evaluatedOn = QDate(2026, 12, 30);
        e2.scoreTenths = 860;
        Evaluation old = e1;
        old.evaluatedOn = QDate(2025, 12, 30);
        old.scoreTenths = 100;
        Interview talk;
        talk.agencyId = kAgency;
        talk.heldOn = QDate(2026, 7, 1);
        Interview notice = talk;
        notice.kind = Interview::Kind::Notice;
        Interview enterpriseOnly = talk;
        enterpriseOnly.agencyId = 0;

        const QList<Scorecard::Row> rows
            = Scorecard::compute(kYear, m_asOf, { kAgency, 99, kOther }, obligations, hazards, { e1, e2, old },
                                 { talk, notice, enterpriseOnly });
        QCOMPARE(rows.size(), 2); // agency 99 did nothing: no row
        const Scorecard::Row& row = rows.at(0);
        QCOMPARE(row.agencyId, kAgency);
        QCOMPARE(row.year, kYear);
        QCOMPARE(row.enterprises, 2);
        QCOMPARE(row.obligationsRequired, 5);
        QCOMPARE(row.obligationsMet, 3);
        const Scorecard::Count inspections = row.count(K::Inspection);
        QCOMPARE(inspections.required, 5);
        QCOMPARE(inspections.done, 5);
        QCOMPARE(inspections.doneCapped, 3);
        QCOMPARE(inspections.requiredDue, 4);
        QCOMPARE(inspections.doneCappedDue, 3);
        QCOMPARE(inspections.doneOnTimeCappedDue, 2);
        QCOMPARE(Scorecard::percentText(inspections.percent()), QStringLiteral("75.0%"));
        QCOMPARE(Scorecard::percentText(inspections.onTimePercent()), QStringLiteral("50.0%"));
        QCOMPARE(row.count(K::Training).required, 0);
        QCOMPARE(row.hazardsFound, 4);
        QCOMPARE(row.hazardsClosed, 2);
        QCOMPARE(row.hazardsClosedOnTime, 1);
        QCOMPARE(row.hazardsOverdue, 1);
        QCOMPARE(Scorecard::percentText(row.rectificationRate()), QStringLiteral("50.0%"));
        QCOMPARE(Scorecard::percentText(row.onTimeRate()), QStringLiteral("25.0%"));
        QCOMPARE(row.evaluations.size(), 2);
        QCOMPARE(Scorecard::tenthsText(Scorecard::tenths(row.averageScore())), QStringLiteral("88.3"));
        QCOMPARE(row.interviews, 1);
        QCOMPARE(row.notices, 1);
        QCOMPARE(rows.at(1).agencyId, kOther);
        QCOMPARE(rows.at(1).hazardsFound, 1);
        QCOMPARE(rows.at(1).hazardsOverdue, 1);
    }

    void nothingDueIsNoRate()
    {
        const QList<Obligation> obligations
            = { obligation(kAgency, 1, ObligationKind::Drill, 0, 1, 0, 0, ObligationStatus::NotYetDue) };
        const QList<Scorecard::Row> rows = Scorecard::compute(kYear, m_asOf, { kAgency }, obligations, {}, {}, {});
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.at(0).count(ObligationKind::Drill).percent());
        QCOMPARE(Scorecard::percentText(rows.at(0).count(ObligationKind::Drill).percent()), QString());
        QVERIFY(!rows.at(0).rectificationRate());
        QVERIFY(!rows.at(0).averageScore());
    }

    void roundsHalfUp_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("two thirds") << 200.0 / 3 << QStringLiteral("66.7%");
        QTest::newRow("one third") << 100.0 / 3 << QStringLiteral("33.3%");
        QTest::newRow("half up") << 12.25 << QStringLiteral("12.3%");
        QTest::newRow("whole") << 100.0 << QStringLiteral("100.0%");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0.0%");
        QTest::newRow("small") << 0.04 << QStringLiteral("0.0%");
    }
    void roundsHalfUp()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(Scorecard::percentText(value), text);
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "TestScorecard.moc"
