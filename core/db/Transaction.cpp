#include "Transaction.h"

#include "AuditTrail.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

// Open transactions per connection; connections are per thread, so is this.
thread_local QHash<QString, int> t_depth;

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int& depth = t_depth[m_db.connectionName()];
    if (depth == 0) {
        m_active = m_db.transaction();
        if (!m_active) {
            m_error = m_db.lastError().text();
        } else {
            m_auditStart = AuditTrail::lastId(m_db);
        }
    } else {
        m_savepoint = QStringLiteral("sl_sp_%1").arg(depth);
        m_active = exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    }
    if (m_active) {
        ++depth;
    }
}

Transaction::~Transaction()
{
    if (m_active && !m_done) {
        rollback();
    }
}

bool Transaction::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

void Transaction::rollback()
{
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
    } else {
        exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
    m_done = true;
    --t_depth[m_db.connectionName()];
}

bool Transaction::commit()
{
    if (!m_active || m_done) {
        return false;
    }
    // The outermost commit first seals what the triggers wrote to the audit trail, in the same transaction.
    if (m_savepoint.isEmpty() && !AuditTrail::seal(m_db, m_auditStart, &m_error)) {
        rollback();
        return false;
    }
    const bool ok = m_savepoint.isEmpty() ? m_db.commit() : exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
    if (!ok) {
        if (m_savepoint.isEmpty()) {
            m_error = m_db.lastError().text();
        }
        rollback();
        return false;
    }
    m_done = true;
    --t_depth[m_db.connectionName()];
    return true;
}

} // namespace sl::core
