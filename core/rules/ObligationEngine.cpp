#include "ObligationEngine.h"

#include <algorithm>

namespace sl::core {

namespace {

// How many records fall within [from, to] and on or before asOf, and the date of the n-th of them
// (the one that met an obligation needing n).
struct Tally
{
    int count = 0;
    QDate nth;
};

Tally tally(const QList<QDate>& sorted, const QDate& from, const QDate& to, const QDate& asOf, int n)
{
    Tally t;
    const QDate last = std::min(to, asOf);
    if (last < from) {
        return t;
    }
    const auto lo = std::lower_bound(sorted.cbegin(), sorted.cend(), from);
    const auto hi = std::upper_bound(lo, sorted.cend(), last);
    t.count = static_cast<int>(hi - lo);
    if (n > 0 && t.count >= n) {
        t.nth = *(lo + (n - 1));
    }
    return t;
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

// The one definition of who owed an obligation: the agency serving on the day it began.
void begin(Obligation& o, const QList<ObligationEngine::Span>& spans, const QDate& day)
{
    o.begins = day;
    o.agencyId = day.isValid() ? ServiceSpans::agencyOn(spans, day) : 0;
}

void settle(Obligation& o, const QDate& asOf)
{
    o.status = ObligationEngine::statusOf(o.required, o.done, o.due, asOf);
    if (o.status != ObligationStatus::Done) {
        o.completedOn = QDate();
    }
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
            starts.append({ s.start, QDate(9999, 12, 31) });
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
    const QDate firstInYear = ServiceSpans::firstServedDay(spans, yearStart, yearEnd);
    QList<Obligation> out;

    // A survey at every start of service with an agency in this year, each owed by the agency that started.
    for (const auto& [start, until] : serviceStarts(spans)) {
        if (start.year() != year) {
            continue;
        }
        Obligation survey = make(enterpriseId, ObligationKind::Survey, year, 0);
        begin(survey, spans, start);
        survey.due = start.addDays(std::max(settings.surveyDays, 1) - 1);
        survey.required = 1;
        const Tally t = tally(activity.surveys, start, until, asOf, 1);
        survey.done = std::min(t.count, 1);
        survey.doneByDue = std::min(tally(activity.surveys, start, std::min(until, survey.due), asOf, 0).count, 1);
        survey.completedOn = t.nth;
        settle(survey, asOf);
        out.append(survey);
    }
    if (out.isEmpty()) {
        Obligation none = make(enterpriseId, ObligationKind::Survey, year, 0);
        begin(none, spans, firstInYear);
        none.due = firstInYear;
        settle(none, asOf);
        out.append(none);
    }

    // Baseline documents, counted in the year service first began, whenever each was completed.
    Obligation baseline = make(enterpriseId, ObligationKind::Baseline, year, 0);
    const QDate firstDay = spans.first().start;
    begin(baseline, spans, firstInYear);
    if (firstDay.year() == year) {
        begin(baseline, spans, firstDay);
        baseline.required = 5;
        baseline.due = firstDay.addMonths(settings.baselineMonths).addDays(-1);
        QList<QDate> completed = activity.baselineCompleted;
        std::sort(completed.begin(), completed.end());
        const Tally t = tally(completed, QDate(1, 1, 1), QDate(9999, 12, 31), asOf, baseline.required);
        baseline.done = std::min(t.count, baseline.required);
        baseline.doneByDue = std::min(tally(completed, QDate(1, 1, 1), baseline.due, asOf, 0).count, baseline.required);
        baseline.completedOn = t.nth;
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
            begin(o, spans, ServiceSpans::firstServedDay(spans, from, to));
            o.due = last;
            if (ServiceSpans::servedDays(spans, from, to) >= settings.minServiceDaysInQuarter) {
                ++servedQuarters;
                o.required = settings.inspectionsPerQuarter;
                const Tally t = tally(activity.inspections, from, to, asOf, o.required);
                o.done = t.count;
                o.doneByDue = tally(activity.inspections, from, std::min(to, o.due), asOf, 0).count;
                o.completedOn = t.nth;
            }
        }
        settle(o, asOf);
        inspections.append(o);
    }

    // Trainings and drills against the pro-rated minimums.
    const auto yearly = [&](ObligationKind kind, int perYear, const QList<QDate>& dates) {
        Obligation o = make(enterpriseId, kind, year, 0);
        begin(o, spans, firstInYear);
        o.due = lastInYear;
        o.required = proRated(perYear, servedQuarters);
        if (o.required > 0) {
            const Tally t = tally(dates, yearStart, yearEnd, asOf, o.required);
            o.done = t.count;
            o.doneByDue = tally(dates, yearStart, o.due, asOf, 0).count;
            o.completedOn = t.nth;
        }
        settle(o, asOf);
        return o;
    };
    out.append(inspections);
    out.append(yearly(ObligationKind::Training, settings.trainingsPerYear, activity.trainings));
    out.append(yearly(ObligationKind::Drill, settings.drillsPerYear, activity.drills));

    Obligation report = make(enterpriseId, ObligationKind::YearEndReport, year, 0);
    begin(report, spans, firstInYear);
    report.due = lastInYear.addDays(settings.yearEndReportDays);
    if (servedQuarters > 0) {
        report.required = 1;
        for (const auto& [reportYear, date] : activity.yearEndReports) {
            if (reportYear == year && date <= asOf && (!report.completedOn.isValid() || date < report.completedOn)) {
                report.done = 1;
                report.doneByDue = date <= report.due ? 1 : 0;
                report.completedOn = date;
            }
        }
    }
    settle(report, asOf);
    out.append(report);

    // The risk assessment: in the year service first began, due with the baseline documents and counted
    // whenever it was made; in every later year with service, reviewed (a new assessment dated in the year).
    Obligation risk = make(enterpriseId, ObligationKind::RiskAssessment, year, 0);
    begin(risk, spans, firstInYear);
    risk.due = lastInYear;
    QList<QDate> assessed = activity.riskAssessments;
    std::sort(assessed.begin(), assessed.end());
    if (firstDay.year() == year) {
        begin(risk, spans, firstDay);
        risk.required = 1;
        risk.due = firstDay.addMonths(settings.riskAssessmentMonths).addDays(-1);
        const Tally t = tally(assessed, QDate(1, 1, 1), QDate(9999, 12, 31), asOf, 1);
        risk.done = std::min(t.count, 1);
        risk.doneByDue = std::min(tally(assessed, QDate(1, 1, 1), risk.due, asOf, 0).count, 1);
        risk.completedOn = t.nth;
    } else if (settings.riskReviewYearly != 0 && servedQuarters > 0) {
        risk.required = 1;
        const Tally t = tally(assessed, yearStart, yearEnd, asOf, 1);
        risk.done = std::min(t.count, 1);
        risk.doneByDue = std::min(tally(assessed, yearStart, risk.due, asOf, 0).count, 1);
        risk.completedOn = t.nth;
    }
    settle(risk, asOf);
    out.append(risk);

    // Order: surveys, baseline, inspections by quarter, training, drill, year-end report, risk assessment.
    return out;
}

QList<Obligation> ObligationEngine::forYear(const Inputs& inputs, int year, const QDate& asOf)
{
    QList<qint64> ids = inputs.spans.keys();
    std::sort(ids.begin(), ids.end());
    static const EnterpriseActivity kNothing;
    QList<Obligation> out;
    out.reserve(ids.size() * 10);
    for (qint64 id : ids) {
        const auto activity = inputs.activity.constFind(id);
        out.append(forEnterpriseYear(id, inputs.spans.value(id),
                                     activity == inputs.activity.constEnd() ? kNothing : *activity, inputs.settings,
                                     year, asOf));
    }
    return out;
}

} // namespace sl::core
