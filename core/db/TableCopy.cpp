#include "TableCopy.h"

#include "ErrorOut.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace sl::core {

namespace {

// Well under the oldest SQLite's 999 parameters of a statement.
constexpr int kParametersPerStatement = 990;

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString insertSql(const QString& table, const QStringList& columns, int rows)
{
    QStringList names;
    for (const QString& c : columns) {
        names << quoted(c);
    }
    const QString one
        = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(table), names.join(QLatin1Char(',')), QStringList(rows, one).join(QLatin1Char(',')));
}

} // namespace

bool TableCopy::copy(QSqlDatabase from, QSqlDatabase to, const QStringList& tables, QString* error, qint64* rows)
{
    qint64 copied = 0;
    for (const QString& table : tables) {
        const QStringList columns = SqlDialect::columns(from, table);
        if (columns.isEmpty()) {
            return failWith(error, tr("The table %1 cannot be read.").arg(table));
        }
        const int perStatement = std::max(1, kParametersPerStatement / static_cast<int>(columns.size()));
        QSqlQuery read(from);
        read.setForwardOnly(true);
        QStringList names;
        for (const QString& c : columns) {
            names << quoted(c);
        }
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1Char(',')), quoted(table)))) {
            return failWith(error, tr("The table %1 cannot be read: %2").arg(table, read.lastError().text()));
        }
        QSqlQuery full(to);
        if (!full.prepare(insertSql(table, columns, perStatement))) {
            return failWith(error, tr("The table %1 cannot be written: %2").arg(table, full.lastError().text()));
        }
        QVariantList values;
        int pending = 0;
        const auto flush = [&](bool whole) {
            if (pending == 0) {
                return true;
            }
            QSqlQuery part(to);
            QSqlQuery& w = whole ? full : part;
            if (!whole && !part.prepare(insertSql(table, columns, pending))) {
                return failWith(error, tr("The table %1 cannot be written: %2").arg(table, part.lastError().text()));
            }
            for (const QVariant& v : std::as_const(values)) {
                w.addBindValue(v);
            }
            if (!w.exec()) {
                return failWith(error, tr("The rows of %1 cannot be written: %2").arg(table, w.lastError().text()));
            }
            copied += pending;
            values.clear();
            pending = 0;
            return true;
        };
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                values << SqlDialect::value(read, i);
            }
            if (++pending == perStatement && !flush(true)) {
                return false;
            }
        }
        if (!flush(false)) {
            return false;
        }
        if (SqlDialect::isPostgres(to) && columns.contains(QLatin1String("id"))) {
            QSqlQuery next(to);
            if (!next.exec(
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), greatest(coalesce(max(id), 0),"
                                   " 1), max(id) IS NOT NULL) FROM %1")
                        .arg(quoted(table)))) {
                return failWith(error, tr("The numbering of %1 cannot be set: %2").arg(table, next.lastError().text()));
            }
        }
    }
    if (rows) {
        *rows = copied;
    }
    return true;
}

} // namespace sl::core
