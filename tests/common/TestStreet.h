#pragma once

#include "TestEngine.h"

#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ServiceRecordRepository.h"

#include <QTest>

// The smallest street a test needs: one community, one enterprise, one agency with one expert, and a
// contract serving the enterprise over [from, to]; an inspection with the hazards it found when the test saves one
// (saveInspection). Call inside a test function (it uses QVERIFY).
//
// The steps of build() are there for a test that needs part of the street, or a second enterprise or agency. Each
// step sets its member; after a failed assertion of the test function the later steps do nothing, as build() stops
// at its first failure.
struct TestStreet
{
    qint64 community = 0;
    qint64 enterprise = 0;
    qint64 agency = 0;
    qint64 expert = 0;
    qint64 contract = 0;
    qint64 otherEnterprise = 0;
    qint64 otherAgency = 0;
    qint64 inspectionId = 0;

    void build(sl::core::Database& db, const QDate& from, const QDate& to)
    {
        addCommunity(db);
        addEnterprise(db);
        addAgency(db);
        addExpert(db);
        addContract(db, from, to);
    }

    // A fresh street in a new database at `path`.
    void open(sl::core::Database& db, const QString& path, const QDate& from, const QDate& to)
    {
        *this = TestStreet();
        QString error;
        QVERIFY2(db.open(TestEngine::at(path), &error), qPrintable(error));
        build(db, from, to);
    }

    // A new database at `path` with the community and its enterprise only.
    void openWithEnterprise(sl::core::Database& db, const QString& path)
    {
        *this = TestStreet();
        QString error;
        QVERIFY2(db.open(TestEngine::at(path), &error), qPrintable(error));
        addCommunity(db);
        addEnterprise(db);
    }

    // 锦北社区.
    void addCommunity(sl::core::Database& db)
    {
        using namespace sl::core;
        if (QTest::currentTestFailed()) {
            return;
        }
        QString error;
        Community c;
        c.name = QStringLiteral("锦北社区");
        QVERIFY2(CommunityRepository(db).insert(c, &error), qPrintable(error));
        community = c.id;
    }

    // 恒达机械有限公司 in the community.
    void addEnterprise(sl::core::Database& db)
    {
        enterprise = insertEnterprise(db, QStringLiteral("恒达机械有限公司"), QStringLiteral("91110000600037341L"));
    }

    // 鑫源化工贸易有限公司 in the community.
    void addOtherEnterprise(sl::core::Database& db)
    {
        otherEnterprise
            = insertEnterprise(db, QStringLiteral("鑫源化工贸易有限公司"), QStringLiteral("91310115MA1K3BTP2B"));
    }

    // 锦安安全技术服务有限公司.
    void addAgency(sl::core::Database& db)
    {
        agency = insertAgency(db, QStringLiteral("锦安安全技术服务有限公司"), QString());
    }

    // 华泰安全科技有限公司, with the credit code given (none by default).
    void addOtherAgency(sl::core::Database& db, const QString& creditCode = QString())
    {
        otherAgency = insertAgency(db, QStringLiteral("华泰安全科技有限公司"), creditCode);
    }

    // 王工 of the agency.
    void addExpert(sl::core::Database& db)
    {
        using namespace sl::core;
        if (QTest::currentTestFailed()) {
            return;
        }
        QString error;
        Expert x;
        x.agencyId = agency;
        x.name = QStringLiteral("王工");
        QVERIFY2(AgencyRepository(db).insertExpert(x, &error), qPrintable(error));
        expert = x.id;
    }

    // The agency's contract over [from, to] at 3500 yuan, serving the enterprise from `from`.
    void addContract(sl::core::Database& db, const QDate& from, const QDate& to)
    {
        using namespace sl::core;
        if (QTest::currentTestFailed()) {
            return;
        }
        QString error;
        ContractRepository contracts(db);
        Contract k;
        k.agencyId = agency;
        k.periodStart = from;
        k.periodEnd = to;
        k.unitPrice = Money::fromYuan(3500);
        QVERIFY2(contracts.insert(k, &error), qPrintable(error));
        contract = k.id;
        QVERIFY2(contracts.addCoverage(k.id, { enterprise }, from, &error), qPrintable(error));
    }

    // An inspection of the enterprise on `day`, not saved: the test adds what it needs.
    sl::core::ServiceRecord inspection(const QDate& day) const
    {
        sl::core::ServiceRecord r;
        r.enterpriseId = enterprise;
        r.kind = sl::core::RecordKind::Inspection;
        r.doneOn = day;
        return r;
    }

    // A hazard of `description` found on an inspection, to be put right by `deadline`.
    static sl::core::Hazard hazard(const QString& description, const QDate& deadline,
                                   sl::core::HazardGrade grade = sl::core::HazardGrade::General)
    {
        sl::core::Hazard h;
        h.description = description;
        h.grade = grade;
        h.deadline = deadline;
        return h;
    }

    // Saves the inspection `record` (from inspection(), or the test's own) with the hazards it found: the record and
    // the hazards come back saved, with their ids, and inspectionId is the record's.
    void saveInspection(sl::core::Database& db, sl::core::ServiceRecord& record, QList<sl::core::Hazard>& found)
    {
        using namespace sl::core;
        if (QTest::currentTestFailed()) {
            return;
        }
        QString error;
        QVERIFY2(ServiceRecordRepository(db).save(record, &found, &error), qPrintable(error));
        inspectionId = record.id;
    }

private:
    qint64 insertEnterprise(sl::core::Database& db, const QString& name, const QString& creditCode)
    {
        using namespace sl::core;
        if (QTest::currentTestFailed()) {
            return 0;
        }
        QString error;
        Enterprise e;
        e.name = name;
        e.creditCode = creditCode;
        e.communityId = community;
        const bool inserted = EnterpriseRepository(db).insert(e, &error);
        QTest::qVerify(inserted, "EnterpriseRepository(db).insert(e, &error)", qPrintable(error), __FILE__, __LINE__);
        return e.id;
    }

    qint64 insertAgency(sl::core::Database& db, const QString& name, const QString& creditCode)
    {
        using namespace sl::core;
        if (QTest::currentTestFailed()) {
            return 0;
        }
        QString error;
        Agency a;
        a.name = name;
        a.creditCode = creditCode;
        const bool inserted = AgencyRepository(db).insert(a, &error);
        QTest::qVerify(inserted, "AgencyRepository(db).insert(a, &error)", qPrintable(error), __FILE__, __LINE__);
        return a.id;
    }
};
