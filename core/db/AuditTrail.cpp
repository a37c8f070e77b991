#include "AuditTrail.h"

#include "ErrorOut.h"
#include "SqlValue.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

const QString AuditTrail::kTriggersMarker = QStringLiteral("-- audit: row triggers of every table");

namespace {

bool hasAudit(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'")) && q.next();
}

QByteArray chained(const QByteArray& previous, const QSqlQuery& q)
{
    // id, at, operator, table, record, action, before, after — separated so that no two entries read alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    for (int i = 0; i < 8; ++i) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(q.value(i).toString().toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

bool AuditTrail::createTriggers(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                               " AND name NOT IN ('audit', 'audit_context') ORDER BY name"))) {
        return failWith(error, q.lastError().text());
    }
    while (q.next()) {
        tables << q.value(0).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        QStringList columns;
        if (!q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
            return failWith(error, q.lastError().text());
        }
        while (q.next()) {
            columns << q.value(1).toString();
        }
        const auto json = [&columns](const QString& row) {
            QStringList pairs;
            for (const QString& c : columns) {
                pairs << QStringLiteral("'%1', %2.\"%1\"").arg(c, row);
            }
            return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
        };
        const QString insert = QStringLiteral(
            "INSERT INTO audit (at, operator, table_name, record_id, action, before, after) VALUES ("
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT operator FROM audit_context WHERE id = 1), '%1', %2, '%3', %4, %5)");
        const struct
        {
            const char* when;
            const char* action;
            QString record;
            QString before;
            QString after;
        } kinds[] = {{"INSERT", "insert", QStringLiteral("NEW.rowid"), QStringLiteral("NULL"), json(QStringLiteral("NEW"))},
                     {"UPDATE", "update", QStringLiteral("NEW.rowid"), json(QStringLiteral("OLD")), json(QStringLiteral("NEW"))},
                     {"DELETE", "delete", QStringLiteral("OLD.rowid"), json(QStringLiteral("OLD")), QStringLiteral("NULL")}};
        for (const auto& k : kinds) {
            const QString name = QStringLiteral("audit_%1_%2").arg(table, QString::fromLatin1(k.action));
            if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS \"%1\"").arg(name))
                || !q.exec(QStringLiteral("CREATE TRIGGER \"%1\" AFTER %2 ON \"%3\" BEGIN %4; END")
                               .arg(name, QString::fromLatin1(k.when), table,
                                    insert.arg(table, k.record, QString::fromLatin1(k.action), k.before, k.after)))) {
                return failWith(error, q.lastError().text());
            }
        }
    }
    return true;
}

bool AuditTrail::dropTriggers(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'"
                               " AND name NOT IN ('audit_never_deleted', 'audit_sealed_never_changes')"))) {
        return failWith(error, q.lastError().text());
    }
    while (q.next()) {
        names << q.value(0).toString();
    }
    for (const QString& name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name))) {
            return failWith(error, q.lastError().text());
        }
    }
    return true;
}

bool AuditTrail::recordSummary(QSqlDatabase db, const QString& what, const QString& detailsJson, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (at, operator, table_name, record_id, action, before, after) VALUES"
                             " (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT operator FROM audit_context WHERE id = 1),"
                             " ?, NULL, 'insert', NULL, ?)"));
    q.addBindValue(what);
    q.addBindValue(detailsJson);
    if (!q.exec()) {
        return failWith(error, q.lastError().text());
    }
    return true;
}

bool AuditTrail::setOperator(QSqlDatabase db, const QString& operatorName, QString* error)
{
    if (!hasAudit(db)) {
        return true;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit_context SET operator = ? WHERE id = 1 AND operator <> ?"));
    q.addBindValue(operatorName);
    q.addBindValue(operatorName);
    if (!q.exec()) {
        return failWith(error, q.lastError().text());
    }
    return true;
}

bool AuditTrail::seal(QSqlDatabase db, QString* error)
{
    QSqlQuery open(db);
    open.setForwardOnly(true);
    if (!open.exec(QStringLiteral("SELECT id, at, operator, table_name, record_id, action, before, after FROM audit"
                                  " WHERE hash IS NULL ORDER BY id"))) {
        // Before the audit table exists (an old file being upgraded) there is nothing to seal.
        return !hasAudit(db) || failWith(error, open.lastError().text());
    }
    QList<QPair<qint64, QByteArray>> sealed;
    QByteArray previous;
    bool first = true;
    while (open.next()) {
        if (first) {
            QSqlQuery last(db);
            last.prepare(QStringLiteral("SELECT hash FROM audit WHERE hash IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1"));
            last.addBindValue(open.value(0));
            if (last.exec() && last.next()) {
                previous = last.value(0).toString().toLatin1();
            }
            first = false;
        }
        previous = chained(previous, open);
        sealed.append({open.value(0).toLongLong(), previous});
    }
    open.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit SET hash = ? WHERE id = ? AND hash IS NULL"));
    for (const auto& [id, hash] : std::as_const(sealed)) {
        update.addBindValue(QString::fromLatin1(hash));
        update.addBindValue(id);
        if (!update.exec()) {
            return failWith(error, update.lastError().text());
        }
    }
    return true;
}

void AuditTrail::verify(QSqlDatabase db, CheckReport& report)
{
    if (!hasAudit(db)) {
        return;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, operator, table_name, record_id, action, before, after, hash FROM audit"
                               " ORDER BY id"))) {
        report.problems << tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return;
    }
    QByteArray previous;
    qint64 count = 0;
    while (q.next()) {
        ++count;
        const QByteArray stored = q.value(8).toString().toLatin1();
        if (stored.isEmpty()) {
            report.problems << tr("Audit entry %1 was never sealed: something wrote to the file outside SafeLedger.")
                                   .arg(q.value(0).toLongLong());
            return;
        }
        previous = chained(previous, q);
        if (previous != stored) {
            report.problems << tr("The audit trail is broken at entry %1 (%2, %3): it was changed or an entry before it "
                                  "was removed.")
                                   .arg(q.value(0).toLongLong())
                                   .arg(q.value(3).toString(), q.value(1).toString());
            return;
        }
    }
    report.notes << tr("Audit trail: %n entry(ies), chain intact.", nullptr, static_cast<int>(count));
}

QList<AuditTrail::Entry> AuditTrail::list(QSqlDatabase db, const Filter& f)
{
    QStringList where;
    QVariantList values;
    if (!f.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << f.table;
    }
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral("(coalesce(before, '') || coalesce(after, '') || operator) LIKE ?");
        values << QStringLiteral("%") + f.text.trimmed() + QStringLiteral("%");
    }
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, operator, table_name, record_id, action, before, after, hash FROM audit%1"
                             " ORDER BY id DESC LIMIT %2")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(std::max(1, f.limit)));
    for (const QVariant& v : std::as_const(values)) {
        q.addBindValue(v);
    }
    QList<Entry> out;
    if (q.exec()) {
        while (q.next()) {
            Entry e;
            e.id = q.value(0).toLongLong();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.operatorName = q.value(2).toString();
            e.table = q.value(3).toString();
            e.recordId = q.value(4).toLongLong();
            e.action = q.value(5).toString();
            e.before = q.value(6).toString();
            e.after = q.value(7).toString();
            e.hash = q.value(8).toString();
            out.append(e);
        }
    }
    return out;
}

QStringList AuditTrail::tables(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT table_name FROM audit ORDER BY table_name"))) {
        while (q.next()) {
            out << q.value(0).toString();
        }
    }
    return out;
}

} // namespace sl::core
