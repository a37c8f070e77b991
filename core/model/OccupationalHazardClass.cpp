#include "OccupationalHazardClass.h"

namespace sl::core {

QString occupationalHazardClassKey(OccupationalHazardClass hazardClass)
{
    switch (hazardClass) {
    case OccupationalHazardClass::General:
        return QStringLiteral("general");
    case OccupationalHazardClass::RelativelyHeavy:
        return QStringLiteral("relatively_heavy");
    case OccupationalHazardClass::Serious:
        return QStringLiteral("serious");
    case OccupationalHazardClass::None:
        break;
    }
    return QStringLiteral("none");
}

bool occupationalHazardClassFromKey(const QString& key, OccupationalHazardClass* out)
{
    for (auto c : { OccupationalHazardClass::None, OccupationalHazardClass::General,
                    OccupationalHazardClass::RelativelyHeavy, OccupationalHazardClass::Serious }) {
        if (occupationalHazardClassKey(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
