#include "DemoActivities.h"

#include "DemoGenerator.h"
#include "Dice.h"
#include "db/AgencyRepository.h"
#include "db/BaselineRepository.h"
#include "db/ContractRepository.h"
#include "db/ErrorOut.h"
#include "db/ServiceRecordRepository.h"
#include "db/SettingRepository.h"
#include "model/BaselineKind.h"
#include "model/Hazard.h"
#include "rules/ObligationEngine.h"

#include <algorithm>

namespace sl::core {

namespace {

// Records wait in memory and go to the database in batches of this many: one prepared statement per
// batch instead of one per record keeps a 5000-enterprise street to seconds.
constexpr int kBatchSize = 4096;

// The demo's lot 2 agency (index 1, the cheap lot) is the stretched one and misses more quarters.
constexpr int kStretchedAgencyIndex = 1;
constexpr int kStretchedMissPercent = 8;
constexpr int kMissPercent = 2;

constexpr int kSurveyDaysMax = 25;
constexpr int kHazardPercent = 30;
constexpr int kMajorHazardPercent = 3;
constexpr int kMissingTrainingPercent = 5;
// Done in the last weeks of the year, when the agency catches up.
constexpr int kLateTrainingPercent = 12;
constexpr int kLateTrainingWindow = 45;
constexpr int kMissingReportPercent = 7;
constexpr int kMissingBaselinePercent = 5;
constexpr int kLateBaselinePercent = 15;

const char* const kSections[] = { "survey_findings",
                                  "inspection_findings",
                                  "inspection_hazard_findings",
                                  "hazard_places",
                                  "hazards",
                                  "training_topics",
                                  "training_contents",
                                  "drill_scenarios",
                                  "drill_contents",
                                  "report_summaries",
                                  "report_problems",
                                  "report_measures" };

// category:description:demand, so that the three always belong together.
QList<QStringList> splitHazards(const QStringList& words)
{
    QList<QStringList> out;
    for (const QString& h : words) {
        const QStringList parts = h.split(QLatin1Char(':'));
        if (parts.size() == 3) {
            out.append(parts);
        }
    }
    return out;
}

} // namespace

DemoActivities::DemoActivities(Database& db, const Words& words, Dice& dice, const QDate& today)
    : m_db(db)
    , m_words(words)
    , m_dice(dice)
    , m_today(today)
    , m_evidence(db)
{
}

bool DemoActivities::write(const QList<Enterprise>& enterprises, QString* error)
{
    if (!hasWords(m_words)) {
        // The generator checks first; its message is the one translated.
        return failWith(error, DemoGenerator::tr("The demo word lists are missing from this build."));
    }
    takeWords();
    loadAgencies();
    m_settings = SettingRepository(m_db).obligationSettings();
    const ContractRepository contracts(m_db);
    QHash<qint64, Contract> contractsById;
    for (const Contract& c : contracts.list(true)) {
        contractsById.insert(c.id, c);
    }
    // The same spans the obligation engine reads, so the demo's gaps are the gaps the clerk will see.
    const QHash<qint64, QList<Span>> spansOf = ServiceSpans::byEnterprise(contracts.coverages(), contractsById);
    for (const Enterprise& e : enterprises) {
        const auto spans = spansOf.constFind(e.id);
        if (spans == spansOf.constEnd() || spans->first().start > m_today) {
            continue;
        }
        if (!writeSurveys(e, *spans, error) || !writeBaseline(e, *spans, error)) {
            return false;
        }
        for (int year = spans->first().start.year(); year <= m_today.year(); ++year) {
            if (!writeYear(e, *spans, year, error)) {
                return false;
            }
        }
    }
    return flush(error);
}

bool DemoActivities::hasWords(const Words& words)
{
    for (const char* section : kSections) {
        if (words.value(QLatin1String(section)).isEmpty()) {
            return false;
        }
    }
    return !splitHazards(words.value(QStringLiteral("hazards"))).isEmpty();
}

void DemoActivities::takeWords()
{
    const auto list = [this](const char* section) { return m_words.value(QLatin1String(section)); };
    m_surveyFindings = list("survey_findings");
    m_inspectionFindings = list("inspection_findings");
    m_hazardFindings = list("inspection_hazard_findings");
    m_hazardPlaces = list("hazard_places");
    m_hazards = splitHazards(list("hazards"));
    m_trainingTopics = list("training_topics");
    m_trainingContents = list("training_contents");
    m_drillScenarios = list("drill_scenarios");
    m_drillContents = list("drill_contents");
    m_reportSummaries = list("report_summaries");
    m_reportProblems = list("report_problems");
    m_reportMeasures = list("report_measures");
}

void DemoActivities::loadAgencies()
{
    AgencyRepository agencies(m_db);
    QList<Agency> all = agencies.list(true);
    // Listed by name; the generator's agency numbers follow creation, that is id.
    std::sort(all.begin(), all.end(), [](const Agency& a, const Agency& b) { return a.id < b.id; });
    m_agencyIndex.clear();
    m_experts.clear();
    for (int i = 0; i < all.size(); ++i) {
        m_agencyIndex.insert(all.at(i).id, i);
        for (const Expert& x : agencies.experts(all.at(i).id, false)) {
            m_experts[all.at(i).id].append(x.id);
        }
    }
}

bool DemoActivities::writeSurveys(const Enterprise& e, const QList<Span>& spans, QString* error)
{
    // A survey opens every stretch of service with an agency: the first, a return after a break and
    // a change of agency, as the obligation engine counts them.
    for (int i = 0; i < spans.size(); ++i) {
        const Span& s = spans.at(i);
        const bool isStart
            = i == 0 || spans.at(i - 1).end.addDays(1) < s.start || spans.at(i - 1).agencyId != s.agencyId;
        if (!isStart) {
            continue;
        }
        const QDate day = std::min(s.start.addDays(m_dice.between(0, kSurveyDaysMax)), s.end);
        if (day > m_today) {
            continue;
        }
        ServiceRecord r;
        r.enterpriseId = e.id;
        r.agencyId = s.agencyId;
        r.kind = RecordKind::Survey;
        r.doneOn = day;
        r.content = m_dice.pick(m_surveyFindings);
        r.expertIds = pickExperts(s.agencyId, 1);
        if (!add(std::move(r), error)) {
            return false;
        }
    }
    return true;
}

bool DemoActivities::writeBaseline(const Enterprise& e, const QList<Span>& spans, QString* error)
{
    const QDate firstDay = spans.first().start;
    QList<BaselineKind> kinds = allBaselineKinds();
    const int roll = m_dice.below(100);
    if (roll < kMissingBaselinePercent) {
        for (int n = m_dice.between(1, 2); n > 0; --n) {
            kinds.removeAt(m_dice.below(static_cast<int>(kinds.size())));
        }
    }
    const bool lateEnterprise
        = roll >= kMissingBaselinePercent && roll < kMissingBaselinePercent + kLateBaselinePercent;
    BaselineRepository baseline(m_db);
    for (BaselineKind kind : std::as_const(kinds)) {
        // On time is within the first three months; a late enterprise finishes most in months 4 to 6.
        const bool late = lateEnterprise && m_dice.chance(70);
        const QDate day = firstDay.addDays(late ? m_dice.between(122, 182) : m_dice.between(3, 85));
        // Not done yet, or the enterprise had already left the programme.
        if (day > m_today || ServiceSpans::agencyOn(spans, day) == 0) {
            continue;
        }
        if (!baseline.setCompleted(e.id, kind, day, QString(), error)) {
            return false;
        }
    }
    return true;
}

bool DemoActivities::writeYear(const Enterprise& e, const QList<Span>& spans, int year, QString* error)
{
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    const QDate lastInYear = ServiceSpans::lastServedDay(spans, yearStart, yearEnd);
    if (!lastInYear.isValid()) {
        return true;
    }
    int servedQuarters = 0;
    int inspections = 0;
    int hazards = 0;
    for (int q = 1; q <= 4; ++q) {
        const QDate from = ObligationEngine::quarterStart(year, q);
        const QDate to = ObligationEngine::quarterEnd(year, q);
        // A stub quarter needs no inspection; the agencies do not bother either.
        if (ServiceSpans::servedDays(spans, from, to) < std::max(m_settings.minServiceDaysInQuarter, 1)) {
            continue;
        }
        ++servedQuarters;
        for (int k = 0; k < std::max(m_settings.inspectionsPerQuarter, 1); ++k) {
            const QDate day = randomServedDay(spans, from, to);
            const qint64 agencyId = ServiceSpans::agencyOn(spans, day);
            const bool missed = m_dice.chance(
                m_agencyIndex.value(agencyId) == kStretchedAgencyIndex ? kStretchedMissPercent : kMissPercent);
            if (missed || day > m_today) {
                continue;
            }
            if (!writeInspection(e, day, agencyId, &hazards, error)) {
                return false;
            }
            ++inspections;
        }
    }
    if (!writeYearly(e, spans, year, RecordKind::Training,
                     ObligationEngine::proRated(m_settings.trainingsPerYear, servedQuarters), error)
        || !writeYearly(e, spans, year, RecordKind::Drill,
                        ObligationEngine::proRated(m_settings.drillsPerYear, servedQuarters), error)) {
        return false;
    }

    // The year-end report of a past year: early December to late January, or, when service ended
    // during the year, in its last days.
    if (year >= m_today.year() || servedQuarters == 0 || m_dice.chance(kMissingReportPercent)) {
        return true;
    }
    QDate day = QDate(year, 12, 1).addDays(m_dice.between(4, 55));
    if (ServiceSpans::agencyOn(spans, day) == 0) {
        const int total = ServiceSpans::servedDays(spans, yearStart, yearEnd);
        day = nthServedDay(spans, yearStart, yearEnd, total - 1 - m_dice.below(std::min(total, 10)));
    }
    if (day > m_today) {
        return true;
    }
    ServiceRecord r;
    r.enterpriseId = e.id;
    r.agencyId = ServiceSpans::agencyOn(spans, lastInYear);
    r.kind = RecordKind::YearEndReport;
    r.doneOn = day;
    r.reportYear = year;
    r.content = m_dice.pick(m_reportSummaries).arg(inspections).arg(hazards);
    r.problems = m_dice.pick(m_reportProblems);
    r.measures = m_dice.pick(m_reportMeasures);
    return add(std::move(r), error);
}

bool DemoActivities::writeInspection(const Enterprise& e, const QDate& day, qint64 agencyId, int* hazardCount,
                                     QString* error)
{
    ServiceRecord r;
    r.enterpriseId = e.id;
    r.agencyId = agencyId;
    r.kind = RecordKind::Inspection;
    r.doneOn = day;
    r.expertIds = pickExperts(agencyId, m_dice.between(1, 2));
    if (!m_dice.chance(kHazardPercent)) {
        r.content = m_dice.pick(m_inspectionFindings);
        return add(std::move(r), error);
    }
    QList<Hazard> hazards;
    const int first = m_dice.below(static_cast<int>(m_hazards.size()));
    QList<int> picked = { first };
    if (m_hazards.size() > 1 && m_dice.chance(40)) {
        const int n = static_cast<int>(m_hazards.size());
        picked.append((first + 1 + m_dice.below(n - 1)) % n);
    }
    for (int index : std::as_const(picked)) {
        const QStringList& text = m_hazards.at(index);
        Hazard h;
        h.foundOn = day;
        h.place = m_dice.pick(m_hazardPlaces);
        h.category = text.at(0);
        h.description = text.at(1);
        h.demand = text.at(2);
        h.grade = m_dice.chance(kMajorHazardPercent) ? HazardGrade::Major : HazardGrade::General;
        h.responsible = e.safetyContact;
        h.deadline = day.addDays(m_dice.between(15, 60));
        hazards.append(h);
    }
    r.content = m_dice.pick(m_hazardFindings).arg(hazards.size());
    *hazardCount += static_cast<int>(hazards.size());
    // The batch writes the hazards right after their inspection, with the repository's own checks.
    m_pending.append(std::move(r));
    m_pendingHazards.append(hazards);
    return m_pending.size() < kBatchSize || flush(error);
}

bool DemoActivities::writeYearly(const Enterprise& e, const QList<Span>& spans, int year, RecordKind kind, int required,
                                 QString* error)
{
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    const int total = ServiceSpans::servedDays(spans, yearStart, yearEnd);
    if (required <= 0 || total <= 0) {
        return true;
    }
    for (int i = 0; i < required; ++i) {
        if (m_dice.chance(kMissingTrainingPercent)) {
            continue;
        }
        // Spread over the year's service, one in each equal part, unless crammed in at the end.
        const int n = m_dice.chance(kLateTrainingPercent)
            ? total - 1 - m_dice.below(std::min(total, kLateTrainingWindow))
            : i * total / required + m_dice.below(std::max(total / required, 1));
        const QDate day = nthServedDay(spans, yearStart, yearEnd, std::min(n, total - 1));
        if (day > m_today) {
            continue;
        }
        ServiceRecord r;
        r.enterpriseId = e.id;
        r.agencyId = ServiceSpans::agencyOn(spans, day);
        r.kind = kind;
        r.doneOn = day;
        const bool training = kind == RecordKind::Training;
        r.topic = m_dice.pick(training ? m_trainingTopics : m_drillScenarios);
        r.content = m_dice.pick(training ? m_trainingContents : m_drillContents);
        r.peopleCount = m_dice.between(8, std::clamp(e.employees, 8, 60));
        r.expertIds = pickExperts(r.agencyId, 1);
        if (!add(std::move(r), error)) {
            return false;
        }
    }
    return true;
}

bool DemoActivities::add(ServiceRecord&& record, QString* error)
{
    m_pending.append(std::move(record));
    m_pendingHazards.append(QList<Hazard>());
    return m_pending.size() < kBatchSize || flush(error);
}

bool DemoActivities::flush(QString* error)
{
    if (m_pending.isEmpty()) {
        return true;
    }
    bool ok = ServiceRecordRepository(m_db).insertBatch(m_pending, error, &m_pendingHazards);
    for (int i = 0; ok && i < m_pending.size(); ++i) {
        ok = m_evidence.consider(m_pending.at(i), error);
    }
    m_pending.clear();
    m_pendingHazards.clear();
    return ok;
}

QList<qint64> DemoActivities::pickExperts(qint64 agencyId, int count)
{
    const QList<qint64> experts = m_experts.value(agencyId);
    const int n = static_cast<int>(experts.size());
    if (n == 0 || count <= 0) {
        return {};
    }
    const int first = m_dice.below(n);
    QList<qint64> out = { experts.at(first) };
    if (count > 1 && n > 1) {
        out.append(experts.at((first + 1 + m_dice.below(n - 1)) % n));
    }
    return out;
}

QDate DemoActivities::randomServedDay(const QList<Span>& spans, const QDate& from, const QDate& to)
{
    return nthServedDay(spans, from, to, m_dice.below(ServiceSpans::servedDays(spans, from, to)));
}

QDate DemoActivities::nthServedDay(const QList<Span>& spans, const QDate& from, const QDate& to, int n)
{
    // Walks the spans as ServiceSpans::servedDays counts them, a day covered twice once.
    QDate countedUntil = from.addDays(-1);
    for (const Span& s : spans) {
        const QDate start = std::max({ s.start, from, countedUntil.addDays(1) });
        const QDate end = std::min(s.end, to);
        if (start > end) {
            continue;
        }
        const qint64 length = start.daysTo(end) + 1;
        if (n < length) {
            return start.addDays(n);
        }
        n -= static_cast<int>(length);
        countedUntil = end;
    }
    return {};
}

} // namespace sl::core
