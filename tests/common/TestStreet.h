#pragma once

#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"

#include <QTest>

// The smallest street a test needs: one community, one enterprise, one agency with one expert, and a
// contract serving the enterprise over [from, to]. Call inside a test function (it uses QVERIFY).
struct TestStreet
{
    qint64 community = 0;
    qint64 enterprise = 0;
    qint64 agency = 0;
    qint64 expert = 0;
    qint64 contract = 0;

    void build(sl::core::Database& db, const QDate& from, const QDate& to)
    {
        using namespace sl::core;
        QString error;
        Community c;
        c.name = QStringLiteral("锦北社区");
        QVERIFY2(CommunityRepository(db).insert(c, &error), qPrintable(error));
        community = c.id;
        Enterprise e;
        e.name = QStringLiteral("恒达机械有限公司");
        e.creditCode = QStringLiteral("91110000600037341L");
        e.communityId = c.id;
        QVERIFY2(EnterpriseRepository(db).insert(e, &error), qPrintable(error));
        enterprise = e.id;
        AgencyRepository agencies(db);
        Agency a;
        a.name = QStringLiteral("锦安安全技术服务有限公司");
        QVERIFY2(agencies.insert(a, &error), qPrintable(error));
        agency = a.id;
        Expert x;
        x.agencyId = a.id;
        x.name = QStringLiteral("王工");
        QVERIFY2(agencies.insertExpert(x, &error), qPrintable(error));
        expert = x.id;
        ContractRepository contracts(db);
        Contract k;
        k.agencyId = a.id;
        k.periodStart = from;
        k.periodEnd = to;
        k.unitPrice = Money::fromYuan(3500);
        QVERIFY2(contracts.insert(k, &error), qPrintable(error));
        contract = k.id;
        QVERIFY2(contracts.addCoverage(k.id, { e.id }, from, &error), qPrintable(error));
    }
};
