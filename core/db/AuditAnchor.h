#pragma once

#include "AuditTrail.h"
#include "CheckReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sl::core {

// The head of the audit chain (entry count, last entry, its hash) written down outside the database, so that a
// trail cut short or forged and recomputed inside the file shows: into every backup's manifest and the backups
// folder's log (audit-anchors.log), printed on the annual report and the audit export. `check` compares the file
// with the newest anchor it finds. A restore anchors the database it puts in place just before it does so; if it
// was interrupted before the swap, the database is still the one anchored before it, and that is accepted.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    struct Anchor
    {
        AuditTrail::Head head;
        QDateTime atUtc;
        QString where; // the backup's file name, "annual report 2025", "audit export"…
        bool restore = false; // written just before a restore puts another database in place
    };

    static QString logPathFor(const QString& databasePath);
    // Appends one line to the backups folder's log; a folder that cannot be written is reported, not fatal.
    static bool record(const QString& databasePath, const AuditTrail::Head& head, const QString& where, QString* error,
                       bool restore = false);
    // This database's anchors, oldest first: the log's lines for it, and the newest backup's manifest.
    static QList<Anchor> all(const QString& databasePath);
    // The newest of them.
    static std::optional<Anchor> last(const QString& databasePath);
    static void compare(QSqlDatabase db, const QString& databasePath, CheckReport& report);
    // One line for paper: "Audit trail head: 1,234 entries, last no. 1,240, SHA-256 ab12…".
    static QString describe(const AuditTrail::Head& head);
};

} // namespace sl::core
