#include "HazardState.h"

namespace sl::core {

QList<HazardState> allHazardStates()
{
    return { HazardState::Registered, HazardState::Rectifying, HazardState::AwaitingRecheck, HazardState::Closed };
}

QString hazardStateKey(HazardState state)
{
    switch (state) {
    case HazardState::Registered:
        return QStringLiteral("registered");
    case HazardState::Rectifying:
        return QStringLiteral("rectifying");
    case HazardState::AwaitingRecheck:
        return QStringLiteral("awaiting_recheck");
    case HazardState::Closed:
        break;
    }
    return QStringLiteral("closed");
}

bool hazardStateFromKey(const QString& key, HazardState* out)
{
    for (HazardState state :
         { HazardState::Registered, HazardState::Rectifying, HazardState::AwaitingRecheck, HazardState::Closed }) {
        if (hazardStateKey(state) == key) {
            *out = state;
            return true;
        }
    }
    return false;
}

QString supervisionKey(Supervision supervision)
{
    switch (supervision) {
    case Supervision::None:
        return QStringLiteral("none");
    case Supervision::Supervised:
        return QStringLiteral("supervised");
    case Supervision::Listed:
        break;
    }
    return QStringLiteral("listed");
}

bool supervisionFromKey(const QString& key, Supervision* out)
{
    for (Supervision s : { Supervision::None, Supervision::Supervised, Supervision::Listed }) {
        if (supervisionKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
