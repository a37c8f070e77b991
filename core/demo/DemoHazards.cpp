#include "DemoHazards.h"

#include "Dice.h"
#include "db/EvaluationRepository.h"
#include "db/HazardRepository.h"
#include "db/InterviewRepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace sl::core {

namespace {

using Action = HazardLifecycle::Action;
using Planned = HazardRepository::PlannedStep;

// Chances in per cent, so a glance tells how the street looks.
constexpr int kOldClosed = 88; // of hazards whose deadline is more than a month past
constexpr int kLate = 20; // of the closed ones, re-checked after the deadline
constexpr int kFailedRecheck = 8;
constexpr int kExtension = 6;
constexpr int kExtensionApproved = 70;
constexpr int kMajorListed = 50;
constexpr int kOverdueSupervised = 30;
constexpr int kInterview = 12; // of the overdue hazards of an enterprise

Planned planned(qint64 id, Action action, const QDate& day, const QString& remark = {})
{
    Planned p;
    p.hazardId = id;
    p.action = action;
    p.step.day = day;
    p.step.remark = remark;
    return p;
}

} // namespace

bool DemoHazards::write(Database& db, Dice& dice, const QDate& today, QString* error)
{
    HazardRepository repository(db);
    const QList<Hazard> hazards = repository.list({});
    QList<Planned> steps;
    QList<qint64> extensionIds;
    QHash<qint64, int> overdueByEnterprise;
    QHash<qint64, QList<qint64>> overdueHazards;
    QHash<qint64, qint64> agencyOfEnterprise;
    for (const Hazard& h : hazards) {
        const QDate found = h.foundOn;
        const QDate deadline = h.deadline.isValid() ? h.deadline : found.addDays(30);
        const auto clamp = [&today, &found](const QDate& d) { return std::clamp(d, found, today); };
        // Major hazards come under supervision at once, half of them listed with the five items.
        if (h.grade == HazardGrade::Major) {
            if (dice.chance(kMajorListed)) {
                Planned list = planned(h.id, Action::List, clamp(found.addDays(dice.between(1, 5))));
                list.step.listed
                    = { QStringLiteral("\u505c\u4ea7\u6574\u6539"), // ting chan zheng gai, stop and fix
                        QStringLiteral("%1\u4e07\u5143").arg(dice.between(2, 50)), // N wan yuan
                        deadline, h.responsible.isEmpty() ? QStringLiteral("\u8d1f\u8d23\u4eba") : h.responsible,
                        QStringLiteral("\u4e13\u9879\u5e94\u6025\u9884\u6848") }; // special emergency plan
                steps.append(list);
            } else {
                steps.append(planned(h.id, Action::Supervise, clamp(found.addDays(dice.between(1, 5)))));
            }
        }
        const QDate start = clamp(found.addDays(dice.between(1, 4)));
        const bool old = deadline < today.addDays(-30);
        const bool closes = old ? dice.chance(kOldClosed) : dice.chance(35);
        if (dice.chance(kExtension) && deadline < today) {
            extensionIds.append(h.id);
        }
        if (!closes) {
            // Still open: somewhere along the way.
            const int stage = dice.below(3);
            if (stage >= 1) {
                steps.append(planned(h.id, Action::StartRectifying, start));
            }
            if (stage >= 2) {
                steps.append(planned(h.id, Action::RequestRecheck, clamp(start.addDays(dice.between(5, 40)))));
            }
            if (deadline < today) {
                ++overdueByEnterprise[h.enterpriseId];
                overdueHazards[h.enterpriseId].append(h.id);
                agencyOfEnterprise.insert(h.enterpriseId, h.agencyId);
                if (h.grade == HazardGrade::General && dice.chance(kOverdueSupervised)) {
                    steps.append(planned(h.id, Action::Supervise, clamp(deadline.addDays(dice.between(1, 20)))));
                }
            }
            continue;
        }
        steps.append(planned(h.id, Action::StartRectifying, start));
        const int span = std::max(1, static_cast<int>(start.daysTo(deadline)));
        QDate submitted
            = dice.chance(kLate) ? deadline.addDays(dice.between(1, 30)) : start.addDays(dice.between(1, span));
        submitted = clamp(std::max(submitted, start));
        steps.append(planned(h.id, Action::RequestRecheck, submitted));
        QDate recheck = clamp(submitted.addDays(dice.between(0, 4)));
        if (dice.chance(kFailedRecheck)) {
            steps.append(planned(h.id, Action::FailRecheck, recheck,
                                 QStringLiteral("\u590d\u67e5\u4ecd\u4e0d\u5408\u683c"))); // fu cha reng bu he ge
            const QDate again = clamp(recheck.addDays(dice.between(3, 15)));
            steps.append(planned(h.id, Action::RequestRecheck, again));
            recheck = clamp(again.addDays(dice.between(0, 3)));
        }
        Planned pass = planned(h.id, Action::PassRecheck, recheck);
        pass.step.closeReason
            = QStringLiteral("\u590d\u67e5\u5408\u683c\uff0c\u6574\u6539\u7167\u7247\u89c1\u7eb8\u8d28"
                             "\u6863\u6848"); // re-check passed, photos in the paper file
        steps.append(pass);
    }
    // The steps of one hazard must keep their order, and dates never run backwards within it: the
    // plan above is built per hazard in date order already.
    if (!repository.stepBatch(steps, error)) {
        return false;
    }
    // Extensions: asked before the deadline, mostly approved.
    for (qint64 id : std::as_const(extensionIds)) {
        const auto h = repository.find(id);
        if (!h || !h->isOpen() || !h->deadline.isValid()) {
            continue;
        }
        const QDate asked = std::clamp(h->deadline.addDays(-dice.between(1, 7)), h->foundOn, today);
        const QDate to = h->deadline.addDays(dice.between(15, 45));
        if (!repository.requestExtension(id, asked, to, QStringLiteral("\u8bbe\u5907\u91c7\u8d2d\u5468\u671f\u957f"),
                                         error)) { // she bei cai gou zhou qi chang, equipment takes long to buy
            return false;
        }
        const qint64 extension = repository.extensions(id).last().id;
        const bool approve = dice.chance(kExtensionApproved);
        if (!repository.decideExtension(
                extension, approve, std::min(asked.addDays(dice.between(0, 3)), today),
                approve ? QStringLiteral("\u540c\u610f") : QStringLiteral("\u7406\u7531\u4e0d\u5145\u5206"), error)) {
            return false;
        }
    }
    // Interviews of enterprises with overdue hazards, in the order of their ids.
    InterviewRepository interviews(db);
    QList<qint64> enterprises = overdueByEnterprise.keys();
    std::sort(enterprises.begin(), enterprises.end());
    for (qint64 enterprise : std::as_const(enterprises)) {
        if (!dice.chance(kInterview * overdueByEnterprise.value(enterprise))) {
            continue;
        }
        Interview i;
        i.kind = dice.chance(20) ? Interview::Kind::Notice : Interview::Kind::Interview;
        i.enterpriseId = enterprise;
        i.agencyId = agencyOfEnterprise.value(enterprise);
        i.heldOn = today.addDays(-dice.between(1, 60));
        i.reason = QStringLiteral("\u9690\u60a3\u903e\u671f\u672a\u6574\u6539"); // overdue hazards not rectified
        i.people = QStringLiteral("\u4f01\u4e1a\u8d1f\u8d23\u4eba\u3001\u670d\u52a1\u673a\u6784\u4e13\u5bb6");
        i.outcome = QStringLiteral("\u9650\u671f\u6574\u6539\u5230\u4f4d"); // rectify by a set date
        i.hazardIds = overdueHazards.value(enterprise);
        if (!interviews.insert(i, error)) {
            return false;
        }
    }
    // Two spot checks a year of every agency that was at work that year.
    EvaluationRepository evaluations(db);
    QMap<int, QList<qint64>> working; // year -> agencies, in id order
    for (const Hazard& h : hazards) {
        QList<qint64>& ids = working[h.foundOn.year()];
        if (h.agencyId != 0 && !ids.contains(h.agencyId)) {
            ids.insert(std::lower_bound(ids.begin(), ids.end(), h.agencyId), h.agencyId);
        }
    }
    for (auto it = working.cbegin(); it != working.cend(); ++it) {
        const int year = it.key();
        for (qint64 agencyId : it.value()) {
            for (int half = 0; half < 2; ++half) {
                const QDate day(year, half == 0 ? 6 : 12, dice.between(1, 28));
                if (day > today) {
                    continue;
                }
                Evaluation e;
                e.agencyId = agencyId;
                e.evaluatedOn = day;
                e.scoreTenths = dice.between(720, 985);
                e.remarks = QStringLiteral("\u62bd\u67e5\u670d\u52a1\u8bb0\u5f55\u4e0e\u73b0\u573a"); // spot check
                if (!evaluations.insert(e, error)) {
                    return false;
                }
            }
        }
    }
    return true;
}

} // namespace sl::core
