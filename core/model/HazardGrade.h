#pragma once

#include <QString>

namespace sl::core {

// 一般事故隐患 / 重大事故隐患.
enum class HazardGrade { General, Major };

QString hazardGradeKey(HazardGrade grade);
bool hazardGradeFromKey(const QString& key, HazardGrade* out);

} // namespace sl::core
