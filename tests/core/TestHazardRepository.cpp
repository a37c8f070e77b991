#include "Clock.h"
#include "DemoDatabase.h"
#include "StreetFixture.h"
#include "TestStreet.h"
#include "db/EvaluationRepository.h"
#include "db/EvidenceRepository.h"
#include "db/HazardRepository.h"
#include "db/InterviewRepository.h"
#include "db/ServiceRecordRepository.h"
#include "demo/DemoGenerator.h"

#include "rules/HazardDeadline.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace sl::core;
using Action = HazardLifecycle::Action;

class TestHazardRepository : public QObject, private StreetFixture
{
    Q_OBJECT

private:
    qint64 m_hazard = 0;

    int count(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // The row as stored, to prove a refused step changed nothing.
    QString snapshot()
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT * FROM hazard WHERE id = %1").arg(m_hazard));
        QStringList cells;
        if (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                cells << q.value(i).toString();
            }
        }
        return cells.join(QLatin1Char('|'))
            + QStringLiteral("#%1").arg(count(QStringLiteral("SELECT count(*) FROM hazard_event")));
    }

    HazardLifecycle::Step on(const QDate& day, const QString& remark = {})
    {
        HazardLifecycle::Step s;
        s.day = day;
        s.remark = remark;
        return s;
    }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 6, 30)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        openStreet(QStringLiteral("h"), QDate(2025, 1, 1), QDate(2026, 12, 31));
        ServiceRecord r = m_street.inspection(QDate(2025, 3, 1));
        QList<Hazard> hazards{ TestStreet::hazard(QStringLiteral("配电箱未接地"), QDate(2025, 4, 1),
                                                  HazardGrade::Major) };
        m_street.saveInspection(m_db, r, hazards);
        m_hazard = hazards.first().id;
    }
    void cleanup() { m_db.close(); }

    void registrationIsTheFirstStep()
    {
        HazardRepository repo(m_db);
        const auto h = repo.find(m_hazard);
        QVERIFY(h.has_value());
        QCOMPARE(h->state, HazardState::Registered);
        QCOMPARE(h->agencyId, m_street.agency);
        const auto events = repo.events(m_hazard);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("registered"));
        QCOMPARE(events.first().happenedOn, QDate(2025, 3, 1));
        QVERIFY(!events.first().operatorName.isEmpty());
    }

    void fullClosureWithAFailedRecheck()
    {
        HazardRepository repo(m_db);
        QString error;
        QVERIFY2(repo.step(m_hazard, Action::StartRectifying, on(QDate(2025, 3, 2)), &error), qPrintable(error));
        QVERIFY(repo.step(m_hazard, Action::RequestRecheck, on(QDate(2025, 3, 20)), &error));
        QVERIFY(
            repo.step(m_hazard, Action::FailRecheck, on(QDate(2025, 3, 22), QStringLiteral("接地电阻超标")), &error));
        QCOMPARE(repo.find(m_hazard)->state, HazardState::Rectifying);
        QVERIFY(repo.step(m_hazard, Action::RequestRecheck, on(QDate(2025, 3, 28)), &error));

        // Closing needs "after" evidence or a reason; refused, nothing changes.
        const QString before = snapshot();
        QVERIFY(!repo.step(m_hazard, Action::PassRecheck, on(QDate(2025, 3, 30)), &error));
        QVERIFY(error.contains(QStringLiteral("after")));
        QCOMPARE(snapshot(), before);

        const QString photo = m_dir.filePath(QStringLiteral("after.jpg"));
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("after photo");
        f.close();
        QVERIFY(EvidenceRepository(m_db).attach(QStringLiteral("hazard"), m_hazard, photo, nullptr, &error,
                                                QStringLiteral("after")));
        QCOMPARE(repo.afterEvidenceCount(m_hazard), 1);
        QVERIFY2(repo.step(m_hazard, Action::PassRecheck, on(QDate(2025, 3, 30)), &error), qPrintable(error));
        const auto closed = repo.find(m_hazard);
        QCOMPARE(closed->state, HazardState::Closed);
        QCOMPARE(closed->closedOn, QDate(2025, 3, 30));
        QVERIFY(HazardDeadline::isClosedOnTime(*closed));
        QStringList actions;
        for (const HazardEvent& e : repo.events(m_hazard)) {
            actions << e.action;
        }
        QCOMPARE(actions,
                 (QStringList{ QStringLiteral("registered"), QStringLiteral("start_rectifying"),
                               QStringLiteral("request_recheck"), QStringLiteral("recheck_failed"),
                               QStringLiteral("request_recheck"), QStringLiteral("recheck_passed") }));
        QCOMPARE(repo.events(m_hazard).at(3).remark, QStringLiteral("接地电阻超标"));
        QCOMPARE(repo.events(m_hazard).at(3).from, HazardState::AwaitingRecheck);
        QCOMPARE(repo.events(m_hazard).at(3).to, HazardState::Rectifying);

        // Nothing more can be done to a closed hazard.
        const QString done = snapshot();
        QVERIFY(!repo.step(m_hazard, Action::Supervise, on(QDate(2025, 4, 1)), &error));
        QVERIFY(!repo.requestExtension(m_hazard, QDate(2025, 4, 1), QDate(2025, 6, 1), QStringLiteral("x"), &error));
        QCOMPARE(snapshot(), done);
    }

    void closingWithoutRecheckIsRefused()
    {
        HazardRepository repo(m_db);
        QString error;
        HazardLifecycle::Step step = on(QDate(2025, 3, 5));
        step.closeReason = QStringLiteral("企业称已整改");
        const QString before = snapshot();
        QVERIFY(!repo.step(m_hazard, Action::PassRecheck, step, &error));
        QVERIFY2(error.contains(QStringLiteral("re-check")), qPrintable(error));
        QCOMPARE(snapshot(), before);
        QVERIFY(!repo.step(m_hazard, Action::StartRectifying, on(QDate(2025, 7, 1)), &error)); // future
        QCOMPARE(snapshot(), before);
    }

    // The SQL count of the dashboard equals the rule applied to every hazard of a demo street, on days
    // before, inside and after its years (closed later than the as-of day counts as open then).
    void countOpenEqualsTheRule_data()
    {
        QTest::addColumn<QDate>("asOf");
        for (const QDate& d : { QDate(2021, 6, 30), QDate(2023, 1, 1), QDate(2024, 7, 15), QDate(2025, 3, 31),
                                QDate(2025, 6, 30), QDate(2026, 1, 1) }) {
            QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
        }
    }

    void countOpenEqualsTheRule()
    {
        QFETCH(QDate, asOf);
        static Database demo;
        static QTemporaryDir dir;
        if (!demo.isOpen()) {
            QString error;
            QVERIFY2(DemoDatabase::open(demo, dir.filePath(QStringLiteral("demo.sqlite")), 120, 3, 1,
                                        QDate(2025, 6, 30), &error),
                     qPrintable(error));
        }
        HazardRepository repo(demo);
        const QList<Hazard> all = repo.list({});
        QVERIFY(all.size() > 50);
        int open = 0;
        int overdue = 0;
        for (const Hazard& h : all) {
            open += HazardDeadline::isOpenAsOf(h, asOf) ? 1 : 0;
            overdue += HazardDeadline::isOverdueAsOf(h, asOf) ? 1 : 0;
        }
        int sqlOpen = -1;
        int sqlOverdue = -1;
        repo.countOpen(asOf, &sqlOpen, &sqlOverdue);
        QCOMPARE(sqlOpen, open);
        QCOMPARE(sqlOverdue, overdue);
        QVERIFY(asOf < QDate(2025, 1, 1) || overdue > 0);
    }

    void extensionKeepsTheOriginalDeadline()
    {
        HazardRepository repo(m_db);
        QString error;
        QVERIFY(HazardDeadline::isOverdueAsOf(*repo.find(m_hazard), QDate(2025, 4, 2)));
        QVERIFY2(repo.requestExtension(m_hazard, QDate(2025, 3, 25), QDate(2025, 5, 15),
                                       QStringLiteral("设备订货周期长"), &error),
                 qPrintable(error));
        // A second request waits for the first to be decided.
        QVERIFY(
            !repo.requestExtension(m_hazard, QDate(2025, 3, 26), QDate(2025, 6, 15), QStringLiteral("再延"), &error));
        QCOMPARE(repo.find(m_hazard)->effectiveDeadline(), QDate(2025, 4, 1)); // pending: not in force
        const qint64 first = repo.extensions(m_hazard).first().id;
        QVERIFY(!repo.decideExtension(first, true, QDate(2025, 3, 24), QString(), &error)); // before the request
        QVERIFY2(repo.decideExtension(first, true, QDate(2025, 3, 27), QStringLiteral("同意"), &error),
                 qPrintable(error));
        QVERIFY(!repo.decideExtension(first, false, QDate(2025, 3, 28), QString(), &error)); // already decided
        const auto h = repo.find(m_hazard);
        QCOMPARE(h->deadline, QDate(2025, 4, 1));
        QCOMPARE(h->effectiveDeadline(), QDate(2025, 5, 15));
        QVERIFY(!HazardDeadline::isOverdueAsOf(*h, QDate(2025, 5, 15)));
        QVERIFY(HazardDeadline::isOverdueAsOf(*h, QDate(2025, 5, 16)));
        // A refused request leaves the deadline as it was.
        QVERIFY(repo.requestExtension(m_hazard, QDate(2025, 5, 10), QDate(2025, 6, 30), QStringLiteral("资金未到位"),
                                      &error));
        QVERIFY(repo.decideExtension(repo.extensions(m_hazard).last().id, false, QDate(2025, 5, 11),
                                     QStringLiteral("理由不充分"), &error));
        QCOMPARE(repo.find(m_hazard)->effectiveDeadline(), QDate(2025, 5, 15));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hazard_event WHERE action LIKE 'extension_%'")), 4);
    }

    void listedSupervisionAndDelisting()
    {
        HazardRepository repo(m_db);
        QString error;
        HazardLifecycle::Step list = on(QDate(2025, 3, 3));
        QVERIFY(!repo.step(m_hazard, Action::List, list, &error)); // the five items are missing
        list.listed = { QStringLiteral("停产整改"), QStringLiteral("20万元"), QDate(2025, 9, 30),
                        QStringLiteral("张厂长"), QStringLiteral("专项应急预案") };
        QVERIFY2(repo.step(m_hazard, Action::List, list, &error), qPrintable(error));
        QCOMPARE(repo.find(m_hazard)->supervision, Supervision::Listed);
        QCOMPARE(repo.find(m_hazard)->listed.plan, QStringLiteral("专项应急预案"));
        QVERIFY(repo.step(m_hazard, Action::StartRectifying, on(QDate(2025, 3, 4)), &error));
        QVERIFY(repo.step(m_hazard, Action::RequestRecheck, on(QDate(2025, 5, 4)), &error));
        HazardLifecycle::Step pass = on(QDate(2025, 5, 6));
        pass.closeReason = QStringLiteral("复查合格，照片见纸质档案");
        QVERIFY(repo.step(m_hazard, Action::PassRecheck, pass, &error));
        const auto h = repo.find(m_hazard);
        QCOMPARE(h->delistedOn, QDate(2025, 5, 6));
        QCOMPARE(h->closeReason, QStringLiteral("复查合格，照片见纸质档案"));
        QVERIFY(!HazardDeadline::isClosedOnTime(*h));
        QCOMPARE(repo.events(m_hazard).last().action, QStringLiteral("delisted"));
    }

    void interviewsAndEvaluations()
    {
        QString error;
        Interview i;
        i.agencyId = m_street.agency;
        i.heldOn = QDate(2025, 4, 10);
        i.reason = QStringLiteral("隐患逾期未整改");
        i.hazardIds = { m_hazard };
        InterviewRepository interviews(m_db);
        QVERIFY2(interviews.insert(i, &error), qPrintable(error));
        Interview bad;
        bad.heldOn = QDate(2025, 4, 10);
        bad.reason = QStringLiteral("x");
        QVERIFY(!interviews.insert(bad, &error)); // neither enterprise nor agency
        const auto listed = interviews.list(2025);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().hazardIds, QList<qint64>{ m_hazard });
        QCOMPARE(interviews.list(2024).size(), 0);

        EvaluationRepository evaluations(m_db);
        Evaluation e;
        e.agencyId = m_street.agency;
        e.evaluatedOn = QDate(2025, 5, 1);
        e.scoreTenths = 875;
        QVERIFY(evaluations.insert(e, &error));
        e.scoreTenths = 1001;
        QVERIFY(!evaluations.insert(e, &error));
        QCOMPARE(evaluations.list(m_street.agency, 2025).size(), 1);
        QCOMPARE(evaluations.list(m_street.agency, 2025).first().scoreTenths, 875);
    }
};

QTEST_GUILESS_MAIN(TestHazardRepository)
#include "TestHazardRepository.moc"
