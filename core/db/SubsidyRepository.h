#pragma once

#include "model/SubsidyConfirmation.h"
#include "model/SubsidyLine.h"
#include "rules/SubsidyLedger.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Everything the subsidy ledger needs, read in a handful of queries, and the confirmed years with
// their frozen lines.
class SubsidyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SubsidyRepository)

public:
    explicit SubsidyRepository(Database& db);

    SubsidyLedger::Inputs loadInputs() const;
    // One enterprise's service years, read with a few small queries (for its page).
    QList<ServiceYear> serviceYearsOf(qint64 enterpriseId) const;

    // The confirmation in force for the year, if the year is confirmed.
    std::optional<SubsidyConfirmation> confirmation(int year) const;
    // Every confirmation of the year, the reopened ones included, newest first.
    QList<SubsidyConfirmation> history(int year) const;
    QList<SubsidyLine> confirmedLines(qint64 confirmationId) const;

    bool confirm(int year, const QList<SubsidyLine>& lines, QString* error);
    bool reopen(int year, const QString& reason, QString* error);

private:
    QList<SubsidyConfirmation> queryConfirmations(int year, bool inForceOnly) const;

    Database& m_db;
};

} // namespace sl::core
