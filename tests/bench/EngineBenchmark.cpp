#include "EngineBenchmark.h"

#include "SubsidyFloor.h"
#include "db/Database.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/ComplianceYear.h"
#include "reports/DashboardAlerts.h"
#include "reports/DashboardFigures.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyYear.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

namespace sl::bench {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

// Enterprises under service in the year with their agency, and their records of the year counted
// per kind and quarter: the raw material of every obligation figure.
const char* const kServedAndCounted
    = "WITH served AS (SELECT DISTINCT v.enterprise_id, c.agency_id FROM coverage v"
      "  JOIN contract c ON c.id = v.contract_id"
      "  WHERE v.service_start <= :end AND coalesce(v.service_end, c.period_end) >= :start"
      "  AND c.period_start <= :end AND c.period_end >= :start),"
      " counted AS (SELECT enterprise_id, kind, (CAST(substr(done_on, 6, 2) AS INTEGER) + 2) / 3 AS quarter,"
      "  count(*) AS n FROM service_record WHERE voided_at IS NULL AND done_on BETWEEN :start AND :asof"
      "  GROUP BY enterprise_id, kind, quarter) ";

} // namespace

EngineBenchmark::EngineBenchmark(const QString& path, const QDate& asOf)
    : m_path(path)
    , m_asOf(asOf)
{
}

bool EngineBenchmark::sqlOnce(const QString& sql, TimingSamples* samples, const std::function<void(QSqlQuery&)>& read,
                              QString* error)
{
    const QString name = QStringLiteral("bench-engine-limit");
    bool ok = false;
    {
        QElapsedTimer timer;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            return fail(error, db.lastError().text());
        }
        timer.start();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.bindValue(QStringLiteral(":start"), QDate(m_asOf.year(), 1, 1).toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":end"), QDate(m_asOf.year(), 12, 31).toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":asof"), m_asOf.toString(Qt::ISODate));
        if (sql.contains(QLatin1String(":year"))) {
            q.bindValue(QStringLiteral(":year"), m_asOf.year());
        }
        ok = q.exec();
        if (ok) {
            read(q);
        }
        samples->addNanoseconds(timer.nsecsElapsed());
        if (!ok) {
            fail(error, q.lastError().text());
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool EngineBenchmark::run(int repeat, Results* r, QString* error)
{
    core::Database db;
    if (!db.open(m_path, error)) {
        return false;
    }
    const int year = m_asOf.year();
    const int quarter = (m_asOf.month() - 1) / 3 + 1;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return fail(error, dir.errorString());
    }
    // Per agency, kind and quarter: what the dashboard shows.
    const QString dashboardSql = QString::fromLatin1(kServedAndCounted)
        + QStringLiteral("SELECT count(*), s.agency_id, c.kind, c.quarter, sum(c.n) FROM served s"
                         " LEFT JOIN counted c ON c.enterprise_id = s.enterprise_id"
                         " GROUP BY s.agency_id, c.kind, c.quarter");
    // Per enterprise, kind and quarter: the rows of the compliance list.
    const QString complianceSql = QString::fromLatin1(kServedAndCounted)
        + QStringLiteral("SELECT s.enterprise_id, s.agency_id, c.kind, c.quarter, c.n FROM served s"
                         " LEFT JOIN counted c ON c.enterprise_id = s.enterprise_id");
    // The subsidy list of the year, line for line (see SubsidyFloor).
    const QString subsidySql = SubsidyFloor::sql();
    const auto sumFirstColumn = [](QSqlQuery& q) {
        qint64 sum = 0;
        while (q.next()) {
            sum += q.value(0).toLongLong();
        }
        return sum;
    };

    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const core::ComplianceYear compliance
            = core::ComplianceYear::load(db, year, 0, m_asOf, core::ComplianceYear::Order::ById);
        const core::DashboardFigures figures = core::DashboardFigures::compute(compliance, quarter);
        const core::DashboardAlerts alerts
            = core::DashboardAlerts::load(db, m_asOf, core::DashboardFigures::kDueSoonDays);
        r->dashboard.addNanoseconds(timer.nsecsElapsed());
        r->overdue = figures.overdueThisYear;
        r->openHazards = alerts.openHazards;

        timer.restart();
        const core::ComplianceYear again = core::ComplianceYear::load(db, year, 0, m_asOf);
        r->complianceYear.addNanoseconds(timer.nsecsElapsed());
        r->obligations = static_cast<int>(again.rows().size());

        timer.restart();
        const core::SubsidyYear subsidies = core::SubsidyYear::load(db, year);
        r->subsidyYear.addNanoseconds(timer.nsecsElapsed());
        r->subsidyLines = static_cast<int>(subsidies.lines().size());

        const QString xlsx = dir.filePath(QStringLiteral("subsidies-%1.xlsx").arg(i));
        timer.restart();
        if (!core::SubsidyListExport::writeXlsx(subsidies, QStringLiteral("Bench"), xlsx, error)) {
            return false;
        }
        r->subsidyXlsx.addNanoseconds(timer.nsecsElapsed());

        // The annual report of the year, figures to file, as the clerk saves it.
        const QString pdf = dir.filePath(QStringLiteral("annual-%1.pdf").arg(i));
        timer.restart();
        const core::AnnualReport report = core::AnnualReport::load(db, year, m_asOf);
        const std::unique_ptr<QTextDocument> document = core::AnnualReportDocument::build(report);
        if (!core::PdfDocumentWriter::write(*document, core::AnnualReportDocument::title(report), report.streetName,
                                            QPageLayout::Portrait, pdf, error, [r](int, int pages) {
                                                r->annualPages = pages;
                                                return true;
                                            })) {
            return false;
        }
        r->annualPdf.addNanoseconds(timer.nsecsElapsed());

        QList<core::SubsidyLine> floorLines;
        if (!sqlOnce(
                dashboardSql, &r->dashboardLimit, [&](QSqlQuery& q) { sumFirstColumn(q); }, error)
            || !sqlOnce(
                complianceSql, &r->complianceLimit, [&](QSqlQuery& q) { sumFirstColumn(q); }, error)
            || !sqlOnce(
                subsidySql, &r->subsidyLimit, [&](QSqlQuery& q) { floorLines = SubsidyFloor::read(q); }, error)) {
            return false;
        }
        QString why;
        if (!SubsidyFloor::same(floorLines, subsidies.lines(), &why) && r->subsidyChecked) {
            r->subsidyChecked = false;
            r->subsidyMismatch = why;
        }
    }
    return true;
}

} // namespace sl::bench
