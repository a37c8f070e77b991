#include "Clock.h"
#include "TestStreet.h"
#include "db/AgencyRepository.h"
#include "db/AuditTrail.h"
#include "db/BaselineRepository.h"
#include "db/CommunityRepository.h"
#include "db/ComplianceRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "db/OtherServiceRepository.h"
#include "db/RiskRepository.h"
#include "db/ServiceRecordRepository.h"
#include "db/SettingRepository.h"
#include "reports/ComplianceTable.h"
#include "reports/ComplianceYear.h"
#include "reports/SubsidyYear.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

class TestServiceRecordRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_counter = 0;
    qint64 m_agencyA = 0;
    qint64 m_agencyB = 0;
    qint64 m_expert = 0;
    qint64 m_enterprise = 0;

    ServiceRecord inspection(const QDate& day)
    {
        ServiceRecord r;
        r.enterpriseId = m_enterprise;
        r.kind = RecordKind::Inspection;
        r.doneOn = day;
        r.content = QStringLiteral("消防通道堆放杂物");
        return r;
    }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 11, 20)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        QString error;
        TestStreet street;
        street.openWithEnterprise(m_db, m_dir.filePath(QStringLiteral("r%1.sqlite").arg(m_counter++)));
        street.addAgency(m_db);
        street.addOtherAgency(m_db);
        street.addExpert(m_db);
        m_enterprise = street.enterprise;
        m_agencyA = street.agency;
        m_agencyB = street.otherAgency;
        m_expert = street.expert;
        // Agency A serves from 2025-01-01 to 2025-06-30, agency B from 2025-07-01.
        ContractRepository contracts(m_db);
        Contract ca;
        ca.agencyId = m_agencyA;
        ca.periodStart = QDate(2025, 1, 1);
        ca.periodEnd = QDate(2025, 6, 30);
        ca.unitPrice = Money::fromYuan(3500);
        QVERIFY(contracts.insert(ca, &error));
        Contract cb = ca;
        cb.agencyId = m_agencyB;
        cb.periodStart = QDate(2025, 7, 1);
        cb.periodEnd = QDate(2026, 12, 31);
        QVERIFY(contracts.insert(cb, &error));
        QVERIFY2(contracts.addCoverage(ca.id, { m_enterprise }, QDate(2025, 1, 1), &error), qPrintable(error));
        QVERIFY2(contracts.addCoverage(cb.id, { m_enterprise }, QDate(2025, 7, 1), &error), qPrintable(error));
    }
    void cleanup() { m_db.close(); }

    void saveTakesTheAgencyServingThatDay()
    {
        ServiceRecordRepository records(m_db);
        QString error;
        ServiceRecord first = inspection(QDate(2025, 3, 10));
        first.expertIds = { m_expert };
        QList<Hazard> hazards(1);
        hazards[0].description = QStringLiteral("配电箱未接地");
        hazards[0].grade = HazardGrade::Major;
        hazards[0].deadline = QDate(2025, 4, 10);
        QVERIFY2(records.save(first, &hazards, &error), qPrintable(error));
        QVERIFY(first.id > 0);
        QCOMPARE(first.agencyId, m_agencyA);
        QVERIFY(hazards.at(0).id > 0);
        ServiceRecord second = inspection(QDate(2025, 8, 10));
        QVERIFY2(records.save(second, nullptr, &error), qPrintable(error));
        QCOMPARE(second.agencyId, m_agencyB);

        const auto found = records.find(first.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->expertIds, QList<qint64>{ m_expert });
        QCOMPARE(found->content, first.content);
        const QList<Hazard> listed = records.hazardsOf(first.id);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).foundOn, QDate(2025, 3, 10));
        QCOMPARE(int(listed.at(0).grade), int(HazardGrade::Major));

        ServiceRecordRepository::Filter byAgency;
        byAgency.agencyId = m_agencyB;
        QCOMPARE(records.list(byAgency).size(), 1);
        ServiceRecordRepository::Filter all;
        const auto everything = records.list(all);
        QCOMPARE(everything.size(), 2);
        QCOMPARE(everything.first().doneOn, QDate(2025, 8, 10)); // newest first
        QCOMPARE(everything.last().expertIds, QList<qint64>{ m_expert });
    }

    void badRecordsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("people");
        QTest::addColumn<QString>("reason");
        QTest::newRow("future") << int(RecordKind::Inspection) << QDate(2025, 11, 21) << QString() << 0
                                << QStringLiteral("future");
        QTest::newRow("before service") << int(RecordKind::Inspection) << QDate(2024, 12, 31) << QString() << 0
                                        << QStringLiteral("not under any service contract");
        QTest::newRow("training without topic")
            << int(RecordKind::Training) << QDate(2025, 5, 1) << QString() << 10 << QStringLiteral("topic");
        QTest::newRow("training without attendees") << int(RecordKind::Training) << QDate(2025, 5, 1)
                                                    << QStringLiteral("消防") << 0 << QStringLiteral("attendees");
        QTest::newRow("drill without participants")
            << int(RecordKind::Drill) << QDate(2025, 5, 1) << QStringLiteral("火灾疏散") << 0
            << QStringLiteral("participants");
        QTest::newRow("year-end report without year")
            << int(RecordKind::YearEndReport) << QDate(2025, 5, 1) << QString() << 0 << QStringLiteral("year");
    }

    void badRecordsAreRefusedWithAReason()
    {
        QFETCH(int, kind);
        QFETCH(QDate, day);
        QFETCH(QString, topic);
        QFETCH(int, people);
        QFETCH(QString, reason);
        ServiceRecord r = inspection(day);
        r.kind = static_cast<RecordKind>(kind);
        r.topic = topic;
        r.peopleCount = people;
        QString error;
        QVERIFY(!ServiceRecordRepository(m_db).save(r, nullptr, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(r.id, qint64(0));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM service_record")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aBadHazardWritesNothing()
    {
        ServiceRecord r = inspection(QDate(2025, 3, 10));
        QList<Hazard> hazards(2);
        hazards[0].description = QStringLiteral("灭火器过期");
        hazards[1].description = QStringLiteral("   "); // refused
        QString error;
        QVERIFY(!ServiceRecordRepository(m_db).save(r, &hazards, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(r.id, qint64(0));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM service_record) + (SELECT count(*) FROM hazard)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void voidedRecordsStopCounting()
    {
        ServiceRecordRepository records(m_db);
        QString error;
        ServiceRecord r = inspection(QDate(2025, 2, 10));
        QVERIFY(records.save(r, nullptr, &error));
        auto rows = ComplianceYear::load(m_db, 2025, 1, QDate(2025, 11, 20)).rows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(int(rows.first().status), int(ObligationStatus::Done));
        QVERIFY(!records.voidRecord(r.id, QStringLiteral(" "), &error)); // a reason is required
        QVERIFY(records.voidRecord(r.id, QStringLiteral("录入错误"), &error));
        QVERIFY(!records.voidRecord(r.id, QStringLiteral("again"), &error));
        QVERIFY(records.find(r.id)->isVoided());
        rows = ComplianceYear::load(m_db, 2025, 1, QDate(2025, 11, 20)).rows();
        QCOMPARE(int(rows.first().status), int(ObligationStatus::Overdue));
        r.content = QStringLiteral("changed");
        QVERIFY(!records.save(r, nullptr, &error)); // a voided record is not edited
    }

    void baselineDocumentsAndSettings()
    {
        BaselineRepository baseline(m_db);
        QString error;
        for (BaselineKind kind : allBaselineKinds()) {
            QVERIFY2(baseline.setCompleted(m_enterprise, kind, QDate(2025, 3, 1), QString(), &error),
                     qPrintable(error));
        }
        QVERIFY(!baseline.setCompleted(m_enterprise, BaselineKind::Rules, QDate(2026, 1, 1), QString(), &error));
        QVERIFY(baseline.setCompleted(m_enterprise, BaselineKind::Rules, QDate(2025, 4, 2), QStringLiteral("修订"),
                                      &error));
        const auto docs = baseline.listOf(m_enterprise);
        QCOMPARE(docs.size(), 5);
        for (const BaselineDocument& d : docs) {
            QCOMPARE(d.agencyId, m_agencyA);
            QCOMPARE(d.completedOn, d.kind == BaselineKind::Rules ? QDate(2025, 4, 2) : QDate(2025, 3, 1));
        }
        // All five by 2025-04-02, but the window ended on 2025-03-31: done late is still done.
        const auto rows = ComplianceYear::load(m_db, 2025, 0, QDate(2025, 11, 20)).rows();
        const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                     [](const Obligation& o) { return o.kind == ObligationKind::Baseline; });
        QVERIFY(it != rows.cend());
        QCOMPARE(it->done, 5);
        QCOMPARE(int(it->status), int(ObligationStatus::Done));
        QVERIFY(baseline.setCompleted(m_enterprise, BaselineKind::Rules, QDate(), QString(), &error));
        QCOMPARE(baseline.listOf(m_enterprise).size(), 4);

        SettingRepository settings(m_db);
        QCOMPARE(settings.obligationSettings(), ObligationSettings());
        ObligationSettings changed;
        changed.trainingsPerYear = 3;
        changed.baselineMonths = 6;
        QVERIFY(settings.setObligationSettings(changed, &error));
        QCOMPARE(settings.obligationSettings(), changed);
        QCOMPARE(ComplianceRepository(m_db).loadInputs().settings.trainingsPerYear, 3);
        changed.minServiceDaysInQuarter = 0;
        QVERIFY(!settings.setObligationSettings(changed, &error));
        QVERIFY(!error.isEmpty());
    }

    // The five documents of the dialog are saved as one: what changed is written (a new date, a cleared one, a
    // new document), what is as on file is not touched, and a refused date among them leaves every one as it was.
    void baselineDocumentsSaveAllOrNone()
    {
        BaselineRepository baseline(m_db);
        QString error;
        const QList<BaselineKind> kinds = allBaselineKinds();
        QCOMPARE(kinds.size(), 5);
        QVERIFY(baseline.setCompleted(m_enterprise, kinds[0], QDate(2025, 3, 1), QStringLiteral("初稿"), &error));
        QVERIFY(baseline.setCompleted(m_enterprise, kinds[1], QDate(2025, 3, 2), QStringLiteral("已归档"), &error));
        QVERIFY(baseline.setCompleted(m_enterprise, kinds[4], QDate(2025, 3, 5), QString(), &error));
        const auto onFile = [&] {
            QStringList out;
            for (const BaselineDocument& d : baseline.listOf(m_enterprise)) {
                out << QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(d.id)
                           .arg(baselineKindKey(d.kind), d.completedOn.toString(Qt::ISODate))
                           .arg(d.agencyId)
                           .arg(d.notes);
            }
            out.sort();
            return out;
        };
        const QStringList before = onFile();
        QCOMPARE(before.size(), 3);
        const qint64 lastAudit = AuditTrail::lastId(m_db.connection());

        const auto document = [&](BaselineKind kind, const QDate& day, const QString& notes) {
            BaselineDocument d;
            d.enterpriseId = m_enterprise;
            d.kind = kind;
            d.completedOn = day;
            d.notes = notes;
            return d;
        };
        QList<BaselineDocument> documents = {
            document(kinds[0], QDate(2025, 8, 1), QStringLiteral("修订")), // changed: now agency B's
            document(kinds[1], QDate(2025, 3, 2), QStringLiteral(" 已归档 ")), // as on file
            document(kinds[2], QDate(2025, 4, 1), QString()), // new
            document(kinds[3], QDate(2025, 12, 1), QString()), // in the future (today is 2025-11-20)
            document(kinds[4], QDate(), QString()), // cleared
        };
        QVERIFY(!baseline.saveDocuments(m_enterprise, documents, &error));
        QCOMPARE(error,
                 BaselineRepository::tr("The completion date %1 is in the future.").arg(QStringLiteral("2025-12-01")));
        QCOMPARE(onFile(), before);
        QCOMPARE(AuditTrail::lastId(m_db.connection()), lastAudit);
        // A note too long, last of all, refuses the whole save as well.
        documents[3] = document(kinds[3], QDate(), QString(4001, QLatin1Char('x')));
        QVERIFY(!baseline.saveDocuments(m_enterprise, documents, &error));
        QCOMPARE(error, BaselineRepository::tr("The note is longer than %1 characters.").arg(4000));
        QCOMPARE(onFile(), before);
        QCOMPARE(AuditTrail::lastId(m_db.connection()), lastAudit);

        documents[3] = document(kinds[3], QDate(), QString()); // not on file and left empty: nothing to write
        QVERIFY2(baseline.saveDocuments(m_enterprise, documents, &error), qPrintable(error));
        const QList<BaselineDocument> after = baseline.listOf(m_enterprise);
        QCOMPARE(after.size(), 3);
        QMap<BaselineKind, BaselineDocument> byKind;
        for (const BaselineDocument& d : after) {
            byKind.insert(d.kind, d);
        }
        QVERIFY(byKind.contains(kinds[0]) && byKind.contains(kinds[1]) && byKind.contains(kinds[2]));
        QCOMPARE(byKind[kinds[0]].completedOn, QDate(2025, 8, 1));
        QCOMPARE(byKind[kinds[0]].agencyId, m_agencyB);
        QCOMPARE(byKind[kinds[0]].notes, QStringLiteral("修订"));
        QCOMPARE(byKind[kinds[1]].completedOn, QDate(2025, 3, 2));
        QCOMPARE(byKind[kinds[1]].notes, QStringLiteral("已归档"));
        QCOMPARE(byKind[kinds[2]].completedOn, QDate(2025, 4, 1));
        QCOMPARE(byKind[kinds[2]].agencyId, m_agencyA);
        QVERIFY(byKind[kinds[2]].notes.isEmpty());
        // Exactly the three changes reach the audit trail: the one as on file is not written again.
        AuditTrail::Filter filter;
        filter.table = QStringLiteral("baseline_document");
        QStringList actions;
        for (const AuditTrail::Entry& e : AuditTrail::list(m_db.connection(), filter)) {
            if (e.id > lastAudit) {
                actions << e.action;
            }
        }
        actions.sort();
        QCOMPARE(actions,
                 QStringList({ QStringLiteral("delete"), QStringLiteral("insert"), QStringLiteral("update") }));
        // Saving the same again writes nothing.
        const qint64 saved = AuditTrail::lastId(m_db.connection());
        QVERIFY2(baseline.saveDocuments(m_enterprise, documents, &error), qPrintable(error));
        QCOMPARE(AuditTrail::lastId(m_db.connection()), saved);
    }

    void evidenceIsCopiedHashedAndChecked()
    {
        ServiceRecordRepository records(m_db);
        QString error;
        ServiceRecord r = inspection(QDate(2025, 2, 10));
        QVERIFY(records.save(r, nullptr, &error));
        const QString source = m_dir.filePath(QStringLiteral("签到表.pdf"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 sign-in sheet");
        f.close();
        EvidenceRepository evidence(m_db);
        EvidenceFile attached;
        QVERIFY2(evidence.attach(QStringLiteral("service_record"), r.id, source, &attached, &error), qPrintable(error));
        QCOMPARE(attached.originalName, QStringLiteral("签到表.pdf"));
        QCOMPARE(attached.sizeBytes, qint64(22));
        // sha256 of "%PDF-1.4 sign-in sheet"
        QCOMPARE(attached.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash("%PDF-1.4 sign-in sheet", QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFile::exists(evidence.absolutePath(attached)));
        QVERIFY(evidence.absolutePath(attached).startsWith(EvidenceRepository::folderFor(m_db.path())));
        QCOMPARE(evidence.listOf(QStringLiteral("service_record"), r.id).size(), 1);
        CheckReport ok;
        evidence.verify(ok);
        QVERIFY2(ok.ok(), qPrintable(ok.problems.join(QLatin1Char('\n'))));

        QFile stored(evidence.absolutePath(attached));
        QVERIFY(stored.open(QIODevice::WriteOnly | QIODevice::Append));
        stored.write("tampered");
        stored.close();
        CheckReport changed;
        evidence.verify(changed);
        QCOMPARE(changed.problems.size(), 1);
        QVERIFY(changed.problems.first().contains(QStringLiteral("签到表.pdf")));
        QVERIFY(QFile::remove(evidence.absolutePath(attached)));
        CheckReport missing;
        evidence.verify(missing);
        QCOMPARE(missing.problems.size(), 1);
        QVERIFY(missing.problems.first().contains(QStringLiteral("missing")));
        QVERIFY(!evidence.attach(QStringLiteral("service_record"), r.id, m_dir.filePath(QStringLiteral("none.jpg")),
                                 nullptr, &error));
    }

    // The subsidy line stays, flagged, while an obligation of its service year is overdue.
    void subsidyLineIsFlaggedWhileServiceIsIncomplete()
    {
        auto flagged = [this] {
            const SubsidyYear year = SubsidyYear::load(m_db, 2025);
            return year.lines().size() == 1 && year.lines().first().flags.testFlag(SubsidyFlag::ServiceIncomplete);
        };
        QVERIFY(flagged());
        ServiceRecordRepository records(m_db);
        QString error;
        // A survey at each start with an agency, the baseline documents, the inspections of Q1-Q3; the
        // trainings, drills and Q4 are not yet due on 2025-11-20.
        for (const auto& [kind, day] :
             { std::pair{ RecordKind::Survey, QDate(2025, 1, 10) }, std::pair{ RecordKind::Survey, QDate(2025, 7, 5) },
               std::pair{ RecordKind::Inspection, QDate(2025, 2, 10) },
               std::pair{ RecordKind::Inspection, QDate(2025, 5, 10) } }) {
            ServiceRecord r = inspection(day);
            r.kind = kind;
            QVERIFY2(records.save(r, nullptr, &error), qPrintable(error));
        }
        for (BaselineKind kind : allBaselineKinds()) {
            QVERIFY(BaselineRepository(m_db).setCompleted(m_enterprise, kind, QDate(2025, 3, 1), QString(), &error));
        }
        QVERIFY(flagged()); // Q3 and the risk assessment still missing
        // The risk assessment is an obligation of the first service year too (due with the baseline).
        RiskAssessment assessment;
        assessment.enterpriseId = m_enterprise;
        assessment.assessedOn = QDate(2025, 3, 5);
        RiskPoint point;
        point.place = QStringLiteral("press shop");
        point.lTenths = 30;
        point.eTenths = 60;
        point.cTenths = 70;
        assessment.points = { point };
        QVERIFY2(RiskRepository(m_db).insert(assessment, &error), qPrintable(error));
        QCOMPARE(int(assessment.points.first().level), int(RiskLevel::General));
        QVERIFY(flagged()); // Q3 still missing
        ServiceRecord q3 = inspection(QDate(2025, 9, 1));
        QVERIFY(records.save(q3, nullptr, &error));
        QVERIFY(!flagged());
        QVERIFY(records.voidRecord(q3.id, QStringLiteral("wrong enterprise"), &error));
        QVERIFY(flagged());
    }

    // Rule 2 through the one loader: a year-end report on 2025 given long after its due date (2026-01-31)
    // makes 2025's obligation done, late, in the compliance list and in the subsidy list's flag alike.
    void lateRecordsCountThroughTheLoader_data()
    {
        QTest::addColumn<int>("late");
        QTest::newRow("on the due date") << 0;
        QTest::newRow("a day late") << 1;
        QTest::newRow("400 days late") << 400;
        QTest::newRow("two years late") << 730;
    }

    void lateRecordsCountThroughTheLoader()
    {
        QFETCH(int, late);
        const QDate due(2026, 1, 31);
        const QDate day = due.addDays(late);
        const QDate asOf = day.addDays(10);
        auto report = [&] {
            const ComplianceYear compliance = ComplianceYear::load(m_db, 2025, 0, asOf); // rows() refers into it
            for (const Obligation& o : compliance.rows()) {
                if (o.kind == ObligationKind::YearEndReport) {
                    return o;
                }
            }
            return Obligation();
        };
        QCOMPARE(report().due, due);
        QCOMPARE(int(report().status), int(ObligationStatus::Overdue));
        // The report as an agency's return or the clerk enters it, dated when it was given (the contract's
        // coverage may be over by then, so straight into the table).
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO service_record (enterprise_id, agency_id, kind, done_on, report_year,"
                                 " created_at, updated_at) VALUES (?, ?, 'year_end_report', ?, 2025, ?, ?)"));
        for (const QVariant& v :
             { QVariant(m_enterprise), QVariant(m_agencyB), QVariant(day.toString(Qt::ISODate)),
               QVariant(QStringLiteral("2025-01-01T00:00:00Z")), QVariant(QStringLiteral("2025-01-01T00:00:00Z")) }) {
            q.addBindValue(v);
        }
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const Obligation done = report();
        QCOMPARE(int(done.status), int(ObligationStatus::Done));
        QCOMPARE(done.completedOn, day);
        QCOMPARE(done.isLate(), late > 0);
        // The subsidy list's flag reads the same loader over the years its service years span.
        const ObligationEngine::Inputs inputs = ComplianceRepository(m_db).loadInputsForYears(2025, 2026);
        QCOMPARE(inputs.activity.value(m_enterprise).yearEndReports.size(), 1);
        // A record dated before the window's first year still does not count for it.
        QCOMPARE(ComplianceRepository(m_db).loadInputsForYear(2027).activity.value(m_enterprise).yearEndReports.size(),
                 0);
    }

    // The other services: kinds as data the clerk edits (the plan's defaults, add, rename, archive), each service
    // delivered counted by kind and agency — and never among the obligations.
    void otherServicesAreCountedButNeverObligations()
    {
        OtherServiceRepository services(m_db);
        QList<ServiceKind> kinds = services.kinds(false);
        QVERIFY(kinds.size() >= 6);
        QCOMPARE(kinds.first().name, QStringLiteral("标准化创建指导"));
        QString error;
        ServiceKind added;
        added.name = QStringLiteral("  消防设施检测  ");
        QVERIFY2(services.saveKind(added, &error), qPrintable(error));
        QCOMPARE(added.name, QStringLiteral("消防设施检测"));
        ServiceKind twin;
        twin.name = QStringLiteral("消防设施检测");
        QVERIFY(!services.saveKind(twin, &error));
        QVERIFY(error.contains(QStringLiteral("消防设施检测")));

        const int rowsBefore = int(ComplianceYear::load(m_db, 2025, 0, QDate(2025, 11, 20)).rows().size());
        OtherService s;
        s.enterpriseId = m_enterprise;
        s.agencyId = m_agencyA;
        s.kindId = added.id;
        s.doneOn = QDate(2025, 6, 3);
        s.topic = QStringLiteral("灭火器检测");
        s.peopleCount = 3;
        QVERIFY2(services.insert(s, &error), qPrintable(error));
        OtherService future = s;
        future.doneOn = Clock::today().addDays(1);
        QVERIFY(!services.insert(future, &error));
        QCOMPARE(int(ComplianceYear::load(m_db, 2025, 0, QDate(2025, 11, 20)).rows().size()), rowsBefore);
        const auto counts = services.countByKind(2025);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().kind, QStringLiteral("消防设施检测"));
        QCOMPARE(counts.first().services, 1);
        QCOMPARE(counts.first().people, 3);
        QCOMPARE(services.countByAgency(2025).value(m_agencyA), 1);
        QCOMPARE(services.countByKind(2024).size(), 0);

        // Typed in (no agency given): a day without service is refused, otherwise the agency of that day is taken;
        // its evidence files are written with it, and a file that cannot be read saves nothing.
        OtherService typed = s;
        typed.id = 0;
        typed.agencyId = 0;
        typed.doneOn = QDate(2024, 12, 31);
        QVERIFY(!services.insert(typed, &error));
        QVERIFY2(error.contains(QStringLiteral("2024-12-31")), qPrintable(error));
        typed.doneOn = QDate(2025, 6, 4);
        QVERIFY(!services.insert(typed, &error, { m_dir.filePath(QStringLiteral("missing.pdf")) }));
        QCOMPARE(services.list({ m_enterprise, 0, 2025 }).size(), 1);
        const QString scan = m_dir.filePath(QStringLiteral("检测报告.pdf"));
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 report");
        file.close();
        typed.agencyId = 0;
        QVERIFY2(services.insert(typed, &error, { scan }), qPrintable(error));
        QCOMPARE(typed.agencyId, m_agencyA);
        QCOMPARE(EvidenceRepository(m_db).listOf(OtherServiceRepository::evidenceOwnerKind(), typed.id).size(), 1);
        QCOMPARE(services.countByKind(2025).first().services, 2);
        QVERIFY(services.voidService(typed.id, QStringLiteral("entered twice"), &error));

        // Archived: kept with its services, not offered for new ones.
        added.archived = true;
        QVERIFY(services.saveKind(added, &error));
        QVERIFY(!services.insert(s, &error));
        QCOMPARE(services.countByKind(2025).size(), 1);
        QVERIFY(services.voidService(services.list({}).first().id, QStringLiteral("entered twice"), &error));
        QCOMPARE(services.countByKind(2025).size(), 0);
    }

    void complianceCsvHasTheFixedHeader()
    {
        QString error;
        ServiceRecord r = inspection(QDate(2025, 2, 10));
        QVERIFY(ServiceRecordRepository(m_db).save(r, nullptr, &error));
        const ComplianceYear year = ComplianceYear::load(m_db, 2025, 0, QDate(2025, 11, 20));
        QCOMPARE(year.rows().size(), 11); // a survey row for each agency's start, and the risk assessment

        const QString path = m_dir.filePath(QStringLiteral("c.csv"));
        QVERIFY2(ComplianceTable::writeCsv(year, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12);
        QCOMPARE(lines.first(),
                 QStringLiteral(
                     "企业名称,统一社会信用代码,服务机构,期间,义务,应完成次数,已完成次数,截止日期,状态,完成日期"));
        QVERIFY(lines.contains(QStringLiteral("恒达机械有限公司,91110000600037341L,锦安安全技术服务有限公司,2025Q1,"
                                              "安全检查,1,1,2025-03-31,已完成,2025-02-10")));
        QVERIFY(lines.contains(QStringLiteral(
            "恒达机械有限公司,91110000600037341L,华泰安全科技有限公司,2025Q3,安全检查,1,0,2025-09-30,逾期,")));
        QVERIFY(lines.contains(QStringLiteral(
            "恒达机械有限公司,91110000600037341L,华泰安全科技有限公司,2025Q4,安全检查,1,0,2025-12-31,未到期,")));
        // Agency A started the enterprise and never surveyed it: that survey is A's, B's own start is B's.
        QVERIFY(lines.contains(QStringLiteral(
            "恒达机械有限公司,91110000600037341L,锦安安全技术服务有限公司,2025,实地验场,1,0,2025-01-30,逾期,")));
        QVERIFY(lines.contains(QStringLiteral(
            "恒达机械有限公司,91110000600037341L,华泰安全科技有限公司,2025,实地验场,1,0,2025-07-30,逾期,")));
        // The year's trainings began on 1 January, with A.
        QVERIFY(lines.contains(QStringLiteral(
            "恒达机械有限公司,91110000600037341L,锦安安全技术服务有限公司,2025,安全培训,2,0,2025-12-31,未到期,")));
    }
};

QTEST_GUILESS_MAIN(TestServiceRecordRepository)
#include "TestServiceRecordRepository.moc"
