#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sl::core {

// The street's schema on PostgreSQL. It is not written twice: the SQLite migrations are the one description of the
// tables, so a new server database gets the schema a new SQLite file reaches after every step (built in memory and
// read back), translated where the engines differ — an INTEGER PRIMARY KEY becomes an identity column, integers
// 64-bit as in SQLite, text compared byte by byte (COLLATE "C", SQLite's order), links deferrable so that a whole
// street can be copied in in any order — with the rows the steps seed (the default policy, certificate types,
// appraisal scheme, service kinds). The audit trail's triggers are PL/pgSQL (AuditTriggers); the data version is
// kept in safeledger_meta, the engine having no user_version.
class PostgresSchema
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)

public:
    // The marker table: which program and which data version a server database holds.
    static const QString kMetaTable;

    // Creates the latest schema in the empty database `pg`, inside the caller's transaction.
    static bool create(QSqlDatabase pg, QString* error);
    // The data version held (0: an empty database; -1: a database of something else, or unreadable).
    static int version(QSqlDatabase pg, QString* error = nullptr);
    // Whether the database holds no tables at all (a new database the server's administrator made for the street).
    static bool isEmpty(QSqlDatabase pg);
};

} // namespace sl::core
