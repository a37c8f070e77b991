#include "HazardYear.h"

#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "model/FixedChinese.h"
#include "rules/HazardDeadline.h"

#include <algorithm>

namespace sl::core {

HazardYear HazardYear::load(Database& db, int year, const QDate& asOf)
{
    HazardYear y;
    y.m_year = year;
    y.m_asOf = asOf;
    HazardRepository::Filter filter;
    filter.year = year;
    y.m_hazards = HazardRepository(db).list(filter);
    for (const Enterprise& e : EnterpriseRepository(db).listNames()) {
        y.m_enterprises.insert(e.id, e);
    }
    for (const Agency& a : AgencyRepository(db).list(true)) {
        y.m_agencyNames.insert(a.id, a.name);
    }
    for (const Community& c : CommunityRepository(db).list(true)) {
        y.m_communityNames.insert(c.id, c.name);
    }
    return y;
}

const Enterprise& HazardYear::enterprise(qint64 id) const
{
    static const Enterprise kNone;
    const auto it = m_enterprises.constFind(id);
    return it == m_enterprises.constEnd() ? kNone : *it;
}

QString HazardYear::sourceName(const Hazard& h) const
{
    switch (h.inspector) {
    case Inspector::Agency:
        break;
    case Inspector::Street:
        return FixedChinese::inspector(h.inspector);
    case Inspector::Joint:
        return h.agencyId == 0 ? FixedChinese::inspector(h.inspector)
                               : QStringLiteral("%1\uff08%2\uff09") // 联合检查（机构）
                                     .arg(FixedChinese::inspector(h.inspector), agencyName(h.agencyId));
    }
    return agencyName(h.agencyId);
}

bool HazardYear::isClosedAsOf(const Hazard& h) const
{
    return HazardDeadline::isClosedAsOf(h, m_asOf);
}

bool HazardYear::isOverdueAsOf(const Hazard& h) const
{
    return HazardDeadline::isOverdueAsOf(h, m_asOf);
}

int HazardYear::closedCount() const
{
    return static_cast<int>(
        std::count_if(m_hazards.cbegin(), m_hazards.cend(), [this](const Hazard& h) { return isClosedAsOf(h); }));
}

int HazardYear::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_hazards.cbegin(), m_hazards.cend(), [this](const Hazard& h) { return isOverdueAsOf(h); }));
}

QString HazardYear::number(const Hazard& h)
{
    return QStringLiteral("%1-%2").arg(h.foundOn.year()).arg(h.id, 6, 10, QLatin1Char('0'));
}

} // namespace sl::core
