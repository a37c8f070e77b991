#include "RiskLevel.h"

namespace sl::core {

QList<RiskLevel> allRiskLevels()
{
    return { RiskLevel::Major, RiskLevel::Considerable, RiskLevel::General, RiskLevel::Low };
}

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return QStringLiteral("major");
    case RiskLevel::Considerable:
        return QStringLiteral("considerable");
    case RiskLevel::General:
        return QStringLiteral("general");
    case RiskLevel::Low:
        break;
    }
    return QStringLiteral("low");
}

bool riskLevelFromKey(const QString& key, RiskLevel* out)
{
    for (RiskLevel level : allRiskLevels()) {
        if (riskLevelKey(level) == key) {
            *out = level;
            return true;
        }
    }
    return false;
}

QColor riskLevelColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return QColor(0xd6, 0x28, 0x28); // red
    case RiskLevel::Considerable:
        return QColor(0xf0, 0x8c, 0x00); // orange
    case RiskLevel::General:
        return QColor(0xf2, 0xc8, 0x00); // yellow
    case RiskLevel::Low:
        break;
    }
    return QColor(0x1f, 0x5f, 0xbf); // blue
}

QColor riskLevelTextColor(RiskLevel level)
{
    return level == RiskLevel::General || level == RiskLevel::Considerable ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace sl::core
