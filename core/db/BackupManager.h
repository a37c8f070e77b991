#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sl::core {

class Database;

// Copies of the street's file in the backups folder beside it: one on the first start of each day and
// of each week (kept: the newest `daily` and `weekly` of them, settings), one before every import and
// upgrade, and on demand. A restore checks the copy before anything is replaced and keeps the file it
// replaces.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    struct Policy
    {
        int daily = 7;
        int weekly = 8;
    };

    explicit BackupManager(Database& db);

    Policy policy() const;
    bool setPolicy(const Policy& policy, QString* error);

    // Takes today's (and this week's) copy if there is none yet, then rotates. Returns the new copies.
    QStringList dailyIfDue(const QDate& today, QString* error);
    // A copy named after why it was taken (before-import, manual…), in the backups folder.
    QString take(const QString& reason, QString* error);
    // The newest copy in the backups folder, or an empty string.
    QString latest() const;

    // Checks that `path` is a complete SafeLedger file this program can open; the reason otherwise.
    static QString verify(const QString& path);
    // Replaces the (closed) database at databasePath with the backup, keeping the replaced file in the
    // backups folder; nothing is touched when the backup does not verify.
    static bool restore(const QString& databasePath, const QString& backupPath, QString* keptAs, QString* error);

private:
    QString copyTo(const QString& name, QString* error);
    void rotate(const QString& kind, int keep);

    Database& m_db;
};

} // namespace sl::core
