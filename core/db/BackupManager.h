#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sl::core {

class Database;

// The backups folder beside a database: one copy on the first start of each day and of each week (kept: the
// newest `daily` and `weekly` of them, settings), one before every import, return, upgrade and restore, and on
// demand. Each is a backup zip (BackupWriter) whose evidence files live once, by SHA-256, in the folder's
// evidence store: the folder grows by the database copies, not by the photos each time.
//
// It works from the database's path with connections of its own, so the daily copy can be taken in a
// background thread while the window is already in use.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    struct Policy
    {
        int daily = 7;
        int weekly = 8;
    };
    struct Taken
    {
        QStringList paths;
        QStringList warnings;
    };

    explicit BackupManager(const QString& databasePath);

    static Policy policy(Database& db);
    static bool setPolicy(Database& db, const Policy& policy, QString* error);

    // Takes today's (and this week's) copy if there is none yet, then rotates. Any thread.
    bool dailyIfDue(const QDate& today, const Policy& policy, Taken* taken, QString* error);
    // A copy named after why it was taken (before-import, manual…); its path, or empty with the reason.
    QString take(const QString& reason, QString* error, QStringList* warnings = nullptr);
    // Before a restore: the database about to be replaced, kept as "-replaced-". A database too damaged to be
    // copied by SQLite is kept as its raw files instead.
    bool keepReplaced(QString* keptAs, QStringList* warnings, QString* error);
    // The newest finished backup, or an empty string.
    QString latest() const;
    QString folder() const;

    // Whether fileName in a backups folder is a finished backup of the database called base ("street" for
    // street.sqlite): street-daily-20261125.zip, street-before-import-20261125-101500.zip, and the plain .sqlite
    // copies of SafeLedger before 0.2.
    static bool isBackupOf(const QString& fileName, const QString& base);
    static QString dailyName(const QString& base, const QDate& day);
    static QString weeklyName(const QString& base, const QDate& day);

private:
    QString uniqueName(const QString& reason) const;
    void rotate(const QString& kind, int keep);
    void tidy();

    QString m_path;
    QString m_base;
};

} // namespace sl::core
