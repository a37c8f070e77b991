#include "AnnualReport.h"

#include "db/AgencyRepository.h"
#include "db/AuditAnchor.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ReportTextRepository.h"
#include "db/ServiceRecordRepository.h"
#include "db/SettingRepository.h"
#include "rules/ChineseOrder.h"
#include "rules/HazardDeadline.h"

#include <QSet>

#include <algorithm>

namespace sl::core {

AnnualReport::HazardCount AnnualReport::hazards() const
{
    return { hazardsGeneral.found + hazardsMajor.found, hazardsGeneral.closed + hazardsMajor.closed,
             hazardsGeneral.open + hazardsMajor.open, hazardsGeneral.overdue + hazardsMajor.overdue };
}

std::optional<double> AnnualReport::rectificationRate() const
{
    const HazardCount all = hazards();
    return all.found > 0 ? std::optional<double>(100.0 * all.closed / all.found) : std::nullopt;
}

std::optional<double> AnnualReport::onTimeRate() const
{
    const HazardCount all = hazards();
    return all.found > 0 ? std::optional<double>(100.0 * hazardsClosedOnTime / all.found) : std::nullopt;
}

AnnualReport AnnualReport::load(Database& db, int year, const QDate& asOf)
{
    AnnualReport r;
    r.year = year;
    r.asOf = asOf;
    r.streetName = SettingRepository(db).value(SettingRepository::Key::StreetName);
    r.texts = ReportTextRepository(db).annualTexts(year);
    r.auditHead = AuditTrail::head(db.connection());
    if (!r.auditHead.isEmpty()) {
        AuditAnchor::record(db.path(), r.auditHead, QStringLiteral("annual report %1").arg(year), nullptr);
    }

    QHash<qint64, QString> agencyNames;
    for (const Agency& a : AgencyRepository(db).list(true)) {
        agencyNames.insert(a.id, a.name);
    }
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    QSet<qint64> agencies;
    for (const Contract& c : ContractRepository(db).list(true)) {
        if (c.periodStart <= last && c.periodEnd >= first) {
            r.contracts.append({ c, agencyNames.value(c.agencyId) });
            agencies.insert(c.agencyId);
        }
    }
    r.agencies = static_cast<int>(agencies.size());

    // Obligations: the compliance rows of the year, exactly as the compliance export writes them.
    const ComplianceYear compliance = ComplianceYear::load(db, year, 0, asOf, ComplianceYear::Order::ById);
    QHash<qint64, const Enterprise*> served;
    QHash<qint64, qint64> agencyOf;
    r.inspectionsByQuarter.resize(4);
    QHash<qint64, QPair<int, int>> inspectionsOf; // enterprise -> required, done
    for (const Obligation& o : compliance.rows()) {
        // Served as on the dashboard and in the scorecard: a row of the year asks something of its agency.
        if (!o.asksSomething()) {
            continue;
        }
        served.insert(o.enterpriseId, &compliance.enterprise(o.enterpriseId));
        if (o.agencyId != 0) {
            agencyOf.insert(o.enterpriseId, o.agencyId);
        }
        r.obligations[o.kind].add(o);
        if (o.kind == ObligationKind::Inspection) {
            r.inspectionsByQuarter[o.quarter - 1].add(o);
            inspectionsOf[o.enterpriseId].first += o.required;
            inspectionsOf[o.enterpriseId].second += o.done;
        }
    }
    r.enterprisesServed = static_cast<int>(served.size());
    // The compliance year carries names only; class and categories come from the register.
    QHash<qint64, Enterprise> register_;
    for (const Enterprise& e : EnterpriseRepository(db).list(true)) {
        register_.insert(e.id, e);
    }
    for (auto it = served.begin(); it != served.end(); ++it) {
        const auto full = register_.constFind(it.key());
        if (full != register_.constEnd()) {
            *it = &*full;
        }
    }
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        ++r.bySizeClass[(*it)->sizeClass];
        for (TargetCategory t : allTargetCategories()) {
            if ((*it)->targetCategories.testFlag(t)) {
                ++r.byTargetCategory[t];
            }
        }
    }

    // Trainings and drills with their attendees, from the records of the year.
    ServiceRecordRepository::Filter filter;
    filter.from = first;
    filter.to = std::min(last, asOf);
    for (const ServiceRecord& rec : ServiceRecordRepository(db).list(filter)) {
        if (rec.isVoided()) {
            continue;
        }
        if (rec.kind == RecordKind::Inspection && rec.inspector != Inspector::Agency) {
            ++(rec.inspector == Inspector::Street ? r.streetInspections : r.jointInspections).inspections;
        }
        ActivityCount* count = rec.kind == RecordKind::Training ? &r.trainings
            : rec.kind == RecordKind::Drill                     ? &r.drills
                                                                : nullptr;
        if (count) {
            ++count->count;
            count->people += rec.peopleCount;
        }
    }

    // Hazards found in the year, as the hazards export counts them.
    const HazardYear hazards = HazardYear::load(db, year, asOf);
    QHash<qint64, QPair<int, int>> hazardsOf; // enterprise -> found, closed
    for (const Hazard& h : hazards.hazards()) {
        HazardCount& c = h.grade == HazardGrade::Major ? r.hazardsMajor : r.hazardsGeneral;
        const bool closed = hazards.isClosedAsOf(h);
        ++c.found;
        c.closed += closed ? 1 : 0;
        c.open += closed ? 0 : 1;
        c.overdue += hazards.isOverdueAsOf(h) ? 1 : 0;
        if (h.inspector != Inspector::Agency) {
            HazardCount& own = (h.inspector == Inspector::Street ? r.streetInspections : r.jointInspections).hazards;
            ++own.found;
            own.closed += closed ? 1 : 0;
            own.open += closed ? 0 : 1;
            own.overdue += hazards.isOverdueAsOf(h) ? 1 : 0;
        }
        r.hazardsClosedOnTime += closed && HazardDeadline::isClosedOnTime(h) ? 1 : 0;
        ++r.hazardsByState[h.state];
        if (h.grade == HazardGrade::Major) {
            ++r.majorHazardsByState[h.state];
        }
        hazardsOf[h.enterpriseId].first += 1;
        hazardsOf[h.enterpriseId].second += closed ? 1 : 0;
    }

    // Per community, and the appendix of enterprises.
    QHash<qint64, QString> communityNames;
    QHash<qint64, int> communityOrder;
    for (const sl::core::Community& c : CommunityRepository(db).list(true)) {
        communityNames.insert(c.id, c.name);
        communityOrder.insert(c.id, c.sortOrder);
    }
    QHash<qint64, AnnualReport::Community> byCommunity;
    QList<QPair<qint64, EnterpriseLine>> lines;
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        const Enterprise& e = **it;
        AnnualReport::Community& c = byCommunity[e.communityId];
        c.name = communityNames.value(e.communityId);
        ++c.enterprises;
        c.inspectionsRequired += inspectionsOf.value(e.id).first;
        c.inspectionsDone += inspectionsOf.value(e.id).second;
        c.hazardsFound += hazardsOf.value(e.id).first;
        c.hazardsClosed += hazardsOf.value(e.id).second;
        EnterpriseLine line;
        line.name = e.name;
        line.creditCode = e.creditCode;
        line.community = c.name;
        line.sizeClass = e.sizeClass;
        line.agency = agencyNames.value(agencyOf.value(e.id));
        line.inspectionsRequired = inspectionsOf.value(e.id).first;
        line.inspectionsDone = inspectionsOf.value(e.id).second;
        line.hazardsFound = hazardsOf.value(e.id).first;
        line.hazardsClosed = hazardsOf.value(e.id).second;
        lines.append({ e.communityId, line });
    }
    QList<qint64> communityIds = byCommunity.keys();
    const auto communityLess = [&communityOrder](qint64 a, qint64 b) {
        const int oa = communityOrder.value(a);
        const int ob = communityOrder.value(b);
        return oa != ob ? oa < ob : a < b;
    };
    std::sort(communityIds.begin(), communityIds.end(), communityLess);
    for (qint64 id : std::as_const(communityIds)) {
        r.communities.append(byCommunity.value(id));
    }
    std::sort(lines.begin(), lines.end(), [&communityLess](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return communityLess(a.first, b.first);
        }
        const int byName = ChineseOrder::compare(a.second.name, b.second.name);
        return byName != 0 ? byName < 0 : a.second.creditCode < b.second.creditCode;
    });
    for (const auto& [community, line] : std::as_const(lines)) {
        r.enterprises.append(line);
    }

    r.scorecards = ScorecardYear::load(db, year, asOf);
    r.subsidies = SubsidyYear::load(db, year);
    r.risks = RiskYear::load(db, year, asOf);
    r.otherServices = OtherServiceRepository(db).countByKind(year);
    for (const SubsidyLine& l : r.subsidies.lines()) {
        r.subsidyByClass[l.sizeClass] += l.streetShare;
    }
    return r;
}

} // namespace sl::core
