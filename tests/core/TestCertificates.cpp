#include "Clock.h"
#include "TestStreet.h"
#include "db/CertificateRepository.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "demo/DemoCertificates.h"
#include "demo/Dice.h"
#include "reports/CertificateTable.h"
#include "rules/CertificateStatus.h"
#include "rules/CertificateValidator.h"
#include "rules/CreditCode.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

using State = CertificateStatus::State;
Q_DECLARE_METATYPE(State)

// Certificates (证照): the day a certificate stops being valid, what the clerk may store, and which
// ones are listed as expired or expiring within N days.
class TestCertificates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_counter = 0;
    qint64 m_enterprise = 0;
    qint64 m_other = 0;
    qint64 m_licence = 0; // 安全生产许可证, 36 months
    qint64 m_operator = 0; // 特种作业操作证, 72 months, review every 36

    Certificate certificate(const QDate& expires, qint64 enterprise = 0)
    {
        Certificate c;
        c.enterpriseId = enterprise > 0 ? enterprise : m_enterprise;
        c.typeId = m_licence;
        c.number = QStringLiteral("(浙)WH安许证字〔2022〕0001");
        c.holder = QStringLiteral("恒达机械有限公司");
        c.issuer = QStringLiteral("浙江省应急管理厅");
        c.issuedOn = QDate(2022, 6, 2);
        c.expiresOn = expires;
        return c;
    }

    int count(const QString& table)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next()) {
            return -1;
        }
        return q.value(0).toInt();
    }

    qint64 typeNamed(const QString& name)
    {
        for (const CertificateType& t : CertificateRepository(m_db).types(true)) {
            if (t.name == name) {
                return t.id;
            }
        }
        return 0;
    }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 6, 1)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        TestStreet street;
        street.openWithEnterprise(m_db, m_dir.filePath(QStringLiteral("c%1.sqlite").arg(m_counter++)));
        street.addOtherEnterprise(m_db);
        m_enterprise = street.enterprise;
        m_other = street.otherEnterprise;
        m_licence = typeNamed(QStringLiteral("安全生产许可证"));
        m_operator = typeNamed(QStringLiteral("特种作业操作证"));
        QVERIFY(m_licence > 0);
        QVERIFY(m_operator > 0);
    }
    void cleanup() { m_db.close(); }

    // --- rules ----------------------------------------------------------------------------------

    void status_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<State>("state");
        const QDate asOf(2025, 6, 1);
        QTest::newRow("expired long ago") << QDate(2024, 1, 1) << asOf << 30 << qint64(-517) << State::Expired;
        QTest::newRow("expired yesterday") << QDate(2025, 5, 31) << asOf << 30 << qint64(-1) << State::Expired;
        QTest::newRow("expiry day itself") << asOf << asOf << 30 << qint64(0) << State::Expiring;
        QTest::newRow("expiry day, window 0") << asOf << asOf << 0 << qint64(0) << State::Expiring;
        QTest::newRow("tomorrow, window 0") << QDate(2025, 6, 2) << asOf << 0 << qint64(1) << State::Valid;
        QTest::newRow("one day left") << QDate(2025, 6, 2) << asOf << 30 << qint64(1) << State::Expiring;
        QTest::newRow("exactly 30 days") << QDate(2025, 7, 1) << asOf << 30 << qint64(30) << State::Expiring;
        QTest::newRow("31 days, window 30") << QDate(2025, 7, 2) << asOf << 30 << qint64(31) << State::Valid;
        QTest::newRow("exactly 60 days") << QDate(2025, 7, 31) << asOf << 60 << qint64(60) << State::Expiring;
        QTest::newRow("61 days, window 60") << QDate(2025, 8, 1) << asOf << 60 << qint64(61) << State::Valid;
        QTest::newRow("exactly 90 days") << QDate(2025, 8, 30) << asOf << 90 << qint64(90) << State::Expiring;
        QTest::newRow("91 days, window 90") << QDate(2025, 8, 31) << asOf << 90 << qint64(91) << State::Valid;
        QTest::newRow("across new year") << QDate(2026, 1, 1) << QDate(2025, 12, 31) << 0 << qint64(1) << State::Valid;
        QTest::newRow("leap day") << QDate(2024, 3, 1) << QDate(2024, 2, 28) << 1 << qint64(2) << State::Valid;
        QTest::newRow("negative window") << asOf << asOf << -5 << qint64(0) << State::Expiring;
    }

    void status()
    {
        QFETCH(QDate, expires);
        QFETCH(QDate, asOf);
        QFETCH(int, days);
        QFETCH(qint64, remaining);
        QFETCH(State, state);
        QCOMPARE(CertificateStatus::remainingDays(expires, asOf), remaining);
        QCOMPARE(CertificateStatus::state(expires, asOf, days), state);
        QCOMPARE(CertificateStatus::needsAttention(expires, asOf, days), state != State::Valid);
    }

    void defaultExpiry_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDate>("expires");
        QTest::newRow("three years") << 36 << QDate(2024, 3, 15) << QDate(2027, 3, 14);
        QTest::newRow("six years") << 72 << QDate(2020, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("four years from a leap day") << 48 << QDate(2024, 2, 29) << QDate(2028, 2, 28);
        QTest::newRow("three years from a leap day") << 36 << QDate(2024, 2, 29) << QDate(2027, 2, 28);
        QTest::newRow("a year from 1 March, into a leap year") << 12 << QDate(2023, 3, 1) << QDate(2024, 2, 29);
        QTest::newRow("from 31 January into February") << 1 << QDate(2024, 1, 31) << QDate(2024, 2, 29);
        QTest::newRow("from 31 March into April") << 1 << QDate(2024, 3, 31) << QDate(2024, 4, 30);
        QTest::newRow("from the first of a month") << 1 << QDate(2024, 3, 1) << QDate(2024, 3, 31);
        QTest::newRow("no fixed validity") << 0 << QDate(2024, 3, 15) << QDate();
        QTest::newRow("issue date unknown") << 36 << QDate() << QDate();
    }

    void defaultExpiry()
    {
        QFETCH(int, months);
        QFETCH(QDate, issued);
        QFETCH(QDate, expires);
        CertificateType type;
        type.validityMonths = months;
        QCOMPARE(CertificateStatus::defaultExpiry(type, issued), expires);
    }

    // --- repository -------------------------------------------------------------------------------

    void seededTypesCarryTheirValidity()
    {
        const QList<CertificateType> types = CertificateRepository(m_db).types(false);
        QCOMPARE(types.size(), 6);
        QCOMPARE(types.first().name, QStringLiteral("安全生产许可证"));
        QCOMPARE(types.first().validityMonths, 36);
        const auto op = CertificateRepository(m_db).findType(m_operator);
        QVERIFY(op.has_value());
        QCOMPARE(op->validityMonths, 72);
        QCOMPARE(op->reviewMonths, 36);
    }

    void saveFindUpdate()
    {
        CertificateRepository repository(m_db);
        QString error;
        Certificate c = certificate(QDate(2025, 6, 1));
        QVERIFY2(repository.insert(c, &error), qPrintable(error));
        QVERIFY(c.id > 0);
        auto found = repository.find(c.id);
        QVERIFY(found.has_value());
        QCOMPARE(*found, c);
        c.typeId = m_operator;
        c.holder = QStringLiteral("<b>王伟</b>");
        c.issuedOn = QDate();
        c.notes = QStringLiteral("复审合格");
        QVERIFY2(repository.update(c, &error), qPrintable(error));
        found = repository.find(c.id);
        QCOMPARE(*found, c);
        QCOMPARE(repository.listOf(m_enterprise).size(), 1);
        QCOMPARE(repository.listOf(m_other).size(), 0);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no enterprise") << 0 << QStringLiteral("enterprise");
        QTest::newRow("no type") << 1 << QStringLiteral("type");
        QTest::newRow("no expiry") << 2 << QStringLiteral("expiry date");
        QTest::newRow("issued after expiry") << 3 << QStringLiteral("2025-07-02 is after the expiry date 2025-07-01");
        QTest::newRow("number too long") << 4 << QStringLiteral("number is longer than 200");
        QTest::newRow("holder too long") << 5 << QStringLiteral("holder is longer than 200");
        QTest::newRow("issuer too long") << 6 << QStringLiteral("issuer is longer than 200");
        QTest::newRow("notes too long") << 7 << QStringLiteral("notes are longer than 2000");
        QTest::newRow("unknown type") << 8 << QStringLiteral("no longer exists");
        QTest::newRow("unknown enterprise") << 9 << QStringLiteral("not in the register");
    }

    void refusalsChangeNothing()
    {
        QFETCH(int, field);
        QFETCH(QString, reason);
        CertificateRepository repository(m_db);
        QString error;
        Certificate saved = certificate(QDate(2025, 7, 1));
        QVERIFY(repository.insert(saved, &error));
        Certificate bad = certificate(QDate(2025, 7, 1));
        switch (field) {
        case 0:
            bad.enterpriseId = 0;
            break;
        case 1:
            bad.typeId = 0;
            break;
        case 2:
            bad.expiresOn = QDate();
            break;
        case 3:
            bad.issuedOn = QDate(2025, 7, 2);
            break;
        case 4:
            bad.number = QString(201, QLatin1Char('9'));
            break;
        case 5:
            bad.holder = QString(201, QChar(0x738b));
            break;
        case 6:
            bad.issuer = QString(201, QLatin1Char('x'));
            break;
        case 7:
            bad.notes = QString(2001, QLatin1Char('x'));
            break;
        case 8:
            bad.typeId = 9999;
            break;
        case 9:
            bad.enterpriseId = 9999;
            break;
        }
        QVERIFY(!repository.insert(bad, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(bad.id, qint64(0));
        QCOMPARE(count(QStringLiteral("certificate")), 1);
        // The same refusal on an update leaves the stored certificate as it was.
        bad.id = saved.id;
        error.clear();
        QVERIFY(!repository.update(bad, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(*repository.find(saved.id), saved);
        if (field <= 7) {
            QCOMPARE(CertificateValidator::summary(CertificateValidator::validate(bad)), error);
        }
    }

    void issuedOnTheExpiryDayIsAccepted()
    {
        QString error;
        Certificate c = certificate(QDate(2025, 7, 1));
        c.issuedOn = c.expiresOn;
        QVERIFY2(CertificateRepository(m_db).insert(c, &error), qPrintable(error));
    }

    void archiveAndRestore()
    {
        CertificateRepository repository(m_db);
        QString error;
        Certificate c = certificate(QDate(2025, 6, 10));
        QVERIFY(repository.insert(c, &error));
        QVERIFY2(repository.archive(c.id, &error), qPrintable(error));
        QVERIFY(repository.find(c.id)->isArchived());
        QCOMPARE(repository.list(false).size(), 0);
        QCOMPARE(repository.list(true).size(), 1);
        QCOMPARE(repository.listOf(m_enterprise, false).size(), 0);
        QCOMPARE(repository.expiring(QDate(2025, 6, 1), 30).size(), 0);
        QVERIFY2(repository.restore(c.id, &error), qPrintable(error));
        QVERIFY(!repository.find(c.id)->isArchived());
        QCOMPARE(repository.list(false).size(), 1);
        QCOMPARE(repository.expiring(QDate(2025, 6, 1), 30).size(), 1);
        QVERIFY(!repository.archive(9999, &error));
        QCOMPARE(count(QStringLiteral("certificate")), 1);
    }

    void expiringIsExactlyTheWindow()
    {
        CertificateRepository repository(m_db);
        QString error;
        QHash<QString, qint64> ids;
        auto add = [&](const QString& name, const QDate& expires, qint64 enterprise = 0) {
            Certificate c = certificate(expires, enterprise);
            c.issuedOn = QDate(2020, 1, 1);
            c.number = name;
            QVERIFY2(repository.insert(c, &error), qPrintable(error));
            ids.insert(name, c.id);
        };
        add(QStringLiteral("31 days"), QDate(2025, 7, 2));
        add(QStringLiteral("30 days"), QDate(2025, 7, 1));
        add(QStringLiteral("today"), QDate(2025, 6, 1));
        add(QStringLiteral("yesterday"), QDate(2025, 5, 31));
        add(QStringLiteral("long expired"), QDate(2023, 1, 1));
        add(QStringLiteral("10 days, other"), QDate(2025, 6, 11), m_other);
        add(QStringLiteral("archived"), QDate(2025, 6, 5));
        add(QStringLiteral("far"), QDate(2027, 1, 1));
        QVERIFY(repository.archive(ids.value(QStringLiteral("archived")), &error));

        auto numbers = [&](int days) {
            QStringList out;
            for (const Certificate& c : repository.expiring(QDate(2025, 6, 1), days)) {
                out << c.number;
            }
            return out;
        };
        // Soonest expiry first; the expired ones lead.
        QCOMPARE(numbers(30),
                 (QStringList{ QStringLiteral("long expired"), QStringLiteral("yesterday"), QStringLiteral("today"),
                               QStringLiteral("10 days, other"), QStringLiteral("30 days") }));
        QCOMPARE(numbers(31).size(), 6);
        QVERIFY(numbers(31).contains(QStringLiteral("31 days")));
        QCOMPARE(numbers(0),
                 (QStringList{ QStringLiteral("long expired"), QStringLiteral("yesterday"), QStringLiteral("today") }));
        QCOMPARE(numbers(9), numbers(0));
        QCOMPARE(numbers(10).size(), 4);
        // Every listed certificate is expired or expiring by the rule, and every other one is not.
        for (int days : { 0, 1, 10, 29, 30, 31, 60, 90, 600 }) {
            const QStringList listed = numbers(days);
            for (const Certificate& c : repository.list(false)) {
                const bool inWindow = CertificateStatus::needsAttention(c.expiresOn, QDate(2025, 6, 1), days);
                QCOMPARE(listed.contains(c.number), inWindow);
            }
        }

        // An enterprise that left the register takes its certificates off the list.
        QVERIFY(EnterpriseRepository(m_db).archive(m_other, &error));
        QVERIFY(!numbers(30).contains(QStringLiteral("10 days, other")));
        QCOMPARE(numbers(30).size(), 4);
    }

    void csvHasTheFixedHeaderAndRows()
    {
        CertificateRepository repository(m_db);
        QString error;
        Certificate today = certificate(QDate(2025, 6, 1));
        QVERIFY(repository.insert(today, &error));
        Certificate expired = certificate(QDate(2025, 5, 27), m_other);
        expired.typeId = typeNamed(QStringLiteral("危险化学品经营许可证"));
        expired.number = QStringLiteral("=HYPERLINK(\"x\")");
        QVERIFY(repository.insert(expired, &error));
        Certificate later = certificate(QDate(2025, 7, 2));
        QVERIFY(repository.insert(later, &error));

        const QString path = m_dir.filePath(QStringLiteral("certificates.csv"));
        QVERIFY2(CertificateTable::writeCsv(m_db, path, QDate(2025, 6, 1), 30, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // Closed before the file is written again: Windows refuses to replace an open file (as when Excel has it).
        f.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("企业名称,统一社会信用代码,证照类型,证照编号,有效期至,剩余天数,状态"));
        // A number that looks like a formula is kept as text; the negative day count stays a number.
        QCOMPARE(lines.at(1),
                 QStringLiteral("鑫源化工贸易有限公司,91310115MA1K3BTP2B,危险化学品经营许可证,"
                                "\"'=HYPERLINK(\"\"x\"\")\",2025-05-27,-5,已过期"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("恒达机械有限公司,91110000600037341L,安全生产许可证,"
                                "(浙)WH安许证字〔2022〕0001,2025-06-01,0,即将到期"));

        // One more day of window takes the 31-day certificate in.
        QVERIFY2(CertificateTable::writeCsv(m_db, path, QDate(2025, 6, 1), 31, &error), qPrintable(error));
        QCOMPARE(CertificateTable::rows(m_db, QDate(2025, 6, 1), 31).size(), 3);
        QCOMPARE(CertificateTable::rows(m_db, QDate(2025, 6, 1), 31).last().last(), QStringLiteral("即将到期"));
        QVERIFY(!CertificateTable::writeCsv(m_db, path, QDate(2025, 6, 1), -1, &error));
        QVERIFY(error.contains(QStringLiteral("-1")));
    }

    void typesAreEditable()
    {
        CertificateRepository repository(m_db);
        QString error;
        CertificateType licence = *repository.findType(m_licence);
        licence.validityMonths = 60;
        QVERIFY2(repository.updateType(licence, &error), qPrintable(error));
        QCOMPARE(repository.findType(m_licence)->validityMonths, 60);
        QCOMPARE(CertificateStatus::defaultExpiry(*repository.findType(m_licence), QDate(2025, 1, 10)),
                 QDate(2030, 1, 9));

        CertificateType boiler;
        boiler.name = QStringLiteral("  锅炉作业人员证 ");
        boiler.validityMonths = 48;
        boiler.reviewMonths = 48;
        QVERIFY2(repository.insertType(boiler, &error), qPrintable(error));
        QCOMPARE(boiler.name, QStringLiteral("锅炉作业人员证"));
        QCOMPARE(boiler.sortOrder, 7);
        QCOMPARE(repository.types(false).last().name, QStringLiteral("锅炉作业人员证"));

        const int before = count(QStringLiteral("certificate_type"));
        CertificateType bad = boiler;
        bad.id = 0;
        QVERIFY(!repository.insertType(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        bad.name = QStringLiteral("新证");
        bad.validityMonths = 1201;
        QVERIFY(!repository.insertType(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("1200")), qPrintable(error));
        bad.validityMonths = 24;
        bad.reviewMonths = 36;
        QVERIFY(!repository.insertType(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("longer than the validity")), qPrintable(error));
        bad.name = QStringLiteral("   ");
        QVERIFY(!repository.insertType(bad, &error));
        QCOMPARE(count(QStringLiteral("certificate_type")), before);
        CertificateType rename = *repository.findType(m_operator);
        rename.name = QStringLiteral("安全生产许可证");
        QVERIFY(!repository.updateType(rename, &error));
        QCOMPARE(repository.findType(m_operator)->name, QStringLiteral("特种作业操作证"));

        // An archived type is offered to no new certificate; one that has it keeps it.
        Certificate held = certificate(QDate(2026, 1, 1));
        held.typeId = boiler.id;
        QVERIFY(repository.insert(held, &error));
        QVERIFY2(repository.setTypeArchived(boiler.id, true, &error), qPrintable(error));
        QCOMPARE(repository.types(false).size(), 6);
        QCOMPARE(repository.types(true).size(), 7);
        held.notes = QStringLiteral("已复审");
        QVERIFY2(repository.update(held, &error), qPrintable(error));
        Certificate fresh = certificate(QDate(2026, 1, 1));
        fresh.typeId = boiler.id;
        QVERIFY(!repository.insert(fresh, &error));
        QVERIFY2(error.contains(QStringLiteral("archived")), qPrintable(error));
        Certificate moved = *repository.find(held.id);
        moved.typeId = m_licence;
        QVERIFY(repository.update(moved, &error));
        moved.typeId = boiler.id;
        QVERIFY(!repository.update(moved, &error));
        QVERIFY(repository.setTypeArchived(boiler.id, false, &error));
        QVERIFY(repository.update(moved, &error));
    }

    void demoStreetHasPlausibleCertificates()
    {
        QString error;
        QList<Enterprise> enterprises;
        const qint64 community = CommunityRepository(m_db).list(true).first().id;
        for (int i = 0; i < 400; ++i) {
            Enterprise e;
            e.name = QStringLiteral("企业%1").arg(i);
            const QString org = QString::number(10000000 + i);
            const QString first17 = QStringLiteral("91330110") + org + CreditCode::organisationCheckCharacter(org);
            e.creditCode = first17 + CreditCode::checkCharacter(first17);
            e.communityId = community;
            e.sizeClass = i % 5 == 0 ? SizeClass::Scale : SizeClass::SmallMicro;
            e.industry = i % 20 == 1 ? QStringLiteral("化工贸易") : QStringLiteral("机械制造");
            e.legalRepresentative = QStringLiteral("张伟");
            e.safetyContact = QStringLiteral("李娜");
            enterprises.append(e);
        }
        QVERIFY2(EnterpriseRepository(m_db).insertAll(enterprises, &error), qPrintable(error));
        const QDate today(2025, 6, 1);
        Dice dice(20250601);
        QVERIFY2(DemoCertificates::write(m_db, enterprises, dice, today, &error), qPrintable(error));

        CertificateRepository repository(m_db);
        const QList<Certificate> all = repository.list(true);
        QSet<qint64> holders;
        int expired = 0;
        int within90 = 0;
        const qint64 chemicals = typeNamed(QStringLiteral("危险化学品经营许可证"));
        QSet<qint64> licensed;
        QSet<qint64> chemicalLicensed;
        for (const Certificate& c : all) {
            holders.insert(c.enterpriseId);
            QVERIFY(c.expiresOn.isValid());
            QVERIFY(!c.issuedOn.isValid() || c.issuedOn <= today);
            QVERIFY(!c.issuedOn.isValid() || c.issuedOn <= c.expiresOn);
            QVERIFY(!c.number.isEmpty());
            QVERIFY(!c.holder.isEmpty());
            QVERIFY(!c.issuer.isEmpty());
            const State state = CertificateStatus::state(c.expiresOn, today, 90);
            expired += state == State::Expired ? 1 : 0;
            within90 += state == State::Expiring ? 1 : 0;
            if (c.typeId == m_licence) {
                licensed.insert(c.enterpriseId);
            }
            if (c.typeId == chemicals) {
                chemicalLicensed.insert(c.enterpriseId);
            }
        }
        const int n = static_cast<int>(all.size());
        QVERIFY2(holders.size() >= 120 && holders.size() <= 200, qPrintable(QString::number(holders.size())));
        QVERIFY2(n >= holders.size() && n <= 3 * holders.size() + 10, qPrintable(QString::number(n)));
        QVERIFY2(expired * 100 >= n * 2 && expired * 100 <= n * 10, qPrintable(QString::number(expired)));
        QVERIFY2(within90 * 100 >= n * 4 && within90 * 100 <= n * 14, qPrintable(QString::number(within90)));
        for (const Enterprise& e : std::as_const(enterprises)) {
            if (holders.contains(e.id) && e.sizeClass == SizeClass::Scale) {
                QVERIFY(licensed.contains(e.id));
            }
            if (holders.contains(e.id) && e.industry == QStringLiteral("化工贸易")) {
                QVERIFY(chemicalLicensed.contains(e.id));
            }
        }
        // The same seed gives the same certificates.
        QString again;
        QSqlQuery wipe(m_db.connection());
        QVERIFY2(wipe.exec(QStringLiteral("DELETE FROM certificate")), qPrintable(wipe.lastError().text()));
        Dice same(20250601);
        QVERIFY2(DemoCertificates::write(m_db, enterprises, same, today, &again), qPrintable(again));
        const QList<Certificate> second = repository.list(true);
        QCOMPARE(second.size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            Certificate a = all.at(i);
            Certificate b = second.at(i);
            a.id = b.id = 0;
            QCOMPARE(a, b);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "TestCertificates.moc"
