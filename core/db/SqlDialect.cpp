#include "SqlDialect.h"

#include <QPair>

#include <algorithm>

namespace sl::core {

SqlDialect::Engine SqlDialect::of(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

QString SqlDialect::driverName(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

qint64 SqlDialect::insertedId(QSqlQuery& q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QVariant SqlDialect::value(const QSqlQuery& q, int column)
{
    if (q.isNull(column)) {
        return {};
    }
    const QVariant v = q.value(column);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QVariant(v.toLongLong());
    default:
        return v;
    }
}

QStringList SqlDialect::tables(const QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery q(db);
    const bool ok = isPostgres(db)
        ? q.exec(QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_type = 'BASE TABLE' AND table_name NOT IN ('safeledger_meta', 'evidence_content')"))
        : q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
                                " ESCAPE '\\'"));
    while (ok && q.next()) {
        out << q.value(0).toString();
    }
    out.sort();
    return out;
}

QStringList SqlDialect::columns(const QSqlDatabase& db, const QString& table)
{
    QStringList out;
    for (const Column& c : columnsOf(db, table)) {
        out << c.name;
    }
    return out;
}

QList<SqlDialect::Column> SqlDialect::columnsOf(const QSqlDatabase& db, const QString& table)
{
    QList<Column> out;
    QSqlQuery q(db);
    if (isPostgres(db)) {
        q.prepare(
            QStringLiteral("SELECT column_name, data_type IN ('bigint', 'integer', 'smallint'), is_nullable = 'NO'"
                           " FROM information_schema.columns WHERE table_schema = current_schema()"
                           " AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next()) {
                out.append({ q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool() });
            }
        }
        return out;
    }
    if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (q.next()) {
            out.append({ q.value(1).toString(),
                         q.value(2).toString().contains(QLatin1String("INT"), Qt::CaseInsensitive),
                         q.value(3).toBool() });
        }
    }
    return out;
}

QStringList SqlDialect::primaryKey(const QSqlDatabase& db, const QString& table)
{
    QStringList out;
    QSqlQuery q(db);
    if (isPostgres(db)) {
        q.prepare(QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                                 " AND a.attnum = ANY (i.indkey) WHERE i.indrelid = to_regclass(?) AND i.indisprimary"
                                 " ORDER BY array_position(i.indkey, a.attnum)"));
        q.addBindValue(QLatin1Char('"') + table + QLatin1Char('"'));
        if (q.exec()) {
            while (q.next()) {
                out << QLatin1Char('"') + q.value(0).toString() + QLatin1Char('"');
            }
        }
        return out;
    }
    QList<QPair<int, QString>> keyed;
    if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (q.next()) {
            if (q.value(5).toInt() > 0) {
                keyed.append({ q.value(5).toInt(), QLatin1Char('"') + q.value(1).toString() + QLatin1Char('"') });
            }
        }
    }
    std::sort(keyed.begin(), keyed.end());
    for (const auto& [position, name] : std::as_const(keyed)) {
        out << name;
    }
    if (out.isEmpty()) {
        out << QStringLiteral("rowid");
    }
    return out;
}

bool SqlDialect::hasTable(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (isPostgres(db)) {
        q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        q.addBindValue(QLatin1Char('"') + table + QLatin1Char('"'));
        return q.exec() && q.next() && q.value(0).toBool();
    }
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QString SqlDialect::writersTurnSql(const QSqlDatabase& db)
{
    return isPostgres(db) ? QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWritersLock) : QString();
}

QString SqlDialect::deferLinksSql(const QSqlDatabase& db)
{
    return isPostgres(db) ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                          : QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QString SqlDialect::nowMillisecondsSql(Engine engine)
{
    return engine == Engine::Postgres
        ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace sl::core
