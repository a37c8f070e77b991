#include "AuditLog.h"

#include "db/AuditNameRepository.h"
#include "db/Database.h"

#include <algorithm>

namespace sl::core {

namespace {

constexpr int kSearchDepth = 50000;

} // namespace

AuditWording::Names AuditLog::names(Database& db)
{
    return AuditNameRepository(db).names();
}

QList<AuditWording::Line> AuditLog::load(Database& db, const Filter& f)
{
    AuditTrail::Filter sql;
    sql.from = f.from;
    sql.to = f.to;
    sql.operatorName = f.operatorName;
    sql.table = f.table;
    sql.recordId = f.recordId;
    sql.recordIds = f.recordIds;
    // The search reads what is shown (labels, names), which the stored rows do not hold: it looks further back
    // than the entries listed.
    sql.limit = f.text.trimmed().isEmpty() ? f.limit : std::max(f.limit, kSearchDepth);
    const QList<AuditTrail::Entry> entries = AuditTrail::list(db.connection(), sql);
    const AuditWording::Names n = names(db);
    const QString text = f.text.trimmed();
    QList<AuditWording::Line> out;
    out.reserve(entries.size());
    for (const AuditTrail::Entry& e : entries) {
        AuditWording::Line line = AuditWording::describe(e.id, e.at, e.operatorName, e.table, e.recordId, e.action,
                                                         e.before, e.after, e.activity, n);
        line.sealed = !e.hash.isEmpty();
        if (!text.isEmpty() && !line.searchText().contains(text, Qt::CaseInsensitive)) {
            continue;
        }
        out.append(line);
        if (out.size() >= f.limit) {
            break;
        }
    }
    return out;
}

} // namespace sl::core
