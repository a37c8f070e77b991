#include "RecordVersion.h"

#include "ErrorOut.h"
#include "Transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace sl::core {

qint64 RecordVersion::of(QSqlDatabase db, const QString& table, qint64 recordId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit WHERE table_name = ? AND record_id = ?"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordVersion::unchangedSince(QSqlDatabase db, const QString& table, qint64 recordId, qint64 version,
                                   QString* refusal)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT operator, at, action FROM audit WHERE table_name = ? AND record_id = ? AND id > ?"
                             " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    q.addBindValue(version);
    if (!q.exec() || !q.next()) {
        return true;
    }
    const QString who = q.value(0).toString();
    const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
    const QString when = QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (q.value(2).toString() == QLatin1String("delete")) {
        return failWith(refusal,
                        tr("%1 deleted this record at %2, after you opened it. Nothing was saved.").arg(who, when));
    }
    return failWith(refusal,
                    tr("%1 changed this record at %2, after you opened it, so your changes were not saved "
                       "over theirs. They are still in the form: note them, press Cancel, open the record "
                       "again to see the newer version, and make your changes there.")
                        .arg(who, when));
}

bool RecordVersion::writeIfUnchanged(QSqlDatabase db, const QString& table, qint64 recordId, qint64 version,
                                     const std::function<bool(QString*)>& write, QString* error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return failWith(error, tx.errorText());
    }
    if (recordId != 0 && !unchangedSince(db, table, recordId, version, error)) {
        return false;
    }
    if (!write(error)) {
        return false;
    }
    return tx.commit() || failWith(error, tx.errorText());
}

} // namespace sl::core
