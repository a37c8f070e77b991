#include "RiskYear.h"

#include "db/RiskRepository.h"

#include <algorithm>

namespace sl::core {

RiskYear RiskYear::load(Database& db, int year, const QDate& asOf)
{
    const QDate day = std::min(QDate(year, 12, 31), asOf);
    const RiskRepository risks(db);
    return fromAssessments(year, day, risks.inForceOn(day), risks.lastInspections(day));
}

RiskYear RiskYear::fromAssessments(int year, const QDate& day, const QList<RiskAssessment>& assessments,
                                   const QHash<qint64, QDate>& lastInspections)
{
    RiskYear r;
    r.m_year = year;
    r.m_day = day;
    r.m_assessments = assessments;
    r.m_lastInspections = lastInspections;
    QHash<qint64, int> row;
    for (const RiskAssessment& a : std::as_const(r.m_assessments)) {
        const int level = int(a.overallLevel());
        ++r.m_enterprises[level];
        auto it = row.constFind(a.communityId);
        if (it == row.constEnd()) {
            it = row.insert(a.communityId, static_cast<int>(r.m_communities.size()));
            CommunityRow c;
            c.communityId = a.communityId;
            c.communityName = a.communityName;
            r.m_communities.append(c);
        }
        CommunityRow& c = r.m_communities[*it];
        ++c.enterprises[level];
        for (const RiskPoint& p : a.points) {
            ++r.m_points[int(p.level)];
            ++c.points[int(p.level)];
        }
    }
    return r;
}

int RiskYear::pointCount() const
{
    return m_points[0] + m_points[1] + m_points[2] + m_points[3];
}

QList<RiskYear::Unwatched> RiskYear::unwatched() const
{
    QList<Unwatched> out;
    const QDate recent = m_day.addDays(-kRecentInspectionDays);
    for (const RiskAssessment& a : m_assessments) {
        const QDate last = m_lastInspections.value(a.enterpriseId);
        if (last.isValid() && last > recent) {
            continue;
        }
        for (const RiskPoint& p : a.points) {
            if (p.level == RiskLevel::Major || p.level == RiskLevel::Considerable) {
                out.append({ &a, &p, last });
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Unwatched& x, const Unwatched& y) { return int(x.point->level) > int(y.point->level); });
    return out;
}

} // namespace sl::core
