#include "HazardLifecycle.h"

namespace sl::core {

QList<HazardLifecycle::Action> HazardLifecycle::allActions()
{
    return { Action::StartRectifying, Action::RequestRecheck, Action::PassRecheck,
             Action::FailRecheck,     Action::Supervise,      Action::List };
}

QString HazardLifecycle::actionKey(Action action)
{
    switch (action) {
    case Action::StartRectifying:
        return QStringLiteral("start_rectifying");
    case Action::RequestRecheck:
        return QStringLiteral("request_recheck");
    case Action::PassRecheck:
        return QStringLiteral("recheck_passed");
    case Action::FailRecheck:
        return QStringLiteral("recheck_failed");
    case Action::Supervise:
        return QStringLiteral("supervised");
    case Action::List:
        break;
    }
    return QStringLiteral("listed");
}

QString HazardLifecycle::refusal(const Hazard& h, Action action, const Step& step, const QDate& today)
{
    if (!h.isOpen()) {
        return tr("The hazard is already closed (销号); nothing more can be done to it.");
    }
    if (!step.day.isValid()) {
        return tr("Enter the date.");
    }
    if (step.day > today) {
        return tr("The date %1 is in the future.").arg(step.day.toString(Qt::ISODate));
    }
    if (h.foundOn.isValid() && step.day < h.foundOn) {
        return tr("The date %1 is before the hazard was found (%2).")
            .arg(step.day.toString(Qt::ISODate), h.foundOn.toString(Qt::ISODate));
    }
    switch (action) {
    case Action::StartRectifying:
        if (h.state != HazardState::Registered) {
            return tr("Rectification has already started.");
        }
        break;
    case Action::RequestRecheck:
        if (h.state != HazardState::Rectifying) {
            return h.state == HazardState::Registered ? tr("Start the rectification before asking for a re-check.")
                                                      : tr("A re-check has already been requested.");
        }
        break;
    case Action::PassRecheck:
        if (h.state != HazardState::AwaitingRecheck) {
            return tr("A hazard is closed only after a re-check: it must first be rectified and submitted for "
                      "re-check.");
        }
        if (step.afterEvidence <= 0 && step.closeReason.trimmed().isEmpty()) {
            return tr("Attach the \"after\" evidence, or state why the hazard is closed without it.");
        }
        break;
    case Action::FailRecheck:
        if (h.state != HazardState::AwaitingRecheck) {
            return tr("Only a hazard waiting for its re-check can fail it.");
        }
        if (step.remark.trimmed().isEmpty()) {
            return tr("Say what the re-check found still wrong.");
        }
        break;
    case Action::Supervise:
        if (h.supervision != Supervision::None) {
            return tr("The hazard is already under supervision.");
        }
        break;
    case Action::List:
        if (h.grade != HazardGrade::Major) {
            return tr("Only a major hazard (重大事故隐患) is put under listed supervision.");
        }
        if (h.supervision == Supervision::Listed) {
            return tr("The hazard is already under listed supervision.");
        }
        if (!step.listed.isComplete()) {
            return tr("Listed supervision needs all five items: measures, funds, deadline, responsible person and "
                      "emergency plan.");
        }
        break;
    }
    return {};
}

Hazard HazardLifecycle::apply(const Hazard& hazard, Action action, const Step& step)
{
    Hazard h = hazard;
    switch (action) {
    case Action::StartRectifying:
        h.state = HazardState::Rectifying;
        break;
    case Action::RequestRecheck:
        h.state = HazardState::AwaitingRecheck;
        break;
    case Action::PassRecheck:
        h.state = HazardState::Closed;
        h.recheckedOn = step.day;
        h.closedOn = step.day;
        h.closeReason = step.afterEvidence > 0 ? QString() : step.closeReason.trimmed();
        if (h.supervision == Supervision::Listed) {
            h.delistedOn = step.day;
        }
        break;
    case Action::FailRecheck:
        h.state = HazardState::Rectifying;
        h.recheckedOn = step.day;
        break;
    case Action::Supervise:
        h.supervision = Supervision::Supervised;
        break;
    case Action::List:
        h.supervision = Supervision::Listed;
        h.listed = step.listed;
        break;
    }
    return h;
}

QList<HazardLifecycle::Action> HazardLifecycle::available(const Hazard& h)
{
    QList<Action> out;
    if (!h.isOpen()) {
        return out;
    }
    switch (h.state) {
    case HazardState::Registered:
        out << Action::StartRectifying;
        break;
    case HazardState::Rectifying:
        out << Action::RequestRecheck;
        break;
    case HazardState::AwaitingRecheck:
        out << Action::PassRecheck << Action::FailRecheck;
        break;
    case HazardState::Closed:
        break;
    }
    if (h.supervision == Supervision::None) {
        out << Action::Supervise;
    }
    if (h.grade == HazardGrade::Major && h.supervision != Supervision::Listed) {
        out << Action::List;
    }
    return out;
}

QString HazardLifecycle::extensionRefusal(const Hazard& h, const QDate& newDeadline, const QString& reason,
                                          bool anotherPending)
{
    if (!h.isOpen()) {
        return tr("The hazard is already closed; its deadline cannot be extended.");
    }
    if (anotherPending) {
        return tr("An earlier extension request is still waiting for a decision.");
    }
    if (reason.trimmed().isEmpty()) {
        return tr("Give the reason for the extension.");
    }
    if (!newDeadline.isValid() || (h.effectiveDeadline().isValid() && newDeadline <= h.effectiveDeadline())) {
        return tr("The new deadline must be later than the one in force (%1).")
            .arg(h.effectiveDeadline().toString(Qt::ISODate));
    }
    return {};
}

} // namespace sl::core
