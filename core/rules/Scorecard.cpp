#include "Scorecard.h"

#include "HazardDeadline.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sl::core {

namespace {

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0) {
        return std::nullopt;
    }
    return 100.0 * part / whole;
}

} // namespace

void Scorecard::Count::add(const Obligation& o)
{
    if (!o.asksSomething()) {
        return;
    }
    required += o.required;
    done += o.done;
    doneCapped += std::min(o.done, o.required);
    if (o.status != ObligationStatus::NotYetDue) {
        requiredDue += o.required;
        doneCappedDue += std::min(o.done, o.required);
        doneOnTimeCappedDue += std::min(o.doneByDue, o.required);
    }
}

void Scorecard::Count::add(const Count& other)
{
    required += other.required;
    done += other.done;
    doneCapped += other.doneCapped;
    requiredDue += other.requiredDue;
    doneCappedDue += other.doneCappedDue;
    doneOnTimeCappedDue += other.doneOnTimeCappedDue;
}

std::optional<double> Scorecard::Count::percent() const
{
    return ratio(doneCappedDue, requiredDue);
}

std::optional<double> Scorecard::Count::onTimePercent() const
{
    return ratio(doneOnTimeCappedDue, requiredDue);
}

std::optional<double> Scorecard::Row::rectificationRate() const
{
    return ratio(hazardsClosed, hazardsFound);
}

std::optional<double> Scorecard::Row::onTimeRate() const
{
    return ratio(hazardsClosedOnTime, hazardsFound);
}

std::optional<double> Scorecard::Row::averageScore() const
{
    if (evaluations.isEmpty()) {
        return std::nullopt;
    }
    int sum = 0;
    for (const Evaluation& e : evaluations) {
        sum += e.scoreTenths;
    }
    return sum / 10.0 / evaluations.size();
}

std::optional<int> Scorecard::tenths(std::optional<double> value)
{
    if (!value) {
        return std::nullopt;
    }
    return static_cast<int>(std::floor(*value * 10.0 + 0.5));
}

QString Scorecard::tenthsText(std::optional<int> tenths)
{
    if (!tenths) {
        return QString();
    }
    const int t = *tenths;
    const int whole = std::abs(t) / 10;
    return QStringLiteral("%1%2.%3").arg(t < 0 ? QStringLiteral("-") : QString()).arg(whole).arg(std::abs(t) % 10);
}

QString Scorecard::percentText(std::optional<double> percent)
{
    return percent ? tenthsText(tenths(percent)) + QLatin1Char('%') : QString();
}

QList<Scorecard::Row> Scorecard::compute(int year, const QDate& asOf, const QList<qint64>& agencyIds,
                                         const QList<Obligation>& obligations, const QList<Hazard>& hazards,
                                         const QList<Evaluation>& evaluations, const QList<Interview>& interviews)
{
    QHash<qint64, Row> rows;
    QHash<qint64, QSet<qint64>> served;
    for (const Obligation& o : obligations) {
        if (o.year != year || o.agencyId == 0 || !o.asksSomething()) {
            continue;
        }
        Row& row = rows[o.agencyId];
        served[o.agencyId].insert(o.enterpriseId);
        row.obligations[o.kind].add(o);
        ++row.obligationsRequired;
        row.obligationsMet += o.status == ObligationStatus::Done ? 1 : 0;
    }
    for (const Hazard& h : hazards) {
        // The street's own inspections (街道检查, 联合检查) are not the agency's work, whoever went along.
        if (h.foundOn.year() != year || h.agencyId == 0 || isStreetsOwn(h.inspector)) {
            continue;
        }
        Row& row = rows[h.agencyId];
        ++row.hazardsFound;
        const bool closed = HazardDeadline::isClosedAsOf(h, asOf);
        row.hazardsClosed += closed ? 1 : 0;
        row.hazardsClosedOnTime += closed && HazardDeadline::isClosedOnTime(h) ? 1 : 0;
        row.hazardsOverdue += HazardDeadline::isOverdueAsOf(h, asOf) ? 1 : 0;
    }
    for (const Evaluation& e : evaluations) {
        if (e.evaluatedOn.year() == year) {
            rows[e.agencyId].evaluations.append(e);
        }
    }
    for (const Interview& i : interviews) {
        if (i.heldOn.year() == year && i.agencyId != 0) {
            ++(i.kind == Interview::Kind::Notice ? rows[i.agencyId].notices : rows[i.agencyId].interviews);
        }
    }
    QList<Row> out;
    for (qint64 id : agencyIds) {
        const auto it = rows.constFind(id);
        if (it == rows.constEnd()) {
            continue;
        }
        Row row = *it;
        row.agencyId = id;
        row.year = year;
        row.enterprises = static_cast<int>(served.value(id).size());
        out.append(row);
    }
    return out;
}

} // namespace sl::core
