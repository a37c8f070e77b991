#pragma once

#include "CheckReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace sl::core {

// The audit trail: every insert, update and delete of every table is appended to `audit` by triggers
// (time in UTC, the operator at work, table, record, the row before and after as JSON, and what the write was
// part of — an import, say), and every transaction seals the entries it wrote before it commits: each entry's
// SHA-256 covers its content and the previous sealed entry's hash, so an altered or removed entry breaks the
// chain where it was. Triggers refuse to delete an entry or to change a sealed one.
//
// What the chain alone cannot show, verify() looks for too: a trigger dropped or changed (auditing switched
// off), a row that differs from its last entry (changed while its trigger was away), entries written outside the
// program (never sealed: a later write of the program seals only its own, so they stay reported until the clerk
// acknowledges them, which is itself an audited write). Entries removed from the end, or a chain forged and
// recomputed, show against the head anchored outside the file (AuditAnchor).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // The statement in a migration step that (re)creates the row triggers of every table; a step that
    // adds or changes columns ends with it.
    static const QString kTriggersMarker;
    // The guards of the trail itself, as the migrations create them (step 9, and step 13 for the second).
    static const QString kNeverDeletedSql;
    static const QString kSealedNeverChangesSql;

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
        QString activity; // import, return…; empty for a single write
    };
    struct Filter
    {
        QString table; // empty: every table
        qint64 recordId = 0; // with table: one record's entries
        QList<qint64> recordIds; // with table: several records' entries (a dialog that edits several)
        QString operatorName; // empty: everyone
        QString text; // in the before/after values
        QDate from;
        QDate to;
        int limit = 2000;
    };
    // The end of the chain: how many sealed entries, the last one's id and hash.
    struct Head
    {
        qint64 count = 0;
        qint64 lastId = 0;
        QString hash;
        bool isEmpty() const { return count == 0; }
    };

    static bool createTriggers(QSqlDatabase db, QString* error);
    // For a bulk write that is recorded as one entry instead (the synthetic demo street): drops the row
    // triggers inside the caller's transaction; createTriggers() puts them back in the same transaction.
    static bool dropTriggers(QSqlDatabase db, QString* error);
    // One entry standing for a bulk write: what was done and how much.
    static bool recordSummary(QSqlDatabase db, const QString& what, const QString& detailsJson, QString* error);
    // Who is writing, for the triggers; called when the file is opened and when the operator changes.
    static bool setOperator(QSqlDatabase db, const QString& operatorName, QString* error);
    // What the following writes are part of ("import"); empty when they stand alone.
    static bool setActivity(QSqlDatabase db, const QString& activity, QString* error);
    // The id of the newest entry, or -1 when the file has no trail yet: a transaction notes it when it begins.
    static qint64 lastId(QSqlDatabase db);
    // Seals, in order, the unsealed entries after afterId (those of the committing transaction); part of every
    // outermost commit. afterId < 0: all of them (the trail is being created).
    static bool seal(QSqlDatabase db, qint64 afterId, QString* error);
    static void verify(QSqlDatabase db, CheckReport& report);
    static Head head(QSqlDatabase db);
    static QList<Entry> list(QSqlDatabase db, const Filter& filter);
    static QStringList tables(QSqlDatabase db);
    static QStringList operators(QSqlDatabase db);

    // Entries written outside the program and not yet acknowledged.
    static QList<Entry> unacknowledged(QSqlDatabase db);
    // The clerk has seen them: each gets an acknowledgement (who, when, why), itself an audited write.
    static bool acknowledge(QSqlDatabase db, const QString& note, int* count, QString* error);

private:
    static QList<QPair<QString, QStringList>> auditedTables(QSqlDatabase db, QString* error);
    static QList<QPair<QString, QString>> expectedTriggers(QSqlDatabase db, QString* error);
    static void verifyTriggers(QSqlDatabase db, CheckReport& report);
    static void reportTriggers(CheckReport& report, const QStringList& missing, const QStringList& changed, int count);
    static void verifyRows(QSqlDatabase db, CheckReport& report);
};

} // namespace sl::core
