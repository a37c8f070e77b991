#pragma once

#include <QList>
#include <QString>

namespace sl::core {

// The five baseline documents an agency helps an enterprise set up within its first months.
enum class BaselineKind { Organisation, Responsibility, Rules, Procedures, EmergencyPlan };

QList<BaselineKind> allBaselineKinds();
QString baselineKindKey(BaselineKind kind);
bool baselineKindFromKey(const QString& key, BaselineKind* out);

} // namespace sl::core
