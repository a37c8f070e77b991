#include "PostgresAudit.h"

#include "ErrorOut.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

QString rowFunctionBody()
{
    return QStringLiteral(
               "BEGIN"
               " PERFORM pg_advisory_xact_lock(%1);"
               " INSERT INTO audit (at, operator, table_name, record_id, action, before, after, activity) VALUES (%2,"
               "  coalesce(nullif(current_setting('safeledger.operator', true), ''), '?'), TG_TABLE_NAME,"
               "  CASE WHEN TG_OP = 'DELETE' THEN (to_jsonb(OLD) ->> 'id')::bigint ELSE (to_jsonb(NEW) ->> "
               "'id')::bigint"
               "  END, lower(TG_OP),"
               "  CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE row_to_json(OLD)::text END,"
               "  CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE row_to_json(NEW)::text END,"
               "  nullif(current_setting('safeledger.activity', true), ''));"
               " RETURN NULL;"
               " END")
        .arg(SqlDialect::kWritersLock)
        .arg(SqlDialect::nowMillisecondsSql(SqlDialect::Engine::Postgres));
}

QString guardFunctionBody()
{
    return QStringLiteral(
        "BEGIN"
        " IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN RAISE EXCEPTION 'the audit trail is never deleted'; END IF;"
        " IF OLD.hash IS NOT NULL OR NEW.id <> OLD.id OR NEW.at <> OLD.at OR NEW.operator <> OLD.operator"
        "  OR NEW.table_name <> OLD.table_name OR NEW.record_id IS DISTINCT FROM OLD.record_id"
        "  OR NEW.action <> OLD.action OR NEW.before IS DISTINCT FROM OLD.before"
        "  OR NEW.after IS DISTINCT FROM OLD.after OR NEW.activity IS DISTINCT FROM OLD.activity"
        " THEN RAISE EXCEPTION 'a sealed audit entry never changes'; END IF;"
        " RETURN NEW;"
        " END");
}

struct Function
{
    QString name;
    QString body;
};

QList<Function> functions()
{
    return { { QStringLiteral("safeledger_audit_row"), rowFunctionBody() },
             { QStringLiteral("safeledger_audit_guard"), guardFunctionBody() } };
}

bool run(QSqlQuery& q, const QString& sql, QString* error)
{
    return q.exec(sql) || failWith(error, q.lastError().text());
}

} // namespace

QStringList PostgresAudit::auditedTables(QSqlDatabase db)
{
    QStringList out = SqlDialect::tables(db);
    out.removeAll(QStringLiteral("audit"));
    out.removeAll(QStringLiteral("audit_context"));
    return out;
}

bool PostgresAudit::createGuards(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    for (const Function& f : functions()) {
        if (!run(q,
                 QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$%2$body$")
                     .arg(f.name, f.body),
                 error)) {
            return false;
        }
    }
    return run(q, QStringLiteral("DROP TRIGGER IF EXISTS audit_guard ON audit"), error)
        && run(q, QStringLiteral("DROP TRIGGER IF EXISTS audit_never_truncated ON audit"), error)
        && run(q,
               QStringLiteral("CREATE TRIGGER audit_guard BEFORE UPDATE OR DELETE ON audit FOR EACH ROW"
                              " EXECUTE FUNCTION safeledger_audit_guard()"),
               error)
        && run(q,
               QStringLiteral("CREATE TRIGGER audit_never_truncated BEFORE TRUNCATE ON audit FOR EACH STATEMENT"
                              " EXECUTE FUNCTION safeledger_audit_guard()"),
               error);
}

bool PostgresAudit::createTriggers(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    for (const QString& table : auditedTables(db)) {
        if (!run(q, QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1\" ON \"%1\"").arg(table), error)
            || !run(q,
                    QStringLiteral("CREATE TRIGGER \"audit_%1\" AFTER INSERT OR UPDATE OR DELETE ON \"%1\" FOR EACH ROW"
                                   " EXECUTE FUNCTION safeledger_audit_row()")
                        .arg(table),
                    error)) {
            return false;
        }
    }
    return true;
}

bool PostgresAudit::dropTriggers(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    for (const QString& table : auditedTables(db)) {
        if (!run(q, QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1\" ON \"%1\"").arg(table), error)) {
            return false;
        }
    }
    return true;
}

bool PostgresAudit::setOperator(QSqlDatabase db, const QString& operatorName, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('safeledger.operator', ?, false)"));
    q.addBindValue(operatorName);
    return q.exec() || failWith(error, q.lastError().text());
}

bool PostgresAudit::setActivity(QSqlDatabase db, const QString& activity, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('safeledger.activity', ?, false)"));
    q.addBindValue(activity);
    return q.exec() || failWith(error, q.lastError().text());
}

bool PostgresAudit::triggerState(QSqlDatabase db, QStringList* missing, QStringList* changed, int* expectedCount,
                                 QString* error)
{
    QHash<QString, QString> triggers; // table.trigger -> its function, empty when disabled
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT c.relname, t.tgname, t.tgenabled, p.proname FROM pg_trigger t"
                               " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid"
                               " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"))) {
        return failWith(error, q.lastError().text());
    }
    while (q.next()) {
        const bool enabled = q.value(2).toString() != QLatin1String("D");
        triggers.insert(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString(),
                        enabled ? q.value(3).toString() : QString());
    }
    QList<QPair<QString, QString>> expected; // table.trigger, function
    for (const QString& table : auditedTables(db)) {
        expected.append({ QStringLiteral("%1.audit_%1").arg(table), QStringLiteral("safeledger_audit_row") });
    }
    for (const char* guard : { "audit.audit_guard", "audit.audit_never_truncated" }) {
        expected.append({ QString::fromLatin1(guard), QStringLiteral("safeledger_audit_guard") });
    }
    for (const auto& [key, function] : std::as_const(expected)) {
        const auto it = triggers.constFind(key);
        if (it == triggers.constEnd()) {
            *missing << key.section(QLatin1Char('.'), 1);
        } else if (*it != function) {
            *changed << key.section(QLatin1Char('.'), 1);
        }
    }
    for (const Function& f : functions()) {
        q.prepare(QStringLiteral(
            "SELECT prosrc FROM pg_proc WHERE proname = ? AND pronamespace = current_schema()::regnamespace"));
        q.addBindValue(f.name);
        if (!q.exec() || !q.next()) {
            *missing << f.name;
        } else if (q.value(0).toString() != f.body) {
            *changed << f.name;
        }
    }
    *expectedCount = static_cast<int>(expected.size() + functions().size());
    return true;
}

bool PostgresAudit::differingRows(QSqlDatabase db, const QString& table, QList<QPair<qint64, QString>>* rows,
                                  QString* error)
{
    // What the last entry recorded is contained in the row as it is (a column added since is not in the entry).
    const QString last = QStringLiteral("(SELECT record_id, max(id) AS last FROM audit WHERE table_name = '%1'"
                                        " AND record_id IS NOT NULL GROUP BY record_id) l")
                             .arg(table);
    const QString sql
        = QStringLiteral(
              "SELECT t.id, 'changed' FROM \"%1\" t JOIN %2 ON l.record_id = t.id JOIN audit a ON a.id = l.last"
              " WHERE a.action = 'delete' OR NOT (a.after::jsonb <@ to_jsonb(t))"
              " UNION ALL SELECT l.record_id, 'gone' FROM %2 JOIN audit a ON a.id = l.last"
              " WHERE a.action <> 'delete' AND NOT EXISTS (SELECT 1 FROM \"%1\" t WHERE t.id = l.record_id)"
              " ORDER BY 1")
              .arg(table, last);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        return failWith(error, q.lastError().text());
    }
    while (q.next()) {
        rows->append({ q.value(0).toLongLong(), q.value(1).toString() });
    }
    return true;
}

} // namespace sl::core
