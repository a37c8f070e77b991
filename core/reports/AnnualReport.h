#pragma once

#include "db/AuditTrail.h"

#include "ComplianceYear.h"
#include "HazardYear.h"
#include "RiskYear.h"
#include "ScorecardYear.h"
#include "SubsidyYear.h"
#include "db/OtherServiceRepository.h"
#include "model/AnnualReportTexts.h"
#include "model/Contract.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sl::core {

class Database;

// The figures of the street's annual report (年度安全生产社会化服务工作报告), all taken from the same
// core sources as the pages and the exports — ComplianceYear, HazardYear, ScorecardYear, SubsidyYear —
// so the printed report can never disagree with the screen or a CSV of the same file and date.
class AnnualReport
{
public:
    struct Community
    {
        QString name;
        int enterprises = 0;
        int inspectionsRequired = 0;
        int inspectionsDone = 0;
        int hazardsFound = 0;
        int hazardsClosed = 0;
    };
    struct EnterpriseLine
    {
        QString name;
        QString creditCode;
        QString community;
        SizeClass sizeClass = SizeClass::SmallMicro;
        QString agency;
        int inspectionsRequired = 0;
        int inspectionsDone = 0;
        int hazardsFound = 0;
        int hazardsClosed = 0;
    };
    struct HazardCount
    {
        int found = 0;
        int closed = 0;
        int open = 0;
        int overdue = 0;
    };
    // The street's own inspections (街道检查, or 联合检查 with an agency) and what they found: in the report's
    // hazard figures like any other, shown on their own line beside the agencies', never under one.
    struct StreetInspectionCount
    {
        int inspections = 0;
        HazardCount hazards;
    };
    struct ActivityCount
    {
        int count = 0;
        int people = 0;
    };
    // The three texts the clerk writes; the report keeps them with the file.
    using Texts = AnnualReportTexts;

    static AnnualReport load(Database& db, int year, const QDate& asOf);

    int year = 0;
    QDate asOf;
    QString streetName;
    QList<QPair<Contract, QString>> contracts; // in force during the year, with the agency's name
    int agencies = 0;
    int enterprisesServed = 0;
    QHash<SizeClass, int> bySizeClass;
    QHash<TargetCategory, int> byTargetCategory;
    QHash<ObligationKind, Scorecard::Count> obligations; // street-wide, as the compliance export sums them
    QList<Scorecard::Count> inspectionsByQuarter; // four
    ActivityCount trainings;
    ActivityCount drills;
    HazardCount hazardsGeneral;
    HazardCount hazardsMajor;
    QHash<HazardState, int> hazardsByState;
    QHash<HazardState, int> majorHazardsByState;
    StreetInspectionCount streetInspections;
    StreetInspectionCount jointInspections;
    QList<Community> communities;
    QList<EnterpriseLine> enterprises; // the appendix, by community and name
    ScorecardYear scorecards;
    SubsidyYear subsidies;
    QHash<SizeClass, Money> subsidyByClass;
    Texts texts;
    // 风险分级管控: the assessments in force at the year's end (or as of the day), and the year's other services.
    RiskYear risks;
    QList<OtherServiceRepository::Count> otherServices;
    // The audit chain's head when the report was made, printed at its end so the paper anchors the trail.
    AuditTrail::Head auditHead;

    HazardCount hazards() const;
    std::optional<double> rectificationRate() const;
    std::optional<double> onTimeRate() const;
    int hazardsClosedOnTime = 0;
};

} // namespace sl::core
