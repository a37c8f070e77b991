#pragma once

#include "rules/ObligationEngine.h"

namespace sl::core {

class Database;

// Reads what the obligation engine needs in a few queries: service spans from coverage and contracts,
// the dates of the records (voided ones left out), baseline completions and the settings.
class ComplianceRepository
{
public:
    explicit ComplianceRepository(Database& db);

    // Everything, every year.
    ObligationEngine::Inputs loadInputs() const;
    // What the obligations of the years first..last depend on, and nothing less: a record counts whenever
    // it is dated, so this reads the inspections, trainings and drills dated in those years, the surveys
    // dated from the first year's first day on (however late), the year-end reports on those years
    // (whenever given), the baseline documents of the enterprises that began in those years (whenever
    // completed), and all service spans. The one loader of the compliance export, the dashboard, the
    // scorecard, the subsidy list's "service incomplete" flag and the reports.
    ObligationEngine::Inputs loadInputsForYears(int first, int last) const;
    ObligationEngine::Inputs loadInputsForYear(int year) const { return loadInputsForYears(year, year); }
    // The same, around service spans the caller has built already (ServiceSpans::byEnterprise over every
    // coverage and contract, as the subsidy list does): the coverages are not read and sorted a second time.
    ObligationEngine::Inputs loadInputsForYears(int first, int last,
                                                QHash<qint64, QList<ObligationEngine::Span>> spans) const;
    // One enterprise only (for its page).
    ObligationEngine::Inputs loadInputsOf(qint64 enterpriseId) const;

private:
    // first == 0: every year. spans: null to read them.
    ObligationEngine::Inputs load(qint64 enterpriseId, int first, int last,
                                  QHash<qint64, QList<ObligationEngine::Span>>* spans = nullptr) const;

    Database& m_db;
};

} // namespace sl::core
