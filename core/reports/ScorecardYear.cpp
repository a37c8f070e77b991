#include "ScorecardYear.h"

#include "ComplianceYear.h"
#include "db/AgencyRepository.h"
#include "db/AppraisalRepository.h"
#include "db/AppraisalSchemeRepository.h"
#include "db/EvaluationRepository.h"
#include "db/HazardRepository.h"
#include "db/InterviewRepository.h"
#include "db/OtherServiceRepository.h"
#include "rules/AppraisalCalculator.h"
#include "rules/ChineseOrder.h"

#include <algorithm>

namespace sl::core {

ScorecardYear ScorecardYear::compute(Database& db, int year, const QDate& asOf)
{
    ScorecardYear s;
    s.m_year = year;
    s.m_asOf = asOf;
    QList<qint64> ids;
    QList<Agency> agencies = AgencyRepository(db).list(true);
    // By the pinyin of their names, as every list in the documents.
    std::stable_sort(agencies.begin(), agencies.end(),
                     [](const Agency& a, const Agency& b) { return ChineseOrder::less(a.name, b.name); });
    for (const Agency& a : std::as_const(agencies)) {
        ids.append(a.id);
        s.m_agencyNames.insert(a.id, a.name);
    }
    HazardRepository::Filter filter;
    filter.year = year;
    s.m_interviews = InterviewRepository(db).list(year);
    s.m_rows = Scorecard::compute(
        year, asOf, ids, ComplianceYear::load(db, year, 0, asOf, ComplianceYear::Order::ById).rows(),
        HazardRepository(db).list(filter), EvaluationRepository(db).list(0, year), s.m_interviews);
    const QHash<qint64, int> otherServices = OtherServiceRepository(db).countByAgency(year);
    for (Scorecard::Row& r : s.m_rows) {
        r.otherServices = otherServices.value(r.agencyId);
    }
    const QList<AppraisalScheme> schemes = AppraisalSchemeRepository(db).list();
    if (const AppraisalScheme* scheme = AppraisalCalculator::schemeFor(schemes, year)) {
        s.m_scheme = *scheme;
        for (const Scorecard::Row& r : std::as_const(s.m_rows)) {
            if (r.enterprises > 0) {
                s.m_appraisals.insert(r.agencyId, AppraisalCalculator::appraise(*scheme, r));
            }
        }
    }
    return s;
}

bool ScorecardYear::confirm(Database& db, int year, const QDate& asOf, QString* error)
{
    const ScorecardYear now = compute(db, year, asOf);
    if (!now.m_scheme) {
        if (error) {
            *error = AppraisalRepository::tr("No version of the appraisal scheme applies to %1.").arg(year);
        }
        return false;
    }
    QList<AppraisalRepository::Result> results;
    for (const Scorecard::Row& r : now.m_rows) {
        results.append(
            { r.agencyId, now.agencyName(r.agencyId), r, now.isAppraised(r.agencyId), now.appraisal(r.agencyId) });
    }
    return AppraisalRepository(db).confirm(year, asOf, now.m_scheme->id, results, error);
}

ScorecardYear ScorecardYear::load(Database& db, int year, const QDate& asOf)
{
    const AppraisalRepository repository(db);
    const std::optional<AppraisalConfirmation> confirmation = repository.confirmation(year);
    if (!confirmation) {
        return compute(db, year, asOf);
    }
    // Frozen: the figures as of the day confirmed. What today's records and scheme would give is counted.
    const ScorecardYear now = compute(db, year, confirmation->asOf);
    ScorecardYear s = now;
    s.m_asOf = confirmation->asOf;
    s.m_confirmation = confirmation;
    s.m_rows.clear();
    s.m_appraisals.clear();
    s.m_scheme.reset();
    for (const AppraisalScheme& scheme : AppraisalSchemeRepository(db).list()) {
        if (scheme.id == confirmation->schemeId) {
            s.m_scheme = scheme;
        }
    }
    QHash<qint64, Appraisal> computed = now.m_appraisals;
    for (const AppraisalRepository::Result& r : repository.results(confirmation->id)) {
        s.m_rows.append(r.row);
        if (r.appraised) {
            s.m_appraisals.insert(r.agencyId, r.appraisal);
        }
        s.m_agencyNames.insert(r.agencyId, r.agencyName);
        const bool appraisedNow = computed.contains(r.agencyId);
        if (appraisedNow != r.appraised || !(computed.take(r.agencyId) == r.appraisal)) {
            ++s.m_changedSinceConfirmation;
        }
    }
    s.m_changedSinceConfirmation += static_cast<int>(computed.size()); // agencies appraised now, not then
    std::stable_sort(s.m_rows.begin(), s.m_rows.end(), [&s](const Scorecard::Row& a, const Scorecard::Row& b) {
        return ChineseOrder::less(s.agencyName(a.agencyId), s.agencyName(b.agencyId));
    });
    return s;
}

} // namespace sl::core
