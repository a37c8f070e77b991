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
    // What the obligations of `year` can depend on: the records dated from its first day to the end of
    // the next year (a year-end report is given in January; a late survey still counts), the baseline
    // documents of the enterprises that began in the year, and all service spans. A tenth of the reading
    // on a ten-year street.
    ObligationEngine::Inputs loadInputsForYear(int year) const;
    // One enterprise only (for its page).
    ObligationEngine::Inputs loadInputsOf(qint64 enterpriseId) const;

private:
    ObligationEngine::Inputs load(qint64 enterpriseId, const QDate& from, const QDate& to) const;

    Database& m_db;
};

} // namespace sl::core
