#pragma once

#include <QString>

namespace sl::core {

// Size class decides who pays for the service (domain.md, "Subsidy").
enum class SizeClass { Scale, AboveQuota, SmallMicro };

// Stable keys stored in the database and files; never translated.
QString sizeClassKey(SizeClass sizeClass);
bool sizeClassFromKey(const QString& key, SizeClass* out);

} // namespace sl::core
