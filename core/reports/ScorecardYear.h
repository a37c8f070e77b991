#pragma once

#include "model/Appraisal.h"
#include "model/AppraisalConfirmation.h"
#include "model/AppraisalScheme.h"
#include "rules/Scorecard.h"

#include <QHash>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Every agency's scorecard of a year as of a date, with its appraisal (考核) by the scheme in force for
// the year: the page, the printed sheet and the export. A confirmed year shows its frozen figures and
// appraisal, as of the day it was confirmed, whatever the records or the scheme say now.
class ScorecardYear
{
public:
    static ScorecardYear load(Database& db, int year, const QDate& asOf);
    // The figures and appraisal computed now, confirmed or not (what a confirmation would freeze).
    static ScorecardYear compute(Database& db, int year, const QDate& asOf);
    // Freezes the year's appraisal as computed now, as of asOf; refused when already confirmed, when no
    // agency worked in the year, or when no scheme applies to it.
    static bool confirm(Database& db, int year, const QDate& asOf, QString* error);

    int year() const { return m_year; }
    QDate asOf() const { return m_asOf; }
    const QList<Scorecard::Row>& rows() const { return m_rows; }
    QString agencyName(qint64 id) const { return m_agencyNames.value(id); }
    const QList<Interview>& interviews() const { return m_interviews; }
    // The scheme the year is scored by (for a confirmed year, the version it was confirmed with as it
    // stands now: its items are in the frozen appraisal); nullopt when no version applies.
    const std::optional<AppraisalScheme>& scheme() const { return m_scheme; }
    // Agencies that served no enterprise in the year are listed with their figures but not appraised.
    bool isAppraised(qint64 agencyId) const { return m_appraisals.contains(agencyId); }
    Appraisal appraisal(qint64 agencyId) const { return m_appraisals.value(agencyId); }
    const std::optional<AppraisalConfirmation>& confirmation() const { return m_confirmation; }
    bool isConfirmed() const { return m_confirmation.has_value(); }
    // For a confirmed year: how many agencies the current records and scheme would appraise differently.
    int agenciesChangedSinceConfirmation() const { return m_changedSinceConfirmation; }

private:
    int m_year = 0;
    QDate m_asOf;
    QList<Scorecard::Row> m_rows;
    QHash<qint64, QString> m_agencyNames;
    QList<Interview> m_interviews;
    std::optional<AppraisalScheme> m_scheme;
    QHash<qint64, Appraisal> m_appraisals;
    std::optional<AppraisalConfirmation> m_confirmation;
    int m_changedSinceConfirmation = 0;
};

} // namespace sl::core
