#include "DatabaseFixture.h"
#include "DemoDatabase.h"
#include "db/CertificateRepository.h"
#include "db/Database.h"
#include "db/HazardRepository.h"
#include "demo/DemoGenerator.h"
#include "reports/DashboardAlerts.h"
#include "rules/CertificateStatus.h"
#include "rules/HazardDeadline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// DashboardAlerts::load on a demo street, against the rules applied one record at a time to every hazard and
// certificate: the open and overdue counts follow HazardDeadline, the hazards listed are the open ones with a
// deadline in force within the days asked (oldest first, at most kMaxHazards), the certificates those
// CertificateStatus says need attention.
class TestDashboardAlerts : public QObject, private DatabaseFixture
{
    Q_OBJECT

private:
    const QDate m_today = QDate(2026, 11, 20);

private slots:
    void initTestCase() { openDemo(QStringLiteral("street.sqlite"), 150, 2, 11, m_today); }
    void cleanupTestCase() { m_db.close(); }

    void hazards_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("soonDays");
        QTest::newRow("today, 14 days") << m_today << 14;
        QTest::newRow("today, none ahead") << m_today << 0;
        QTest::newRow("half a year ago, 30 days") << m_today.addMonths(-6) << 30;
    }
    void hazards()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, soonDays);
        const DashboardAlerts alerts = DashboardAlerts::load(m_db, asOf, soonDays);
        const QList<Hazard> every = HazardRepository(m_db).list({});
        QVERIFY(every.size() > 20);
        int open = 0;
        int overdue = 0;
        QList<qint64> due;
        for (const Hazard& h : every) {
            open += HazardDeadline::isOpenAsOf(h, asOf) ? 1 : 0;
            overdue += HazardDeadline::isOverdueAsOf(h, asOf) ? 1 : 0;
            if (h.isOpen() && h.effectiveDeadline().isValid() && h.effectiveDeadline() <= asOf.addDays(soonDays)) {
                due.append(h.id);
            }
        }
        QVERIFY(open > 0);
        QCOMPARE(alerts.openHazards, open);
        QCOMPARE(alerts.overdueHazards, overdue);
        QCOMPARE(alerts.hazardsDue.size(), std::min<qsizetype>(due.size(), DashboardAlerts::kMaxHazards));
        for (int i = 0; i < alerts.hazardsDue.size(); ++i) {
            const Hazard& h = alerts.hazardsDue.at(i);
            QVERIFY2(due.contains(h.id), qPrintable(QString::number(h.id)));
            if (i > 0) {
                QVERIFY(alerts.hazardsDue.at(i - 1).effectiveDeadline() <= h.effectiveDeadline());
            }
        }
    }

    void certificates_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("today") << m_today;
        QTest::newRow("a year ago") << m_today.addYears(-1);
        QTest::newRow("in two years") << m_today.addYears(2);
    }
    void certificates()
    {
        QFETCH(QDate, asOf);
        const DashboardAlerts alerts = DashboardAlerts::load(m_db, asOf, 14);
        CertificateRepository repository(m_db);
        QList<qint64> attention;
        int expired = 0;
        for (const Certificate& c : repository.list(false)) {
            if (CertificateStatus::needsAttention(c.expiresOn, asOf, DashboardAlerts::kCertificateDays)) {
                attention.append(c.id);
                expired += CertificateStatus::state(c.expiresOn, asOf, DashboardAlerts::kCertificateDays)
                        == CertificateStatus::State::Expired
                    ? 1
                    : 0;
            }
        }
        QCOMPARE(alerts.certificates.size(), attention.size());
        for (const Certificate& c : alerts.certificates) {
            QVERIFY(attention.contains(c.id));
            QVERIFY(alerts.certificateTypeNames.contains(c.typeId));
            QVERIFY(!alerts.certificateTypeNames.value(c.typeId).isEmpty());
        }
        QCOMPARE(alerts.expiredCertificates, expired);
    }

    void certificatesAreSeenSomeday()
    {
        QVERIFY(!CertificateRepository(m_db).list(false).isEmpty());
        QVERIFY(!DashboardAlerts::load(m_db, m_today.addYears(2), 14).certificates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardAlerts)
#include "TestDashboardAlerts.moc"
