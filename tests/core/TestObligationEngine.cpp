#include "rules/ObligationEngine.h"

#include <QTest>

using namespace sl::core;
using Span = ObligationEngine::Span;

namespace {

const Obligation& find(const QList<Obligation>& rows, ObligationKind kind, int quarter = 0)
{
    for (const Obligation& o : rows) {
        if (o.kind == kind && o.quarter == quarter) {
            return o;
        }
    }
    static const Obligation kMissing;
    return kMissing;
}

QList<QDate> quarterly(int year)
{
    return { QDate(year, 2, 10), QDate(year, 5, 10), QDate(year, 8, 10), QDate(year, 11, 10) };
}

EnterpriseActivity everythingDone(int year)
{
    EnterpriseActivity a;
    a.surveys = { QDate(year, 1, 5) };
    a.inspections = quarterly(year);
    a.trainings = { QDate(year, 3, 1), QDate(year, 9, 1) };
    a.drills = { QDate(year, 4, 1), QDate(year, 10, 1) };
    a.yearEndReports = { { year, QDate(year, 12, 20) } };
    a.baselineCompleted
        = { QDate(year, 2, 1), QDate(year, 2, 2), QDate(year, 2, 3), QDate(year, 3, 1), QDate(year, 3, 2) };
    a.riskAssessments = { QDate(year, 2, 20) };
    return a;
}

} // namespace

class TestObligationEngine : public QObject
{
    Q_OBJECT

private slots:
    // Rule 2: a record counts whenever it is dated. Service from 2024-03-01 with one agency; the survey is
    // due 2024-03-30, the baseline 2024-05-31, the year-end report on 2024 on 2025-01-31. The record is
    // dated `late` days after the due date (negative: before it); the as-of date is far later.
    void recordCountsWhenever_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("isLate");
        const int done = int(ObligationStatus::Done);
        for (const auto& [name, kind] :
             { std::pair{ "survey", ObligationKind::Survey }, std::pair{ "baseline", ObligationKind::Baseline },
               std::pair{ "year-end report", ObligationKind::YearEndReport },
               std::pair{ "risk assessment", ObligationKind::RiskAssessment } }) {
            QTest::addRow("%s before its due date", name) << int(kind) << -5 << done << false;
            QTest::addRow("%s on its due date", name) << int(kind) << 0 << done << false;
            QTest::addRow("%s a day late", name) << int(kind) << 1 << done << true;
            QTest::addRow("%s 366 days late", name) << int(kind) << 366 << done << true;
            QTest::addRow("%s 400 days late", name) << int(kind) << 400 << done << true;
            QTest::addRow("%s 1000 days late", name) << int(kind) << 1000 << done << true;
            QTest::addRow("%s dated after the as-of date", name)
                << int(kind) << 5000 << int(ObligationStatus::Overdue) << false;
        }
    }

    void recordCountsWhenever()
    {
        QFETCH(int, kind);
        QFETCH(int, late);
        QFETCH(int, status);
        QFETCH(bool, isLate);
        const QList<Span> spans = { { 1, 10, QDate(2024, 3, 1), QDate(2030, 12, 31) } };
        const QDate asOf(2029, 1, 1);
        const auto due = [&] {
            const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2024, asOf);
            return find(rows, ObligationKind(kind)).due;
        }();
        // The risk assessment is due with the baseline documents (riskAssessmentMonths = baselineMonths = 3).
        QCOMPARE(due,
                 kind == int(ObligationKind::Survey)               ? QDate(2024, 3, 30)
                     : kind == int(ObligationKind::Baseline)       ? QDate(2024, 5, 31)
                     : kind == int(ObligationKind::RiskAssessment) ? QDate(2024, 5, 31)
                                                                   : QDate(2025, 1, 31));
        const QDate day = due.addDays(late);
        EnterpriseActivity a;
        switch (ObligationKind(kind)) {
        case ObligationKind::Survey:
            a.surveys = { day };
            break;
        case ObligationKind::Baseline:
            a.baselineCompleted = { QDate(2024, 3, 5), QDate(2024, 3, 6), QDate(2024, 3, 7), QDate(2024, 3, 8), day };
            break;
        case ObligationKind::RiskAssessment:
            a.riskAssessments = { day };
            break;
        default:
            a.yearEndReports = { { 2024, day } };
            break;
        }
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2024, asOf);
        const Obligation& o = find(rows, ObligationKind(kind));
        QCOMPARE(int(o.status), status);
        QCOMPARE(o.isLate(), isLate);
        QCOMPARE(o.completedOn, status == int(ObligationStatus::Done) ? day : QDate());
        // Of the records that count, those dated by the due date (the baseline's four early documents too).
        const int early = kind == int(ObligationKind::Baseline) ? 4 : 0;
        QCOMPARE(o.doneByDue, early + (late <= 0 ? 1 : 0));
    }

    // A late survey belongs to the start it follows: after another agency took over, it is the new
    // agency's, and the first agency's survey stays missed.
    void aLateSurveyAfterATakeoverIsTheNewAgencys()
    {
        const QList<Span> spans
            = { { 1, 10, QDate(2025, 2, 1), QDate(2025, 6, 30) }, { 2, 20, QDate(2025, 7, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.surveys = { QDate(2025, 7, 10) };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2026, 3, 1));
        QList<Obligation> surveys;
        for (const Obligation& o : rows) {
            if (o.kind == ObligationKind::Survey) {
                surveys << o;
            }
        }
        QCOMPARE(surveys.size(), 2);
        QCOMPARE(surveys.at(0).agencyId, qint64(10));
        QCOMPARE(surveys.at(0).begins, QDate(2025, 2, 1));
        QCOMPARE(int(surveys.at(0).status), int(ObligationStatus::Overdue));
        QCOMPARE(surveys.at(1).agencyId, qint64(20));
        QCOMPARE(surveys.at(1).begins, QDate(2025, 7, 1));
        QCOMPARE(int(surveys.at(1).status), int(ObligationStatus::Done));
    }

    // Rule 3: an obligation is owed by the agency serving on the day it began. Agency 10 serves from
    // 2025-01-01, agency 20 takes over on `takeover` and serves on.
    void whoOwedIt_data()
    {
        QTest::addColumn<QDate>("takeover");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<qint64>("agency");
        const int inspection = int(ObligationKind::Inspection);
        QTest::newRow("takeover on a quarter's first day: that quarter is the new agency's")
            << QDate(2025, 4, 1) << inspection << 2 << qint64(20);
        QTest::newRow("takeover on a quarter's first day: the quarter before is the old agency's")
            << QDate(2025, 4, 1) << inspection << 1 << qint64(10);
        QTest::newRow("takeover on a quarter's second day: the old agency began it")
            << QDate(2025, 4, 2) << inspection << 2 << qint64(10);
        QTest::newRow("takeover on a quarter's second day: the next quarter is the new agency's")
            << QDate(2025, 4, 2) << inspection << 3 << qint64(20);
        QTest::newRow("takeover on a quarter's last day: the old agency began it")
            << QDate(2025, 3, 31) << inspection << 1 << qint64(10);
        QTest::newRow("takeover on a quarter's last day: the next quarter is the new agency's")
            << QDate(2025, 3, 31) << inspection << 2 << qint64(20);
        QTest::newRow("baseline: the agency of the first day of service")
            << QDate(2025, 7, 1) << int(ObligationKind::Baseline) << 0 << qint64(10);
        QTest::newRow("trainings: the agency of the year's first day of service")
            << QDate(2025, 7, 1) << int(ObligationKind::Training) << 0 << qint64(10);
        QTest::newRow("drills: the agency of the year's first day of service")
            << QDate(2025, 7, 1) << int(ObligationKind::Drill) << 0 << qint64(10);
        QTest::newRow("year-end report: the agency of the year's first day of service")
            << QDate(2025, 7, 1) << int(ObligationKind::YearEndReport) << 0 << qint64(10);
        QTest::newRow("the first survey: the agency that started")
            << QDate(2025, 7, 1) << int(ObligationKind::Survey) << 0 << qint64(10);
    }

    void whoOwedIt()
    {
        QFETCH(QDate, takeover);
        QFETCH(int, kind);
        QFETCH(int, quarter);
        QFETCH(qint64, agency);
        const QList<Span> spans
            = { { 1, 10, QDate(2025, 1, 1), takeover.addDays(-1) }, { 2, 20, takeover, QDate(2026, 12, 31) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2026, 3, 1));
        const Obligation& o = find(rows, ObligationKind(kind), quarter);
        QCOMPARE(o.agencyId, agency);
        QCOMPARE(ServiceSpans::agencyOn(spans, o.begins), agency);
    }

    // Next year, every yearly obligation begins with the agency serving on 1 January.
    void theNextYearIsTheNewAgencys()
    {
        const QList<Span> spans
            = { { 1, 10, QDate(2025, 1, 1), QDate(2025, 6, 30) }, { 2, 20, QDate(2025, 7, 1), QDate(2026, 12, 31) } };
        for (const Obligation& o : ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2026, QDate(2027, 3, 1))) {
            QCOMPARE(o.agencyId, qint64(20));
        }
    }

    void proRated_data()
    {
        QTest::addColumn<int>("perYear");
        QTest::addColumn<int>("quarters");
        QTest::addColumn<int>("required");
        QTest::newRow("full year") << 2 << 4 << 2;
        QTest::newRow("three quarters round up") << 2 << 3 << 2;
        QTest::newRow("half year") << 2 << 2 << 1;
        QTest::newRow("one quarter rounds up to one") << 2 << 1 << 1;
        QTest::newRow("no service") << 2 << 0 << 0;
        QTest::newRow("three a year, one quarter") << 3 << 1 << 1;
        QTest::newRow("three a year, two quarters") << 3 << 2 << 2;
        QTest::newRow("four a year, three quarters") << 4 << 3 << 3;
        QTest::newRow("minimum zero") << 0 << 4 << 0;
    }

    void proRated()
    {
        QFETCH(int, perYear);
        QFETCH(int, quarters);
        QFETCH(int, required);
        QCOMPARE(ObligationEngine::proRated(perYear, quarters), required);
    }

    void fullYearAllDone()
    {
        const QList<Span> spans = { { 1, 10, QDate(2025, 1, 1), QDate(2027, 12, 31) } };
        const auto rows
            = ObligationEngine::forEnterpriseYear(7, spans, everythingDone(2025), {}, 2025, QDate(2026, 3, 1));
        QCOMPARE(rows.size(), 10);
        for (const Obligation& o : rows) {
            QCOMPARE(o.enterpriseId, qint64(7));
            QCOMPARE(o.agencyId, qint64(10));
            QCOMPARE(int(o.status), int(ObligationStatus::Done));
        }
        for (int q = 1; q <= 4; ++q) {
            QCOMPARE(find(rows, ObligationKind::Inspection, q).required, 1);
            QCOMPARE(find(rows, ObligationKind::Inspection, q).done, 1);
        }
        QCOMPARE(find(rows, ObligationKind::Training).required, 2);
        QCOMPARE(find(rows, ObligationKind::Drill).required, 2);
        QCOMPARE(find(rows, ObligationKind::Baseline).required, 5);
        QCOMPARE(find(rows, ObligationKind::Baseline).due, QDate(2025, 3, 31));
        QCOMPARE(find(rows, ObligationKind::Survey).due, QDate(2025, 1, 30));
        QCOMPARE(find(rows, ObligationKind::YearEndReport).due, QDate(2026, 1, 31));
        QCOMPARE(find(rows, ObligationKind::Inspection, 3).periodLabel(), QStringLiteral("2025Q3"));
        QCOMPARE(find(rows, ObligationKind::Training).periodLabel(), QStringLiteral("2025"));
    }

    // The second year of service: survey and baseline belong to the first year.
    void laterYearHasNoSurveyOrBaseline()
    {
        const QList<Span> spans = { { 1, 10, QDate(2024, 6, 1), QDate(2027, 12, 31) } };
        const auto rows
            = ObligationEngine::forEnterpriseYear(1, spans, everythingDone(2025), {}, 2025, QDate(2026, 3, 1));
        QCOMPARE(int(find(rows, ObligationKind::Survey).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(int(find(rows, ObligationKind::Baseline).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 1).status), int(ObligationStatus::Done));
    }

    void quarterStatusAcrossItsEnd_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("status");
        QTest::newRow("inside the quarter") << QDate(2025, 5, 20) << int(ObligationStatus::NotYetDue);
        QTest::newRow("exactly on the due date") << QDate(2025, 6, 30) << int(ObligationStatus::NotYetDue);
        QTest::newRow("the day after") << QDate(2025, 7, 1) << int(ObligationStatus::Overdue);
        QTest::newRow("a year later") << QDate(2026, 7, 1) << int(ObligationStatus::Overdue);
    }

    void quarterStatusAcrossItsEnd()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, status);
        const QList<Span> spans = { { 1, 10, QDate(2024, 1, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.inspections = { QDate(2025, 2, 10), QDate(2025, 8, 10) }; // nothing in Q2
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, asOf);
        const Obligation& q2 = find(rows, ObligationKind::Inspection, 2);
        QCOMPARE(q2.due, QDate(2025, 6, 30));
        QCOMPARE(q2.done, 0);
        QCOMPARE(int(q2.status), status);
    }

    void recordsAfterAsOfDoNotCount()
    {
        const QList<Span> spans = { { 1, 10, QDate(2024, 1, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.inspections = { QDate(2025, 6, 20) };
        const auto before = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2025, 6, 19));
        QCOMPARE(find(before, ObligationKind::Inspection, 2).done, 0);
        QCOMPARE(int(find(before, ObligationKind::Inspection, 2).status), int(ObligationStatus::NotYetDue));
        const auto after = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2025, 6, 20));
        QCOMPARE(find(after, ObligationKind::Inspection, 2).done, 1);
        QCOMPARE(int(find(after, ObligationKind::Inspection, 2).status), int(ObligationStatus::Done));
    }

    void serviceStartingOnTheLastDayOfAQuarter()
    {
        const QList<Span> spans = { { 1, 10, QDate(2025, 3, 31), QDate(2026, 12, 31) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2025, 12, 31));
        // One day of service in Q1 needs no inspection there, but the survey is due from that day.
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 1).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(find(rows, ObligationKind::Inspection, 1).required, 0);
        QCOMPARE(find(rows, ObligationKind::Inspection, 2).required, 1);
        QCOMPARE(find(rows, ObligationKind::Survey).required, 1);
        QCOMPARE(find(rows, ObligationKind::Survey).due, QDate(2025, 4, 29));
        QCOMPARE(int(find(rows, ObligationKind::Survey).status), int(ObligationStatus::Overdue));
        QCOMPARE(find(rows, ObligationKind::Baseline).due, QDate(2025, 6, 29));
        // Three quarters of service: the yearly two, rounded up.
        QCOMPARE(find(rows, ObligationKind::Training).required, 2);
        QCOMPARE(find(rows, ObligationKind::Drill).required, 2);
        QCOMPARE(find(rows, ObligationKind::YearEndReport).required, 1);
    }

    void serviceStartingLateInTheYear()
    {
        const QList<Span> spans = { { 1, 10, QDate(2025, 11, 1), QDate(2026, 12, 31) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2025, 12, 1));
        QCOMPARE(find(rows, ObligationKind::Training).required, 1);
        QCOMPARE(find(rows, ObligationKind::Drill).required, 1);
        QCOMPARE(find(rows, ObligationKind::Inspection, 4).required, 1);
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 3).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(int(find(rows, ObligationKind::Training).status), int(ObligationStatus::NotYetDue));
    }

    void contractEndingMidQuarter()
    {
        const QList<Span> spans = { { 1, 10, QDate(2024, 1, 1), QDate(2025, 8, 15) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2025, 8, 16));
        const Obligation& q3 = find(rows, ObligationKind::Inspection, 3);
        QCOMPARE(q3.required, 1);
        QCOMPARE(q3.due, QDate(2025, 8, 15)); // the last day of service, not the quarter's end
        QCOMPARE(int(q3.status), int(ObligationStatus::Overdue));
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 4).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(find(rows, ObligationKind::Training).due, QDate(2025, 8, 15));
        QCOMPARE(find(rows, ObligationKind::Training).required, 2); // three quarters of service
        QCOMPARE(find(rows, ObligationKind::YearEndReport).due, QDate(2025, 9, 15));
    }

    void contractEndingEarlyInAQuarterNeedsNoInspection()
    {
        const QList<Span> spans = { { 1, 10, QDate(2024, 1, 1), QDate(2025, 7, 10) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2025, 12, 31));
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 3).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(find(rows, ObligationKind::Training).required, 1); // two quarters
    }

    void agencyChangeMidYear()
    {
        const QList<Span> spans
            = { { 1, 10, QDate(2024, 1, 1), QDate(2025, 6, 30) }, { 2, 20, QDate(2025, 7, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.inspections = quarterly(2025);
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2026, 2, 1));
        QCOMPARE(find(rows, ObligationKind::Inspection, 2).agencyId, qint64(10));
        QCOMPARE(find(rows, ObligationKind::Inspection, 3).agencyId, qint64(20));
        // The year's trainings began on its first day of service, with agency 10.
        QCOMPARE(find(rows, ObligationKind::Training).agencyId, qint64(10));
        // The new agency surveys the enterprise it took over; service did not stop, so four quarters.
        const Obligation& survey = find(rows, ObligationKind::Survey);
        QCOMPARE(survey.required, 1);
        QCOMPARE(survey.agencyId, qint64(20));
        QCOMPARE(survey.due, QDate(2025, 7, 30));
        QCOMPARE(int(survey.status), int(ObligationStatus::Overdue));
        QCOMPARE(find(rows, ObligationKind::Training).required, 2);
        for (int q = 1; q <= 4; ++q) {
            QCOMPARE(int(find(rows, ObligationKind::Inspection, q).status), int(ObligationStatus::Done));
        }
    }

    void renewalWithTheSameAgencyNeedsNoNewSurvey()
    {
        const QList<Span> spans
            = { { 1, 10, QDate(2024, 1, 1), QDate(2024, 12, 31) }, { 2, 10, QDate(2025, 1, 1), QDate(2025, 12, 31) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2025, 12, 31));
        QCOMPARE(int(find(rows, ObligationKind::Survey).status), int(ObligationStatus::NotApplicable));
    }

    void breakAndReturnInOneYear()
    {
        const QList<Span> spans
            = { { 1, 10, QDate(2024, 1, 1), QDate(2025, 3, 31) }, { 1, 10, QDate(2025, 10, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.surveys = { QDate(2024, 1, 3), QDate(2025, 10, 8) };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2025, 12, 31));
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 2).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(int(find(rows, ObligationKind::Inspection, 3).status), int(ObligationStatus::NotApplicable));
        QCOMPARE(find(rows, ObligationKind::Inspection, 4).required, 1);
        QCOMPARE(find(rows, ObligationKind::Survey).required, 1);
        QCOMPARE(int(find(rows, ObligationKind::Survey).status), int(ObligationStatus::Done));
        QCOMPARE(find(rows, ObligationKind::Training).required, 1);
    }

    void noServiceInTheYearGivesNoRows()
    {
        const QList<Span> spans = { { 1, 10, QDate(2023, 1, 1), QDate(2024, 12, 31) } };
        QVERIFY(ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2025, QDate(2025, 12, 31)).isEmpty());
        QVERIFY(ObligationEngine::forEnterpriseYear(1, {}, {}, {}, 2025, QDate(2025, 12, 31)).isEmpty());
    }

    void leapYears_data()
    {
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<QDate>("baselineDue");
        QTest::newRow("into a leap February") << QDate(2023, 12, 1) << QDate(2024, 2, 29);
        QTest::newRow("from 30 November, leap") << QDate(2023, 11, 30) << QDate(2024, 2, 28);
        QTest::newRow("from 29 February") << QDate(2024, 2, 29) << QDate(2024, 5, 28);
        QTest::newRow("into a common February") << QDate(2024, 12, 1) << QDate(2025, 2, 28);
    }

    void leapYears()
    {
        QFETCH(QDate, firstDay);
        QFETCH(QDate, baselineDue);
        const QList<Span> spans = { { 1, 10, firstDay, QDate(2026, 12, 31) } };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, firstDay.year(), firstDay);
        QCOMPARE(find(rows, ObligationKind::Baseline).due, baselineDue);
        QCOMPARE(int(find(rows, ObligationKind::Baseline).status), int(ObligationStatus::NotYetDue));
    }

    void leapYearFullServiceCountsEveryQuarter()
    {
        const QList<Span> spans = { { 1, 10, QDate(2024, 1, 1), QDate(2024, 12, 31) } };
        QCOMPARE(ServiceSpans::servedDays(spans, QDate(2024, 1, 1), QDate(2024, 12, 31)), 366);
        QCOMPARE(ServiceSpans::servedDays(spans, QDate(2024, 1, 1), QDate(2024, 3, 31)), 91);
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, {}, {}, 2024, QDate(2024, 12, 31));
        QCOMPARE(find(rows, ObligationKind::Training).required, 2);
        QCOMPARE(find(rows, ObligationKind::YearEndReport).due, QDate(2025, 1, 31));
    }

    void baselineCountsOnlyCompletedByAsOf()
    {
        const QList<Span> spans = { { 1, 10, QDate(2025, 1, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.baselineCompleted = { QDate(2025, 2, 1), QDate(2025, 3, 1), QDate(2025, 5, 1) };
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2025, 4, 1));
        QCOMPARE(find(rows, ObligationKind::Baseline).done, 2);
        QCOMPARE(int(find(rows, ObligationKind::Baseline).status), int(ObligationStatus::Overdue));
    }

    void yearEndReportCountsTheYearItReportsOn()
    {
        const QList<Span> spans = { { 1, 10, QDate(2024, 1, 1), QDate(2026, 12, 31) } };
        EnterpriseActivity a;
        a.yearEndReports = { { 2024, QDate(2025, 1, 10) } };
        const auto y2024 = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2024, QDate(2025, 1, 20));
        QCOMPARE(int(find(y2024, ObligationKind::YearEndReport).status), int(ObligationStatus::Done));
        const auto y2025 = ObligationEngine::forEnterpriseYear(1, spans, a, {}, 2025, QDate(2025, 1, 20));
        QCOMPARE(int(find(y2025, ObligationKind::YearEndReport).status), int(ObligationStatus::NotYetDue));
    }

    void settingsChangeTheMinimums()
    {
        ObligationSettings s;
        s.trainingsPerYear = 4;
        s.drillsPerYear = 1;
        s.inspectionsPerQuarter = 2;
        s.baselineMonths = 6;
        const QList<Span> spans = { { 1, 10, QDate(2025, 1, 1), QDate(2026, 12, 31) } };
        const auto rows
            = ObligationEngine::forEnterpriseYear(1, spans, everythingDone(2025), s, 2025, QDate(2026, 3, 1));
        QCOMPARE(find(rows, ObligationKind::Training).required, 4);
        QCOMPARE(int(find(rows, ObligationKind::Training).status), int(ObligationStatus::Overdue));
        QCOMPARE(int(find(rows, ObligationKind::Drill).status), int(ObligationStatus::Done));
        QCOMPARE(find(rows, ObligationKind::Inspection, 1).required, 2);
        QCOMPARE(find(rows, ObligationKind::Baseline).due, QDate(2025, 6, 30));
    }

    // The risk assessment: due with the baseline documents in the first year (a setting), then reviewed in
    // every later year of service by an assessment dated in that year (a setting); off, a later year asks none.
    void riskAssessmentFirstYearThenYearlyReview_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("review");
        QTest::addColumn<QList<QDate>>("assessed");
        QTest::addColumn<int>("required");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("isLate");
        const int done = int(ObligationStatus::Done);
        const int overdue = int(ObligationStatus::Overdue);
        const int na = int(ObligationStatus::NotApplicable);
        QTest::newRow("first year, on time")
            << 2024 << 3 << 1 << QList<QDate>{ QDate(2024, 4, 20) } << 1 << QDate(2024, 5, 31) << done << false;
        QTest::newRow("first year, on its due date")
            << 2024 << 3 << 1 << QList<QDate>{ QDate(2024, 5, 31) } << 1 << QDate(2024, 5, 31) << done << false;
        QTest::newRow("first year, a day late")
            << 2024 << 3 << 1 << QList<QDate>{ QDate(2024, 6, 1) } << 1 << QDate(2024, 5, 31) << done << true;
        QTest::newRow("first year, none")
            << 2024 << 3 << 1 << QList<QDate>{} << 1 << QDate(2024, 5, 31) << overdue << false;
        QTest::newRow("first year, six months")
            << 2024 << 6 << 1 << QList<QDate>{ QDate(2024, 8, 1) } << 1 << QDate(2024, 8, 31) << done << false;
        QTest::newRow("later year, reviewed") << 2025 << 3 << 1 << QList<QDate>{ QDate(2024, 4, 1), QDate(2025, 7, 1) }
                                              << 1 << QDate(2025, 12, 31) << done << false;
        QTest::newRow("later year, last year's does not count")
            << 2025 << 3 << 1 << QList<QDate>{ QDate(2024, 4, 1) } << 1 << QDate(2025, 12, 31) << overdue << false;
        QTest::newRow("later year, no review asked")
            << 2025 << 3 << 0 << QList<QDate>{ QDate(2024, 4, 1) } << 0 << QDate(2025, 12, 31) << na << false;
    }
    void riskAssessmentFirstYearThenYearlyReview()
    {
        QFETCH(int, year);
        QFETCH(int, months);
        QFETCH(int, review);
        QFETCH(QList<QDate>, assessed);
        QFETCH(int, required);
        QFETCH(QDate, due);
        QFETCH(int, status);
        QFETCH(bool, isLate);
        ObligationSettings s;
        s.riskAssessmentMonths = months;
        s.riskReviewYearly = review;
        const QList<Span> spans = { { 1, 10, QDate(2024, 3, 1), QDate(2025, 12, 31) } };
        EnterpriseActivity a;
        a.riskAssessments = assessed;
        const auto rows = ObligationEngine::forEnterpriseYear(1, spans, a, s, year, QDate(2026, 6, 1));
        const Obligation& o = find(rows, ObligationKind::RiskAssessment);
        QCOMPARE(o.kind, ObligationKind::RiskAssessment);
        QCOMPARE(o.agencyId, qint64(10));
        QCOMPARE(o.required, required);
        QCOMPARE(o.due, due);
        QCOMPARE(int(o.status), status);
        QCOMPARE(o.isLate(), isLate);
    }

    void forYearOrdersByEnterprise()
    {
        ObligationEngine::Inputs in;
        in.spans.insert(5, { { 1, 10, QDate(2025, 1, 1), QDate(2025, 12, 31) } });
        in.spans.insert(2, { { 1, 10, QDate(2025, 1, 1), QDate(2025, 12, 31) } });
        in.spans.insert(9, { { 1, 10, QDate(2020, 1, 1), QDate(2020, 12, 31) } });
        in.activity.insert(5, everythingDone(2025));
        const auto rows = ObligationEngine::forYear(in, 2025, QDate(2026, 6, 1));
        QCOMPARE(rows.size(), 20);
        QCOMPARE(rows.first().enterpriseId, qint64(2));
        QCOMPARE(rows.last().enterpriseId, qint64(5));
        QCOMPARE(int(rows.at(0).kind), int(ObligationKind::Survey));
        QCOMPARE(int(rows.at(2).kind), int(ObligationKind::Inspection));
        QCOMPARE(rows.at(2).quarter, 1);
        QCOMPARE(int(rows.at(8).kind), int(ObligationKind::YearEndReport));
        QCOMPARE(int(rows.at(9).kind), int(ObligationKind::RiskAssessment));
        QCOMPARE(int(rows.at(3).status), int(ObligationStatus::Overdue));
        QCOMPARE(int(rows.at(13).status), int(ObligationStatus::Done));
    }
};

QTEST_GUILESS_MAIN(TestObligationEngine)
#include "TestObligationEngine.moc"
