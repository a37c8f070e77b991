#include "ScorecardYear.h"

#include "ComplianceYear.h"
#include "db/AgencyRepository.h"
#include "db/EvaluationRepository.h"
#include "db/HazardRepository.h"
#include "db/InterviewRepository.h"

namespace sl::core {

ScorecardYear ScorecardYear::load(Database& db, int year, const QDate& asOf)
{
    ScorecardYear s;
    s.m_year = year;
    s.m_asOf = asOf;
    QList<qint64> ids;
    for (const Agency& a : AgencyRepository(db).list(true)) {
        ids.append(a.id); // by name, as the repository lists them
        s.m_agencyNames.insert(a.id, a.name);
    }
    HazardRepository::Filter filter;
    filter.year = year;
    s.m_interviews = InterviewRepository(db).list(year);
    s.m_rows = Scorecard::compute(year, asOf, ids, ComplianceYear::load(db, year, 0, asOf, ComplianceYear::Order::ById).rows(),
                                  HazardRepository(db).list(filter), EvaluationRepository(db).list(0, year),
                                  s.m_interviews);
    return s;
}

} // namespace sl::core
