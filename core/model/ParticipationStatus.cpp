#include "ParticipationStatus.h"

namespace sl::core {

QString participationStatusKey(ParticipationStatus status)
{
    switch (status) {
    case ParticipationStatus::NotParticipating:
        return QStringLiteral("not_participating");
    case ParticipationStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case ParticipationStatus::Participating:
        break;
    }
    return QStringLiteral("participating");
}

bool participationStatusFromKey(const QString& key, ParticipationStatus* out)
{
    for (auto s : { ParticipationStatus::Participating, ParticipationStatus::NotParticipating,
                    ParticipationStatus::Withdrawn }) {
        if (participationStatusKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
