#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace sl::core {

// The four risk levels of 风险分级管控, lowest first, so that the larger is the more serious: 低 / 一般 / 较大 /
// 重大, shown in the national colours 蓝 / 黄 / 橙 / 红 (always together with the word).
enum class RiskLevel { Low, General, Considerable, Major };

QList<RiskLevel> allRiskLevels(); // most serious first, as reports list them
QString riskLevelKey(RiskLevel level);
bool riskLevelFromKey(const QString& key, RiskLevel* out);
// The national colour of the level (红 橙 黄 蓝), for charts and the 四色图 table.
QColor riskLevelColor(RiskLevel level);
// Black or white, whichever reads on the level's colour.
QColor riskLevelTextColor(RiskLevel level);

} // namespace sl::core
