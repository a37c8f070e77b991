#include "EngineBenchmark.h"

#include "SubsidyFloor.h"
#include "db/Database.h"
#include "db/ErrorOut.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/ComplianceYear.h"
#include "reports/DashboardAlerts.h"
#include "reports/DashboardFigures.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyYear.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

namespace sl::bench {

namespace {

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

// Records of one enterprise (0: of all) of a kind ('inspection', 'training', 'drill') in a quarter (0: the year).
using RecordCounts = QHash<QString, qint64>;

QString countKey(qint64 enterpriseId, const QString& kind, int quarter)
{
    return QStringLiteral("%1/%2/%3").arg(enterpriseId).arg(kind).arg(quarter);
}

// What the program counted of the figures the limits reproduce: per enterprise, kind and quarter (and per kind
// and quarter over all enterprises), the records of the inspections, trainings and drills it required.
RecordCounts programCounts(const core::ComplianceYear& year, QSet<qint64>* served)
{
    RecordCounts counts;
    for (const core::Obligation& o : year.rows()) {
        served->insert(o.enterpriseId);
        if (o.required <= 0) {
            continue;
        }
        QString kind;
        switch (o.kind) {
        case core::ObligationKind::Inspection:
            kind = QStringLiteral("inspection");
            break;
        case core::ObligationKind::Training:
            kind = QStringLiteral("training");
            break;
        case core::ObligationKind::Drill:
            kind = QStringLiteral("drill");
            break;
        default:
            continue;
        }
        counts[countKey(o.enterpriseId, kind, o.quarter)] += o.done;
        counts[countKey(0, kind, o.quarter)] += o.done;
    }
    return counts;
}

// Whether the limit's counts are the program's where the program required them; the yearly kinds are compared
// on the year's total (the limit counts them per quarter).
bool sameCounts(const RecordCounts& program, const RecordCounts& limit, QString* why)
{
    for (auto it = program.constBegin(); it != program.constEnd(); ++it) {
        const QStringList key = it.key().split(QLatin1Char('/'));
        qint64 sql = 0;
        if (key.at(2) == QLatin1String("0")) {
            for (int q = 1; q <= 4; ++q) {
                sql += limit.value(countKey(key.at(0).toLongLong(), key.at(1), q));
            }
        } else {
            sql = limit.value(it.key());
        }
        if (sql != it.value()) {
            *why = QStringLiteral("%1 (enterprise/kind/quarter; 0: all): the program counted %2, SQL %3")
                       .arg(it.key())
                       .arg(it.value())
                       .arg(sql);
            return false;
        }
    }
    return true;
}

void check(bool same, const QString& why, bool* checked, QString* mismatch)
{
    if (!same && *checked) {
        *checked = false;
        *mismatch = why;
    }
}

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
            return core::failWith(error, db.lastError().text());
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
            core::failWith(error, q.lastError().text());
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
        return core::failWith(error, dir.errorString());
    }
    // Reproduces the enterprises under service in the year that the dashboard's figures are computed from (the
    // compliance year's; the dashboard then counts as served those owed anything, which is obligation logic) and,
    // over all of them, the inspections, trainings and drills done per quarter up to today (the sums of the
    // compliance rows' done counts the figures are made of). It computes no obligation: a floor, not the figures.
    const QString dashboardSql = QString::fromLatin1(kServedAndCounted)
        + QStringLiteral("SELECT (SELECT count(DISTINCT enterprise_id) FROM served), NULL, 0, 0"
                         " UNION ALL SELECT 0, c.kind, c.quarter, sum(c.n) FROM counted c"
                         " WHERE c.enterprise_id IN (SELECT enterprise_id FROM served) GROUP BY c.kind, c.quarter");
    // Reproduces the compliance list's enterprises (those under service in the year) and, per enterprise, kind
    // and quarter, the inspections, trainings and drills done up to today (each row's done count). It computes
    // no obligation (what is required, due, overdue): a floor, not the list.
    const QString complianceSql = QString::fromLatin1(kServedAndCounted)
        + QStringLiteral("SELECT s.enterprise_id, s.agency_id, c.kind, c.quarter, c.n FROM served s"
                         " LEFT JOIN counted c ON c.enterprise_id = s.enterprise_id");
    // The subsidy list of the year, line for line (see SubsidyFloor).
    const QString subsidySql = SubsidyFloor::sql();
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
        qint64 dashboardServed = 0;
        RecordCounts dashboardCounts;
        const auto readDashboard = [&](QSqlQuery& q) {
            while (q.next()) {
                if (q.value(1).isNull()) {
                    dashboardServed = q.value(0).toLongLong();
                } else {
                    dashboardCounts[countKey(0, q.value(1).toString(), q.value(2).toInt())] += q.value(3).toLongLong();
                }
            }
        };
        QSet<qint64> complianceServed;
        RecordCounts complianceCounts;
        const auto readCompliance = [&](QSqlQuery& q) {
            while (q.next()) {
                complianceServed.insert(q.value(0).toLongLong());
                if (!q.value(2).isNull()) {
                    complianceCounts[countKey(q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toInt())]
                        += q.value(4).toLongLong();
                }
            }
        };
        if (!sqlOnce(dashboardSql, &r->dashboardLimit, readDashboard, error)
            || !sqlOnce(complianceSql, &r->complianceLimit, readCompliance, error)
            || !sqlOnce(
                subsidySql, &r->subsidyLimit, [&](QSqlQuery& q) { floorLines = SubsidyFloor::read(q); }, error)) {
            return false;
        }
        QString why;
        check(SubsidyFloor::same(floorLines, subsidies.lines(), &why), why, &r->subsidyChecked, &r->subsidyMismatch);
        // The figures the other limits reproduce, against the program's (outside the timers).
        QSet<qint64> served;
        const RecordCounts dashboardProgram = programCounts(compliance, &served);
        RecordCounts dashboardTotals;
        for (auto it = dashboardProgram.constBegin(); it != dashboardProgram.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("0/"))) {
                dashboardTotals.insert(it.key(), it.value());
            }
        }
        if (dashboardServed != served.size()) {
            check(false,
                  QStringLiteral("%1 enterprises under service in SQL, %2 in the year the dashboard is computed from")
                      .arg(dashboardServed)
                      .arg(served.size()),
                  &r->dashboardChecked, &r->dashboardMismatch);
        }
        check(sameCounts(dashboardTotals, dashboardCounts, &why), why, &r->dashboardChecked, &r->dashboardMismatch);
        QSet<qint64> listed;
        RecordCounts complianceProgram = programCounts(again, &listed);
        if (listed != complianceServed) {
            check(false,
                  QStringLiteral("%1 enterprises under service in SQL, %2 in the list")
                      .arg(complianceServed.size())
                      .arg(listed.size()),
                  &r->complianceChecked, &r->complianceMismatch);
        }
        for (auto it = complianceProgram.begin(); it != complianceProgram.end();) {
            it = it.key().startsWith(QLatin1String("0/")) ? complianceProgram.erase(it) : std::next(it);
        }
        check(sameCounts(complianceProgram, complianceCounts, &why), why, &r->complianceChecked,
              &r->complianceMismatch);
    }
    return true;
}

} // namespace sl::bench
