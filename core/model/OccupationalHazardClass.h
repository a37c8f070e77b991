#pragma once

#include <QString>

namespace sl::core {

// Serious / relatively heavy / general / none. "Relatively heavy" is from the 2012 catalogue; the plan
// targets "relatively heavy and above", so it stays.
enum class OccupationalHazardClass { None, General, RelativelyHeavy, Serious };

QString occupationalHazardClassKey(OccupationalHazardClass hazardClass);
bool occupationalHazardClassFromKey(const QString& key, OccupationalHazardClass* out);

} // namespace sl::core
