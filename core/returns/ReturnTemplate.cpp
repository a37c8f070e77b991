#include "ReturnTemplate.h"

#include "Clock.h"
#include "ReturnRows.h"
#include "db/AgencyRepository.h"
#include "db/BaselineRepository.h"
#include "db/HazardRepository.h"
#include "db/ReturnRepository.h"
#include "db/ServiceRecordRepository.h"

#include <QSet>

namespace sl::core {

bool ReturnTemplate::build(Database& db, qint64 agencyId, int year, int quarter, ReturnWorkbook* workbook,
                           QString* error)
{
    const auto failWith = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (year < 2000 || year > 2100 || quarter < 1 || quarter > 4) {
        return failWith(tr("Choose a year between 2000 and 2100 and a quarter from 1 to 4."));
    }
    AgencyRepository agencies(db);
    const std::optional<Agency> agency = agencies.find(agencyId);
    if (!agency) {
        return failWith(tr("The agency does not exist."));
    }
    ReturnWorkbook wb;
    wb.meta.agencyId = agencyId;
    wb.meta.agencyName = agency->name;
    wb.meta.year = year;
    wb.meta.quarter = quarter;
    wb.meta.version = ReturnWorkbook::kVersion;
    wb.meta.generatedOn = Clock::today();
    const QDate first = wb.meta.firstDay();
    const QDate last = wb.meta.lastDay();

    const QList<ReturnRepository::ServedEnterprise> served
        = ReturnRepository(db).servedEnterprises(agencyId, first, last);
    if (served.isEmpty()) {
        return failWith(tr("%1 served no enterprise in %2 Q%3, so there is nothing for it to return.")
                            .arg(agency->name)
                            .arg(year)
                            .arg(quarter));
    }
    QHash<qint64, int> position;
    for (int i = 0; i < served.size(); ++i) {
        position.insert(served.at(i).id, i);
    }
    QHash<qint64, QString> expertNames;
    for (const Expert& e : agencies.experts(agencyId)) {
        expertNames.insert(e.id, e.name);
    }

    // What is already recorded for the quarter, per enterprise and sheet, in date order.
    QMap<ReturnSheet, QList<QList<QStringList>>> recorded;
    for (ReturnSheet sheet : ReturnWorkbook::sheets()) {
        recorded.insert(sheet, QList<QList<QStringList>>(served.size()));
    }
    ServiceRecordRepository::Filter filter;
    filter.agencyId = agencyId;
    filter.from = first;
    filter.to = last;
    QList<ServiceRecord> records = ServiceRecordRepository(db).list(filter);
    std::reverse(records.begin(), records.end());
    for (const ServiceRecord& r : std::as_const(records)) {
        const int at = position.value(r.enterpriseId, -1);
        if (r.isVoided() || at < 0) {
            continue;
        }
        for (ReturnSheet sheet : ReturnWorkbook::sheets()) {
            RecordKind kind;
            if (ReturnRows::recordKind(sheet, &kind) && kind == r.kind) {
                QStringList names;
                for (qint64 id : r.expertIds) {
                    names << expertNames.value(id);
                }
                const ReturnRepository::ServedEnterprise& e = served.at(at);
                recorded[sheet][at] << ReturnRows::record(sheet, r, e.creditCode, e.name, ReturnRows::joinNames(names));
            }
        }
    }
    HazardRepository hazards(db);
    HazardRepository::Filter found;
    found.year = year;
    QList<Hazard> open;
    for (const Hazard& h : hazards.list(found)) {
        const int at = position.value(h.enterpriseId, -1);
        if (at >= 0 && h.agencyId == agencyId && h.foundOn >= first && h.foundOn <= last) {
            recorded[ReturnSheet::NewHazards][at]
                << ReturnRows::newHazard(h, served.at(at).creditCode, served.at(at).name);
        }
    }
    HazardRepository::Filter openFilter;
    openFilter.openOnly = true;
    for (const Hazard& h : hazards.list(openFilter)) {
        const int at = position.value(h.enterpriseId, -1);
        if (at >= 0 && h.foundOn <= qMin(last, Clock::today())) {
            recorded[ReturnSheet::HazardProgress][at]
                << ReturnRows::progress(h, served.at(at).creditCode, served.at(at).name);
        }
    }

    BaselineRepository baseline(db);
    // Year-end reports are due at the turn of the year: their sheet gets empty rows in Q4 and Q1 only.
    const bool yearEndDue = quarter == 4 || quarter == 1;
    for (int i = 0; i < served.size(); ++i) {
        const ReturnRepository::ServedEnterprise& e = served.at(i);
        for (ReturnSheet sheet : ReturnWorkbook::sheets()) {
            TextTable& table = wb.data[sheet];
            if (sheet == ReturnSheet::Baseline) {
                QHash<int, QDate> done;
                for (const BaselineDocument& d : baseline.listOf(e.id)) {
                    done.insert(int(d.kind), d.completedOn);
                }
                for (BaselineKind kind : allBaselineKinds()) {
                    table.rows << ReturnRows::baseline(e.creditCode, e.name, kind, done.value(int(kind)));
                }
                continue;
            }
            table.rows << recorded[sheet][i];
            if (sheet != ReturnSheet::HazardProgress && (sheet != ReturnSheet::YearEndReports || yearEndDue)) {
                table.rows << ReturnRows::blank(sheet, e.creditCode, e.name);
            }
        }
    }
    *workbook = wb;
    return true;
}

bool ReturnTemplate::write(Database& db, qint64 agencyId, int year, int quarter, const QString& path, QString* error)
{
    ReturnWorkbook wb;
    return build(db, agencyId, year, quarter, &wb, error) && wb.write(path, error);
}

qint64 ReturnTemplate::agencyByName(Database& db, const QString& name)
{
    for (const Agency& a : AgencyRepository(db).list()) {
        if (a.name == name.trimmed()) {
            return a.id;
        }
    }
    return 0;
}

} // namespace sl::core
