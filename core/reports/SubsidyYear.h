#pragma once

#include "model/SubsidyConfirmation.h"
#include "model/SubsidyLine.h"

#include <QList>

#include <optional>

namespace sl::core {

class Database;

// The subsidy list of one year as every screen, export and report sees it: the frozen lines of a
// confirmed year, or the lines computed now. One source, so print and screen never disagree.
class SubsidyYear
{
public:
    static SubsidyYear load(Database& db, int year);

    int year() const { return m_year; }
    const QList<SubsidyLine>& lines() const { return m_lines; }
    const std::optional<SubsidyConfirmation>& confirmation() const { return m_confirmation; }
    bool isConfirmed() const { return m_confirmation.has_value(); }
    // For a confirmed year: how many lines the current data would compute differently (or newly).
    int linesChangedSinceConfirmation() const { return m_changedSinceConfirmation; }

    Money totalFee() const;
    Money totalStreetShare() const;
    Money totalEnterpriseShare() const;

private:
    int m_year = 0;
    QList<SubsidyLine> m_lines;
    std::optional<SubsidyConfirmation> m_confirmation;
    int m_changedSinceConfirmation = 0;
};

} // namespace sl::core
