#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sl::core {

// Optimistic concurrency for the forms: a record's version is its newest audit entry, so no table needs a column
// of its own and every write through any seat (or any program) moves it. A form notes the version when it opens;
// its save, inside the transaction that writes (which on a server waits for the other writers' turn), first asks
// whether the record is still at that version, and a save over someone else's newer change is refused with who made
// it and when, the form staying open with what the clerk typed.
class RecordVersion
{
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)

public:
    // 0 for a record no entry names (an older file's, or one the demo street wrote in bulk).
    static qint64 of(QSqlDatabase db, const QString& table, qint64 recordId);
    // False, with the sentence for the clerk, when the record changed (or went) since `version`.
    static bool unchangedSince(QSqlDatabase db, const QString& table, qint64 recordId, qint64 version,
                               QString* refusal);
    // A form's save: the check and the write in one transaction (on a server, in the writers' turn), so that no
    // other seat's save comes between them; a new record (id 0) is written without a check.
    static bool writeIfUnchanged(QSqlDatabase db, const QString& table, qint64 recordId, qint64 version,
                                 const std::function<bool(QString*)>& write, QString* error);
};

} // namespace sl::core
