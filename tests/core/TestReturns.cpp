#include "Clock.h"
#include "StreetFixture.h"
#include "TestStreet.h"
#include "db/HazardRepository.h"
#include "db/ReturnRepository.h"
#include "db/RiskRepository.h"
#include "db/ServiceRecordRepository.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "reports/ComplianceYear.h"
#include "returns/ReturnImport.h"
#include "returns/ReturnRows.h"
#include "returns/ReturnTemplate.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <unzip.h>

using namespace sl::core;
using W = ReturnWorkbook;

// An agency's quarterly return: the template as written, filled in, imported, imported again, refused
// for one bad row, and corrected.
class TestReturns : public QObject, private StreetFixture
{
    Q_OBJECT

private:
    qint64 m_inspection = 0;
    qint64 m_hazard = 0;

    int count(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The done count of an obligation of the street's enterprise.
    int done(ObligationKind kind, int quarter)
    {
        const ComplianceYear year = ComplianceYear::load(m_db, 2025, 0, Clock::today());
        for (const Obligation& o : year.rows()) {
            if (o.enterpriseId == m_street.enterprise && o.kind == kind && o.quarter == quarter) {
                return o.done;
            }
        }
        return -1;
    }

    ReturnWorkbook templateFor(int quarter = 3)
    {
        ReturnWorkbook wb;
        QString error;
        const bool built = ReturnTemplate::build(m_db, m_street.agency, 2025, quarter, &wb, &error);
        if (!built) {
            qWarning() << error;
        }
        return wb;
    }

    // The template filled in the way an agency would: an inspection that found a hazard, a training, the
    // next step of the open hazard and one baseline document.
    ReturnWorkbook filled()
    {
        ReturnWorkbook wb = templateFor();
        QStringList& inspection = wb.data[ReturnSheet::Inspections].rows.last();
        inspection[W::Inspection::Date] = QStringLiteral("2025/8/10");
        inspection[W::Inspection::Experts] = QStringLiteral("\u738b\u5de5");
        inspection[W::Inspection::Findings] = QStringLiteral("\u914d\u7535\u7bb1\u95e8\u672a\u5173\u95ed");
        QStringList& hazard = wb.data[ReturnSheet::NewHazards].rows.last();
        hazard[W::NewHazard::Date] = QStringLiteral("2025-08-10");
        hazard[W::NewHazard::Description] = QStringLiteral("\u914d\u7535\u7bb1\u95e8\u672a\u5173\u95ed");
        hazard[W::NewHazard::Grade] = QStringLiteral("\u4e00\u822c\u9690\u60a3");
        hazard[W::NewHazard::Deadline] = QStringLiteral("2025-09-10");
        QStringList& training = wb.data[ReturnSheet::Trainings].rows.last();
        training[W::Training::Date] = QStringLiteral("2025-08-20");
        training[W::Training::Topic] = QStringLiteral("\u6d88\u9632\u5b89\u5168");
        training[W::Training::People] = QStringLiteral("20");
        QStringList& step = wb.data[ReturnSheet::HazardProgress].rows.first();
        step[W::Progress::Action] = QStringLiteral("\u5f00\u59cb\u6574\u6539");
        step[W::Progress::Date] = QStringLiteral("2025-08-01");
        wb.data[ReturnSheet::Baseline].rows[4][W::Baseline::Date] = QStringLiteral("2025-07-15");
        return wb;
    }

    ReturnImport::Preview importFile(const ReturnWorkbook& wb, const QString& name, bool commit = true)
    {
        QString error;
        if (!wb.write(path(name), &error)) {
            qWarning() << error;
        }
        const ReturnImport::Preview preview = ReturnImport::prepare(m_db, path(name));
        if (commit && preview.canCommit() && !ReturnImport::commit(m_db, preview, &error)) {
            qWarning() << error;
        }
        return preview;
    }

    static QByteArray zipEntry(const QString& file, const char* entry)
    {
        QByteArray out;
        unzFile zip = unzOpen(QFile::encodeName(file).constData());
        if (zip && unzLocateFile(zip, entry, 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
            char buffer[8192];
            int n = 0;
            while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
                out.append(buffer, n);
            }
            unzCloseCurrentFile(zip);
        }
        if (zip) {
            unzClose(zip);
        }
        return out;
    }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 9, 20)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        openStreet(QStringLiteral("r"), QDate(2025, 1, 1), QDate(2026, 12, 31));
        // Already in the ledger: an inspection of July with a hazard, entered by the clerk.
        ServiceRecord r = m_street.inspection(QDate(2025, 7, 5));
        r.expertIds = { m_street.expert };
        r.content = QStringLiteral("\u706d\u706b\u5668\u8fc7\u671f");
        QList<Hazard> hazards{ TestStreet::hazard(QStringLiteral("\u706d\u706b\u5668\u8fc7\u671f"),
                                                  QDate(2025, 8, 5)) };
        m_street.saveInspection(m_db, r, hazards);
        m_inspection = m_street.inspectionId;
        m_hazard = hazards.first().id;
    }
    void cleanup() { m_db.close(); }

    void templateIsPrefilledFromTheLedger()
    {
        const ReturnWorkbook wb = templateFor();
        QCOMPARE(wb.meta.agencyId, m_street.agency);
        QCOMPARE(wb.meta.firstDay(), QDate(2025, 7, 1));
        QCOMPARE(wb.meta.lastDay(), QDate(2025, 9, 30));
        // The recorded inspection, numbered, then an empty row for the enterprise.
        const QList<QStringList> inspections = wb.data.value(ReturnSheet::Inspections).rows;
        QCOMPARE(inspections.size(), 2);
        QCOMPARE(inspections.at(0).value(W::Inspection::Id), QString::number(m_inspection));
        QCOMPARE(inspections.at(0).value(W::Inspection::Date), QStringLiteral("2025-07-05"));
        QCOMPARE(inspections.at(0).value(W::Inspection::Experts), QStringLiteral("\u738b\u5de5"));
        QCOMPARE(inspections.at(1).value(W::Inspection::Code), QStringLiteral("91110000600037341L"));
        QVERIFY(inspections.at(1).value(W::Inspection::Id).isEmpty());
        const QList<QStringList> progress = wb.data.value(ReturnSheet::HazardProgress).rows;
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().value(W::Progress::HazardId), QString::number(m_hazard));
        QCOMPARE(progress.first().value(W::Progress::State), QStringLiteral("\u767b\u8bb0"));
        QCOMPARE(wb.data.value(ReturnSheet::Baseline).rows.size(), 5);
        // Year-end reports get no empty row in Q3.
        QCOMPARE(wb.data.value(ReturnSheet::YearEndReports).rows.size(), 0);
        QString error;
        QVERIFY(!ReturnTemplate::build(m_db, m_street.agency, 2027, 1, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("2027")));
    }

    void workbookIsProtectedWithListsAndAHiddenSheet()
    {
        const QString file = path(QStringLiteral("template.xlsx"));
        QString error;
        QVERIFY2(ReturnTemplate::write(m_db, m_street.agency, 2025, 3, file, &error), qPrintable(error));
        QList<QPair<QString, TextTable>> sheets;
        QVERIFY2(XlsxReader::readAll(file, ReadLimits(), &sheets, &error), qPrintable(error));
        QStringList names;
        for (const auto& s : sheets) {
            names << s.first;
        }
        QCOMPARE(
            names,
            QStringList({ QStringLiteral("\u586b\u5199\u8bf4\u660e"), QStringLiteral("\u5b89\u5168\u68c0\u67e5"),
                          QStringLiteral("\u65b0\u53d1\u73b0\u9690\u60a3"), QStringLiteral("\u9690\u60a3\u6574\u6539"),
                          QStringLiteral("\u5b89\u5168\u57f9\u8bad"), QStringLiteral("\u5e94\u6025\u6f14\u7ec3"),
                          QStringLiteral("\u57fa\u7840\u8d44\u6599"), QStringLiteral("\u5e74\u5ea6\u62a5\u544a"),
                          QStringLiteral("\u98ce\u9669\u8bc4\u4f30"), QStringLiteral("\u62a5\u9001\u4fe1\u606f") }));
        // Cell by cell: the header, the numbered record with its date as a date cell, the empty row.
        const TextTable& inspections = sheets.at(1).second;
        QCOMPARE(
            inspections.rows.at(0),
            QStringList({ QStringLiteral("\u767b\u8bb0\u7f16\u53f7"),
                          QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"),
                          QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), QStringLiteral("\u68c0\u67e5\u65e5\u671f"),
                          QStringLiteral("\u68c0\u67e5\u4e13\u5bb6"), QStringLiteral("\u68c0\u67e5\u60c5\u51b5") }));
        QCOMPARE(inspections.rows.at(1).value(3), QStringLiteral("2025-07-05"));
        QCOMPARE(inspections.rows.at(2).value(2), QStringLiteral("\u6052\u8fbe\u673a\u68b0\u6709\u9650\u516c\u53f8"));

        const QByteArray workbook = zipEntry(file, "xl/workbook.xml");
        QVERIFY(workbook.contains("name=\"" + QStringLiteral("\u62a5\u9001\u4fe1\u606f").toUtf8()
                                  + "\" sheetId=\"10\" state=\"hidden\""));
        const QByteArray hazards = zipEntry(file, "xl/worksheets/sheet3.xml");
        QVERIFY(hazards.contains("<sheetProtection"));
        QVERIFY(hazards.contains("<dataValidation type=\"list\""));
        QVERIFY(hazards.contains(QStringLiteral("\"\u4e00\u822c\u9690\u60a3,\u91cd\u5927\u9690\u60a3\"").toUtf8()));
        QVERIFY(hazards.contains("<dataValidation type=\"date\""));
        const QByteArray progress = zipEntry(file, "xl/worksheets/sheet4.xml");
        QVERIFY(progress.contains(QStringLiteral("\"\u5f00\u59cb\u6574\u6539,\u7533\u8bf7\u590d\u67e5,"
                                                 "\u590d\u67e5\u901a\u8fc7,\u590d\u67e5\u4e0d\u901a\u8fc7\"")
                                      .toUtf8()));
        // The header style is locked, the empty cells of a column are not.
        const QByteArray styles = zipEntry(file, "xl/styles.xml");
        QVERIFY(styles.contains("<protection locked=\"0\"/>"));
    }

    void importChangesComplianceAndTheSameFileTwiceAddsNothing()
    {
        QCOMPARE(done(ObligationKind::Inspection, 3), 1);
        QCOMPARE(done(ObligationKind::Training, 0), 0);
        const ReturnImport::Preview preview = importFile(filled(), QStringLiteral("filled.xlsx"));
        QVERIFY2(preview.refusals.isEmpty(), qPrintable(preview.refusals.value(0).reason));
        QCOMPARE(preview.additions.size(), 5);
        QCOMPARE(done(ObligationKind::Inspection, 3), 2);
        QCOMPARE(done(ObligationKind::Training, 0), 1);
        QCOMPARE(HazardRepository(m_db).find(m_hazard)->state, HazardState::Rectifying);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hazard")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM baseline_document")), 1);

        // Where each record came from.
        const qint64 newInspection
            = count(QStringLiteral("SELECT max(id) FROM service_record WHERE kind = 'inspection'"));
        const auto source = ReturnRepository(m_db).provenance(ReturnItem::Target::ServiceRecord, newInspection);
        QVERIFY(source.has_value());
        QCOMPARE(source->fileName, QStringLiteral("filled.xlsx"));
        QCOMPARE(source->sheet, QStringLiteral("inspections"));
        QCOMPARE(source->row, 3);
        QCOMPARE(source->sha256.size(), 64);

        const QString before = QStringLiteral("%1/%2/%3/%4/%5")
                                   .arg(count(QStringLiteral("SELECT count(*) FROM service_record")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM hazard")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM hazard_event")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM agency_return")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM return_item")));
        const ReturnImport::Preview again = ReturnImport::prepare(m_db, path(QStringLiteral("filled.xlsx")));
        QVERIFY(again.sameFileAgain);
        QString error;
        QVERIFY(ReturnImport::commit(m_db, again, &error));
        const QString after = QStringLiteral("%1/%2/%3/%4/%5")
                                  .arg(count(QStringLiteral("SELECT count(*) FROM service_record")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM hazard")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM hazard_event")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM agency_return")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM return_item")));
        QCOMPARE(after, before);
        QCOMPARE(done(ObligationKind::Inspection, 3), 2);

        // A template made after the import shows what it brought as numbered rows; sent back as it is, it
        // keeps everything and adds nothing.
        const ReturnImport::Preview resent = importFile(templateFor(), QStringLiteral("resent.xlsx"), false);
        QVERIFY2(resent.canCommit(), qPrintable(resent.summary()));
        QCOMPARE(resent.additions.size(), 0);
    }

    // The 风险评估 sheet: one row per risk point, the rows of an enterprise and day one assessment graded by the ledger
    // (LEC or matrix); a bad figure refuses the file with its sheet and row; the same file twice adds nothing.
    void riskSheetImportsOnceAndIsChecked()
    {
        ReturnWorkbook wb = templateFor();
        TextTable& risks = wb.data[ReturnSheet::RiskAssessments];
        QCOMPARE(risks.rows.size(), 1); // a blank row for the enterprise served
        QStringList lec = risks.rows.first();
        lec[W::Risk::Date] = QStringLiteral("2025-08-05");
        lec[W::Risk::Assessors] = QStringLiteral("\u738b\u5de5");
        lec[W::Risk::Place] = QStringLiteral("\u51b2\u538b\u8f66\u95f4");
        lec[W::Risk::Accident] = QStringLiteral("\u673a\u68b0\u4f24\u5bb3");
        lec[W::Risk::Method] = QStringLiteral("LEC");
        lec[W::Risk::L] = QStringLiteral("6");
        lec[W::Risk::E] = QStringLiteral("3");
        lec[W::Risk::C] = QStringLiteral("15"); // D = 270: considerable
        lec[W::Risk::Measures] = QStringLiteral("\u53cc\u624b\u6309\u94ae");
        QStringList matrix = lec;
        matrix[W::Risk::Place] = QStringLiteral("\u5371\u5316\u54c1\u4ed3\u5e93");
        matrix[W::Risk::Method] = QStringLiteral("\u98ce\u9669\u77e9\u9635");
        matrix[W::Risk::L] = matrix[W::Risk::E] = matrix[W::Risk::C] = QString();
        matrix[W::Risk::Likelihood] = QStringLiteral("5");
        matrix[W::Risk::Severity] = QStringLiteral("4"); // R = 20: major
        risks.rows = { lec, matrix };
        risks.lines = { 2, 3 };

        // A figure out of the LEC table's range refuses the whole file, naming the sheet and row.
        ReturnWorkbook bad = wb;
        bad.data[ReturnSheet::RiskAssessments].rows[1][W::Risk::Method] = QStringLiteral("LEC");
        bad.data[ReturnSheet::RiskAssessments].rows[1][W::Risk::L] = QStringLiteral("20");
        bad.data[ReturnSheet::RiskAssessments].rows[1][W::Risk::E] = QStringLiteral("3");
        bad.data[ReturnSheet::RiskAssessments].rows[1][W::Risk::C] = QStringLiteral("15");
        const ReturnImport::Preview refused = importFile(bad, QStringLiteral("bad-risk.xlsx"));
        QCOMPARE(refused.refusals.size(), 1);
        QCOMPARE(refused.refusals.first().sheet, ReturnSheet::RiskAssessments);
        QCOMPARE(refused.refusals.first().row, 3);
        QVERIFY(!refused.canCommit());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM risk_assessment")), 0);

        const ReturnImport::Preview preview = importFile(wb, QStringLiteral("risk.xlsx"));
        QVERIFY2(preview.refusals.isEmpty(), qPrintable(preview.refusals.value(0).reason));
        QCOMPARE(preview.additions.size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM risk_assessment")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM risk_point")), 2);
        const QList<RiskAssessment> stored = RiskRepository(m_db).listOf(m_street.enterprise);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().agencyId, m_street.agency);
        QCOMPARE(stored.first().assessedOn, QDate(2025, 8, 5));
        QVERIFY(stored.first().returnId > 0);
        QCOMPARE(stored.first().points.size(), 2);
        QCOMPARE(int(stored.first().points.at(0).level), int(RiskLevel::Considerable));
        QCOMPARE(int(stored.first().points.at(1).level), int(RiskLevel::Major));
        QCOMPARE(int(stored.first().overallLevel()), int(RiskLevel::Major));
        const auto source = ReturnRepository(m_db).provenance(ReturnItem::Target::RiskAssessment, stored.first().id);
        QVERIFY(source.has_value());
        QCOMPARE(source->sheet, QStringLiteral("risk_assessments"));

        // The same file twice adds nothing.
        const QString before = QStringLiteral("%1/%2/%3/%4")
                                   .arg(count(QStringLiteral("SELECT count(*) FROM risk_assessment")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM risk_point")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM agency_return")))
                                   .arg(count(QStringLiteral("SELECT count(*) FROM return_item")));
        const ReturnImport::Preview again = ReturnImport::prepare(m_db, path(QStringLiteral("risk.xlsx")));
        QVERIFY(again.sameFileAgain);
        QString error;
        QVERIFY(ReturnImport::commit(m_db, again, &error));
        const QString after = QStringLiteral("%1/%2/%3/%4")
                                  .arg(count(QStringLiteral("SELECT count(*) FROM risk_assessment")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM risk_point")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM agency_return")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM return_item")));
        QCOMPARE(after, before);

        // A corrected file (one point fewer) replaces the assessment the earlier one brought.
        wb.data[ReturnSheet::RiskAssessments].rows.removeLast();
        wb.data[ReturnSheet::RiskAssessments].lines.removeLast();
        const ReturnImport::Preview corrected = importFile(wb, QStringLiteral("risk-corrected.xlsx"));
        QVERIFY2(corrected.refusals.isEmpty(), qPrintable(corrected.refusals.value(0).reason));
        const QList<RiskAssessment> now = RiskRepository(m_db).listOf(m_street.enterprise);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().points.size(), 1);
        QCOMPARE(int(now.first().overallLevel()), int(RiskLevel::Considerable));
    }

    void oneIllegalRowImportsNothingAndNamesIt()
    {
        ReturnWorkbook wb = filled();
        // The training is dated after the quarter.
        wb.data[ReturnSheet::Trainings].rows.last()[W::Training::Date] = QStringLiteral("2025-10-02");
        const int records = count(QStringLiteral("SELECT count(*) FROM service_record"));
        const ReturnImport::Preview preview = importFile(wb, QStringLiteral("bad.xlsx"));
        QCOMPARE(preview.refusals.size(), 1);
        QCOMPARE(preview.refusals.first().sheet, ReturnSheet::Trainings);
        QCOMPARE(preview.refusals.first().row, 2);
        QVERIFY2(preview.refusals.first().reason.contains(QStringLiteral("2025-10-02")),
                 qPrintable(preview.refusals.first().reason));
        QVERIFY(!preview.canCommit());
        QString error;
        QVERIFY(!ReturnImport::commit(m_db, preview, &error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_record")), records);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hazard")), 1);
        QCOMPARE(HazardRepository(m_db).find(m_hazard)->state, HazardState::Registered);
        QCOMPARE(done(ObligationKind::Inspection, 3), 1);
        // The refusal is noted for the quarter's list, with nothing else.
        QVERIFY(ReturnImport::recordRefusal(m_db, preview, &error));
        const QList<AgencyReturn> list = ReturnRepository(m_db).list(2025, 3);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().status, AgencyReturn::Status::Refused);
        QCOMPARE(list.first().rowsRefused, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_record")), records);
    }

    void eachRuleRefusesItsRow_data()
    {
        QTest::addColumn<int>("sheet");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        const int inspections = int(ReturnSheet::Inspections);
        QTest::newRow("future") << inspections << int(W::Inspection::Date) << QStringLiteral("2025-09-25")
                                << QStringLiteral("2025-09-25");
        QTest::newRow("not a date") << inspections << int(W::Inspection::Date)
                                    << QStringLiteral("\u516b\u6708\u5341\u65e5")
                                    << QStringLiteral("\u516b\u6708\u5341\u65e5");
        QTest::newRow("unknown expert") << inspections << int(W::Inspection::Experts) << QStringLiteral("\u674e\u5de5")
                                        << QStringLiteral("\u674e\u5de5");
        QTest::newRow("other enterprise")
            << inspections << int(W::Inspection::Code) << QStringLiteral("91350100M000100Y43")
            << QStringLiteral("91350100M000100Y43");
        QTest::newRow("no attendees") << int(ReturnSheet::Trainings) << int(W::Training::People) << QStringLiteral("0")
                                      << QString();
        QTest::newRow("half a person") << int(ReturnSheet::Trainings) << int(W::Training::People)
                                       << QStringLiteral("2.5") << QString();
        QTest::newRow("grade") << int(ReturnSheet::NewHazards) << int(W::NewHazard::Grade)
                               << QStringLiteral("\u8f83\u5927") << QStringLiteral("\u8f83\u5927");
        QTest::newRow("hazard without inspection") << int(ReturnSheet::NewHazards) << int(W::NewHazard::Date)
                                                   << QStringLiteral("2025-08-11") << QStringLiteral("2025-08-11");
        QTest::newRow("illegal step") << int(ReturnSheet::HazardProgress) << int(W::Progress::Action)
                                      << QStringLiteral("\u590d\u67e5\u901a\u8fc7") << QString();
        QTest::newRow("changed record") << inspections << -1
                                        << QStringLiteral("\u53e6\u5199\u7684\u68c0\u67e5\u60c5\u51b5")
                                        << QString::number(1);
    }

    void eachRuleRefusesItsRow()
    {
        QFETCH(int, sheet);
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        ReturnWorkbook wb = filled();
        if (ReturnSheet(sheet) == ReturnSheet::Inspections) {
            // The hazard found by the inspection would be refused with it.
            QStringList& hazard = wb.data[ReturnSheet::NewHazards].rows.last();
            hazard = ReturnRows::blank(ReturnSheet::NewHazards, hazard.value(1), hazard.value(2));
        }
        TextTable& table = wb.data[ReturnSheet(sheet)];
        int row = 0;
        if (column < 0) {
            // The numbered row of the recorded inspection, changed.
            table.rows.first()[W::Inspection::Findings] = value;
        } else {
            table.rows.last()[column] = value;
            row = int(table.rows.size()) - 1;
        }
        const int records = count(QStringLiteral("SELECT count(*) FROM service_record"));
        const ReturnImport::Preview preview = importFile(wb, QStringLiteral("rule.xlsx"));
        QCOMPARE(preview.refusals.size(), 1);
        QCOMPARE(int(preview.refusals.first().sheet), sheet);
        QCOMPARE(preview.refusals.first().row, row + 2);
        QVERIFY2(preview.refusals.first().reason.contains(reason), qPrintable(preview.refusals.first().reason));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_record")), records);
    }

    void correctedFileReplacesWhatTheEarlierOneBrought()
    {
        // The agency keeps its own copy of the file it sent, and corrects that.
        ReturnWorkbook wb = filled();
        QVERIFY(importFile(wb, QStringLiteral("first.xlsx")).refusals.isEmpty());
        const qint64 firstInspection
            = count(QStringLiteral("SELECT max(id) FROM service_record WHERE kind = 'inspection'"));
        const qint64 newHazard = count(QStringLiteral("SELECT max(id) FROM hazard"));
        QCOMPARE(done(ObligationKind::Training, 0), 1);

        // The agency corrects its file: other findings for the inspection, no training after all, and
        // the hazard step and the rest as before.
        wb.data[ReturnSheet::Inspections].rows.last()[W::Inspection::Findings]
            = QStringLiteral("\u914d\u7535\u7bb1\u95e8\u672a\u5173\u95ed\uff0c\u5df2\u544a\u77e5");
        QStringList& training = wb.data[ReturnSheet::Trainings].rows.last();
        training = ReturnRows::blank(ReturnSheet::Trainings, training.value(1), training.value(2));
        const ReturnImport::Preview preview = importFile(wb, QStringLiteral("second.xlsx"));
        QVERIFY2(preview.refusals.isEmpty(), qPrintable(preview.refusals.value(0).reason));
        QCOMPARE(preview.additions.size(), 1); // the inspection as corrected
        QCOMPARE(preview.withdrawals.size(), 2); // the inspection as first sent, and the training
        QVERIFY(preview.summary().contains(QStringLiteral("first.xlsx")));

        QCOMPARE(done(ObligationKind::Training, 0), 0);
        QCOMPARE(done(ObligationKind::Inspection, 3), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_record WHERE voided_at IS NOT NULL")), 2);
        const std::optional<ServiceRecord> voided = ServiceRecordRepository(m_db).find(firstInspection);
        QVERIFY(voided && voided->isVoided());
        QVERIFY(voided->voidReason.contains(QStringLiteral("second.xlsx")));
        // The hazard stays, now on the corrected inspection; the step is kept, not repeated.
        const qint64 secondInspection
            = count(QStringLiteral("SELECT max(id) FROM service_record WHERE kind = 'inspection'"));
        QCOMPARE(HazardRepository(m_db).find(newHazard)->inspectionId, secondInspection);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hazard_event WHERE action = 'start_rectifying'")), 1);
        const QList<AgencyReturn> list = ReturnRepository(m_db).list(2025, 3);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).status, AgencyReturn::Status::Imported);
        QCOMPARE(list.at(1).status, AgencyReturn::Status::Replaced);
        QCOMPARE(list.at(1).replacedBy, list.at(0).id);
        QCOMPARE(list.at(0).rowsAdded, 1);
        QCOMPARE(list.at(0).rowsWithdrawn, 2);
        QCOMPARE(list.at(1).rowsAdded, 5);

        // A third file without the hazard step takes it back: the hazard is registered again.
        wb.data[ReturnSheet::HazardProgress].rows.first()[W::Progress::Action].clear();
        wb.data[ReturnSheet::HazardProgress].rows.first()[W::Progress::Date].clear();
        const ReturnImport::Preview third = importFile(wb, QStringLiteral("third.xlsx"));
        QVERIFY2(third.refusals.isEmpty(), qPrintable(third.refusals.value(0).reason));
        QCOMPARE(third.withdrawals.size(), 1);
        QCOMPARE(HazardRepository(m_db).find(m_hazard)->state, HazardState::Registered);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hazard_event WHERE action = 'withdrawn'")), 1);
    }

    void freshTemplateContinuesFromWhereTheHazardStands()
    {
        QVERIFY(importFile(filled(), QStringLiteral("first.xlsx")).refusals.isEmpty());
        QCOMPARE(HazardRepository(m_db).find(m_hazard)->state, HazardState::Rectifying);
        // A template made after that import shows the hazard rectifying; the agency asks for the re-check.
        ReturnWorkbook wb = templateFor();
        QStringList& step = wb.data[ReturnSheet::HazardProgress].rows.first();
        QCOMPARE(step.value(W::Progress::State), QStringLiteral("\u6574\u6539\u4e2d"));
        step[W::Progress::Action] = QStringLiteral("\u7533\u8bf7\u590d\u67e5");
        step[W::Progress::Date] = QStringLiteral("2025-09-01");
        const ReturnImport::Preview preview = importFile(wb, QStringLiteral("next.xlsx"));
        QVERIFY2(preview.refusals.isEmpty(), qPrintable(preview.refusals.value(0).reason));
        QCOMPARE(preview.additions.size(), 1);
        QCOMPARE(preview.withdrawals.size(), 0);
        QCOMPARE(HazardRepository(m_db).find(m_hazard)->state, HazardState::AwaitingRecheck);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hazard_event WHERE action = 'withdrawn'")), 0);
        // Both steps now belong to the return in force.
        const std::optional<AgencyReturn> current = ReturnRepository(m_db).current(m_street.agency, 2025, 3);
        QVERIFY(current.has_value());
        QCOMPARE(current->fileName, QStringLiteral("next.xlsx"));
        int steps = 0;
        for (const ReturnItem& item : ReturnRepository(m_db).items(current->id)) {
            steps += item.target == ReturnItem::Target::HazardEvent ? 1 : 0;
        }
        QCOMPARE(steps, 2);
    }

    void notAReturnIsRefusedWhole()
    {
        const QString file = path(QStringLiteral("plain.xlsx"));
        XlsxWriter out(file);
        out.addWorksheet(QStringLiteral("Sheet1"));
        out.writeText(0, 0, QStringLiteral("x"));
        QString error;
        QVERIFY(out.close(&error));
        const ReturnImport::Preview preview = ReturnImport::prepare(m_db, file);
        QVERIFY(!preview.fileProblem.isEmpty());
        QVERIFY(preview.fileProblem.contains(QStringLiteral("plain.xlsx")));
        QVERIFY(!ReturnImport::commit(m_db, preview, &error));
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "TestReturns.moc"
