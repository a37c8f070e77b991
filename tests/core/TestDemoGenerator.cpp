#include "Clock.h"
#include "db/CommunityRepository.h"
#include "db/ComplianceRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "db/SettingRepository.h"
#include "demo/DemoEvidence.h"
#include "demo/DemoGenerator.h"
#include "rules/CreditCode.h"
#include "rules/ObligationEngine.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
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

    bool generateInto(Database& db, const QString& file, quint32 seed, int count, const QDate& today, int years = 3)
    {
        QString error;
        if (!db.open(m_dir.filePath(file), &error)) {
            qWarning() << error;
            return false;
        }
        DemoGenerator::Options options;
        options.enterprises = count;
        options.years = years;
        options.seed = seed;
        options.today = today;
        if (!DemoGenerator::generate(db, options, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    // Everything the agencies did, in id order: equal fingerprints mean equal activity data.
    static QByteArray activityFingerprint(Database& db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery q(db.connection());
        for (const char* sql :
             { "SELECT id, enterprise_id, agency_id, kind, done_on, report_year, topic, content, people_count,"
               " problems, measures FROM service_record ORDER BY id",
               "SELECT record_id, expert_id FROM service_record_expert ORDER BY record_id, expert_id",
               "SELECT enterprise_id, inspection_id, found_on, place, description, grade, category, demand,"
               " responsible, deadline FROM hazard ORDER BY id",
               "SELECT enterprise_id, kind, completed_on, agency_id FROM baseline_document"
               " ORDER BY enterprise_id, kind" }) {
            if (!q.exec(QLatin1String(sql))) {
                return {};
            }
            const int columns = q.record().count();
            while (q.next()) {
                for (int i = 0; i < columns; ++i) {
                    hash.addData(q.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("|"));
                }
                hash.addData(QByteArrayView("\n"));
            }
        }
        return hash.result().toHex();
    }

    static int countOf(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
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

    void sameSeedSameRecords()
    {
        const QDate today(2026, 11, 28);
        Database a;
        Database b;
        Database c;
        QVERIFY(generateInto(a, QStringLiteral("ra.sqlite"), 5, 150, today));
        QVERIFY(generateInto(b, QStringLiteral("rb.sqlite"), 5, 150, today));
        QVERIFY(generateInto(c, QStringLiteral("rc.sqlite"), 6, 150, today));
        const QString count = QStringLiteral("SELECT count(*) FROM service_record");
        QVERIFY(countOf(a, count) > 500);
        QCOMPARE(countOf(a, count), countOf(b, count));
        const QByteArray fa = activityFingerprint(a);
        QVERIFY(!fa.isEmpty());
        QCOMPARE(fa, activityFingerprint(b));
        QVERIFY(fa != activityFingerprint(c));
    }

    void recordsEveryKindAndNothingAfterToday()
    {
        const QDate today(2026, 11, 28);
        Database db;
        QVERIFY(generateInto(db, QStringLiteral("kinds.sqlite"), 1, 300, today));
        // A few trainings and drills carry a sign-in sheet, kept intact in the evidence folder.
        const int sheets = countOf(db,
                                   QStringLiteral("SELECT count(*) FROM evidence e JOIN service_record r"
                                                  " ON r.id = e.owner_id AND e.owner_kind = 'service_record'"
                                                  " WHERE r.kind IN ('training', 'drill')"));
        QVERIFY2(sheets >= 10 && sheets <= DemoEvidence::kMaxFiles, qPrintable(QString::number(sheets)));
        CheckReport evidence;
        EvidenceRepository(db).verify(evidence);
        QVERIFY2(evidence.ok(), qPrintable(evidence.problems.join(QLatin1Char('\n'))));
        for (const char* kind : { "survey", "inspection", "training", "drill", "year_end_report" }) {
            QVERIFY2(
                countOf(
                    db,
                    QStringLiteral("SELECT count(*) FROM service_record WHERE kind = '%1'").arg(QLatin1String(kind)))
                    > 100,
                kind);
        }
        const QString day = today.toString(Qt::ISODate);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM service_record WHERE done_on > '%1'").arg(day)), 0);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM hazard WHERE found_on > '%1'").arg(day)), 0);
        QCOMPARE(
            countOf(db, QStringLiteral("SELECT count(*) FROM baseline_document WHERE completed_on > '%1'").arg(day)),
            0);
        // About 30 % of inspections found hazards, a few of them major; deadlines 15 to 60 days on.
        const int inspections
            = countOf(db, QStringLiteral("SELECT count(*) FROM service_record WHERE kind = 'inspection'"));
        const int withHazards = countOf(db, QStringLiteral("SELECT count(DISTINCT inspection_id) FROM hazard"));
        QVERIFY(withHazards > inspections / 5 && withHazards < inspections * 2 / 5);
        QVERIFY(countOf(db, QStringLiteral("SELECT count(*) FROM hazard WHERE grade = 'major'")) > 0);
        QCOMPARE(countOf(db,
                         QStringLiteral("SELECT count(*) FROM hazard"
                                        " WHERE julianday(deadline) - julianday(found_on) NOT BETWEEN 15 AND 60")),
                 0);
        // Every inspection names one or two experts of its agency.
        QCOMPARE(countOf(db,
                         QStringLiteral("SELECT count(*) FROM service_record r WHERE kind = 'inspection' AND"
                                        " (SELECT count(*) FROM service_record_expert x JOIN expert e"
                                        "  ON e.id = x.expert_id AND e.agency_id = r.agency_id"
                                        "  WHERE x.record_id = r.id) NOT BETWEEN 1 AND 2")),
                 0);
        // Baseline documents: most enterprises have all five, a few lack one or two.
        const QString perEnterprise = QStringLiteral("SELECT count(*) FROM (SELECT enterprise_id FROM baseline_document"
                                                     " GROUP BY enterprise_id HAVING count(*) %1)");
        const int complete = countOf(db, perEnterprise.arg(QLatin1String("= 5")));
        const int partial = countOf(db, perEnterprise.arg(QLatin1String("< 5")));
        QVERIFY(complete > 150);
        QVERIFY(partial > 0 && partial < complete / 5);
        QVERIFY(db.check().ok());
        QVERIFY(!Clock::isFixed()); // the generator's own "today" does not stay behind
    }

    void inspectionsInMostQuartersWithGaps()
    {
        const QDate today(2026, 11, 28);
        Database db;
        QVERIFY(generateInto(db, QStringLiteral("quarters.sqlite"), 1, 300, today));
        const ObligationEngine::Inputs inputs = ComplianceRepository(db).loadInputs();
        const QDate from(2025, 1, 1);
        const QDate to(2025, 12, 31);
        int enterprises = 0;
        int quarterSlots = 0;
        int filled = 0;
        for (auto it = inputs.spans.cbegin(); it != inputs.spans.cend(); ++it) {
            if (ServiceSpans::servedDays(*it, from, to) != from.daysTo(to) + 1) {
                continue;
            }
            ++enterprises;
            int filledHere = 0;
            for (const Obligation& o : ObligationEngine::forEnterpriseYear(
                     it.key(), *it, inputs.activity.value(it.key()), inputs.settings, 2025, today)) {
                if (o.kind == ObligationKind::Inspection) {
                    QCOMPARE(o.required, 1);
                    ++quarterSlots;
                    filledHere += o.done >= o.required ? 1 : 0;
                }
                if (o.kind == ObligationKind::Training || o.kind == ObligationKind::Drill) {
                    QCOMPARE(o.required, 2);
                    QVERIFY(o.done <= 2);
                }
            }
            QVERIFY2(filledHere >= 2, qPrintable(QString::number(it.key())));
            filled += filledHere;
        }
        QVERIFY2(enterprises > 50, qPrintable(QString::number(enterprises)));
        QCOMPARE(quarterSlots, enterprises * 4);
        QVERIFY2(filled * 100 >= quarterSlots * 85,
                 qPrintable(QStringLiteral("%1 of %2").arg(filled).arg(quarterSlots)));
        QVERIFY2(filled < quarterSlots, "no quarter was missed anywhere");

        // Year-end reports of the past years: most given, a few (about 7 %) never written.
        int reportsDue = 0;
        int reportsDone = 0;
        for (const int year : { 2024, 2025 }) {
            for (const Obligation& o : ObligationEngine::forYear(inputs, year, today)) {
                if (o.kind == ObligationKind::YearEndReport && o.required > 0) {
                    ++reportsDue;
                    reportsDone += o.done;
                }
            }
        }
        QVERIFY(reportsDue > 100);
        QVERIFY2(reportsDone < reportsDue && reportsDone * 100 >= reportsDue * 85,
                 qPrintable(QStringLiteral("%1 of %2").arg(reportsDone).arg(reportsDue)));
    }

    void recordsFallOnServiceDays()
    {
        // What save() would refuse, the generator must not write either: a record on a day without
        // service, or under an agency that was not serving then.
        const QDate today(2026, 11, 28);
        Database db;
        QVERIFY(generateInto(db, QStringLiteral("days.sqlite"), 3, 200, today));
        const ObligationEngine::Inputs inputs = ComplianceRepository(db).loadInputs();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT enterprise_id, agency_id, done_on FROM service_record"
                                      " WHERE kind <> 'year_end_report'")));
        int checked = 0;
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const qint64 agency = ServiceSpans::agencyOn(inputs.spans.value(q.value(0).toLongLong()), day);
            QVERIFY2(agency != 0 && agency == q.value(1).toLongLong(), qPrintable(q.value(2).toString()));
            ++checked;
        }
        QVERIFY(checked > 500);
    }

    void clockIsRestored()
    {
        // A reference date after the fixed "today" still gets its records; the fixed day comes back.
        Clock::setToday(QDate(2024, 3, 1));
        Database db;
        const bool ok = generateInto(db, QStringLiteral("clock.sqlite"), 2, 40, QDate(2025, 6, 30), 2);
        const QDate after = Clock::today();
        Clock::setToday(QDate());
        QVERIFY(ok);
        QCOMPARE(after, QDate(2024, 3, 1));
        QVERIFY(countOf(db, QStringLiteral("SELECT count(*) FROM service_record WHERE done_on > '2024-03-01'")) > 0);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM service_record WHERE done_on > '2025-06-30'")), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
