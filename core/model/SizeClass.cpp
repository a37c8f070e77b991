#include "SizeClass.h"

namespace sl::core {

QString sizeClassKey(SizeClass sizeClass)
{
    switch (sizeClass) {
    case SizeClass::Scale:
        return QStringLiteral("scale");
    case SizeClass::AboveQuota:
        return QStringLiteral("above_quota");
    case SizeClass::SmallMicro:
        break;
    }
    return QStringLiteral("small_micro");
}

bool sizeClassFromKey(const QString& key, SizeClass* out)
{
    for (SizeClass c : { SizeClass::Scale, SizeClass::AboveQuota, SizeClass::SmallMicro }) {
        if (sizeClassKey(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
