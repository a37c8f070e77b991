#include "Database.h"

#include "AppInfo.h"
#include "AuditTrail.h"
#include "Migrations.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace sl::core {

namespace {

QAtomicInteger<int> s_connectionCounter;

constexpr int kBusyTimeoutMs = 5000;
const char kSqliteHeader[] = "SQLite format 3"; // followed by a NUL byte in the file

enum class FileKind { Missing, Empty, Sqlite, NotSqlite, Unreadable };

FileKind inspectFile(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists()) {
        return FileKind::Missing;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return FileKind::Unreadable;
    }
    if (file.size() == 0) {
        return FileKind::Empty;
    }
    const QByteArray head = file.read(16);
    if (head.size() == 16 && head.startsWith(kSqliteHeader) && head.at(15) == '\0') {
        return FileKind::Sqlite;
    }
    return FileKind::NotSqlite;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("safeledger.sqlite"));
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::backupDirectoryFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool Database::fail(OpenError kind, const QString& message, QString* error)
{
    m_openError = kind;
    if (error) {
        *error = message;
    }
    return false;
}

bool Database::open(const QString& path, QString* error, int targetVersion)
{
    // The inner steps return before their queries are gone; the connection is closed only here.
    const bool ok = openImpl(path, error, targetVersion);
    if (!ok) {
        close();
    }
    return ok;
}

bool Database::openImpl(const QString& path, QString* error, int targetVersion)
{
    close();
    m_openError = OpenError::None;
    m_upgradeBackup.clear();
    if (targetVersion < 0 || targetVersion > Migrations::latestVersion()) {
        targetVersion = Migrations::latestVersion();
    }
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);

    switch (inspectFile(m_path)) {
    case FileKind::Unreadable:
        return fail(OpenError::CannotCreate, tr("The file %1 cannot be read. Check that it exists and that you may open it.").arg(shown), error);
    case FileKind::NotSqlite:
        return fail(OpenError::NotSafeLedger,
                    tr("%1 is not a SafeLedger database (it is not a database file at all). It was left untouched.").arg(shown),
                    error);
    case FileKind::Missing:
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
            return fail(OpenError::CannotCreate,
                        tr("The folder for %1 cannot be created. Choose another place for the database.").arg(shown), error);
        }
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        break;
    }

    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // 0 disables age-based staleness: a lock is stale only when its process is gone (a crash).
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        const bool known = m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        if (known) {
            return fail(OpenError::Locked,
                        tr("%1 is already open in another SafeLedger program (process %2 on %3). Close that program "
                           "first; two programs writing one file would lose records.")
                            .arg(shown)
                            .arg(pid)
                            .arg(host),
                        error);
        }
        return fail(OpenError::Locked,
                    tr("%1 cannot be locked for writing. Check that the folder is writable and that no other "
                       "program has the file open.")
                        .arg(shown),
                    error);
    }

    m_connectionName = QStringLiteral("safeledger-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        return fail(OpenError::CannotCreate,
                    tr("The SQLite driver of Qt is missing, so no database can be opened. Reinstall SafeLedger."), error);
    }
    db.setDatabaseName(m_path);
    if (!db.open()) {
        return fail(OpenError::CannotCreate,
                    tr("%1 cannot be opened: %2").arg(shown, db.lastError().text()), error);
    }

    int version = 0;
    if (!inspect(&version, error)) {
        return false;
    }
    if (!applyPragmas(error)) {
        return false;
    }
    if (version < targetVersion && !migrate(version, targetVersion, error)) {
        return false;
    }
    // Who writes from now on, for the audit trail.
    QString why;
    if (!AuditTrail::setOperator(connection(), AppInfo::operatorName(), &why)) {
        return fail(OpenError::CannotCreate, tr("The database cannot be written: %1").arg(why), error);
    }
    return true;
}

bool Database::inspect(int* version, QString* error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery q(connection());
    // Reads only: a refused file must stay byte for byte as it was.
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                               " (SELECT user_version FROM pragma_user_version),"
                               " (SELECT count(*) FROM sqlite_master)"))
        || !q.next()) {
        return fail(OpenError::Corrupt,
                    tr("%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup.")
                        .arg(shown, q.lastError().databaseText()),
                    error);
    }
    const qint64 applicationId = q.value(0).toLongLong();
    *version = q.value(1).toInt();
    const qint64 objects = q.value(2).toLongLong();
    q.finish();

    if (applicationId == 0 && *version == 0 && objects == 0) {
        return true; // a new, empty file
    }
    if (applicationId != kApplicationId) {
        return fail(OpenError::NotSafeLedger,
                    tr("%1 is a database of another program, not a SafeLedger database. It was left untouched.").arg(shown),
                    error);
    }
    if (*version > Migrations::latestVersion()) {
        return fail(OpenError::NewerVersion,
                    tr("%1 was written by a newer SafeLedger (data version %2; this program knows up to %3). It was "
                       "left untouched. Install the newer SafeLedger to open it.")
                        .arg(shown)
                        .arg(*version)
                        .arg(Migrations::latestVersion()),
                    error);
    }
    return true;
}

bool Database::applyPragmas(QString* error)
{
    QSqlQuery q(connection());
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)};
    for (const QString& p : pragmas) {
        if (!q.exec(p)) {
            return fail(OpenError::CannotCreate, tr("The database cannot be prepared: %1").arg(q.lastError().text()),
                        error);
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(OpenError::CannotCreate,
                    tr("The database cannot use its safe write mode (WAL) in this folder. Keep the database on a "
                       "local disk, not a network share."),
                    error);
    }
    return true;
}

bool Database::migrate(int fromVersion, int toVersion, QString* error)
{
    if (fromVersion > 0) {
        const QDir dir(backupDirectoryFor(m_path));
        if (!dir.mkpath(QStringLiteral("."))) {
            return fail(OpenError::MigrationFailed,
                        tr("The backup folder %1 cannot be created, so the database was not upgraded.")
                            .arg(QDir::toNativeSeparators(dir.path())),
                        error);
        }
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = dir.filePath(QStringLiteral("%1-before-v%2-%3.sqlite")
                                          .arg(QFileInfo(m_path).completeBaseName())
                                          .arg(toVersion)
                                          .arg(stamp));
        for (int n = 2; QFileInfo::exists(target); ++n) {
            target = dir.filePath(QStringLiteral("%1-before-v%2-%3-%4.sqlite")
                                      .arg(QFileInfo(m_path).completeBaseName())
                                      .arg(toVersion)
                                      .arg(stamp)
                                      .arg(n));
        }
        QString why;
        if (!backupTo(target, &why)) {
            return fail(OpenError::MigrationFailed,
                        tr("No backup could be taken before the upgrade, so the database was not upgraded: %1").arg(why),
                        error);
        }
        m_upgradeBackup = target;
    }

    QSqlDatabase db = connection();
    for (int step = fromVersion + 1; step <= toVersion; ++step) {
        Transaction tx(db);
        if (!tx.isActive()) {
            return fail(OpenError::MigrationFailed, tr("The upgrade could not start: %1").arg(tx.errorText()), error);
        }
        QSqlQuery q(db);
        QStringList statements = Migrations::statements(step);
        if (step == 1) {
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
        }
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step);
        for (const QString& sql : statements) {
            if (sql == AuditTrail::kTriggersMarker) {
                QString why;
                if (!AuditTrail::createTriggers(db, &why)) {
                    return fail(OpenError::MigrationFailed,
                                tr("Upgrading the database to version %1 failed and was undone: %2").arg(step).arg(why),
                                error);
                }
                continue;
            }
            if (!q.exec(sql)) {
                return fail(OpenError::MigrationFailed,
                            tr("Upgrading the database to version %1 failed and was undone: %2")
                                .arg(step)
                                .arg(q.lastError().text()),
                            error);
            }
        }
        q.finish();
        if (!tx.commit()) {
            return fail(OpenError::MigrationFailed,
                        tr("Upgrading the database to version %1 could not be saved and was undone: %2")
                            .arg(step)
                            .arg(tx.errorText()),
                        error);
        }
    }
    return true;
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

bool Database::backupTo(const QString& target, QString* error) const
{
    if (QFileInfo::exists(target)) {
        if (error) {
            *error = tr("%1 exists already; a backup never overwrites a file.").arg(QDir::toNativeSeparators(target));
        }
        return false;
    }
    QSqlQuery q(connection());
    // VACUUM INTO writes a consistent, compacted copy while the file stays open and in use.
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QDir::toNativeSeparators(target));
    if (!q.exec()) {
        if (error) {
            *error = tr("The backup %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(target), q.lastError().databaseText());
        }
        QFile::remove(target);
        return false;
    }
    return true;
}

CheckReport Database::check() const
{
    CheckReport report;
    QSqlQuery q(connection());
    report.schemaVersion = schemaVersion();
    if (report.schemaVersion == Migrations::latestVersion()) {
        report.notes << tr("Data version %1 (current).").arg(report.schemaVersion);
    } else {
        report.problems << tr("Data version is %1, but this program expects %2.")
                               .arg(report.schemaVersion)
                               .arg(Migrations::latestVersion());
    }

    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        QStringList rows;
        while (q.next()) {
            rows << q.value(0).toString();
        }
        if (rows == QStringList{QStringLiteral("ok")}) {
            report.notes << tr("Integrity check: ok.");
        } else {
            for (const QString& row : rows) {
                report.problems << tr("Integrity check: %1").arg(row);
            }
        }
    } else {
        report.problems << tr("The integrity check could not run: %1").arg(q.lastError().text());
    }

    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        int broken = 0;
        while (q.next()) {
            ++broken;
            report.problems << tr("Record %1 of table %2 refers to a missing record of table %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        }
        if (broken == 0) {
            report.notes << tr("Links between records: ok.");
        }
    } else {
        report.problems << tr("The link check could not run: %1").arg(q.lastError().text());
    }
    q.finish();
    AuditTrail::verify(connection(), report);
    return report;
}

} // namespace sl::core
