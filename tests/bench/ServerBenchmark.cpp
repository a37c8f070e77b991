#include "ServerBenchmark.h"

#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/ErrorOut.h"
#include "db/StreetMigration.h"
#include "reports/AnnualReport.h"
#include "reports/ComplianceYear.h"
#include "reports/DashboardAlerts.h"
#include "reports/DashboardFigures.h"
#include "reports/SubsidyYear.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::bench {

ServerBenchmark::ServerBenchmark(const QString& path, const QString& server, const QDate& asOf)
    : m_path(path)
    , m_server(server)
    , m_asOf(asOf)
{
}

bool ServerBenchmark::recreate(QString* error) const
{
    core::DatabaseLocation location;
    if (!core::DatabaseLocation::parse(m_server, &location, error)) {
        return false;
    }
    const QString name = QStringLiteral("safeledger-bench-admin");
    bool ok = true;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(location.host());
        admin.setPort(location.port());
        admin.setUserName(location.user());
        admin.setDatabaseName(QStringLiteral("postgres"));
        QSqlQuery q(admin);
        ok = admin.open()
            && q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(location.databaseName()))
            && q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(location.databaseName()));
        if (!ok) {
            core::failWith(
                error,
                QStringLiteral("The server database %1 cannot be made again: %2")
                    .arg(m_server, q.lastError().isValid() ? q.lastError().text() : admin.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ServerBenchmark::run(int repeat, Results* r, QString* error)
{
    if (!recreate(error)) {
        return false;
    }
    {
        core::Database from;
        core::Database to;
        if (!from.openReadOnly(m_path, error) || !to.open(m_server, error)) {
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        core::StreetMigration::Moved moved;
        if (!core::StreetMigration::move(from, to, &moved, error)) {
            return false;
        }
        r->migrateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        r->rows = moved.rows;
    }
    const int year = m_asOf.year();
    const int quarter = (m_asOf.month() - 1) / 3 + 1;
    QString figures[2];
    for (int engine = 0; engine < 2; ++engine) {
        const QString location = engine == 0 ? m_path : m_server;
        const auto pick = [engine](Pair& p) -> TimingSamples& { return engine == 0 ? p.file : p.server; };
        for (int i = 0; i < repeat; ++i) {
            core::Database db;
            QElapsedTimer timer;
            timer.start();
            if (!db.open(location, error)) {
                return false;
            }
            pick(r->open).addNanoseconds(timer.nsecsElapsed());

            timer.restart();
            const core::ComplianceYear compliance
                = core::ComplianceYear::load(db, year, 0, m_asOf, core::ComplianceYear::Order::ById);
            const core::DashboardFigures dashboard = core::DashboardFigures::compute(compliance, quarter);
            const core::DashboardAlerts alerts
                = core::DashboardAlerts::load(db, m_asOf, core::DashboardFigures::kDueSoonDays);
            pick(r->dashboard).addNanoseconds(timer.nsecsElapsed());

            timer.restart();
            const core::ComplianceYear again = core::ComplianceYear::load(db, year, 0, m_asOf);
            pick(r->complianceYear).addNanoseconds(timer.nsecsElapsed());

            timer.restart();
            const core::SubsidyYear subsidies = core::SubsidyYear::load(db, year);
            pick(r->subsidyYear).addNanoseconds(timer.nsecsElapsed());

            timer.restart();
            const core::AnnualReport annual = core::AnnualReport::load(db, year, m_asOf);
            pick(r->annual).addNanoseconds(timer.nsecsElapsed());

            qint64 streetFen = 0;
            for (const core::SubsidyLine& line : subsidies.lines()) {
                streetFen += line.streetShare.fen();
            }
            figures[engine] = QStringLiteral("%1 obligations, %2 overdue, %3 open hazards, %4 subsidy lines, %5 fen")
                                  .arg(again.rows().size())
                                  .arg(dashboard.overdueThisYear)
                                  .arg(alerts.openHazards)
                                  .arg(subsidies.lines().size())
                                  .arg(streetFen);
        }
    }
    r->same = figures[0] == figures[1];
    if (!r->same) {
        r->difference = QStringLiteral("file: %1; server: %2").arg(figures[0], figures[1]);
    }
    return true;
}

} // namespace sl::bench
