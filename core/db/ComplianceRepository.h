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

    ObligationEngine::Inputs loadInputs() const;
    // One enterprise only (for its page).
    ObligationEngine::Inputs loadInputsOf(qint64 enterpriseId) const;

private:
    ObligationEngine::Inputs load(qint64 enterpriseId) const;

    Database& m_db;
};

} // namespace sl::core
