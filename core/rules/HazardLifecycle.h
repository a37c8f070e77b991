#pragma once

#include "model/Hazard.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

// The closure steps of a hazard (domain.md, "Hazards and their closure"), as pure functions: whether
// a step is allowed, with the reason when it is not, and the hazard after it. The repository writes
// only what apply() returns, so a refused step changes nothing.
//
//   登记 --start rectifying--> 整改中 --request re-check--> 待复查 --re-check passed--> 已销号
//                                 ^------------------re-check failed-------------'
// A hazard is closed only by a passed re-check, with the re-check date and "after" evidence or a
// stated reason. 督办 applies to any open hazard; 挂牌督办 to an open major one with its five items;
// closing a listed hazard delists it (摘牌) on the same day.
class HazardLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(HazardLifecycle)

public:
    enum class Action { StartRectifying, RequestRecheck, PassRecheck, FailRecheck, Supervise, List };

    struct Step
    {
        QDate day; // when it happened
        QString remark;
        QString closeReason; // PassRecheck without "after" evidence
        int afterEvidence = 0; // "after" files attached to the hazard
        ListedItems listed; // List
        // PassRecheck / FailRecheck: who re-checked on site (复查人); empty: the operator who records it.
        QString recheckedBy;
    };

    static QList<Action> allActions();
    static QString actionKey(Action action);
    // Empty when the step may be taken.
    static QString refusal(const Hazard& hazard, Action action, const Step& step, const QDate& today);
    // The hazard after the step; only meaningful when refusal() is empty.
    static Hazard apply(const Hazard& hazard, Action action, const Step& step);
    // The steps a clerk can take now (for the buttons); the reasons come from refusal().
    static QList<Action> available(const Hazard& hazard);

    // A deadline extension may be asked for an open hazard, to a later date, with a reason, while no
    // other request waits for a decision.
    static QString extensionRefusal(const Hazard& hazard, const QDate& newDeadline, const QString& reason,
                                    bool anotherPending);
};

} // namespace sl::core
