#include "TestEngine.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

class TestEnterpriseRepository : public QObject
{
    Q_OBJECT

private:
    Enterprise sample(const QString& name, const QString& code) const
    {
        Enterprise e;
        e.name = name;
        e.creditCode = code;
        e.communityId = m_communityId;
        e.sizeClass = SizeClass::AboveQuota;
        return e;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(TestEngine::at(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(m_counter++))), &error),
                 qPrintable(error));
        Community c;
        c.name = QStringLiteral("锦北社区");
        QVERIFY2(CommunityRepository(m_db).insert(c, &error), qPrintable(error));
        m_communityId = c.id;
    }
    void cleanup() { m_db.close(); }

    void roundTripsEveryField()
    {
        EnterpriseRepository repo(m_db);
        Enterprise landlord = sample(QStringLiteral("锦北标准厂房实业有限公司"), QStringLiteral("91310115MA1K3BTP2B"));
        QString error;
        QVERIFY2(repo.insert(landlord, &error), qPrintable(error));

        Enterprise e = sample(QStringLiteral("恒达机械有限公司"), QStringLiteral("91110000600037341l"));
        e.address = QStringLiteral("锦北路1号");
        e.industry = QStringLiteral("机械制造");
        e.legalRepresentative = QStringLiteral("王伟");
        e.safetyContact = QStringLiteral("李娜");
        e.safetyContactPhone = QStringLiteral("13800000000");
        e.employees = 120;
        e.sizeClass = SizeClass::Scale;
        e.targetCategories = TargetCategory::OccupationalHazard | TargetCategory::LandlordOrMarket;
        e.occupationalHazard = OccupationalHazardClass::RelativelyHeavy;
        e.landlordId = landlord.id;
        e.participation = ParticipationStatus::Withdrawn;
        e.joinDate = QDate(2024, 2, 29);
        e.bankAccountName = QStringLiteral("恒达机械有限公司");
        e.bankName = QStringLiteral("中国工商银行锦北支行");
        e.bankAccount = QStringLiteral("6222000011112222333");
        e.notes = QStringLiteral("第一行\n第二行");
        QVERIFY2(repo.insert(e, &error), qPrintable(error));
        QVERIFY(e.id > 0);

        const auto stored = repo.find(e.id);
        QVERIFY(stored.has_value());
        Enterprise expected = e;
        expected.creditCode = QStringLiteral("91110000600037341L"); // stored normalised
        QCOMPARE(*stored, expected);
        QVERIFY(repo.findByCreditCode(QStringLiteral(" 91110000600037341l ")).has_value());
    }

    void refusesInvalidAndDuplicateCodes()
    {
        EnterpriseRepository repo(m_db);
        QString error;
        Enterprise bad = sample(QStringLiteral("A"), QStringLiteral("91350100M000100Y4Z"));
        QVERIFY(!repo.insert(bad, &error));
        QVERIFY(!error.isEmpty());

        Enterprise first = sample(QStringLiteral("A"), QStringLiteral("91110000600037341L"));
        QVERIFY2(repo.insert(first, &error), qPrintable(error));
        Enterprise again = sample(QStringLiteral("B"), QStringLiteral("91110000600037341L"));
        QVERIFY(!repo.insert(again, &error));
        QVERIFY(error.contains(QStringLiteral("A")));
        QCOMPARE(repo.count(), 1);
    }

    void overrideNeedsReasonAndIsKept()
    {
        EnterpriseRepository repo(m_db);
        QString error;
        // Well-formed, but the last character should be 3.
        Enterprise e = sample(QStringLiteral("Override Co"), QStringLiteral("91350100M000100Y44"));
        QVERIFY(!repo.insert(e, &error));
        e.creditCodeOverride = true;
        QVERIFY(!repo.insert(e, &error)); // no reason yet
        e.creditCodeOverrideReason = QStringLiteral("与营业执照原件核对无误");
        QVERIFY2(repo.insert(e, &error), qPrintable(error));
        const auto stored = repo.find(e.id);
        QVERIFY(stored->creditCodeOverride);
        QCOMPARE(stored->creditCodeOverrideReason, e.creditCodeOverrideReason);
    }

    void insertAllIsAllOrNothing()
    {
        EnterpriseRepository repo(m_db);
        QList<Enterprise> batch = { sample(QStringLiteral("One"), QStringLiteral("91110000600037341L")),
                                    sample(QStringLiteral("Two"), QStringLiteral("91310115MA1K3BTP2B")),
                                    sample(QString(), QStringLiteral("91350100M000100Y43")) };
        QString error;
        QVERIFY(!repo.insertAll(batch, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(repo.count(), 0);
        batch[2].name = QStringLiteral("Three");
        QVERIFY2(repo.insertAll(batch, &error), qPrintable(error));
        QCOMPARE(repo.count(), 3);
        for (const Enterprise& e : batch) {
            QVERIFY(e.id > 0);
        }
    }

    void archiveAndRestore()
    {
        EnterpriseRepository repo(m_db);
        Enterprise e = sample(QStringLiteral("Archive Me"), QStringLiteral("91110000600037341L"));
        QString error;
        QVERIFY(repo.insert(e, &error));
        QVERIFY(repo.archive(e.id, &error));
        QVERIFY(repo.find(e.id)->isArchived());
        QCOMPARE(repo.count(false), 0);
        QCOMPARE(repo.count(true), 1);
        QCOMPARE(repo.list(false).size(), 0);
        QVERIFY(repo.restore(e.id, &error));
        QVERIFY(!repo.find(e.id)->isArchived());
        QCOMPARE(repo.count(false), 1);
        QVERIFY(!repo.archive(999999, &error));
    }

    void updateChecksRulesAndLandlordLoops()
    {
        EnterpriseRepository repo(m_db);
        QString error;
        Enterprise a = sample(QStringLiteral("A"), QStringLiteral("91110000600037341L"));
        Enterprise b = sample(QStringLiteral("B"), QStringLiteral("91310115MA1K3BTP2B"));
        QVERIFY(repo.insert(a, &error));
        b.landlordId = a.id;
        QVERIFY(repo.insert(b, &error));
        a.landlordId = b.id; // A would become the tenant of its own tenant
        QVERIFY(!repo.update(a, &error));
        a.landlordId = a.id;
        QVERIFY(!repo.update(a, &error));
        a.landlordId = 0;
        a.name = QStringLiteral("A renamed");
        QVERIFY2(repo.update(a, &error), qPrintable(error));
        QCOMPARE(repo.find(a.id)->name, QStringLiteral("A renamed"));
        a.name.clear();
        QVERIFY(!repo.update(a, &error));
        QCOMPARE(repo.find(a.id)->name, QStringLiteral("A renamed"));
    }

    void storesMarkupAndQuotesLiterally()
    {
        EnterpriseRepository repo(m_db);
        QString error;
        Enterprise e
            = sample(QStringLiteral("<b>粗体</b>'; DROP TABLE enterprise; --"), QStringLiteral("91110000600037341L"));
        QVERIFY2(repo.insert(e, &error), qPrintable(error));
        QCOMPARE(repo.find(e.id)->name, e.name);
        QCOMPARE(repo.count(), 1);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_communityId = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEnterpriseRepository)
#include "TestEnterpriseRepository.moc"
