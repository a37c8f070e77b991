#include "YearReopening.h"

#include "AppInfo.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

bool YearReopening::reopen(Database& db, const QString& table, const QString& reason,
                           const std::function<qint64()>& inForce, const Texts& texts, QString* error)
{
    if (reason.trimmed().isEmpty()) {
        return failWith(error, texts.noReason);
    }
    Transaction tx(db.connection());
    const qint64 current = inForce();
    if (current == 0) {
        return failWith(error, texts.notConfirmed);
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET reopened_at = ?, reopened_by = ?, reopen_reason = ?"
                             " WHERE id = ? AND reopened_at IS NULL")
                  .arg(table));
    q.addBindValue(SqlValue::nowUtc());
    q.addBindValue(AppInfo::operatorName());
    q.addBindValue(reason.trimmed());
    q.addBindValue(current);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, texts.failed.arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, texts.failed.arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
