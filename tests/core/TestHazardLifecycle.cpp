#include "rules/HazardLifecycle.h"

#include "rules/HazardDeadline.h"

#include <QTest>

using namespace sl::core;
using Action = HazardLifecycle::Action;

Q_DECLARE_METATYPE(sl::core::HazardState)
Q_DECLARE_METATYPE(sl::core::HazardLifecycle::Action)

namespace {

const QDate kToday(2025, 6, 30);

Hazard hazardIn(HazardState state, HazardGrade grade = HazardGrade::General)
{
    Hazard h;
    h.id = 1;
    h.foundOn = QDate(2025, 3, 1);
    h.deadline = QDate(2025, 4, 1);
    h.description = QStringLiteral("配电箱未接地");
    h.state = state;
    h.grade = grade;
    return h;
}

HazardLifecycle::Step stepOn(const QDate& day)
{
    HazardLifecycle::Step s;
    s.day = day;
    return s;
}

ListedItems fiveItems()
{
    return { QStringLiteral("停产整改"), QStringLiteral("20万元"), QDate(2025, 9, 30), QStringLiteral("张厂长"),
             QStringLiteral("专项应急预案") };
}

} // namespace

class TestHazardLifecycle : public QObject
{
    Q_OBJECT

private slots:
    // Every state × every closure step: allowed ones lead to the right state, the others are refused
    // with a reason.
    void transitions_data()
    {
        QTest::addColumn<HazardState>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<HazardState>("to");
        QTest::addColumn<QString>("reasonHas");
        const auto R = HazardState::Registered;
        const auto G = HazardState::Rectifying;
        const auto W = HazardState::AwaitingRecheck;
        const auto C = HazardState::Closed;
        QTest::newRow("registered: start rectifying") << R << Action::StartRectifying << true << G << QString();
        QTest::newRow("registered: request re-check")
            << R << Action::RequestRecheck << false << R << QStringLiteral("Start the rectification");
        QTest::newRow("registered: close")
            << R << Action::PassRecheck << false << R << QStringLiteral("only after a re-check");
        QTest::newRow("registered: fail re-check")
            << R << Action::FailRecheck << false << R << QStringLiteral("waiting for its re-check");
        QTest::newRow("rectifying: start again")
            << G << Action::StartRectifying << false << G << QStringLiteral("already started");
        QTest::newRow("rectifying: request re-check") << G << Action::RequestRecheck << true << W << QString();
        QTest::newRow("rectifying: close without re-check")
            << G << Action::PassRecheck << false << G << QStringLiteral("only after a re-check");
        QTest::newRow("rectifying: fail re-check")
            << G << Action::FailRecheck << false << G << QStringLiteral("waiting for its re-check");
        QTest::newRow("awaiting: start") << W << Action::StartRectifying << false << W
                                         << QStringLiteral("already started");
        QTest::newRow("awaiting: request again")
            << W << Action::RequestRecheck << false << W << QStringLiteral("already been requested");
        QTest::newRow("awaiting: pass") << W << Action::PassRecheck << true << C << QString();
        QTest::newRow("awaiting: fail") << W << Action::FailRecheck << true << G << QString();
        for (Action a : { Action::StartRectifying, Action::RequestRecheck, Action::PassRecheck, Action::FailRecheck,
                          Action::Supervise, Action::List }) {
            QTest::newRow(qPrintable(QStringLiteral("closed: %1").arg(HazardLifecycle::actionKey(a))))
                << C << a << false << C << QStringLiteral("already closed");
        }
    }

    void transitions()
    {
        QFETCH(HazardState, from);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(HazardState, to);
        QFETCH(QString, reasonHas);
        const Hazard h = hazardIn(from, HazardGrade::Major);
        HazardLifecycle::Step step = stepOn(QDate(2025, 5, 2));
        step.closeReason = QStringLiteral("现场复查照片已存档");
        step.remark = QStringLiteral("接地电阻仍超标");
        step.listed = fiveItems();
        const QString reason = HazardLifecycle::refusal(h, action, step, kToday);
        QCOMPARE(reason.isEmpty(), allowed);
        QVERIFY2(reason.contains(reasonHas), qPrintable(reason));
        QCOMPARE(HazardLifecycle::available(h).contains(action),
                 allowed || (from != HazardState::Closed && (action == Action::Supervise || action == Action::List)));
        if (allowed) {
            QCOMPARE(HazardLifecycle::apply(h, action, step).state, to);
        }
    }

    void closingNeedsEvidenceOrAReason()
    {
        const Hazard h = hazardIn(HazardState::AwaitingRecheck);
        HazardLifecycle::Step step = stepOn(QDate(2025, 4, 20));
        QVERIFY(HazardLifecycle::refusal(h, Action::PassRecheck, step, kToday).contains(QStringLiteral("after")));
        step.closeReason = QStringLiteral("  ");
        QVERIFY(!HazardLifecycle::refusal(h, Action::PassRecheck, step, kToday).isEmpty());
        step.afterEvidence = 1;
        QVERIFY(HazardLifecycle::refusal(h, Action::PassRecheck, step, kToday).isEmpty());
        const Hazard closed = HazardLifecycle::apply(h, Action::PassRecheck, step);
        QCOMPARE(closed.closedOn, QDate(2025, 4, 20));
        QCOMPARE(closed.recheckedOn, QDate(2025, 4, 20));
        QVERIFY(closed.closeReason.isEmpty());
        QVERIFY(!HazardDeadline::isClosedOnTime(closed)); // deadline 2025-04-01
        QVERIFY(!HazardDeadline::isOverdueAsOf(closed, QDate(2026, 1, 1))); // a closed hazard is never overdue
    }

    void failedRecheckNeedsARemark()
    {
        const Hazard h = hazardIn(HazardState::AwaitingRecheck);
        QVERIFY(HazardLifecycle::refusal(h, Action::FailRecheck, stepOn(QDate(2025, 4, 2)), kToday)
                    .contains(QStringLiteral("still wrong")));
    }

    void datesAreChecked()
    {
        const Hazard h = hazardIn(HazardState::Registered);
        QVERIFY(HazardLifecycle::refusal(h, Action::StartRectifying, stepOn(QDate()), kToday)
                    .contains(QStringLiteral("date")));
        QVERIFY(HazardLifecycle::refusal(h, Action::StartRectifying, stepOn(QDate(2025, 7, 1)), kToday)
                    .contains(QStringLiteral("future")));
        QVERIFY(HazardLifecycle::refusal(h, Action::StartRectifying, stepOn(QDate(2025, 2, 28)), kToday)
                    .contains(QStringLiteral("before the hazard was found")));
        QVERIFY(HazardLifecycle::refusal(h, Action::StartRectifying, stepOn(kToday), kToday).isEmpty());
    }

    void supervisionAndListing()
    {
        Hazard general = hazardIn(HazardState::Rectifying);
        HazardLifecycle::Step step = stepOn(QDate(2025, 4, 5));
        QVERIFY(HazardLifecycle::refusal(general, Action::Supervise, step, kToday).isEmpty());
        general = HazardLifecycle::apply(general, Action::Supervise, step);
        QCOMPARE(general.supervision, Supervision::Supervised);
        QVERIFY(HazardLifecycle::refusal(general, Action::Supervise, step, kToday).contains(QStringLiteral("already")));
        step.listed = fiveItems();
        QVERIFY(HazardLifecycle::refusal(general, Action::List, step, kToday).contains(QStringLiteral("major")));

        Hazard major = hazardIn(HazardState::Rectifying, HazardGrade::Major);
        step.listed.funds.clear();
        QVERIFY(HazardLifecycle::refusal(major, Action::List, step, kToday).contains(QStringLiteral("five items")));
        step.listed = fiveItems();
        QVERIFY(HazardLifecycle::refusal(major, Action::List, step, kToday).isEmpty());
        major = HazardLifecycle::apply(major, Action::List, step);
        QCOMPARE(major.supervision, Supervision::Listed);
        QCOMPARE(major.listed.funds, QStringLiteral("20万元"));
        QVERIFY(HazardLifecycle::refusal(major, Action::List, step, kToday).contains(QStringLiteral("already")));
        // Closing delists it the same day (摘牌).
        major = HazardLifecycle::apply(major, Action::RequestRecheck, stepOn(QDate(2025, 5, 1)));
        HazardLifecycle::Step close = stepOn(QDate(2025, 5, 3));
        close.closeReason = QStringLiteral("复查合格");
        major = HazardLifecycle::apply(major, Action::PassRecheck, close);
        QCOMPARE(major.delistedOn, QDate(2025, 5, 3));
        QCOMPARE(major.closeReason, QStringLiteral("复查合格"));
    }

    void overdueUsesTheExtendedDeadline_data()
    {
        QTest::addColumn<QDate>("extended");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("on the deadline") << QDate() << QDate(2025, 4, 1) << false;
        QTest::newRow("the day after") << QDate() << QDate(2025, 4, 2) << true;
        QTest::newRow("extended, within") << QDate(2025, 5, 1) << QDate(2025, 4, 20) << false;
        QTest::newRow("extended, past") << QDate(2025, 5, 1) << QDate(2025, 5, 2) << true;
    }

    // The one definition of "overdue as of a day" (rules/HazardDeadline), with its neighbours: closed on
    // the day, closed the day after, found after the day.
    void overdueAsOf_data()
    {
        QTest::addColumn<QDate>("closedOn");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("open, before its deadline") << QDate() << QDate(2025, 3, 20) << true << false;
        QTest::newRow("open, the day after its deadline") << QDate() << QDate(2025, 4, 2) << true << true;
        QTest::newRow("closed late, seen on its closing day")
            << QDate(2025, 4, 20) << QDate(2025, 4, 20) << false << false;
        QTest::newRow("closed late, seen the day before") << QDate(2025, 4, 20) << QDate(2025, 4, 19) << true << true;
        QTest::newRow("seen before it was found") << QDate() << QDate(2025, 2, 28) << false << false;
        QTest::newRow("seen on the day it was found") << QDate() << QDate(2025, 3, 1) << true << false;
    }

    void overdueAsOf()
    {
        QFETCH(QDate, closedOn);
        QFETCH(QDate, asOf);
        QFETCH(bool, open);
        QFETCH(bool, overdue);
        Hazard h = hazardIn(closedOn.isValid() ? HazardState::Closed : HazardState::Rectifying);
        h.closedOn = closedOn;
        QCOMPARE(HazardDeadline::isOpenAsOf(h, asOf), open);
        QCOMPARE(HazardDeadline::isOverdueAsOf(h, asOf), overdue);
        QCOMPARE(HazardDeadline::isClosedAsOf(h, asOf), closedOn.isValid() && closedOn <= asOf);
    }

    void overdueUsesTheExtendedDeadline()
    {
        QFETCH(QDate, extended);
        QFETCH(QDate, asOf);
        QFETCH(bool, overdue);
        Hazard h = hazardIn(HazardState::Rectifying);
        h.extendedDeadline = extended;
        QCOMPARE(HazardDeadline::isOverdueAsOf(h, asOf), overdue);
        QCOMPARE(h.deadline, QDate(2025, 4, 1)); // the original deadline is kept
    }

    void extensions()
    {
        Hazard h = hazardIn(HazardState::Rectifying);
        QVERIFY(HazardLifecycle::extensionRefusal(h, QDate(2025, 5, 1), QStringLiteral("设备订货"), false).isEmpty());
        QVERIFY(HazardLifecycle::extensionRefusal(h, QDate(2025, 5, 1), QStringLiteral(" "), false)
                    .contains(QStringLiteral("reason")));
        QVERIFY(HazardLifecycle::extensionRefusal(h, QDate(2025, 4, 1), QStringLiteral("x"), false)
                    .contains(QStringLiteral("later")));
        QVERIFY(HazardLifecycle::extensionRefusal(h, QDate(2025, 5, 1), QStringLiteral("x"), true)
                    .contains(QStringLiteral("waiting")));
        h.extendedDeadline = QDate(2025, 5, 1);
        QVERIFY(!HazardLifecycle::extensionRefusal(h, QDate(2025, 4, 20), QStringLiteral("x"), false).isEmpty());
        h.state = HazardState::Closed;
        QVERIFY(HazardLifecycle::extensionRefusal(h, QDate(2025, 6, 1), QStringLiteral("x"), false)
                    .contains(QStringLiteral("closed")));
    }
};

QTEST_GUILESS_MAIN(TestHazardLifecycle)
#include "TestHazardLifecycle.moc"
