#pragma once

#include <QString>

namespace sl::core {

// 严重 / 较重 / 一般 / 无. 较重 is from the 2012 catalogue; the plan targets "较重 and above", so it stays.
enum class OccupationalHazardClass { None, General, RelativelyHeavy, Serious };

QString occupationalHazardClassKey(OccupationalHazardClass hazardClass);
bool occupationalHazardClassFromKey(const QString& key, OccupationalHazardClass* out);

} // namespace sl::core
