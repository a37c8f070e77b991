#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sl::core {

// Copies the rows of tables, unchanged, from one database to another of the same schema, either engine to either:
// the seed rows of a new server database, and a street moved between a file and a server. Inside the caller's
// transaction; the target's links must be deferred (or its tables given in linking order) and its audit triggers
// away, since the audit trail is copied as it is, hashes and all. A server's identity columns are moved past the
// copied ids afterwards.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    static bool copy(QSqlDatabase from, QSqlDatabase to, const QStringList& tables, QString* error,
                     qint64* rows = nullptr);
};

} // namespace sl::core
