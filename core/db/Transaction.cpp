#include "Transaction.h"

#include "AuditTrail.h"
#include "SqlDialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

// Open transactions per connection. A connection's name is unique in the process (QSqlDatabase keeps one list),
// and a connection is used by one thread only, so one list under a lock serves every thread. (Not thread_local:
// with Qt and MinGW a thread_local object with a destructor, once used by a second thread, can keep the Windows
// process from exiting — seen with QRegularExpression's, see BackupManager::isBackupOf.)
QMutex g_depthLock;
QHash<QString, int> g_depth;

int depthOf(const QString& connection)
{
    const QMutexLocker locker(&g_depthLock);
    return g_depth.value(connection);
}

void changeDepth(const QString& connection, int by)
{
    const QMutexLocker locker(&g_depthLock);
    const int depth = g_depth.value(connection) + by;
    if (depth > 0) {
        g_depth.insert(connection, depth);
    } else {
        g_depth.remove(connection);
    }
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Sealing sealing)
    : m_db(std::move(db))
    , m_sealing(sealing)
{
    const int depth = depthOf(m_db.connectionName());
    if (depth == 0) {
        m_active = m_db.transaction();
        if (!m_active) {
            m_error = m_db.lastError().text();
        } else if (!takeWritersTurn()) {
            m_db.rollback();
            m_active = false;
        } else {
            m_auditStart = AuditTrail::lastId(m_db);
        }
    } else {
        m_savepoint = QStringLiteral("sl_sp_%1").arg(depth);
        m_active = exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    }
    if (m_active) {
        changeDepth(m_db.connectionName(), 1);
    }
}

Transaction::~Transaction()
{
    if (m_active && !m_done) {
        rollback();
    }
}

bool Transaction::takeWritersTurn()
{
    const QString sql = SqlDialect::writersTurnSql(m_db);
    if (sql.isEmpty()) {
        return true; // SQLite: the writer lock lets one writer at a time open the file
    }
    QSqlQuery q(m_db);
    if (q.exec(sql)) {
        return true;
    }
    m_error = q.lastError().nativeErrorCode() == QLatin1String("55P03")
        ? tr("Another seat has been saving for more than half a minute, so nothing was written. Try again in a "
             "moment.")
        : q.lastError().text();
    return false;
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
    changeDepth(m_db.connectionName(), -1);
}

bool Transaction::commit()
{
    if (!m_active || m_done) {
        return false;
    }
    // The outermost commit first seals what the triggers wrote to the audit trail, in the same transaction.
    if (m_savepoint.isEmpty() && m_sealing == Sealing::Own && !AuditTrail::seal(m_db, m_auditStart, &m_error)) {
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
    changeDepth(m_db.connectionName(), -1);
    return true;
}

} // namespace sl::core
