#pragma once

#include <QString>

namespace sl::core {

// How a risk point was graded: LEC (作业条件危险性评价法, D = L × E × C) by default, or a risk matrix
// (风险矩阵法, R = likelihood × severity). Stored with the point, so a street that changes its method keeps
// the figures of the old assessments.
enum class RiskMethod { Lec, Matrix };

QString riskMethodKey(RiskMethod method);
bool riskMethodFromKey(const QString& key, RiskMethod* out);

} // namespace sl::core
