#pragma once

#include "CheckReport.h"

#include "WriterLock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sl::core {

// The one SQLite file of the street. Opening it validates that it is ours, takes the writer lock,
// sets the pragmas the database promises (foreign keys, WAL, synchronous=FULL, busy timeout) and
// brings the schema up to date, backing the file up first. Nothing is written to a file that is
// refused.
//
// openReadOnly() is for the verbs that only read (check, the exports, a backup): SQLite opens the file
// read-only, no lock is taken, nothing is upgraded or recorded, so the file stays byte for byte as it was and a
// read-only file or folder can still be checked and exported. One Database per thread: the connection belongs
// to the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenError {
        None,
        Locked,
        CannotCreate,
        NotSafeLedger,
        NewerVersion,
        Corrupt,
        MigrationFailed,
        // The file is not there, but its backups or evidence are: it was there before (moved, deleted, or lost
        // in an interrupted restore), and an empty file in its place would hide that.
        Missing,
        // Read-only opening of a file that does not exist; a server address that cannot be read.
        NotFound,
        // The server wants a password (setPassword, then open again).
        PasswordNeeded,
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static QString defaultPath();
    static int latestSchemaVersion();
    // "SLDG" in the SQLite header's application_id: how we know a file is ours.
    static constexpr qint32 kApplicationId = 0x534C4447;

    // targetVersion exists for the migration test (to build an old file); everyone else takes the latest.
    bool open(const QString& path, QString* error, int targetVersion = -1);
    // Which data versions a read-only opening accepts: the exports need the current one (their queries are of
    // this version); check and the backups read an older file as it is, without upgrading it.
    enum class Versions { CurrentOnly, OlderToo };
    // Opens an existing file only to read it.
    bool openReadOnly(const QString& path, QString* error, Versions versions = Versions::CurrentOnly);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }

    // What tells that a database lived at path: its backups, its evidence folder, its journal. Empty when none.
    static QString tracesOf(const QString& path);

    OpenError lastOpenError() const { return m_openError; }
    // The file; for a server database, this seat's stand-in file name: its folder holds the database's backups,
    // evidence copies and audit anchors (DatabaseLocation::localFolder), and no file is ever made under it.
    QString path() const { return m_path; }
    // What the clerk named: the file's path, or postgresql://user@host:port/dbname.
    QString location() const;
    bool isServer() const;
    // The password of a server address for every opening of it in this program (its other connections: the
    // dashboard's thread, the backups); kept in this process's memory only, never written anywhere.
    static void setPassword(const QString& location, const QString& password);
    static QString passwordFor(const QString& location);
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The copy taken before the last upgrade, empty when none was needed.
    QString lastUpgradeBackup() const { return m_upgradeBackup; }
    // Who was named as the operator when the file was opened before (empty: nobody yet).
    QString previousOperator() const { return m_previousOperator; }

    // integrity_check, foreign_key_check and the schema version, for `check`.
    CheckReport check() const;
    // Writes a consistent copy of the live database to target (which must not exist): SQLite's VACUUM INTO, which
    // reads one snapshot while others go on writing.
    // A server database is copied into a new SQLite file (StreetMigration), its audit trail as it is.
    bool backupTo(const QString& target, QString* error);
    static QString backupDirectoryFor(const QString& databasePath);
    // The file itself, or for a server address (postgresql://…) this seat's stand-in file name for it: the folders
    // beside it (evidence, backups) are the database's on this computer.
    static QString filesPathFor(const QString& location);
    // Folds the write-ahead log into the file: a bulk write in one transaction (a restore, the demo street) leaves
    // the log as large as the file, and every read until the next checkpoint would walk it. On a server: gathers
    // the planner's statistics (ANALYZE), which a bulk write leaves out of date.
    void checkpoint();

private:
    bool openImpl(const QString& path, QString* error, int targetVersion);
    bool openServer(const QString& location, bool readOnly, Versions versions, QString* error);
    bool openReadOnlyImpl(const QString& path, QString* error, Versions versions);
    // Closes the database unless it was opened; returns `opened`.
    bool closedUnless(bool opened);
    // Forgets the file open before and takes `path` in its place. False, with the error, when a file is there that
    // cannot be read or is no database at all; `*missing` says there is no file yet.
    bool beginOpening(const QString& path, bool* missing, QString* error);
    bool connect(const QString& databaseName, const QString& options, QString* error);
    void closeConnectionOnly();
    bool fail(OpenError kind, const QString& message, QString* error);
    bool inspect(int* version, QString* error);
    bool applyPragmas(QString* error);
    bool migrate(int fromVersion, int toVersion, QString* error);

    QString m_path;
    QString m_location; // set for a server database only
    QString m_connectionName;
    WriterLock m_lock;
    bool m_readOnly = false;
    OpenError m_openError = OpenError::None;
    QString m_upgradeBackup;
    QString m_previousOperator;
};

} // namespace sl::core
