#include "ComplianceYear.h"

#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ComplianceRepository.h"
#include "db/EnterpriseRepository.h"
#include "rules/ChineseOrder.h"

#include <algorithm>

namespace sl::core {

ComplianceYear ComplianceYear::load(Database& db, int year, int quarter, const QDate& asOf, Order order)
{
    QHash<qint64, Enterprise> enterprises;
    for (const Enterprise& e : EnterpriseRepository(db).listNames()) {
        enterprises.insert(e.id, e);
    }
    QHash<qint64, QString> agencies;
    for (const Agency& a : AgencyRepository(db).list(true)) {
        agencies.insert(a.id, a.name);
    }
    ComplianceYear c
        = compute(ComplianceRepository(db).loadInputsForYear(year), enterprises, agencies, year, quarter, asOf, order);
    QHash<qint64, QString> communities;
    for (const Community& community : CommunityRepository(db).list(true)) {
        communities.insert(community.id, community.name);
    }
    c.setCommunityNames(communities);
    return c;
}

ComplianceYear ComplianceYear::compute(const ObligationEngine::Inputs& inputs,
                                       const QHash<qint64, Enterprise>& enterprises,
                                       const QHash<qint64, QString>& agencyNames, int year, int quarter,
                                       const QDate& asOf, Order order)
{
    ComplianceYear c;
    c.m_year = year;
    c.m_quarter = quarter;
    c.m_asOf = asOf;
    c.m_enterprises = enterprises;
    c.m_agencyNames = agencyNames;
    c.m_rows = ObligationEngine::forYear(inputs, year, asOf);
    if (quarter > 0) {
        c.m_rows.erase(std::remove_if(c.m_rows.begin(), c.m_rows.end(),
                                      [quarter](const Obligation& o) { return o.quarter != quarter; }),
                       c.m_rows.end());
    }
    if (order == Order::ById) {
        return c; // the engine's own order
    }
    // Rows of one enterprise stay together in the engine's order; enterprises by name. The names are
    // compared once per enterprise, not once per row.
    QList<qint64> ids = inputs.spans.keys();
    std::sort(ids.begin(), ids.end(), [&enterprises](qint64 a, qint64 b) {
        const int byName = ChineseOrder::compare(enterprises.value(a).name, enterprises.value(b).name);
        return byName != 0 ? byName < 0 : a < b;
    });
    QHash<qint64, int> rank;
    rank.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        rank.insert(ids.at(i), i);
    }
    std::stable_sort(c.m_rows.begin(), c.m_rows.end(), [&rank](const Obligation& a, const Obligation& b) {
        return rank.value(a.enterpriseId) < rank.value(b.enterpriseId);
    });
    return c;
}

int ComplianceYear::count(ObligationStatus status) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Obligation& o) { return o.status == status; }));
}

const Enterprise& ComplianceYear::enterprise(qint64 id) const
{
    static const Enterprise kNone;
    const auto it = m_enterprises.constFind(id);
    return it == m_enterprises.constEnd() ? kNone : *it;
}

} // namespace sl::core
