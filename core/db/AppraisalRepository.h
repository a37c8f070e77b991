#pragma once

#include "model/Appraisal.h"
#include "model/AppraisalConfirmation.h"
#include "rules/Scorecard.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Confirmed appraisal years with their frozen results, confirmed and reopened (with a reason) as the
// subsidy years are.
class AppraisalRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalRepository)

public:
    // One agency's frozen year: the figures it was scored from, its items, total and grade (when appraised:
    // an agency that served no enterprise in the year is listed with its figures only).
    struct Result
    {
        qint64 agencyId = 0;
        QString agencyName;
        Scorecard::Row row;
        bool appraised = false;
        Appraisal appraisal;
    };

    explicit AppraisalRepository(Database& db);

    std::optional<AppraisalConfirmation> confirmation(int year) const;
    // Every confirmation of the year, the reopened ones included, newest first.
    QList<AppraisalConfirmation> history(int year) const;
    QList<Result> results(qint64 confirmationId) const;

    bool confirm(int year, const QDate& asOf, qint64 schemeId, const QList<Result>& results, QString* error);
    bool reopen(int year, const QString& reason, QString* error);

private:
    QList<AppraisalConfirmation> queryConfirmations(int year, bool inForceOnly) const;

    Database& m_db;
};

} // namespace sl::core
