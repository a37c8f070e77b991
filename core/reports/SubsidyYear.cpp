#include "SubsidyYear.h"

#include "Clock.h"
#include "db/ComplianceRepository.h"
#include "db/SubsidyRepository.h"
#include "rules/ObligationEngine.h"
#include "rules/ServiceSpans.h"
#include "rules/SubsidyLedger.h"

#include <QHash>

namespace sl::core {

namespace {

// The service of a line was not delivered in full when an obligation falling due within its service
// year is overdue as of today. The line stays, flagged, and the clerk decides (domain.md).
void flagIncompleteService(Database& db, int year, QHash<qint64, QList<ObligationEngine::Span>> spans,
                           QList<SubsidyLine>& lines)
{
    const QDate asOf = Clock::today();
    if (lines.isEmpty() || asOf < QDate(year, 1, 1)) {
        return;
    }
    // A service year starting in `year` ends in `year` + 1 at the latest, and no year after today's is
    // looked at. The spans are the ledger's: the coverages are not read again.
    const ObligationEngine::Inputs inputs
        = ComplianceRepository(db).loadInputsForYears(year, std::min(year + 1, asOf.year()), std::move(spans));
    static const EnterpriseActivity kNothing;
    for (SubsidyLine& line : lines) {
        const QDate end = line.serviceYearStart.addMonths(12).addDays(-1);
        const auto spans = inputs.spans.constFind(line.enterpriseId);
        if (spans == inputs.spans.constEnd()) {
            continue;
        }
        const auto activity = inputs.activity.constFind(line.enterpriseId);
        bool missed = false;
        for (int y = year; y <= std::min(end.year(), asOf.year()) && !missed; ++y) {
            for (const Obligation& o : ObligationEngine::forEnterpriseYear(
                     line.enterpriseId, *spans, activity == inputs.activity.constEnd() ? kNothing : *activity,
                     inputs.settings, y, asOf)) {
                if (o.status == ObligationStatus::Overdue && o.due >= line.serviceYearStart && o.due <= end) {
                    missed = true;
                    break;
                }
            }
        }
        if (missed) {
            line.flags |= SubsidyFlag::ServiceIncomplete;
        }
    }
}

} // namespace

SubsidyYear SubsidyYear::load(Database& db, int year)
{
    SubsidyYear result;
    result.m_year = year;
    SubsidyRepository repository(db);
    const SubsidyLedger::Inputs inputs = repository.loadInputs();
    QHash<qint64, QList<ObligationEngine::Span>> spans = ServiceSpans::byEnterprise(inputs.coverages, inputs.contracts);
    QList<SubsidyLine> computed = SubsidyLedger::linesForYear(inputs, spans, year);
    flagIncompleteService(db, year, std::move(spans), computed);
    result.m_confirmation = repository.confirmation(year);
    if (!result.m_confirmation) {
        result.m_lines = computed;
        return result;
    }
    result.m_lines = repository.confirmedLines(result.m_confirmation->id);
    // Compare by enterprise and service year, not by line number: a new line elsewhere shifts numbers.
    QHash<QPair<qint64, QDate>, SubsidyLine> frozen;
    for (const SubsidyLine& l : result.m_lines) {
        frozen.insert({ l.enterpriseId, l.serviceYearStart }, l);
    }
    for (SubsidyLine now : computed) {
        const auto it = frozen.constFind({ now.enterpriseId, now.serviceYearStart });
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
