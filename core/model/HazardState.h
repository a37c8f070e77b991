#pragma once

#include <QList>
#include <QString>

namespace sl::core {

// 登记 → 整改中 → 待复查 → 已销号; a failed re-check sends the hazard back to 整改中.
enum class HazardState { Registered, Rectifying, AwaitingRecheck, Closed };
// 督办 for any open hazard; 挂牌督办 for a major one, with its five items, until it is closed (摘牌).
enum class Supervision { None, Supervised, Listed };

QList<HazardState> allHazardStates();
QString hazardStateKey(HazardState state);
bool hazardStateFromKey(const QString& key, HazardState* out);
QString supervisionKey(Supervision supervision);
bool supervisionFromKey(const QString& key, Supervision* out);

} // namespace sl::core
