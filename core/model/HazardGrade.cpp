#include "HazardGrade.h"

namespace sl::core {

QString hazardGradeKey(HazardGrade grade)
{
    return grade == HazardGrade::Major ? QStringLiteral("major") : QStringLiteral("general");
}

bool hazardGradeFromKey(const QString& key, HazardGrade* out)
{
    for (HazardGrade g : { HazardGrade::General, HazardGrade::Major }) {
        if (hazardGradeKey(g) == key) {
            *out = g;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
