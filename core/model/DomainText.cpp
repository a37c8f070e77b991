#include "DomainText.h"

#include <QStringList>

namespace sl::core {

QString DomainText::sizeClass(SizeClass sizeClass)
{
    switch (sizeClass) {
    case SizeClass::Scale:
        return tr("Scale");
    case SizeClass::AboveQuota:
        return tr("Above quota");
    case SizeClass::SmallMicro:
        break;
    }
    return tr("Small & micro");
}

QString DomainText::appraisalMeasure(AppraisalMeasure measure)
{
    switch (measure) {
    case AppraisalMeasure::InspectionCompletion:
        return tr("Inspections done");
    case AppraisalMeasure::SurveyCompletion:
        return tr("On-site surveys done");
    case AppraisalMeasure::BaselineOnTime:
        return tr("Baseline documents on time");
    case AppraisalMeasure::TrainingCompletion:
        return tr("Trainings against the minimum");
    case AppraisalMeasure::DrillCompletion:
        return tr("Drills against the minimum");
    case AppraisalMeasure::RectificationRate:
        return tr("Rectification rate");
    case AppraisalMeasure::OnTimeRectificationRate:
        return tr("On-time rectification rate");
    case AppraisalMeasure::YearEndReports:
        return tr("Year-end reports given");
    case AppraisalMeasure::EvaluationScore:
        return tr("Spot-check evaluations");
    case AppraisalMeasure::Interviews:
        return tr("Interviews (deduction)");
    case AppraisalMeasure::Notices:
        break;
    }
    return tr("Notices (deduction)");
}

QString DomainText::appraisalGrade(AppraisalGrade grade)
{
    switch (grade) {
    case AppraisalGrade::Excellent:
        return tr("Excellent");
    case AppraisalGrade::Qualified:
        return tr("Qualified");
    case AppraisalGrade::BasicallyQualified:
        return tr("Basically qualified");
    case AppraisalGrade::Unqualified:
        break;
    }
    return tr("Unqualified");
}

QString DomainText::targetCategory(TargetCategory category)
{
    switch (category) {
    case TargetCategory::OccupationalHazard:
        return tr("Occupational-disease hazard relatively heavy or above");
    case TargetCategory::WeakSafetyManagement:
        return tr("Industrial unit with insufficient safety management");
    case TargetCategory::LandlordOrMarket:
        return tr("Landlord of rented factories or large market with tenants");
    case TargetCategory::ListedMajorHazard:
        break;
    }
    return tr("Major hazard under listed supervision");
}

QString DomainText::targetCategoryShort(TargetCategory category)
{
    switch (category) {
    case TargetCategory::OccupationalHazard:
        return tr("Occupational hazard");
    case TargetCategory::WeakSafetyManagement:
        return tr("Weak management");
    case TargetCategory::LandlordOrMarket:
        return tr("Landlord / market");
    case TargetCategory::ListedMajorHazard:
        break;
    }
    return tr("Listed major hazard");
}

QString DomainText::targetCategories(TargetCategories categories)
{
    QStringList parts;
    for (TargetCategory c : allTargetCategories()) {
        if (categories.testFlag(c)) {
            parts << targetCategoryShort(c);
        }
    }
    return parts.join(tr(", "));
}

QString DomainText::occupationalHazardClass(OccupationalHazardClass hazardClass)
{
    switch (hazardClass) {
    case OccupationalHazardClass::Serious:
        return tr("Serious");
    case OccupationalHazardClass::RelativelyHeavy:
        return tr("Relatively heavy");
    case OccupationalHazardClass::General:
        return tr("General");
    case OccupationalHazardClass::None:
        break;
    }
    return tr("None");
}

QString DomainText::participationStatus(ParticipationStatus status)
{
    switch (status) {
    case ParticipationStatus::NotParticipating:
        return tr("Not participating");
    case ParticipationStatus::Withdrawn:
        return tr("Withdrawn");
    case ParticipationStatus::Participating:
        break;
    }
    return tr("Participating");
}

QString DomainText::subsidyRule(SubsidyRule rule)
{
    switch (rule) {
    case SubsidyRule::Partial:
        return tr("Subsidised year: street pays up to its yearly share");
    case SubsidyRule::AfterSubsidisedYears:
        return tr("Past the subsidised years: enterprise pays all");
    case SubsidyRule::Full:
        return tr("Small & micro: street pays all");
    case SubsidyRule::NotSubsidised:
        break;
    }
    return tr("No subsidy for this class");
}

QString DomainText::subsidyFlags(SubsidyFlags flags)
{
    QStringList parts;
    if (flags.testFlag(SubsidyFlag::ClassChanged)) {
        parts << tr("Size class changed");
    }
    if (flags.testFlag(SubsidyFlag::PolicyChanged)) {
        parts << tr("Policy changed");
    }
    if (flags.testFlag(SubsidyFlag::AgencyChanged)) {
        parts << tr("Agency changed");
    }
    if (flags.testFlag(SubsidyFlag::LeftEarly)) {
        parts << tr("Service ended early");
    }
    if (flags.testFlag(SubsidyFlag::ServiceIncomplete)) {
        parts << tr("Service incomplete");
    }
    return parts.join(tr(", "));
}

QString DomainText::recordKind(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Survey:
        return tr("On-site survey");
    case RecordKind::Inspection:
        return tr("Inspection");
    case RecordKind::Training:
        return tr("Training");
    case RecordKind::Drill:
        return tr("Drill");
    case RecordKind::YearEndReport:
        break;
    }
    return tr("Year-end report");
}

QString DomainText::inspector(Inspector inspector)
{
    switch (inspector) {
    case Inspector::Agency:
        return tr("Agency inspection");
    case Inspector::Street:
        return tr("Street inspection");
    case Inspector::Joint:
        break;
    }
    return tr("Joint inspection");
}

QString DomainText::hazardSource(Inspector inspector, const QString& agencyName)
{
    switch (inspector) {
    case Inspector::Agency:
        break;
    case Inspector::Street:
        return DomainText::inspector(inspector);
    case Inspector::Joint:
        return agencyName.isEmpty() ? DomainText::inspector(inspector) : tr("Joint inspection (%1)").arg(agencyName);
    }
    return agencyName;
}

QString DomainText::baselineKind(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Organisation:
        return tr("Safety organisation");
    case BaselineKind::Responsibility:
        return tr("Responsibility system");
    case BaselineKind::Rules:
        return tr("Safety rules");
    case BaselineKind::Procedures:
        return tr("Operating procedures");
    case BaselineKind::EmergencyPlan:
        break;
    }
    return tr("Emergency plan");
}

QString DomainText::hazardGrade(HazardGrade grade)
{
    return grade == HazardGrade::Major ? tr("Major") : tr("General");
}

QString DomainText::obligationKind(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::Survey:
        return tr("On-site survey");
    case ObligationKind::Baseline:
        return tr("Baseline documents");
    case ObligationKind::Inspection:
        return tr("Inspection");
    case ObligationKind::Training:
        return tr("Training");
    case ObligationKind::Drill:
        return tr("Drill");
    case ObligationKind::RiskAssessment:
        return tr("Risk assessment");
    case ObligationKind::YearEndReport:
        break;
    }
    return tr("Year-end report");
}

QString DomainText::obligationStatus(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Done:
        return tr("Done");
    case ObligationStatus::NotYetDue:
        return tr("Not yet due");
    case ObligationStatus::Overdue:
        return tr("Overdue");
    case ObligationStatus::NotApplicable:
        break;
    }
    return tr("Not applicable");
}

QString DomainText::period(int year, int quarter)
{
    return quarter > 0 ? tr("%1 Q%2").arg(year).arg(quarter) : QString::number(year);
}

namespace {

// The quarter's wording "Q%1" (第%1季度), cut at its number: one translation gives the name, prefix and suffix.
QStringList quarterParts()
{
    const QString pattern = DomainText::tr("Q%1");
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    if (at < 0) {
        return { pattern, QString() };
    }
    return { pattern.left(at), pattern.mid(at + 2) };
}

} // namespace

QString DomainText::enterprisesServedThisYear()
{
    return tr("Enterprises served this year");
}

QString DomainText::enterprisesServedToday()
{
    return tr("Enterprises served today");
}

QString DomainText::enterprisesServedInQuarter()
{
    return tr("Enterprises served in the quarter");
}

QString DomainText::inspectionsDoneSoFar()
{
    return tr("Inspections done of those due so far");
}

QString DomainText::quarterName(int quarter)
{
    return tr("Q%1").arg(quarter);
}

QString DomainText::quarterPrefix()
{
    return quarterParts().at(0);
}

QString DomainText::quarterSuffix()
{
    return quarterParts().at(1);
}

QString DomainText::yearSuffix()
{
    const QString pattern = tr("%1", "a year's number with its unit: 2026, 2026年");
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    return at < 0 ? QString() : pattern.mid(at + 2);
}

QString DomainText::hazardState(HazardState state)
{
    switch (state) {
    case HazardState::Registered:
        return tr("Registered");
    case HazardState::Rectifying:
        return tr("Rectifying");
    case HazardState::AwaitingRecheck:
        return tr("Awaiting re-check");
    case HazardState::Closed:
        break;
    }
    return tr("Closed");
}

QString DomainText::supervision(Supervision supervision)
{
    switch (supervision) {
    case Supervision::None:
        return tr("None");
    case Supervision::Supervised:
        return tr("Supervised");
    case Supervision::Listed:
        break;
    }
    return tr("Listed supervision");
}

QString DomainText::interviewKind(Interview::Kind kind)
{
    return kind == Interview::Kind::Notice ? tr("Notice") : tr("Interview");
}

QString DomainText::hazardEvent(const QString& key)
{
    if (key == QLatin1String("registered")) {
        return tr("Registered");
    }
    if (key == QLatin1String("start_rectifying")) {
        return tr("Rectification started");
    }
    if (key == QLatin1String("request_recheck")) {
        return tr("Re-check requested");
    }
    if (key == QLatin1String("recheck_passed")) {
        return tr("Re-check passed, closed");
    }
    if (key == QLatin1String("recheck_failed")) {
        return tr("Re-check failed");
    }
    if (key == QLatin1String("supervised")) {
        return tr("Put under supervision");
    }
    if (key == QLatin1String("listed")) {
        return tr("Put under listed supervision");
    }
    if (key == QLatin1String("delisted")) {
        return tr("Delisted");
    }
    if (key == QLatin1String("withdrawn")) {
        return tr("Steps taken back (corrected return)");
    }
    if (key == QLatin1String("extension_requested")) {
        return tr("Extension requested");
    }
    if (key == QLatin1String("extension_approved")) {
        return tr("Extension approved");
    }
    if (key == QLatin1String("extension_refused")) {
        return tr("Extension refused");
    }
    return key;
}

QString DomainText::riskLevel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return tr("Major risk");
    case RiskLevel::Considerable:
        return tr("Considerable risk");
    case RiskLevel::General:
        return tr("General risk");
    case RiskLevel::Low:
        break;
    }
    return tr("Low risk");
}

QString DomainText::riskMethod(RiskMethod method)
{
    return method == RiskMethod::Matrix ? tr("Risk matrix") : tr("LEC");
}

} // namespace sl::core
