#include "DistrictReport.h"

#include "AnnualReport.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/ErrorOut.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

std::optional<double> DistrictReport::Street::rectificationRate() const
{
    return hazardsFound > 0 ? std::optional<double>(100.0 * hazardsClosed / hazardsFound) : std::nullopt;
}

void DistrictReport::Street::add(const Street& o)
{
    agencies += o.agencies;
    enterprisesServed += o.enterprisesServed;
    obligations.add(o.obligations);
    hazardsFound += o.hazardsFound;
    hazardsClosed += o.hazardsClosed;
    hazardsOpen += o.hazardsOpen;
    hazardsOverdue += o.hazardsOverdue;
    hazardsClosedOnTime += o.hazardsClosedOnTime;
    subsidyLines += o.subsidyLines;
    streetShare = streetShare + o.streetShare;
}

DistrictReport::Street DistrictReport::total() const
{
    Street sum;
    sum.name = tr("District total");
    for (const Street& s : streets) {
        sum.add(s);
    }
    return sum;
}

bool DistrictReport::load(const QStringList& locations, int year, const QDate& asOf, DistrictReport* out,
                          QString* error)
{
    out->year = year;
    out->asOf = asOf;
    out->streets.clear();
    if (locations.isEmpty()) {
        return failWith(error, tr("No street to sum: name the streets' databases, or a server that holds them."));
    }
    for (const QString& location : locations) {
        Database db;
        QString why;
        if (!db.openReadOnly(location, &why)) {
            return failWith(error,
                            tr("The street %1 cannot be read, so the district is not summed: %2").arg(location, why));
        }
        const AnnualReport r = AnnualReport::load(db, year, asOf);
        Street s;
        s.location = db.location();
        s.name = r.streetName.isEmpty() ? db.location() : r.streetName;
        DatabaseLocation where;
        s.database = DatabaseLocation::parse(db.location(), &where, nullptr) && where.isServerDatabase()
            ? where.databaseName()
            : QFileInfo(db.location()).completeBaseName();
        s.agencies = r.agencies;
        s.enterprisesServed = r.enterprisesServed;
        for (const Scorecard::Count& c : r.obligations) {
            s.obligations.add(c);
        }
        const AnnualReport::HazardCount hazards = r.hazards();
        s.hazardsFound = hazards.found;
        s.hazardsClosed = hazards.closed;
        s.hazardsOpen = hazards.open;
        s.hazardsOverdue = hazards.overdue;
        s.hazardsClosedOnTime = r.hazardsClosedOnTime;
        s.subsidyLines = static_cast<int>(r.subsidies.lines().size());
        for (const SubsidyLine& line : r.subsidies.lines()) {
            s.streetShare = s.streetShare + line.streetShare;
        }
        out->streets.append(s);
    }
    return true;
}

QStringList DistrictReport::streetsOnServer(const QString& location, QString* error)
{
    DatabaseLocation server;
    if (!DatabaseLocation::isServer(location) || !DatabaseLocation::parse(location, &server, error)) {
        if (error && error->isEmpty()) {
            *error = tr("%1 is not a server address.").arg(location);
        }
        return {};
    }
    // The server's list of databases, through the database named (any the user may open, a street's or not).
    QStringList names;
    const QString connection = QStringLiteral("safeledger-district-listing");
    {
        QSqlDatabase listing = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        listing.setHostName(server.host());
        listing.setPort(server.port());
        listing.setUserName(server.user());
        listing.setDatabaseName(server.databaseName());
        listing.setPassword(Database::passwordFor(location));
        QSqlQuery q(listing);
        if (!listing.open()
            || !q.exec(QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate"
                                      " AND has_database_privilege(datname, 'CONNECT') ORDER BY datname"))) {
            failWith(error,
                     tr("The server of %1 cannot list its databases: %2")
                         .arg(location, q.lastError().isValid() ? q.lastError().text() : listing.lastError().text()));
        }
        while (q.next()) {
            names << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QStringList streets;
    for (const QString& name : std::as_const(names)) {
        Database street;
        QString why;
        const QString candidate = server.withDatabase(name).text();
        if (!Database::passwordFor(location).isEmpty() && Database::passwordFor(candidate).isEmpty()) {
            Database::setPassword(candidate, Database::passwordFor(location));
        }
        if (street.openReadOnly(candidate, &why)) {
            streets << street.location();
        }
    }
    return streets;
}

} // namespace sl::core
