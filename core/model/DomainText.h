#pragma once

#include "AppraisalGrade.h"
#include "AppraisalMeasure.h"
#include "BaselineKind.h"
#include "HazardGrade.h"
#include "HazardState.h"
#include "Inspector.h"
#include "Interview.h"
#include "Obligation.h"
#include "OccupationalHazardClass.h"
#include "ParticipationStatus.h"
#include "RecordKind.h"
#include "RiskLevel.h"
#include "RiskMethod.h"
#include "SizeClass.h"
#include "SubsidyLine.h"
#include "TargetCategory.h"

#include <QCoreApplication>
#include <QString>

namespace sl::core {

// The clerk's words for the domain's closed vocabularies, in one place so screens, exports and the
// command line never disagree.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString sizeClass(SizeClass sizeClass);
    static QString appraisalMeasure(AppraisalMeasure measure);
    static QString appraisalGrade(AppraisalGrade grade);
    static QString targetCategory(TargetCategory category);
    static QString targetCategoryShort(TargetCategory category);
    static QString targetCategories(TargetCategories categories);
    static QString occupationalHazardClass(OccupationalHazardClass hazardClass);
    static QString participationStatus(ParticipationStatus status);
    static QString subsidyRule(SubsidyRule rule);
    static QString subsidyFlags(SubsidyFlags flags);
    static QString recordKind(RecordKind kind);
    static QString inspector(Inspector inspector); // Agency inspection / Street inspection / Joint inspection
    // Where a hazard's or an inspection's agency is shown: the agency, or the street's own line (Inspector.h).
    static QString hazardSource(Inspector inspector, const QString& agencyName);
    static QString baselineKind(BaselineKind kind);
    static QString hazardGrade(HazardGrade grade);
    static QString hazardState(HazardState state);
    static QString supervision(Supervision supervision);
    static QString interviewKind(Interview::Kind kind);
    // The steps of a hazard's history by their stored keys (HazardLifecycle::actionKey and the others).
    static QString hazardEvent(const QString& actionKey);
    static QString obligationKind(ObligationKind kind);
    static QString riskLevel(RiskLevel level);
    static QString riskMethod(RiskMethod method);
    static QString obligationStatus(ObligationStatus status);
    // "2025" or "2025 Q3" as the clerk reads it (2025年第3季度 in Chinese).
    static QString period(int year, int quarter);
    // A quarter alone, "Q3" (第3季度), where the year stands beside it; and the words before and after the
    // number, for a spin box that shows the quarter the same way.
    static QString quarterName(int quarter);
    static QString quarterPrefix();
    static QString quarterSuffix();
    // One label, one figure (the same words always count the same thing): the enterprises with anything owed
    // to them in the year (an applicable obligation, by that agency when per agency: Obligation::asksSomething) —
    // the dashboard's, the scorecard's and the annual report's; the enterprises covered by a contract on the day — the
    // contracts page's; and the inspections done of those fallen due so far, extra visits capped — the dashboard's and
    // the scorecard's rate.
    static QString enterprisesServedThisYear();
    static QString enterprisesServedToday();
    // The enterprises an agency served in the chosen quarter (the returns page: what its return must cover).
    static QString enterprisesServedInQuarter();
    static QString inspectionsDoneSoFar();
    // The words after a year's number in a spin box: nothing in English, 年 in Chinese.
    static QString yearSuffix();
};

} // namespace sl::core
