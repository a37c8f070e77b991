#include "Clock.h"
#include "StreetFixture.h"
#include "TestStreet.h"
#include "db/EvidenceRepository.h"
#include "db/HazardRepository.h"
#include "db/ServiceRecordRepository.h"
#include "io/DatabaseExchange.h"
#include "model/FixedChinese.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/ComplianceTable.h"
#include "reports/ComplianceYear.h"
#include "reports/HazardTable.h"
#include "reports/HazardYear.h"
#include "reports/ScorecardTable.h"
#include "reports/ScorecardYear.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace sl::core;
using Action = HazardLifecycle::Action;

// The street's own inspections (街道检查, 联合检查, issue #19): their hazards close like any other, and they are
// never an agency's obligation or scorecard figure.
class TestStreetInspections : public QObject, private StreetFixture
{
    Q_OBJECT

private:
    ServiceRecord inspection(const QDate& day, Inspector inspector)
    {
        ServiceRecord r;
        r.enterpriseId = m_street.enterprise;
        r.kind = RecordKind::Inspection;
        r.inspector = inspector;
        r.doneOn = day;
        r.content = QStringLiteral("街道安监办检查");
        return r;
    }
    static Hazard hazard(const QDate& deadline)
    {
        Hazard h;
        h.description = QStringLiteral("配电箱未接地");
        h.place = QStringLiteral("二号车间");
        h.demand = QStringLiteral("立即整改");
        h.deadline = deadline;
        return h;
    }
    static HazardLifecycle::Step on(const QDate& day, const QString& remark = {})
    {
        HazardLifecycle::Step s;
        s.day = day;
        s.remark = remark;
        return s;
    }
    // Every obligation row of the year, as the compliance export writes it.
    QStringList complianceRows()
    {
        const ComplianceYear year = ComplianceYear::load(m_db, 2025, 0, Clock::today(), ComplianceYear::Order::ById);
        QStringList out;
        for (const Obligation& o : year.rows()) {
            out << ComplianceTable::row(year, o).join(QLatin1Char('|'));
        }
        return out;
    }
    QStringList scorecardRows()
    {
        const ScorecardYear year = ScorecardYear::compute(m_db, 2025, Clock::today());
        QStringList out;
        for (const Scorecard::Row& r : year.rows()) {
            out << ScorecardTable::row(year, r).join(QLatin1Char('|'));
        }
        return out;
    }
    int inspectionsDone()
    {
        int done = 0;
        // Named: a range-for over the temporary's rows() would read them after it is gone.
        const ComplianceYear year = ComplianceYear::load(m_db, 2025, 0, Clock::today());
        for (const Obligation& o : year.rows()) {
            done += o.kind == ObligationKind::Inspection ? o.done : 0;
        }
        return done;
    }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 11, 20)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }
    void init()
    {
        openStreet(QStringLiteral("s"), QDate(2025, 1, 1), QDate(2025, 12, 31));
        // The agency inspected in the first quarter only, and found one hazard.
        ServiceRecord agency = inspection(QDate(2025, 2, 10), Inspector::Agency);
        QList<Hazard> found{ hazard(QDate(2025, 3, 10)) };
        m_street.saveInspection(m_db, agency, found);
        QCOMPARE(agency.agencyId, m_street.agency);
    }
    void cleanup() { m_db.close(); }

    void streetInspectionClosesThroughEveryStepAndIsNoObligation()
    {
        const QStringList complianceBefore = complianceRows();
        const QStringList scorecardBefore = scorecardRows();
        const int doneBefore = inspectionsDone();
        QCOMPARE(doneBefore, 1);
        QCOMPARE(scorecardBefore.size(), 1);

        // A street inspection in the second quarter, which the agency missed: it must not fill the gap.
        ServiceRecordRepository records(m_db);
        ServiceRecord street = inspection(QDate(2025, 5, 12), Inspector::Street);
        street.agencyId = m_street.agency; // a street inspection names no agency, whatever the form held
        QList<Hazard> found{ hazard(QDate(2025, 6, 12)) };
        QString error;
        QVERIFY2(records.save(street, &found, &error), qPrintable(error));
        QCOMPARE(street.agencyId, qint64(0));
        const std::optional<ServiceRecord> stored = records.find(street.id);
        QVERIFY(stored);
        QCOMPARE(stored->inspector, Inspector::Street);
        QCOMPARE(stored->agencyId, qint64(0));
        QCOMPARE(found.size(), 1);
        const qint64 id = found.first().id;
        QVERIFY(id > 0);

        HazardRepository repo(m_db);
        QCOMPARE(repo.find(id)->inspector, Inspector::Street);
        QCOMPARE(repo.find(id)->agencyId, qint64(0));
        QCOMPARE(repo.find(id)->state, HazardState::Registered);

        // The same closure loop: 整改, 复查 (failed once), 销号 with the "after" photo.
        QVERIFY2(repo.step(id, Action::StartRectifying, on(QDate(2025, 5, 13)), &error), qPrintable(error));
        QCOMPARE(repo.find(id)->state, HazardState::Rectifying);
        QVERIFY2(repo.step(id, Action::RequestRecheck, on(QDate(2025, 5, 20)), &error), qPrintable(error));
        QCOMPARE(repo.find(id)->state, HazardState::AwaitingRecheck);
        QVERIFY2(repo.step(id, Action::FailRecheck, on(QDate(2025, 5, 21), QStringLiteral("仍未接地")), &error),
                 qPrintable(error));
        QCOMPARE(repo.find(id)->state, HazardState::Rectifying);
        QVERIFY2(repo.step(id, Action::RequestRecheck, on(QDate(2025, 5, 28)), &error), qPrintable(error));
        QVERIFY(!repo.step(id, Action::PassRecheck, on(QDate(2025, 5, 30)), &error)); // no "after" evidence yet
        const QString photo = m_dir.filePath(QStringLiteral("after%1.jpg").arg(m_counter));
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("after photo");
        f.close();
        QVERIFY2(EvidenceRepository(m_db).attach(QStringLiteral("hazard"), id, photo, nullptr, &error,
                                                 QStringLiteral("after")),
                 qPrintable(error));
        QVERIFY2(repo.step(id, Action::PassRecheck, on(QDate(2025, 5, 30)), &error), qPrintable(error));
        const std::optional<Hazard> closed = repo.find(id);
        QCOMPARE(closed->state, HazardState::Closed);
        QCOMPARE(closed->closedOn, QDate(2025, 5, 30));
        QStringList actions;
        for (const HazardEvent& e : repo.events(id)) {
            actions << e.action;
        }
        QCOMPARE(actions,
                 (QStringList{ QStringLiteral("registered"), QStringLiteral("start_rectifying"),
                               QStringLiteral("request_recheck"), QStringLiteral("recheck_failed"),
                               QStringLiteral("request_recheck"), QStringLiteral("recheck_passed") }));

        // The agency's obligations and its scorecard are exactly as before.
        QCOMPARE(complianceRows(), complianceBefore);
        QCOMPARE(inspectionsDone(), doneBefore);
        QCOMPARE(scorecardRows(), scorecardBefore);
        const ScorecardYear scorecard = ScorecardYear::compute(m_db, 2025, Clock::today());
        QCOMPARE(scorecard.rows().first().hazardsFound, 1); // the agency's own hazard only
        QCOMPARE(scorecard.rows().first().count(ObligationKind::Inspection).done, 1);

        // The street's hazards are the street's: in the register, the export and the report's figures, on their
        // own line where the agency is shown.
        const HazardYear year = HazardYear::load(m_db, 2025, Clock::today());
        QCOMPARE(year.hazards().size(), 2);
        QCOMPARE(year.closedCount(), 1);
        QStringList sources;
        for (const Hazard& h : year.hazards()) {
            sources << year.sourceName(h);
        }
        QCOMPARE(sources, (QStringList{ QStringLiteral("锦安安全技术服务有限公司"), QStringLiteral("街道检查") }));
        QCOMPARE(HazardTable::row(year, year.hazards().last()).at(3), QStringLiteral("街道检查"));
        const AnnualReport report = AnnualReport::load(m_db, 2025, Clock::today());
        QCOMPARE(report.hazards().found, 2);
        QCOMPARE(report.hazards().closed, 1);
        QCOMPARE(report.streetInspections.inspections, 1);
        QCOMPARE(report.streetInspections.hazards.found, 1);
        QCOMPARE(report.streetInspections.hazards.closed, 1);
        QCOMPARE(report.jointInspections.inspections, 0);
        QCOMPARE(report.obligations.value(ObligationKind::Inspection).done, doneBefore);
        const QString printed = AnnualReportDocument::build(report)->toPlainText();
        QVERIFY2(printed.contains(QStringLiteral("街道自行组织的检查")), qPrintable(printed.left(400)));
        QVERIFY(printed.contains(QStringLiteral("街道检查")));
    }

    void streetInspectsWithoutAContract()
    {
        ServiceRecordRepository records(m_db);
        QString error;
        // 2024: no contract. The agency's record is refused; the street's own is not.
        ServiceRecord agency = inspection(QDate(2024, 11, 5), Inspector::Agency);
        QVERIFY(!records.save(agency, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("2024-11-05")), qPrintable(error));
        ServiceRecord street = inspection(QDate(2024, 11, 5), Inspector::Street);
        QList<Hazard> found{ hazard(QDate(2024, 12, 5)) };
        QVERIFY2(records.save(street, &found, &error), qPrintable(error));
        QCOMPARE(HazardRepository(m_db).find(found.first().id)->inspector, Inspector::Street);
        // A joint inspection needs the agency that went along: none served that day and none was chosen.
        ServiceRecord joint = inspection(QDate(2024, 11, 6), Inspector::Joint);
        QVERIFY(!records.save(joint, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("2024-11-06")), qPrintable(error));
        joint.agencyId = m_street.agency;
        QVERIFY2(records.save(joint, nullptr, &error), qPrintable(error));
        QCOMPARE(records.find(joint.id)->inspector, Inspector::Joint);
        // Only an inspection is ever the street's.
        ServiceRecord training = inspection(QDate(2025, 3, 1), Inspector::Street);
        training.kind = RecordKind::Training;
        training.topic = QStringLiteral("消防培训");
        training.peopleCount = 10;
        QVERIFY(!records.save(training, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("street")), qPrintable(error));
    }

    void jointInspectionIsTheStreetsLineNotTheAgencys()
    {
        const QStringList complianceBefore = complianceRows();
        const QStringList scorecardBefore = scorecardRows();
        // With the agency serving that day taken when none is chosen.
        ServiceRecord joint = inspection(QDate(2025, 8, 3), Inspector::Joint);
        QList<Hazard> found{ hazard(QDate(2025, 9, 3)) };
        QString error;
        QVERIFY2(ServiceRecordRepository(m_db).save(joint, &found, &error), qPrintable(error));
        QCOMPARE(joint.agencyId, m_street.agency);
        const std::optional<Hazard> h = HazardRepository(m_db).find(found.first().id);
        QCOMPARE(h->inspector, Inspector::Joint);
        QCOMPARE(h->agencyId, m_street.agency);
        QCOMPARE(complianceRows(), complianceBefore);
        QCOMPARE(scorecardRows(), scorecardBefore);
        const HazardYear year = HazardYear::load(m_db, 2025, Clock::today());
        QCOMPARE(year.sourceName(*h), QStringLiteral("联合检查（%1）").arg(QStringLiteral("锦安安全技术服务有限公司")));
        const AnnualReport report = AnnualReport::load(m_db, 2025, Clock::today());
        QCOMPARE(report.jointInspections.inspections, 1);
        QCOMPARE(report.jointInspections.hazards.found, 1);
        QCOMPARE(report.jointInspections.hazards.overdue, 1);
        QCOMPARE(report.streetInspections.inspections, 0);
        QCOMPARE(report.hazards().found, 2);
    }

    // The whole file to a workbook and into an empty one (handover to a new PC): who inspected goes with it, in
    // the workbook's words.
    void exportAllKeepsWhoInspected()
    {
        ServiceRecord street = inspection(QDate(2025, 4, 2), Inspector::Street);
        QList<Hazard> found{ hazard(QDate(2025, 5, 2)) };
        QString error;
        QVERIFY2(ServiceRecordRepository(m_db).save(street, &found, &error), qPrintable(error));
        const QString workbook = m_dir.filePath(QStringLiteral("all%1.xlsx").arg(m_counter));
        QVERIFY2(DatabaseExchange::exportAll(m_db, workbook, &error), qPrintable(error));
        QList<QPair<QString, TextTable>> sheets;
        QVERIFY2(DatabaseExchange::readWorkbook(workbook, &sheets, &error), qPrintable(error));
        bool worded = false;
        for (const auto& [name, table] : std::as_const(sheets)) {
            for (const QStringList& row : table.rows) {
                worded = worded || row.contains(QStringLiteral("街道检查"));
            }
        }
        QVERIFY(worded);
        Database second;
        QVERIFY2(second.open(m_dir.filePath(QStringLiteral("second%1.sqlite").arg(m_counter)), &error),
                 qPrintable(error));
        int rows = 0;
        QVERIFY2(DatabaseExchange::importAll(second, workbook, &rows, &error), qPrintable(error));
        QCOMPARE(ServiceRecordRepository(second).find(street.id)->inspector, Inspector::Street);
        QCOMPARE(ServiceRecordRepository(second).find(street.id)->agencyId, qint64(0));
        QCOMPARE(HazardRepository(second).find(found.first().id)->inspector, Inspector::Street);
    }

    void voidedStreetInspectionIsNotCounted()
    {
        ServiceRecordRepository records(m_db);
        ServiceRecord street = inspection(QDate(2025, 4, 2), Inspector::Street);
        QString error;
        QVERIFY2(records.save(street, nullptr, &error), qPrintable(error));
        QCOMPARE(AnnualReport::load(m_db, 2025, Clock::today()).streetInspections.inspections, 1);
        QVERIFY(records.voidRecord(street.id, QStringLiteral("entered twice"), &error));
        QCOMPARE(AnnualReport::load(m_db, 2025, Clock::today()).streetInspections.inspections, 0);
    }
};

QTEST_MAIN(TestStreetInspections) // the annual report document needs fonts
#include "TestStreetInspections.moc"
