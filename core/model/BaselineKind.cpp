#include "BaselineKind.h"

namespace sl::core {

QList<BaselineKind> allBaselineKinds()
{
    return { BaselineKind::Organisation, BaselineKind::Responsibility, BaselineKind::Rules, BaselineKind::Procedures,
             BaselineKind::EmergencyPlan };
}

QString baselineKindKey(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Organisation:
        return QStringLiteral("organisation");
    case BaselineKind::Responsibility:
        return QStringLiteral("responsibility");
    case BaselineKind::Rules:
        return QStringLiteral("rules");
    case BaselineKind::Procedures:
        return QStringLiteral("procedures");
    case BaselineKind::EmergencyPlan:
        break;
    }
    return QStringLiteral("emergency_plan");
}

bool baselineKindFromKey(const QString& key, BaselineKind* out)
{
    for (BaselineKind kind : allBaselineKinds()) {
        if (baselineKindKey(kind) == key) {
            *out = kind;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
