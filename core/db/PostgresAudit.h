#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sl::core {

// The audit trail's triggers on PostgreSQL: one PL/pgSQL function writes the same entry SQLite's triggers write
// (time in UTC to the millisecond, operator, table, record, action, the row before and after as JSON in column
// order, the activity), for every table; the operator and the activity belong to the connection (several clerks
// write at once), not to a shared row. The function first takes the trail's advisory lock, held to the commit, so
// that writers take turns from their first audited write to their commit and the entries they seal make one chain
// in the order of their ids. Guards refuse to delete the trail or change a sealed entry, as on SQLite.
class PostgresAudit
{
    Q_DECLARE_TR_FUNCTIONS(PostgresAudit)

public:
    static bool createGuards(QSqlDatabase db, QString* error);
    static bool createTriggers(QSqlDatabase db, QString* error);
    static bool dropTriggers(QSqlDatabase db, QString* error);
    static bool setOperator(QSqlDatabase db, const QString& operatorName, QString* error);
    static bool setActivity(QSqlDatabase db, const QString& activity, QString* error);
    // The tables audited, on either engine: every table but the trail's own.
    static QStringList auditedTables(QSqlDatabase db);
    // The triggers and functions missing, and those disabled or altered; how many there should be. False with the
    // reason when the catalogue cannot be read.
    static bool triggerState(QSqlDatabase db, QStringList* missing, QStringList* changed, int* expectedCount,
                             QString* error);
    // The rows that differ from their last entry, or are gone without one (record, table, "changed"/"gone").
    static bool differingRows(QSqlDatabase db, const QString& table, QList<QPair<qint64, QString>>* rows,
                              QString* error);
};

} // namespace sl::core
