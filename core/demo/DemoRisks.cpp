#include "DemoRisks.h"

#include "DemoWords.h"
#include "Dice.h"
#include "db/AgencyRepository.h"
#include "db/ComplianceRepository.h"
#include "db/Database.h"
#include "db/HazardRepository.h"
#include "db/OtherServiceRepository.h"
#include "db/RiskRepository.h"

#include <QHash>

#include <algorithm>

namespace sl::core {

namespace {

struct Figures
{
    int l = 10;
    int e = 10;
    int c = 10;
};

// LEC figures from the common tables (L 0.1-10, E 0.5-10, C 1-100, in tenths) that give each level:
// 重大 D = 540, 较大 270, 一般 126, 低 42 — and a random draw for the rest.
Figures figuresFor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return { 60, 60, 150 };
    case RiskLevel::Considerable:
        return { 60, 30, 150 };
    case RiskLevel::General:
        return { 30, 60, 70 };
    case RiskLevel::Low:
        break;
    }
    return { 10, 60, 70 };
}

RiskLevel drawLevel(Dice& dice)
{
    const int n = dice.below(100);
    return n < 2 ? RiskLevel::Major : n < 12 ? RiskLevel::Considerable : n < 50 ? RiskLevel::General : RiskLevel::Low;
}

QString person(Dice& dice, const DemoWords::Words& w)
{
    return dice.pick(w.value(QStringLiteral("surnames"))) + dice.pick(w.value(QStringLiteral("given")))
        + (dice.chance(50) ? dice.pick(w.value(QStringLiteral("given"))) : QString());
}

} // namespace

bool DemoRisks::write(Database& db, const QList<Enterprise>& enterprises, Dice& dice, const QDate& today,
                      QString* error)
{
    const DemoWords::Words w = DemoWords::load();
    const QStringList pointWords = w.value(QStringLiteral("risk_points"));
    const QStringList factors = w.value(QStringLiteral("hazard_factors"));
    if (pointWords.isEmpty()) {
        return true;
    }
    const ObligationEngine::Inputs in = ComplianceRepository(db).loadInputs();
    AgencyRepository agencies(db);
    QHash<qint64, QStringList> expertsOf;
    for (const Agency& a : agencies.list()) {
        for (const Expert& x : agencies.experts(a.id)) {
            expertsOf[a.id] << x.name;
        }
    }
    RiskRepository risks(db);
    OtherServiceRepository services(db);
    const QList<ServiceKind> kinds = services.kinds(false);
    int forced = 0;
    QHash<qint64, QList<qint64>> pointsOf; // enterprise -> its risk points, for the hazard links
    for (const Enterprise& e : enterprises) {
        const auto spans = in.spans.constFind(e.id);
        if (spans == in.spans.constEnd() || spans->isEmpty()) {
            continue;
        }
        const QDate first = spans->first().start;
        const QDate last = std::min(spans->last().end, today);
        QList<QDate> days;
        if (dice.chance(88)) {
            days << first.addDays(dice.between(10, 80));
        }
        for (int year = first.year() + 1; year <= last.year(); ++year) {
            if (dice.chance(70)) {
                days << QDate(year, dice.between(1, 6), dice.between(1, 28));
            }
        }
        for (const QDate& day : std::as_const(days)) {
            if (day > last || day < first) {
                continue;
            }
            RiskAssessment a;
            a.enterpriseId = e.id;
            a.agencyId = ServiceSpans::agencyOn(*spans, day);
            a.assessedOn = day;
            const QStringList experts = expertsOf.value(a.agencyId);
            a.assessors = experts.isEmpty() ? QString() : dice.pick(experts);
            const int count = dice.between(2, 5);
            QStringList places = pointWords; // each place once per assessment
            for (int i = 0; i < count && !places.isEmpty(); ++i) {
                const QStringList parts
                    = places.takeAt(dice.below(static_cast<int>(places.size()))).split(QLatin1Char(':'));
                RiskPoint p;
                p.place = parts.value(0);
                p.accidentType = parts.value(1);
                p.measures = parts.value(2);
                p.hazardFactors = dice.pick(factors);
                p.responsible = person(dice, w);
                // The first four assessments show one point at each level, most serious first.
                const RiskLevel level = forced < 4 && i == 0 ? RiskLevel(3 - forced) : drawLevel(dice);
                if (forced >= 4 && dice.chance(10)) {
                    p.method = RiskMethod::Matrix;
                    p.likelihood = level == RiskLevel::Major ? 5 : level == RiskLevel::Considerable ? 4 : 2;
                    p.severity = level == RiskLevel::Major ? 4
                        : level == RiskLevel::Considerable ? 4
                        : level == RiskLevel::General      ? 5
                                                           : 3;
                } else {
                    const Figures f = figuresFor(level);
                    p.lTenths = f.l;
                    p.eTenths = f.e;
                    p.cTenths = f.c;
                }
                a.points.append(p);
            }
            ++forced;
            if (!risks.insert(a, error)) {
                return false;
            }
            for (const RiskPoint& p : std::as_const(a.points)) {
                pointsOf[e.id] << p.id;
            }
        }
        // Other services, never counted as obligations.
        for (int year = first.year(); year <= last.year() && !kinds.isEmpty(); ++year) {
            if (!dice.chance(33)) {
                continue;
            }
            const int count = dice.between(1, 2);
            for (int i = 0; i < count; ++i) {
                OtherService s;
                s.enterpriseId = e.id;
                const ServiceKind& kind = kinds.at(dice.below(static_cast<int>(kinds.size())));
                s.kindId = kind.id;
                s.doneOn = QDate(year, dice.between(1, 12), dice.between(1, 28));
                if (s.doneOn < first || s.doneOn > last) {
                    continue;
                }
                s.agencyId = ServiceSpans::agencyOn(*spans, s.doneOn);
                if (s.agencyId == 0) {
                    continue; // a day between two contracts: no service
                }
                s.topic = kind.name;
                s.peopleCount = dice.between(0, 30);
                if (!services.insert(s, error)) {
                    return false;
                }
            }
        }
    }
    // One open or closed hazard in six belongs to a risk point of its enterprise.
    HazardRepository hazards(db);
    for (const Hazard& h : hazards.list(HazardRepository::Filter{})) {
        const QList<qint64> points = pointsOf.value(h.enterpriseId);
        if (!points.isEmpty() && dice.chance(16)
            && !risks.linkHazard(h.id, points.at(dice.below(static_cast<int>(points.size()))), error)) {
            return false;
        }
    }
    return true;
}

} // namespace sl::core
