#include "AuditLog.h"

#include "Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace sl::core {

namespace {

constexpr int kSearchDepth = 50000;

void fill(QSqlDatabase db, const QString& sql, QHash<qint64, QString>* out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next()) {
            out->insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
}

} // namespace

AuditWording::Names AuditLog::names(Database& db)
{
    AuditWording::Names n;
    const QSqlDatabase c = db.connection();
    fill(c, QStringLiteral("SELECT id, name FROM enterprise"), &n.enterprises);
    fill(c, QStringLiteral("SELECT id, name FROM agency"), &n.agencies);
    fill(c, QStringLiteral("SELECT id, name FROM community"), &n.communities);
    fill(c, QStringLiteral("SELECT id, name FROM certificate_type"), &n.certificateTypes);
    fill(c, QStringLiteral("SELECT id, name FROM expert"), &n.experts);
    fill(c,
         QStringLiteral("SELECT c.id, a.name || CASE WHEN c.contract_no <> '' THEN ' ' || c.contract_no"
                        " ELSE ' ' || c.period_start END FROM contract c JOIN agency a ON a.id = c.agency_id"),
         &n.contracts);
    fill(c,
         QStringLiteral("SELECT h.id, e.name || ': ' || CASE WHEN length(h.description) > 30"
                        " THEN substr(h.description, 1, 30) || '…' ELSE h.description END"
                        " FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id"),
         &n.hazards);
    fill(c,
         QStringLiteral("SELECT r.id, e.name || ' ' || r.done_on FROM service_record r"
                        " JOIN enterprise e ON e.id = r.enterprise_id"),
         &n.records);
    return n;
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
