#pragma once

#include <QString>

namespace sl::core {

// Whether the enterprise takes part in the socialised service programme.
enum class ParticipationStatus { Participating, NotParticipating, Withdrawn };

QString participationStatusKey(ParticipationStatus status);
bool participationStatusFromKey(const QString& key, ParticipationStatus* out);

} // namespace sl::core
