#include "RecordKind.h"

namespace sl::core {

QList<RecordKind> allRecordKinds()
{
    return { RecordKind::Survey, RecordKind::Inspection, RecordKind::Training, RecordKind::Drill,
             RecordKind::YearEndReport };
}

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Survey:
        return QStringLiteral("survey");
    case RecordKind::Inspection:
        return QStringLiteral("inspection");
    case RecordKind::Training:
        return QStringLiteral("training");
    case RecordKind::Drill:
        return QStringLiteral("drill");
    case RecordKind::YearEndReport:
        break;
    }
    return QStringLiteral("year_end_report");
}

bool recordKindFromKey(const QString& key, RecordKind* out)
{
    // Read for every record the engines load: no list is built for the lookup.
    for (RecordKind kind : { RecordKind::Survey, RecordKind::Inspection, RecordKind::Training, RecordKind::Drill,
                             RecordKind::YearEndReport }) {
        if (recordKindKey(kind) == key) {
            *out = kind;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
