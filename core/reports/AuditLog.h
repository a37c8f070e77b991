#pragma once

#include "AuditWording.h"
#include "db/AuditTrail.h"

#include <QDate>
#include <QList>

namespace sl::core {

class Database;

// The audit trail as the clerk reads it (AuditWording): the entries the filter picks, newest first, each with the
// names of the records it refers to looked up.
class AuditLog
{
public:
    struct Filter
    {
        QDate from; // local days
        QDate to;
        QString operatorName;
        QString table; // one kind of record
        qint64 recordId = 0; // with table: one record
        QList<qint64> recordIds; // with table: several records
        QString text; // in anything shown
        int limit = 5000;
    };

    static QList<AuditWording::Line> load(Database& db, const Filter& filter);
    static AuditWording::Names names(Database& db);
};

} // namespace sl::core
