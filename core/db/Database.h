#pragma once

#include "CheckReport.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sl::core {

// The one SQLite file of the street. Opening it validates that it is ours, takes the writer lock,
// sets the pragmas the database promises (foreign keys, WAL, synchronous=FULL, busy timeout) and
// brings the schema up to date, backing the file up first. Nothing is written to a file that is
// refused.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenError { None, Locked, CannotCreate, NotSafeLedger, NewerVersion, Corrupt, MigrationFailed };

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
    void close();
    bool isOpen() const;

    OpenError lastOpenError() const { return m_openError; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The copy taken before the last upgrade, empty when none was needed.
    QString lastUpgradeBackup() const { return m_upgradeBackup; }

    // integrity_check, foreign_key_check and the schema version, for `check`.
    CheckReport check() const;
    // Writes a consistent copy of the live database to target (which must not exist).
    bool backupTo(const QString& target, QString* error) const;
    static QString backupDirectoryFor(const QString& databasePath);

private:
    bool openImpl(const QString& path, QString* error, int targetVersion);
    bool fail(OpenError kind, const QString& message, QString* error);
    bool inspect(int* version, QString* error);
    bool applyPragmas(QString* error);
    bool migrate(int fromVersion, int toVersion, QString* error);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    OpenError m_openError = OpenError::None;
    QString m_upgradeBackup;
};

} // namespace sl::core
