#include "SubsidyYear.h"

#include "db/SubsidyRepository.h"
#include "rules/SubsidyLedger.h"

#include <QHash>

namespace sl::core {

SubsidyYear SubsidyYear::load(Database& db, int year)
{
    SubsidyYear result;
    result.m_year = year;
    SubsidyRepository repository(db);
    const QList<SubsidyLine> computed = SubsidyLedger::linesForYear(repository.loadInputs(), year);
    result.m_confirmation = repository.confirmation(year);
    if (!result.m_confirmation) {
        result.m_lines = computed;
        return result;
    }
    result.m_lines = repository.confirmedLines(result.m_confirmation->id);
    // Compare by enterprise and service year, not by line number: a new line elsewhere shifts numbers.
    QHash<QPair<qint64, QDate>, SubsidyLine> frozen;
    for (const SubsidyLine& l : result.m_lines) {
        frozen.insert({l.enterpriseId, l.serviceYearStart}, l);
    }
    for (SubsidyLine now : computed) {
        const auto it = frozen.constFind({now.enterpriseId, now.serviceYearStart});
        if (it == frozen.constEnd()) {
            ++result.m_changedSinceConfirmation;
            continue;
        }
        now.lineNo = it->lineNo;
        if (now != *it) {
            ++result.m_changedSinceConfirmation;
        }
    }
    return result;
}

Money SubsidyYear::totalFee() const
{
    Money total;
    for (const SubsidyLine& l : m_lines) {
        total += l.fee;
    }
    return total;
}

Money SubsidyYear::totalStreetShare() const
{
    Money total;
    for (const SubsidyLine& l : m_lines) {
        total += l.streetShare;
    }
    return total;
}

Money SubsidyYear::totalEnterpriseShare() const
{
    Money total;
    for (const SubsidyLine& l : m_lines) {
        total += l.enterpriseShare;
    }
    return total;
}

} // namespace sl::core
