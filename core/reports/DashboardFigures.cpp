#include "DashboardFigures.h"

#include "ComplianceYear.h"
#include "rules/ChineseOrder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sl::core {

void DashboardFigures::Tally::add(const Obligation& o)
{
    if (!o.asksSomething()) {
        return;
    }
    required += o.required;
    done += std::min(o.done, o.required);
    overdue += o.status == ObligationStatus::Overdue ? 1 : 0;
    open += o.status == ObligationStatus::NotYetDue ? 1 : 0;
    if (o.status != ObligationStatus::NotYetDue) {
        requiredByNow += o.required;
        doneByNow += std::min(o.done, o.required);
    }
}

namespace {

void addToGroup(DashboardFigures::Group& g, const Obligation& o, int quarter)
{
    switch (o.kind) {
    case ObligationKind::Inspection:
        g.yearInspections.add(o);
        if (o.quarter == quarter) {
            g.quarterInspections.add(o);
        }
        break;
    case ObligationKind::Training:
        g.trainings.add(o);
        break;
    case ObligationKind::Drill:
        g.drills.add(o);
        break;
    case ObligationKind::Survey:
    case ObligationKind::Baseline:
    case ObligationKind::YearEndReport:
    case ObligationKind::RiskAssessment:
        break;
    }
    g.overdue += o.status == ObligationStatus::Overdue ? 1 : 0;
}

QList<DashboardFigures::Group> sortedGroups(QHash<qint64, DashboardFigures::Group>& groups,
                                            const QHash<qint64, QSet<qint64>>& members)
{
    QList<DashboardFigures::Group> out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->enterprises = static_cast<int>(members.value(it.key()).size());
        out.append(*it);
    }
    std::sort(out.begin(), out.end(), [](const DashboardFigures::Group& a, const DashboardFigures::Group& b) {
        const int byName = ChineseOrder::compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

} // namespace

DashboardFigures DashboardFigures::compute(const ComplianceYear& year, int currentQuarter)
{
    DashboardFigures f;
    f.year = year.year();
    f.quarter = currentQuarter;
    f.inspectionsByQuarter.resize(4);
    QSet<qint64> served;
    QHash<qint64, Group> agencies;
    QHash<qint64, Group> communities;
    QHash<qint64, QSet<qint64>> agencyMembers;
    QHash<qint64, QSet<qint64>> communityMembers;
    const QDate soon = year.asOf().addDays(kDueSoonDays);
    for (const Obligation& o : year.rows()) {
        // A row that asks nothing (a quarter without service, the baseline of a later year) neither
        // counts nor makes its enterprise served or its agency or community appear.
        if (!o.asksSomething()) {
            continue;
        }
        served.insert(o.enterpriseId);
        switch (o.kind) {
        case ObligationKind::Inspection:
            f.inspectionsByQuarter[o.quarter - 1].add(o);
            if (o.quarter == currentQuarter) {
                f.quarterInspections.add(o);
            }
            break;
        case ObligationKind::Survey:
            f.surveys.add(o);
            break;
        case ObligationKind::Baseline:
            f.baseline.add(o);
            break;
        case ObligationKind::Training:
            f.trainings.add(o);
            break;
        case ObligationKind::Drill:
            f.drills.add(o);
            break;
        case ObligationKind::YearEndReport:
            f.yearEndReports.add(o);
            break;
        case ObligationKind::RiskAssessment:
            f.riskAssessments.add(o);
            break;
        }
        if (o.status == ObligationStatus::Overdue) {
            ++f.overdueThisYear;
            f.attention.append(o);
        } else if (o.status == ObligationStatus::NotYetDue && o.due <= soon) {
            f.attention.append(o);
        }
        if (o.agencyId != 0) {
            Group& g = agencies[o.agencyId];
            g.id = o.agencyId;
            g.name = year.agencyName(o.agencyId);
            addToGroup(g, o, currentQuarter);
            agencyMembers[o.agencyId].insert(o.enterpriseId);
        }
        const qint64 community = year.enterprise(o.enterpriseId).communityId;
        Group& c = communities[community];
        c.id = community;
        c.name = year.communityName(community);
        addToGroup(c, o, currentQuarter);
        communityMembers[community].insert(o.enterpriseId);
    }
    f.enterprisesServed = static_cast<int>(served.size());
    f.byAgency = sortedGroups(agencies, agencyMembers);
    f.byCommunity = sortedGroups(communities, communityMembers);
    std::stable_sort(f.attention.begin(), f.attention.end(), [](const Obligation& a, const Obligation& b) {
        const bool lateA = a.status == ObligationStatus::Overdue;
        const bool lateB = b.status == ObligationStatus::Overdue;
        if (lateA != lateB) {
            return lateA;
        }
        return a.due < b.due;
    });
    return f;
}

} // namespace sl::core
