#pragma once

#include "model/Evaluation.h"
#include "model/Hazard.h"
#include "model/Interview.h"
#include "model/Obligation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace sl::core {

// An agency's year (考核), what the clerk shows at contract renewal. Pure: it sums what the obligation
// engine derived and what the hazard register holds, so every figure can be traced to rows of the
// compliance and hazards exports.
class Scorecard
{
public:
    struct Count
    {
        int required = 0;
        int done = 0; // as recorded, as the compliance export shows them
        int doneCapped = 0; // extra visits at one enterprise never make up for missing ones at another
        // The same of the obligations that could be judged by the as-of date (overdue or done): a year still
        // running is rated on what has fallen due, not on what is still to come.
        int requiredDue = 0;
        int doneCappedDue = 0;
        int doneOnTimeCappedDue = 0; // of doneCappedDue, those dated by the due date

        // One obligation row (not applicable ones add nothing).
        void add(const Obligation& o);
        // Another count's (a street's, for the district's sum).
        void add(const Count& other);
        // Per cent of the required done, of what has fallen due (or been done); nothing when nothing has.
        std::optional<double> percent() const;
        // Per cent of the same done by the due date.
        std::optional<double> onTimePercent() const;
    };

    struct Row
    {
        qint64 agencyId = 0;
        int year = 0;
        int enterprises = 0;
        QHash<ObligationKind, Count> obligations;
        int obligationsRequired = 0; // every obligation row that asked something
        int obligationsMet = 0;
        int hazardsFound = 0;
        int hazardsClosed = 0; // by the as-of date
        int hazardsClosedOnTime = 0;
        int hazardsOverdue = 0;
        QList<Evaluation> evaluations;
        int interviews = 0; // 约谈 of the agency (or of an enterprise together with it)
        int notices = 0; // 通报
        // The services beyond the obligations delivered in the year (标准化创建指导, 检测检验, …): counted, never an
        // obligation, so never part of obligationsRequired / obligationsMet.
        int otherServices = 0;

        Count count(ObligationKind kind) const { return obligations.value(kind); }
        // 整改率 = closed ÷ found; 按期整改率 = closed on time ÷ found.
        std::optional<double> rectificationRate() const;
        std::optional<double> onTimeRate() const;
        std::optional<double> averageScore() const;
    };

    // One row per agency that served or was evaluated in the year, in the order of agencyIds.
    static QList<Row> compute(int year, const QDate& asOf, const QList<qint64>& agencyIds,
                              const QList<Obligation>& obligations, const QList<Hazard>& hazardsFoundInYear,
                              const QList<Evaluation>& evaluations, const QList<Interview>& interviews);

    // A rate or score in tenths, rounded half up: the one rounding of every figure shown, so the
    // appraisal scores exactly the figure printed.
    static std::optional<int> tenths(std::optional<double> value);
    // "95.3%": one decimal, as every report shows a rate; empty when there is nothing to divide.
    static QString percentText(std::optional<double> percent);
    // "95.3" from tenths; empty when there is none.
    static QString tenthsText(std::optional<int> tenths);
};

} // namespace sl::core
