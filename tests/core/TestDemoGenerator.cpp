#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/SettingRepository.h"
#include "demo/DemoGenerator.h"
#include "rules/CreditCode.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QList<Enterprise> generate(const QString& file, quint32 seed, int count)
    {
        Database db;
        QString error;
        if (!db.open(m_dir.filePath(file), &error)) {
            qWarning() << error;
            return {};
        }
        DemoGenerator::Options options;
        options.enterprises = count;
        options.seed = seed;
        options.today = QDate(2026, 11, 28);
        if (!DemoGenerator::generate(db, options, &error)) {
            qWarning() << error;
            return {};
        }
        return EnterpriseRepository(db).list(true);
    }

private slots:
    void makesARealisticStreet()
    {
        const QList<Enterprise> all = generate(QStringLiteral("street.sqlite"), 7, 300);
        QCOMPARE(all.size(), 300);
        QSet<QString> codes;
        QSet<SizeClass> classes;
        int categoryBits = 0;
        int tenants = 0;
        QSet<qint64> landlords;
        int archived = 0;
        for (const Enterprise& e : all) {
            QCOMPARE(CreditCode::validate(e.creditCode), CreditCode::Result::Valid);
            QVERIFY(!e.creditCodeOverride);
            codes.insert(e.creditCode);
            classes.insert(e.sizeClass);
            categoryBits |= e.targetCategories.toInt();
            QVERIFY(!e.name.isEmpty());
            QVERIFY(e.name.at(0).unicode() >= 0x4E00); // a Chinese name
            QVERIFY(!e.bankAccount.isEmpty());
            if (e.landlordId) {
                ++tenants;
                landlords.insert(e.landlordId);
            }
            if (e.isArchived()) {
                ++archived;
            }
            if (e.joinDate.isValid()) {
                QVERIFY(e.joinDate <= QDate(2026, 11, 28));
                QVERIFY(e.joinDate >= QDate(2024, 1, 1));
            }
        }
        QCOMPARE(codes.size(), 300);
        QCOMPARE(classes.size(), 3);
        QCOMPARE(categoryBits, kAllTargetCategoryBits);
        QVERIFY(tenants > 10);
        QVERIFY(landlords.size() > 3);
        QVERIFY(archived < 30);
    }

    void sameSeedSameStreet()
    {
        const QList<Enterprise> a = generate(QStringLiteral("a.sqlite"), 11, 120);
        const QList<Enterprise> b = generate(QStringLiteral("b.sqlite"), 11, 120);
        const QList<Enterprise> c = generate(QStringLiteral("c.sqlite"), 12, 120);
        QCOMPARE(a.size(), 120);
        QCOMPARE(b.size(), 120);
        for (int i = 0; i < a.size(); ++i) {
            Enterprise x = a.at(i);
            Enterprise y = b.at(i);
            x.archivedAt = y.archivedAt = {}; // archive times are wall-clock
            QCOMPARE(x, y);
        }
        bool differs = false;
        for (int i = 0; i < a.size(); ++i) {
            differs = differs || a.at(i).creditCode != c.at(i).creditCode;
        }
        QVERIFY(differs);
    }

    void refusesNonEmptyDatabase()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("twice.sqlite")), &error));
        DemoGenerator::Options options;
        options.enterprises = 20;
        QVERIFY2(DemoGenerator::generate(db, options, &error), qPrintable(error));
        QVERIFY(!DemoGenerator::generate(db, options, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(EnterpriseRepository(db).count(), 20);
        QVERIFY(!SettingRepository(db).value(SettingRepository::Key::StreetName).isEmpty());
        QVERIFY(db.check().ok());
    }

    void refusesSillySizes()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("silly.sqlite")), &error));
        DemoGenerator::Options options;
        options.enterprises = 0;
        QVERIFY(!DemoGenerator::generate(db, options, &error));
        options.enterprises = 10;
        options.years = 0;
        QVERIFY(!DemoGenerator::generate(db, options, &error));
        QCOMPARE(CommunityRepository(db).list(true).size(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
