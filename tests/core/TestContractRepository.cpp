#include "TestStreet.h"
#include "db/AgencyRepository.h"
#include "db/AuditTrail.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sl::core;

class TestContractRepository : public QObject
{
    Q_OBJECT

private:
    qint64 m_agencyA = 0;
    qint64 m_agencyB = 0;
    qint64 m_enterprise = 0;

    Contract contract(qint64 agency, const QDate& from, const QDate& to, qint64 yuan)
    {
        Contract c;
        c.agencyId = agency;
        c.periodStart = from;
        c.periodEnd = to;
        c.unitPrice = Money::fromYuan(yuan);
        return c;
    }

    // Agency A's contract over 2024 and 2025 at 3500 yuan, saved.
    bool saveFirstContract(Contract* a, QString* error)
    {
        *a = contract(m_agencyA, QDate(2024, 1, 1), QDate(2025, 12, 31), 3500);
        return ContractRepository(m_db).insert(*a, error);
    }

    // Agency A's contract, and agency B's over 2025 and 2026 at 3800 yuan, both saved.
    bool saveBothContracts(Contract* a, Contract* b, QString* error)
    {
        *b = contract(m_agencyB, QDate(2025, 1, 1), QDate(2026, 12, 31), 3800);
        return saveFirstContract(a, error) && ContractRepository(m_db).insert(*b, error);
    }

    qint64 secondEnterprise()
    {
        Enterprise e;
        e.name = QStringLiteral("锦华食品有限公司");
        e.creditCode = QStringLiteral("91350100M000100Y43");
        e.communityId = EnterpriseRepository(m_db).find(m_enterprise)->communityId;
        QString error;
        if (!EnterpriseRepository(m_db).insert(e, &error)) {
            qWarning("%s", qPrintable(error));
        }
        return e.id;
    }

    QList<AuditTrail::Entry> coverageAudit()
    {
        AuditTrail::Filter filter;
        filter.table = QStringLiteral("coverage");
        return AuditTrail::list(m_db.connection(), filter);
    }

private slots:
    void init()
    {
        TestStreet street;
        street.openWithEnterprise(m_db, m_dir.filePath(QStringLiteral("c%1.sqlite").arg(m_counter++)));
        street.addAgency(m_db);
        street.addOtherAgency(m_db, QStringLiteral("91310115MA1K3BTP2B"));
        m_enterprise = street.enterprise;
        m_agencyA = street.agency;
        m_agencyB = street.otherAgency;
    }
    void cleanup() { m_db.close(); }

    void agencyRulesAndExperts()
    {
        AgencyRepository agencies(m_db);
        QString error;
        Agency dup;
        dup.name = QStringLiteral("锦安安全技术服务有限公司");
        QVERIFY(!agencies.insert(dup, &error));
        Agency badCode;
        badCode.name = QStringLiteral("X");
        badCode.creditCode = QStringLiteral("91350100M000100Y44");
        QVERIFY(!agencies.insert(badCode, &error));
        Expert x;
        x.agencyId = m_agencyA;
        x.name = QStringLiteral("王伟");
        x.certificate = QStringLiteral("注册安全工程师");
        x.certificateExpiry = QDate(2027, 6, 30);
        QVERIFY2(agencies.insertExpert(x, &error), qPrintable(error));
        x.archived = true;
        QVERIFY(agencies.updateExpert(x, &error));
        QCOMPARE(agencies.experts(m_agencyA, true).size(), 1);
        QCOMPARE(agencies.experts(m_agencyA, false).size(), 0);
        QCOMPARE(agencies.experts(m_agencyA, true).first(), x);
    }

    void contractRules()
    {
        ContractRepository contracts(m_db);
        QString error;
        Contract c = contract(m_agencyA, QDate(2025, 1, 1), QDate(2024, 12, 31), 3500);
        QVERIFY(!contracts.insert(c, &error)); // ends before it starts
        c = contract(0, QDate(2025, 1, 1), QDate(2025, 12, 31), 3500);
        QVERIFY(!contracts.insert(c, &error)); // no agency
        c = contract(m_agencyA, QDate(2025, 1, 1), QDate(2025, 12, 31), -1);
        QVERIFY(!contracts.insert(c, &error));
        c = contract(m_agencyA, QDate(2025, 1, 1), QDate(2025, 12, 31), 3500);
        QVERIFY2(contracts.insert(c, &error), qPrintable(error));
        QCOMPARE(*contracts.find(c.id), c);
    }

    void coverageCannotOverlap()
    {
        ContractRepository contracts(m_db);
        QString error;
        Contract a;
        Contract b;
        QVERIFY2(saveBothContracts(&a, &b, &error), qPrintable(error));
        QVERIFY(!contracts.addCoverage(a.id, { m_enterprise }, QDate(2023, 12, 31), &error)); // before the period
        QVERIFY2(contracts.addCoverage(a.id, { m_enterprise }, QDate(2024, 3, 1), &error), qPrintable(error));
        QVERIFY(!contracts.addCoverage(b.id, { m_enterprise }, QDate(2025, 1, 1), &error));
        QVERIFY(error.contains(QStringLiteral("锦安")));
        QCOMPARE(contracts.coveragesOfEnterprise(m_enterprise).size(), 1);
    }

    void moveKeepsHistory()
    {
        ContractRepository contracts(m_db);
        QString error;
        Contract a;
        Contract b;
        QVERIFY2(saveBothContracts(&a, &b, &error), qPrintable(error));
        QVERIFY(contracts.addCoverage(a.id, { m_enterprise }, QDate(2024, 3, 1), &error));
        QVERIFY2(contracts.moveEnterprise(m_enterprise, b.id, QDate(2025, 7, 1), &error), qPrintable(error));
        const auto history = contracts.coveragesOfEnterprise(m_enterprise);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).contractId, a.id);
        QCOMPARE(history.at(0).serviceEnd, QDate(2025, 6, 30));
        QCOMPARE(history.at(1).contractId, b.id);
        QCOMPARE(history.at(1).serviceStart, QDate(2025, 7, 1));
        QVERIFY(!history.at(1).serviceEnd.isValid());
        // Moving onto the contract already in force is refused and changes nothing.
        QVERIFY(!contracts.moveEnterprise(m_enterprise, b.id, QDate(2025, 9, 1), &error));
        QCOMPARE(contracts.coveragesOfEnterprise(m_enterprise), history);
    }

    void endCoverageAndShrinkingPeriod()
    {
        ContractRepository contracts(m_db);
        QString error;
        Contract a;
        QVERIFY2(saveFirstContract(&a, &error), qPrintable(error));
        QList<qint64> ids;
        QVERIFY(contracts.addCoverage(a.id, { m_enterprise }, QDate(2024, 6, 1), &error, &ids));
        QCOMPARE(ids.size(), 1);
        QVERIFY(!contracts.endCoverage(ids.first(), QDate(2024, 5, 31), &error));
        QVERIFY(contracts.endCoverage(ids.first(), QDate(2024, 12, 31), &error));
        a.periodStart = QDate(2024, 7, 1); // would cut off the enterprise's start
        QVERIFY(!contracts.update(a, &error));
        QVERIFY(!error.isEmpty());
    }

    // Two enterprises leave together: both coverages end on the day, or — when one of them cannot end then —
    // neither does and the audit trail gains nothing.
    void endServiceEndsAllOrNone()
    {
        ContractRepository contracts(m_db);
        QString error;
        Contract a;
        QVERIFY2(saveFirstContract(&a, &error), qPrintable(error));
        const qint64 other = secondEnterprise();
        QVERIFY(other > 0);
        QList<qint64> ids;
        QVERIFY(contracts.addCoverage(a.id, { m_enterprise }, QDate(2024, 3, 1), &error, &ids));
        QVERIFY(contracts.addCoverage(a.id, { other }, QDate(2025, 2, 1), &error, &ids));
        QCOMPARE(ids.size(), 2);
        const QList<Coverage> before = contracts.coveragesOfContract(a.id);
        const QList<AuditTrail::Entry> auditBefore = coverageAudit();
        const qint64 lastAudit = AuditTrail::lastId(m_db.connection());

        // The first would end on 2025-01-31, the second started after it: refused, the first left open too.
        QVERIFY(!contracts.endService(ids, QDate(2025, 1, 31), &error));
        QCOMPARE(error,
                 ContractRepository::tr("The last day of service cannot be before its first day, %1.")
                     .arg(QStringLiteral("2025-02-01")));
        QCOMPARE(contracts.coveragesOfContract(a.id), before);
        QCOMPARE(AuditTrail::lastId(m_db.connection()), lastAudit);
        // A coverage that does not exist, after one that could end: nothing ends either.
        QVERIFY(!contracts.endService({ ids.first(), ids.last() + 100 }, QDate(2025, 6, 30), &error));
        QCOMPARE(error, ContractRepository::tr("This service record does not exist."));
        QCOMPARE(contracts.coveragesOfContract(a.id), before);
        QCOMPARE(AuditTrail::lastId(m_db.connection()), lastAudit);

        QVERIFY2(contracts.endService(ids, QDate(2025, 6, 30), &error), qPrintable(error));
        const QList<Coverage> after = contracts.coveragesOfContract(a.id);
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).serviceStart, before.at(i).serviceStart);
            QCOMPARE(after.at(i).serviceEnd, QDate(2025, 6, 30));
        }
        // One update entry per coverage ended, each naming its record.
        const QList<AuditTrail::Entry> audit = coverageAudit();
        QCOMPARE(audit.size(), auditBefore.size() + 2);
        QList<qint64> audited;
        for (const AuditTrail::Entry& e : audit) {
            if (e.id > lastAudit) {
                QCOMPARE(e.action, QStringLiteral("update"));
                audited.append(e.recordId);
            }
        }
        std::sort(audited.begin(), audited.end());
        QCOMPARE(audited, ids);
    }

    // Two enterprises move to the next tender's contract together: each one's service under the old contract ends
    // the day before and a new one starts, or — when one of them cannot move that day — neither moves.
    void moveEnterprisesMovesAllOrNone()
    {
        ContractRepository contracts(m_db);
        QString error;
        Contract a;
        Contract b;
        QVERIFY2(saveBothContracts(&a, &b, &error), qPrintable(error));
        const qint64 other = secondEnterprise();
        QVERIFY(other > 0);
        QVERIFY(contracts.addCoverage(a.id, { m_enterprise }, QDate(2024, 3, 1), &error));
        QVERIFY(contracts.addCoverage(a.id, { other }, QDate(2025, 8, 1), &error));
        const QList<Coverage> before = contracts.coverages();
        QCOMPARE(before.size(), 2);
        const qint64 lastAudit = AuditTrail::lastId(m_db.connection());

        // The first could move on 2025-07-01; the second only starts on 2025-08-01: refused, named, nothing moved.
        const QString why = ContractRepository::tr("The enterprise has service starting on %1, on or after the move. "
                                                   "Change that service first.")
                                .arg(QStringLiteral("2025-08-01"));
        QVERIFY(!contracts.moveEnterprises({ m_enterprise, other }, b.id, QDate(2025, 7, 1), &error));
        QCOMPARE(error, ContractRepository::tr("%1: %2").arg(QStringLiteral("锦华食品有限公司"), why));
        QCOMPARE(contracts.coverages(), before);
        QCOMPARE(AuditTrail::lastId(m_db.connection()), lastAudit);
        // One enterprise alone: the reason as it is.
        QVERIFY(!contracts.moveEnterprises({ other }, b.id, QDate(2025, 7, 1), &error));
        QCOMPARE(error, why);
        QCOMPARE(contracts.coverages(), before);
        // A contract that does not exist, after an enterprise that could move: nothing moves either.
        QVERIFY(!contracts.moveEnterprises({ m_enterprise, other }, b.id + 100, QDate(2025, 9, 1), &error));
        QVERIFY(error.startsWith(QStringLiteral("恒达机械有限公司")));
        QCOMPARE(contracts.coverages(), before);
        QCOMPARE(AuditTrail::lastId(m_db.connection()), lastAudit);

        QVERIFY2(contracts.moveEnterprises({ m_enterprise, other }, b.id, QDate(2025, 9, 1), &error),
                 qPrintable(error));
        for (const qint64 enterprise : { m_enterprise, other }) {
            const QList<Coverage> history = contracts.coveragesOfEnterprise(enterprise);
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.at(0).contractId, a.id);
            QCOMPARE(history.at(0).serviceStart, enterprise == m_enterprise ? QDate(2024, 3, 1) : QDate(2025, 8, 1));
            QCOMPARE(history.at(0).serviceEnd, QDate(2025, 8, 31));
            QCOMPARE(history.at(1).contractId, b.id);
            QCOMPARE(history.at(1).serviceStart, QDate(2025, 9, 1));
            QVERIFY(!history.at(1).serviceEnd.isValid());
        }
        // Each move is an ended coverage and a new one in the audit trail.
        QStringList actions;
        for (const AuditTrail::Entry& e : coverageAudit()) {
            if (e.id > lastAudit) {
                actions << e.action;
            }
        }
        actions.sort();
        QCOMPARE(actions,
                 QStringList({ QStringLiteral("insert"), QStringLiteral("insert"), QStringLiteral("update"),
                               QStringLiteral("update") }));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestContractRepository)
#include "TestContractRepository.moc"
