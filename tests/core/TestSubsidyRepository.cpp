#include "DemoDatabase.h"
#include "db/Database.h"
#include "db/SubsidyPolicyRepository.h"
#include "db/SubsidyRepository.h"
#include "demo/DemoGenerator.h"
#include "reports/SubsidyYear.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// Confirming a year freezes its lines; editing the policy afterwards changes open years only.
class TestSubsidyRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("s.sqlite")), 300, 3, 7, QDate(2026, 11, 28),
                                    &error),
                 qPrintable(error));
    }

    void demoYearHasSensibleLines()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        QVERIFY(year.lines().size() > 100);
        QVERIFY(!year.isConfirmed());
        QCOMPARE(year.totalStreetShare() + year.totalEnterpriseShare(), year.totalFee());
        bool sawBelow2000 = false;
        bool sawAbove2000 = false;
        for (const SubsidyLine& l : year.lines()) {
            sawBelow2000 = sawBelow2000 || l.fee < Money::fromYuan(2000);
            sawAbove2000 = sawAbove2000 || l.fee > Money::fromYuan(2000);
        }
        QVERIFY(sawBelow2000);
        QVERIFY(sawAbove2000);
    }

    void confirmedYearKeepsItsFigures()
    {
        SubsidyRepository repository(m_db);
        const SubsidyYear before = SubsidyYear::load(m_db, 2025);
        QString error;
        QVERIFY2(repository.confirm(2025, before.lines(), &error), qPrintable(error));
        QVERIFY(!repository.confirm(2025, before.lines(), &error)); // only once

        // The street halves its share from 2020 on: open years change, the confirmed one does not.
        SubsidyPolicyRepository policies(m_db);
        SubsidyPolicy policy = policies.list().first();
        policy.streetSharePerYear = Money::fromYuan(1000);
        QVERIFY2(policies.update(policy, &error), qPrintable(error));

        const SubsidyYear frozen = SubsidyYear::load(m_db, 2025);
        QVERIFY(frozen.isConfirmed());
        QCOMPARE(frozen.lines(), before.lines());
        QCOMPARE(frozen.totalStreetShare(), before.totalStreetShare());
        QVERIFY(frozen.linesChangedSinceConfirmation() > 0);
        QCOMPARE(frozen.confirmation()->streetTotal, before.totalStreetShare());
        QCOMPARE(frozen.confirmation()->lineCount, before.lines().size());

        const SubsidyYear open = SubsidyYear::load(m_db, 2026);
        for (const SubsidyLine& l : open.lines()) {
            QVERIFY(l.streetShare <= Money::fromYuan(1000) || l.rule == SubsidyRule::Full);
        }

        QVERIFY(!repository.reopen(2025, QStringLiteral("  "), &error)); // a reason is required
        QVERIFY(repository.reopen(2025, QStringLiteral("财政所要求按新标准重算"), &error));
        const SubsidyYear reopened = SubsidyYear::load(m_db, 2025);
        QVERIFY(!reopened.isConfirmed());
        QVERIFY(reopened.totalStreetShare() < before.totalStreetShare());
        const auto history = repository.history(2025);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().reopenReason, QStringLiteral("财政所要求按新标准重算"));
        QVERIFY(!history.first().reopenedBy.isEmpty());
        QCOMPARE(repository.confirmedLines(history.first().id), before.lines()); // kept, not deleted
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSubsidyRepository)
#include "TestSubsidyRepository.moc"
