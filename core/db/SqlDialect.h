#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace sl::core {

// The one place that knows which engine holds the street: SQLite (the embedded default, one file) or PostgreSQL (a
// server several clerks share). Everything else writes SQL both accept — standard SQL, `INSERT … RETURNING id`,
// `ON CONFLICT … DO NOTHING`, parameters only where their type is plain — and asks here for what differs.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    static Engine of(const QSqlDatabase& db);
    static bool isPostgres(const QSqlDatabase& db) { return of(db) == Engine::Postgres; }
    // Qt's driver for the engine.
    static QString driverName(Engine engine);

    // The id an `INSERT … RETURNING id` gave (0 when none), read so that the statement is finished: SQLite would not
    // commit while it is still stepping.
    static qint64 insertedId(QSqlQuery& q);
    // A column's value as both engines give it: NULL as an invalid QVariant (a server gives a typed 0), every whole
    // number as a qint64 (a server gives its 64-bit integers as unsigned).
    static QVariant value(const QSqlQuery& q, int column);
    // The street's own tables (not the engine's, not a server's bookkeeping: its data version, its evidence files),
    // sorted by name.
    static QStringList tables(const QSqlDatabase& db);
    // A table's columns in their order.
    static QStringList columns(const QSqlDatabase& db, const QString& table);
    struct Column
    {
        QString name;
        bool integer = false;
        bool notNull = false;
    };
    static QList<Column> columnsOf(const QSqlDatabase& db, const QString& table);
    // The columns of a table's primary key (SQLite's rowid for a table without one).
    static QStringList primaryKey(const QSqlDatabase& db, const QString& table);
    // Whether the table exists; asks the catalogue, so that it never fails (a failed statement ends a server
    // transaction).
    static bool hasTable(const QSqlDatabase& db, const QString& table);
    // What a server's writer runs first in its transaction to wait for its turn (the audit chain's advisory lock,
    // released at the end of the transaction); empty for SQLite, whose file has one writer.
    static QString writersTurnSql(const QSqlDatabase& db);
    static constexpr qint64 kWritersLock = 0x534C4447; // "SLDG", as the SQLite file's application id
    // Links checked at the commit instead of at each statement, for the rest of the transaction.
    static QString deferLinksSql(const QSqlDatabase& db);
    // An expression for the current time, UTC, as the ISO text every timestamp column holds, with milliseconds.
    static QString nowMillisecondsSql(Engine engine);
};

} // namespace sl::core
