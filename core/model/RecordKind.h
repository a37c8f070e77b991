#pragma once

#include <QList>
#include <QString>

namespace sl::core {

// What an agency did at an enterprise (plan section 五.5). Baseline documents are kept apart: each is
// done once, with its completion date.
enum class RecordKind { Survey, Inspection, Training, Drill, YearEndReport };

QList<RecordKind> allRecordKinds();
// Stable keys stored in the database; never translated.
QString recordKindKey(RecordKind kind);
bool recordKindFromKey(const QString& key, RecordKind* out);

} // namespace sl::core
