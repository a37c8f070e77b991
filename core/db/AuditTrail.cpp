#include "AuditTrail.h"

#include "AppInfo.h"
#include "ErrorOut.h"
#include "PostgresAudit.h"
#include "SqlDialect.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sl::core {

const QString AuditTrail::kTriggersMarker = QStringLiteral("-- audit: row triggers of every table");
const QString AuditTrail::kNeverDeletedSql
    = QStringLiteral("CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit"
                     " BEGIN SELECT RAISE(ABORT, 'the audit trail is never deleted'); END");
const QString AuditTrail::kSealedNeverChangesSql = QStringLiteral(
    "CREATE TRIGGER audit_sealed_never_changes BEFORE UPDATE ON audit"
    " WHEN OLD.hash IS NOT NULL OR NEW.id <> OLD.id OR NEW.at <> OLD.at"
    " OR NEW.operator <> OLD.operator OR NEW.table_name <> OLD.table_name"
    " OR NEW.record_id IS NOT OLD.record_id OR NEW.action <> OLD.action"
    " OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after OR NEW.activity IS NOT OLD.activity"
    " BEGIN SELECT RAISE(ABORT, 'a sealed audit entry never changes'); END");

namespace {

constexpr int kMaxListed = 20;

bool hasAudit(QSqlDatabase db)
{
    return SqlDialect::hasTable(db, QStringLiteral("audit"));
}

// Data version 13 added what an entry was part of; older files are read (and upgraded) without it.
bool hasActivity(QSqlDatabase db)
{
    if (SqlDialect::isPostgres(db)) {
        return true; // a server database starts at the latest data version
    }
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('audit') WHERE name = 'activity'")) && q.next();
}

QString entryColumns(QSqlDatabase db)
{
    return hasActivity(db) ? QStringLiteral("id, at, operator, table_name, record_id, action, before, after, activity")
                           : QStringLiteral("id, at, operator, table_name, record_id, action, before, after, NULL");
}

QByteArray chained(const QByteArray& previous, const QSqlQuery& q)
{
    // id, at, operator, table, record, action, before, after — separated so that no two entries read alike —
    // and the activity when there is one (entries before data version 13 hash as they always did).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    for (int i = 0; i < 8; ++i) {
        hash.addData(QByteArrayView("\x1f", 1));
        // NULL as nothing: a server gives a NULL number as a typed 0, SQLite as a null text.
        hash.addData(q.isNull(i) ? QByteArray() : q.value(i).toString().toUtf8());
    }
    const QString activity = q.value(8).toString();
    if (!activity.isEmpty()) {
        hash.addData(QByteArrayView("\x1e", 1));
        hash.addData(activity.toUtf8());
    }
    return hash.result().toHex();
}

AuditTrail::Entry entryFromRow(const QSqlQuery& q)
{
    AuditTrail::Entry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.operatorName = q.value(2).toString();
    e.table = q.value(3).toString();
    e.recordId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    e.activity = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

} // namespace

QList<QPair<QString, QStringList>> AuditTrail::auditedTables(QSqlDatabase db, QString* error)
{
    const QStringList tables = PostgresAudit::auditedTables(db);
    QList<QPair<QString, QStringList>> out;
    for (const QString& table : std::as_const(tables)) {
        const QStringList columns = SqlDialect::columns(db, table);
        if (columns.isEmpty()) {
            failWith(error, tr("The columns of %1 cannot be read.").arg(table));
            return {};
        }
        out.append({ table, columns });
    }
    return out;
}

QList<QPair<QString, QString>> AuditTrail::expectedTriggers(QSqlDatabase db, QString* error)
{
    const QString activity = hasActivity(db)
        ? QStringLiteral(", activity) VALUES (%1, (SELECT nullif(activity, '') FROM audit_context"
                         " WHERE id = 1))")
        : QStringLiteral(") VALUES (%1)");
    const QString insert
        = QStringLiteral("INSERT INTO audit (at, operator, table_name, record_id, action, before, after")
        + activity.arg(QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT operator FROM audit_context"
                                      " WHERE id = 1), '%1', %2, '%3', %4, %5"));
    QList<QPair<QString, QString>> out;
    for (const auto& [table, columns] : auditedTables(db, error)) {
        const auto json = [&columns = columns](const QString& row) {
            QStringList pairs;
            for (const QString& c : columns) {
                pairs << QStringLiteral("'%1', %2.\"%1\"").arg(c, row);
            }
            return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
        };
        const struct
        {
            const char* when;
            const char* action;
            QString record;
            QString before;
            QString after;
        } kinds[] = {
            { "INSERT", "insert", QStringLiteral("NEW.rowid"), QStringLiteral("NULL"), json(QStringLiteral("NEW")) },
            { "UPDATE", "update", QStringLiteral("NEW.rowid"), json(QStringLiteral("OLD")),
              json(QStringLiteral("NEW")) },
            { "DELETE", "delete", QStringLiteral("OLD.rowid"), json(QStringLiteral("OLD")), QStringLiteral("NULL") }
        };
        for (const auto& k : kinds) {
            const QString name = QStringLiteral("audit_%1_%2").arg(table, QString::fromLatin1(k.action));
            out.append(
                { name,
                  QStringLiteral("CREATE TRIGGER \"%1\" AFTER %2 ON \"%3\" BEGIN %4; END")
                      .arg(name, QString::fromLatin1(k.when), table,
                           QString(insert).arg(table, k.record, QString::fromLatin1(k.action), k.before, k.after)) });
        }
    }
    return out;
}

bool AuditTrail::createTriggers(QSqlDatabase db, QString* error)
{
    if (SqlDialect::isPostgres(db)) {
        return PostgresAudit::createTriggers(db, error);
    }
    QString why;
    const QList<QPair<QString, QString>> triggers = expectedTriggers(db, &why);
    if (!why.isEmpty()) {
        return failWith(error, why);
    }
    QSqlQuery q(db);
    for (const auto& [name, sql] : triggers) {
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS \"%1\"").arg(name)) || !q.exec(sql)) {
            return failWith(error, q.lastError().text());
        }
    }
    return true;
}

bool AuditTrail::dropTriggers(QSqlDatabase db, QString* error)
{
    if (SqlDialect::isPostgres(db)) {
        return PostgresAudit::dropTriggers(db, error);
    }
    QSqlQuery q(db);
    QStringList names;
    if (!q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'"
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
    const SqlDialect::Engine engine = SqlDialect::of(db);
    const QString who = engine == SqlDialect::Engine::Postgres
        ? QStringLiteral("coalesce(nullif(current_setting('safeledger.operator', true), ''), '?')")
        : QStringLiteral("(SELECT operator FROM audit_context WHERE id = 1)");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (at, operator, table_name, record_id, action, before, after) VALUES"
                             " (%1, %2, ?, NULL, 'insert', NULL, ?)")
                  .arg(SqlDialect::nowMillisecondsSql(engine), who));
    q.addBindValue(what);
    q.addBindValue(detailsJson);
    if (!q.exec()) {
        return failWith(error, q.lastError().text());
    }
    return true;
}

bool AuditTrail::setOperator(QSqlDatabase db, const QString& operatorName, QString* error)
{
    if (SqlDialect::isPostgres(db)) {
        return PostgresAudit::setOperator(db, operatorName, error);
    }
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

bool AuditTrail::setActivity(QSqlDatabase db, const QString& activity, QString* error)
{
    if (SqlDialect::isPostgres(db)) {
        return PostgresAudit::setActivity(db, activity, error);
    }
    if (!hasActivity(db)) {
        return true;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit_context SET activity = ? WHERE id = 1 AND activity <> ?"));
    q.addBindValue(activity);
    q.addBindValue(activity);
    if (!q.exec()) {
        return failWith(error, q.lastError().text());
    }
    return true;
}

qint64 AuditTrail::lastId(QSqlDatabase db)
{
    if (SqlDialect::isPostgres(db) && !hasAudit(db)) {
        return -1;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit")) && q.next()) {
        return q.value(0).toLongLong();
    }
    return -1;
}

bool AuditTrail::seal(QSqlDatabase db, qint64 afterId, QString* error)
{
    QSqlQuery open(db);
    // Not forward only: the previous hash is read while these rows are, and a server streams a forward-only
    // query's rows only until the connection's next statement.
    open.prepare(
        QStringLiteral("SELECT %1 FROM audit WHERE hash IS NULL AND id > ? ORDER BY id").arg(entryColumns(db)));
    open.addBindValue(afterId);
    if (!open.exec()) {
        // Before the audit table exists (an old file being upgraded) there is nothing to seal.
        return !hasAudit(db) || failWith(error, open.lastError().text());
    }
    QList<QPair<qint64, QByteArray>> sealed;
    QByteArray previous;
    bool first = true;
    while (open.next()) {
        if (first) {
            QSqlQuery last(db);
            last.prepare(
                QStringLiteral("SELECT hash FROM audit WHERE hash IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1"));
            last.addBindValue(open.value(0));
            if (last.exec() && last.next()) {
                previous = last.value(0).toString().toLatin1();
            }
            first = false;
        }
        previous = chained(previous, open);
        sealed.append({ open.value(0).toLongLong(), previous });
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

QList<AuditTrail::Entry> AuditTrail::unacknowledged(QSqlDatabase db)
{
    QList<Entry> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // An acknowledgement counts only when the program wrote it (its own entry is sealed).
    if (!q.exec(QStringLiteral("SELECT %1, hash FROM audit WHERE hash IS NULL AND id NOT IN"
                               " (SELECT k.audit_id FROM audit_acknowledgement k JOIN audit a"
                               "  ON a.table_name = 'audit_acknowledgement' AND a.record_id = k.id"
                               "  AND a.action = 'insert' AND a.hash IS NOT NULL) ORDER BY id")
                    .arg(entryColumns(db)))) {
        // Before data version 13 there are no acknowledgements: every unsealed entry stands.
        if (!q.exec(
                QStringLiteral("SELECT %1, hash FROM audit WHERE hash IS NULL ORDER BY id").arg(entryColumns(db)))) {
            return out;
        }
    }
    while (q.next()) {
        out.append(entryFromRow(q));
    }
    return out;
}

bool AuditTrail::acknowledge(QSqlDatabase db, const QString& note, int* count, QString* error)
{
    *count = 0;
    Transaction tx(db);
    const QList<Entry> open = unacknowledged(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_acknowledgement (audit_id, acknowledged_at, operator, note)"
                             " VALUES (?, ?, ?, ?)"));
    for (const Entry& e : open) {
        q.addBindValue(e.id);
        q.addBindValue(SqlValue::nowUtc());
        q.addBindValue(AppInfo::operatorName());
        q.addBindValue(note.trimmed());
        if (!q.exec()) {
            return failWith(error, tr("The acknowledgement could not be written: %1").arg(q.lastError().text()));
        }
        ++*count;
    }
    if (!tx.commit()) {
        *count = 0;
        return failWith(error, tr("The acknowledgement could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

void AuditTrail::verifyTriggers(QSqlDatabase db, CheckReport& report)
{
    QString why;
    QStringList missing;
    QStringList changed;
    int count = 0;
    if (SqlDialect::isPostgres(db)) {
        if (!PostgresAudit::triggerState(db, &missing, &changed, &count, &why)) {
            report.problems << tr("The audit triggers cannot be read: %1").arg(why);
            return;
        }
        reportTriggers(report, missing, changed, count);
        return;
    }
    QList<QPair<QString, QString>> expected = expectedTriggers(db, &why);
    if (!why.isEmpty()) {
        report.problems << tr("The audit triggers cannot be read: %1").arg(why);
        return;
    }
    if (!hasActivity(db)) {
        return; // a file older than data version 13 is read as it is; its triggers are remade when it is upgraded
    }
    expected.append({ QStringLiteral("audit_never_deleted"), kNeverDeletedSql });
    expected.append({ QStringLiteral("audit_sealed_never_changes"), kSealedNeverChangesSql });
    QHash<QString, QString> present;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))) {
        while (q.next()) {
            present.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    for (const auto& [name, sql] : std::as_const(expected)) {
        const auto it = present.constFind(name);
        if (it == present.constEnd()) {
            missing << name;
        } else if (it->trimmed() != sql) {
            changed << name;
        }
    }
    reportTriggers(report, missing, changed, static_cast<int>(expected.size()));
}

void AuditTrail::reportTriggers(CheckReport& report, const QStringList& missing, const QStringList& changed, int count)
{
    if (!missing.isEmpty()) {
        report.problems << tr("%n audit trigger(s) are missing (%1): changes to those tables are not being recorded. "
                              "Something outside SafeLedger removed them; restore a backup, or report it.",
                              nullptr, static_cast<int>(missing.size()))
                               .arg(missing.mid(0, kMaxListed).join(QStringLiteral(", ")));
    }
    if (!changed.isEmpty()) {
        report.problems << tr("%n audit trigger(s) are not as SafeLedger created them (%1): something outside "
                              "SafeLedger changed them.",
                              nullptr, static_cast<int>(changed.size()))
                               .arg(changed.mid(0, kMaxListed).join(QStringLiteral(", ")));
    }
    if (missing.isEmpty() && changed.isEmpty()) {
        report.notes << tr("Audit triggers: all %1 as created.").arg(count);
    }
}

void AuditTrail::verifyRows(QSqlDatabase db, CheckReport& report)
{
    QString why;
    const QList<QPair<QString, QStringList>> tables = auditedTables(db, &why);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    int differing = 0;
    const auto tell = [&](qint64 record, const QString& what, const QString& table) {
        if (++differing <= kMaxListed) {
            report.problems << (what == QLatin1String("gone")
                                    ? tr("Record %1 of %2 was removed without an audit entry: something "
                                         "outside SafeLedger deleted it.")
                                    : tr("Record %1 of %2 differs from its last audit entry: it was changed "
                                         "outside SafeLedger while auditing was switched off."))
                                   .arg(record)
                                   .arg(table);
        }
    };
    for (const auto& [table, columns] : tables) {
        if (SqlDialect::isPostgres(db)) {
            if (!columns.contains(QLatin1String("id"))) {
                continue;
            }
            QList<QPair<qint64, QString>> rows;
            QString failed;
            if (!PostgresAudit::differingRows(db, table, &rows, &failed)) {
                report.problems
                    << tr("The records of %1 cannot be compared with the audit trail: %2").arg(table, failed);
            }
            for (const auto& [record, what] : std::as_const(rows)) {
                tell(record, what, table);
            }
            continue;
        }
        // Only where the record is its INTEGER PRIMARY KEY: other rowids are renumbered by a VACUUM (a backup).
        if (!q.exec(
                QStringLiteral("SELECT count(*), sum(pk > 0 AND upper(type) = 'INTEGER') FROM pragma_table_info('%1')"
                               " WHERE pk > 0")
                    .arg(table))
            || !q.next() || q.value(0).toInt() != 1 || q.value(1).toInt() != 1) {
            continue;
        }
        // The row as it is against the row its last entry recorded; a column added since that entry is not in it
        // and not compared.
        QStringList differs{ QStringLiteral("a.action = 'delete'") };
        for (const QString& c : columns) {
            differs << QStringLiteral(
                           "(json_type(a.after, '$.\"%1\"') IS NOT NULL AND json_extract(a.after, '$.\"%1\"')"
                           " IS NOT t.\"%1\")")
                           .arg(c);
        }
        const QString last = QStringLiteral("(SELECT record_id, max(id) AS last FROM audit WHERE table_name = '%1'"
                                            " AND record_id IS NOT NULL GROUP BY record_id) l")
                                 .arg(table);
        const QString changedSql
            = QStringLiteral("SELECT t.rowid, 'changed' FROM \"%1\" t JOIN %2 ON l.record_id = t.rowid"
                             " JOIN audit a ON a.id = l.last WHERE %3")
                  .arg(table, last, differs.join(QStringLiteral(" OR ")));
        const QString goneSql = QStringLiteral("SELECT l.record_id, 'gone' FROM %2 JOIN audit a ON a.id = l.last"
                                               " WHERE a.action <> 'delete'"
                                               " AND NOT EXISTS (SELECT 1 FROM \"%1\" t WHERE t.rowid = l.record_id)")
                                    .arg(table, last);
        for (const QString& sql : { changedSql, goneSql }) {
            if (!q.exec(sql)) {
                report.problems << tr("The records of %1 cannot be compared with the audit trail: %2")
                                       .arg(table, q.lastError().text());
                continue;
            }
            while (q.next()) {
                tell(q.value(0).toLongLong(), q.value(1).toString(), table);
            }
        }
    }
    if (differing > kMaxListed) {
        report.problems << tr("%n more record(s) differ from the audit trail.", nullptr, differing - kMaxListed);
    }
    if (differing == 0 && why.isEmpty()) {
        report.notes << tr("Every record agrees with its last audit entry.");
    }
}

void AuditTrail::verify(QSqlDatabase db, CheckReport& report)
{
    if (!hasAudit(db)) {
        return;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, hash FROM audit ORDER BY id").arg(entryColumns(db)))) {
        report.problems << tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return;
    }
    QByteArray previous;
    qint64 count = 0;
    bool broken = false;
    while (q.next()) {
        const QByteArray stored = q.value(9).toString().toLatin1();
        if (stored.isEmpty()) {
            continue; // written outside the program: reported below unless acknowledged; not part of the chain
        }
        ++count;
        previous = chained(previous, q);
        if (previous != stored) {
            report.problems
                << tr("The audit trail is broken at entry %1 (%2, %3): it was changed or an entry before it "
                      "was removed.")
                       .arg(q.value(0).toLongLong())
                       .arg(q.value(3).toString(), q.value(1).toString());
            broken = true;
            break;
        }
    }
    q.finish();
    const QList<Entry> outside = unacknowledged(db);
    for (int i = 0; i < outside.size() && i < kMaxListed; ++i) {
        const Entry& e = outside.at(i);
        report.problems << tr("Audit entry %1 (%2 of %3, %4) was never sealed: something wrote to the file outside "
                              "SafeLedger. Look at it in the audit log, then acknowledge it there (or with "
                              "safeledger-cli acknowledge --note TEXT).")
                               .arg(e.id)
                               .arg(e.action, e.table, e.at.toString(Qt::ISODate));
    }
    if (outside.size() > kMaxListed) {
        report.problems << tr("%n more entry(ies) were never sealed.", nullptr,
                              static_cast<int>(outside.size()) - kMaxListed);
    }
    QSqlQuery acknowledged(db);
    if (acknowledged.exec(QStringLiteral("SELECT count(*) FROM audit_acknowledgement")) && acknowledged.next()
        && acknowledged.value(0).toLongLong() > 0) {
        report.notes << tr("%n entry(ies) written outside SafeLedger were acknowledged (see the audit log).", nullptr,
                           acknowledged.value(0).toInt());
    }
    acknowledged.finish();
    if (!broken) {
        report.notes << tr("Audit trail: %n entry(ies), chain intact.", nullptr, static_cast<int>(count));
    }
    verifyTriggers(db, report);
    verifyRows(db, report);
}

AuditTrail::Head AuditTrail::head(QSqlDatabase db)
{
    Head h;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*), max(id) FROM audit WHERE hash IS NOT NULL")) && q.next()) {
        h.count = q.value(0).toLongLong();
        h.lastId = q.value(1).toLongLong();
    }
    if (h.count > 0) {
        q.prepare(QStringLiteral("SELECT hash FROM audit WHERE id = ?"));
        q.addBindValue(h.lastId);
        if (q.exec() && q.next()) {
            h.hash = q.value(0).toString();
        }
    }
    return h;
}

QList<AuditTrail::Entry> AuditTrail::list(QSqlDatabase db, const Filter& f)
{
    QStringList where;
    QVariantList values;
    if (!f.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << f.table;
        QList<qint64> ids = f.recordIds;
        if (f.recordId != 0) {
            ids.prepend(f.recordId);
        }
        if (!ids.isEmpty()) {
            QStringList marks;
            for (qint64 id : std::as_const(ids)) {
                marks << QStringLiteral("?");
                values << id;
            }
            where << QStringLiteral("record_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
        }
    }
    if (!f.operatorName.isEmpty()) {
        where << QStringLiteral("operator = ?");
        values << f.operatorName;
    }
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral("(coalesce(before, '') || coalesce(after, '') || operator) LIKE ?");
        values << QStringLiteral("%") + f.text.trimmed() + QStringLiteral("%");
    }
    if (f.from.isValid()) {
        // Days are the clerk's local days; entries are stamped in UTC.
        where << QStringLiteral("at >= ?");
        values << f.from.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << f.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, hash FROM audit%2 ORDER BY id DESC LIMIT %3")
                  .arg(entryColumns(db))
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(std::max(1, f.limit)));
    for (const QVariant& v : std::as_const(values)) {
        q.addBindValue(v);
    }
    QList<Entry> out;
    if (q.exec()) {
        while (q.next()) {
            out.append(entryFromRow(q));
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

QStringList AuditTrail::operators(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT operator FROM audit ORDER BY operator"))) {
        while (q.next()) {
            out << q.value(0).toString();
        }
    }
    return out;
}

} // namespace sl::core
