#pragma once

#include "CheckReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace sl::core {

// The audit trail: every insert, update and delete of every table is appended to `audit` by triggers
// (time in UTC, the operator — the OS user name —, table, record, the row before and after as JSON),
// and every transaction seals its new entries before it commits: each entry's SHA-256 covers its
// content and the previous entry's hash, so an altered or removed entry breaks the chain where it was.
// Triggers refuse to delete an entry or to change a sealed one.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // The statement in a migration step that (re)creates the row triggers of every table; a step that
    // adds or changes columns ends with it.
    static const QString kTriggersMarker;

    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString operatorName;
        QString table;
        qint64 recordId = 0;
        QString action;
        QString before;
        QString after;
        QString hash;
    };
    struct Filter
    {
        QString table; // empty: every table
        QString text; // in the before/after values
        QDate from;
        QDate to;
        int limit = 2000;
    };

    static bool createTriggers(QSqlDatabase db, QString* error);
    // For a bulk write that is recorded as one entry instead (the synthetic demo street): drops the row
    // triggers inside the caller's transaction; createTriggers() puts them back in the same transaction.
    static bool dropTriggers(QSqlDatabase db, QString* error);
    // One entry standing for a bulk write: what was done and how much.
    static bool recordSummary(QSqlDatabase db, const QString& what, const QString& detailsJson, QString* error);
    // Who is writing, for the triggers; called when the file is opened.
    static bool setOperator(QSqlDatabase db, const QString& operatorName, QString* error);
    // Seals the unsealed entries in order; part of every outermost commit.
    static bool seal(QSqlDatabase db, QString* error);
    static void verify(QSqlDatabase db, CheckReport& report);
    static QList<Entry> list(QSqlDatabase db, const Filter& filter);
    static QStringList tables(QSqlDatabase db);
};

} // namespace sl::core
