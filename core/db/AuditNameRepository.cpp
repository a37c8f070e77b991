#include "AuditNameRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace sl::core {

namespace {

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

AuditNameRepository::AuditNameRepository(Database& db)
    : m_db(db)
{
}

AuditNames AuditNameRepository::names() const
{
    AuditNames n;
    const QSqlDatabase c = m_db.connection();
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

} // namespace sl::core
