#include "ObligationEngine.h"

#include <algorithm>

namespace sl::core {

namespace {

// Records dated within [from, to] and on or before asOf.
int countBetween(const QList<QDate>& sorted, const QDate& from, const QDate& to, const QDate& asOf)
{
    const QDate last = std::min(to, asOf);
    if (last < from) {
        return 0;
    }
    const auto lo = std::lower_bound(sorted.cbegin(), sorted.cend(), from);
    const auto hi = std::upper_bound(lo, sorted.cend(), last);
    return static_cast<int>(hi - lo);
}

Obligation make(qint64 enterpriseId, ObligationKind kind, int year, int quarter)
{
    Obligation o;
    o.enterpriseId = enterpriseId;
    o.kind = kind;
    o.year = year;
    o.quarter = quarter;
    return o;
}

void settle(Obligation& o, const QDate& asOf)
{
    o.status = ObligationEngine::statusOf(o.required, o.done, o.due, asOf);
}

// Where service with an agency begins: the first span, a span after a break, or a change of agency.
QList<QPair<QDate, QDate>> serviceStarts(const QList<ObligationEngine::Span>& spans)
{
    QList<QPair<QDate, QDate>> starts; // (start, last day before the next start)
    for (int i = 0; i < spans.size(); ++i) {
        const auto& s = spans.at(i);
        bool isStart = i == 0;
        if (i > 0) {
            const auto& previous = spans.at(i - 1);
            isStart = previous.end.addDays(1) < s.start || previous.agencyId != s.agencyId;
        }
        if (isStart) {
            if (!starts.isEmpty()) {
                starts.last().second = s.start.addDays(-1);
            }
            starts.append({s.start, QDate(9999, 12, 31)});
        }
    }
    return starts;
}

} // namespace

int ObligationEngine::proRated(int perYear, int servedQuarters)
{
    if (perYear <= 0 || servedQuarters <= 0) {
        return 0;
    }
    return (perYear * std::min(servedQuarters, 4) + 3) / 4;
}

ObligationStatus ObligationEngine::statusOf(int required, int done, const QDate& due, const QDate& asOf)
{
    if (required <= 0) {
        return ObligationStatus::NotApplicable;
    }
    if (done >= required) {
        return ObligationStatus::Done;
    }
    return asOf > due ? ObligationStatus::Overdue : ObligationStatus::NotYetDue;
}

QDate ObligationEngine::quarterStart(int year, int quarter)
{
    return QDate(year, 3 * (quarter - 1) + 1, 1);
}

QDate ObligationEngine::quarterEnd(int year, int quarter)
{
    return quarterStart(year, quarter).addMonths(3).addDays(-1);
}

QList<Obligation> ObligationEngine::forEnterpriseYear(qint64 enterpriseId, const QList<Span>& spans,
                                                      const EnterpriseActivity& activity,
                                                      const ObligationSettings& settings, int year, const QDate& asOf)
{
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    const QDate lastInYear = ServiceSpans::lastServedDay(spans, yearStart, yearEnd);
    if (!lastInYear.isValid()) {
        return {};
    }
    const qint64 yearAgency = ServiceSpans::agencyOn(spans, lastInYear);
    QList<Obligation> out;

    // Survey at every start of service with an agency in this year.
    Obligation survey = make(enterpriseId, ObligationKind::Survey, year, 0);
    survey.agencyId = yearAgency;
    QDate firstOpenDue;
    QDate lastDue;
    for (const auto& [start, until] : serviceStarts(spans)) {
        if (start.year() != year) {
            continue;
        }
        lastDue = start.addDays(std::max(settings.surveyDays, 1) - 1);
        ++survey.required;
        if (countBetween(activity.surveys, start, until, asOf) > 0) {
            ++survey.done;
        } else if (!firstOpenDue.isValid()) {
            firstOpenDue = lastDue;
        }
        survey.agencyId = ServiceSpans::agencyOn(spans, start);
    }
    survey.due = firstOpenDue.isValid() ? firstOpenDue : lastDue;
    settle(survey, asOf);
    out.append(survey);

    // Baseline documents, counted in the year service first began.
    Obligation baseline = make(enterpriseId, ObligationKind::Baseline, year, 0);
    const QDate firstDay = spans.first().start;
    baseline.agencyId = yearAgency;
    if (firstDay.year() == year) {
        baseline.agencyId = ServiceSpans::agencyOn(spans, firstDay);
        baseline.required = 5;
        baseline.due = firstDay.addMonths(settings.baselineMonths).addDays(-1);
        for (const QDate& d : activity.baselineCompleted) {
            if (d <= asOf) {
                ++baseline.done;
            }
        }
        baseline.done = std::min(baseline.done, baseline.required);
    }
    settle(baseline, asOf);
    out.append(baseline);

    // Quarterly inspections.
    int servedQuarters = 0;
    QList<Obligation> inspections;
    for (int q = 1; q <= 4; ++q) {
        Obligation o = make(enterpriseId, ObligationKind::Inspection, year, q);
        const QDate from = quarterStart(year, q);
        const QDate to = quarterEnd(year, q);
        const QDate last = ServiceSpans::lastServedDay(spans, from, to);
        if (last.isValid()) {
            o.agencyId = ServiceSpans::agencyOn(spans, last);
            o.due = last;
            if (ServiceSpans::servedDays(spans, from, to) >= settings.minServiceDaysInQuarter) {
                ++servedQuarters;
                o.required = settings.inspectionsPerQuarter;
                o.done = countBetween(activity.inspections, from, to, asOf);
            }
        }
        settle(o, asOf);
        inspections.append(o);
    }

    // Trainings and drills against the pro-rated minimums.
    const auto yearly = [&](ObligationKind kind, int perYear, const QList<QDate>& dates) {
        Obligation o = make(enterpriseId, kind, year, 0);
        o.agencyId = yearAgency;
        o.due = lastInYear;
        o.required = proRated(perYear, servedQuarters);
        if (o.required > 0) {
            o.done = countBetween(dates, yearStart, yearEnd, asOf);
        }
        settle(o, asOf);
        return o;
    };
    out.append(inspections);
    out.append(yearly(ObligationKind::Training, settings.trainingsPerYear, activity.trainings));
    out.append(yearly(ObligationKind::Drill, settings.drillsPerYear, activity.drills));

    Obligation report = make(enterpriseId, ObligationKind::YearEndReport, year, 0);
    report.agencyId = yearAgency;
    report.due = lastInYear.addDays(settings.yearEndReportDays);
    if (servedQuarters > 0) {
        report.required = 1;
        for (const auto& [reportYear, date] : activity.yearEndReports) {
            if (reportYear == year && date <= asOf) {
                report.done = 1;
            }
        }
    }
    settle(report, asOf);
    out.append(report);

    // Order: survey, baseline, inspections by quarter, training, drill, year-end report.
    return out;
}

QList<Obligation> ObligationEngine::forYear(const Inputs& inputs, int year, const QDate& asOf)
{
    QList<qint64> ids = inputs.spans.keys();
    std::sort(ids.begin(), ids.end());
    static const EnterpriseActivity kNothing;
    QList<Obligation> out;
    out.reserve(ids.size() * 9);
    for (qint64 id : ids) {
        const auto activity = inputs.activity.constFind(id);
        out.append(forEnterpriseYear(id, inputs.spans.value(id),
                                     activity == inputs.activity.constEnd() ? kNothing : *activity, inputs.settings,
                                     year, asOf));
    }
    return out;
}

} // namespace sl::core
