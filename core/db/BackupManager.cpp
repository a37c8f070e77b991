#include "BackupManager.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SettingRepository.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sl::core {

namespace {

const char* const kDailyKey = "backup.daily_keep";
const char* const kWeeklyKey = "backup.weekly_keep";

QString baseName(const QString& path)
{
    return QFileInfo(path).completeBaseName();
}

} // namespace

BackupManager::BackupManager(Database& db)
    : m_db(db)
{
}

BackupManager::Policy BackupManager::policy() const
{
    Policy p;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'backup.%'"))) {
        while (q.next()) {
            bool ok = false;
            const int value = q.value(1).toInt(&ok);
            if (!ok || value < 1) {
                continue;
            }
            if (q.value(0).toString() == QLatin1String(kDailyKey)) {
                p.daily = value;
            } else if (q.value(0).toString() == QLatin1String(kWeeklyKey)) {
                p.weekly = value;
            }
        }
    }
    return p;
}

bool BackupManager::setPolicy(const Policy& p, QString* error)
{
    if (p.daily < 1 || p.daily > 365 || p.weekly < 1 || p.weekly > 520) {
        return failWith(error, tr("Keep between 1 and 365 daily and between 1 and 520 weekly backups."));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, value] : {std::pair{kDailyKey, p.daily}, std::pair{kWeeklyKey, p.weekly}}) {
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(QString::number(value));
        if (!q.exec()) {
            return failWith(error, tr("The backup settings could not be saved: %1").arg(q.lastError().text()));
        }
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The backup settings could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

QString BackupManager::copyTo(const QString& name, QString* error)
{
    const QDir dir(Database::backupDirectoryFor(m_db.path()));
    if (!dir.mkpath(QStringLiteral("."))) {
        failWith(error, tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.path())));
        return {};
    }
    const QString target = dir.filePath(name);
    if (QFileInfo::exists(target)) {
        return target;
    }
    if (!m_db.backupTo(target, error)) {
        return {};
    }
    return target;
}

void BackupManager::rotate(const QString& kind, int keep)
{
    QDir dir(Database::backupDirectoryFor(m_db.path()));
    // The names sort by date, so the newest are last.
    QStringList files = dir.entryList({baseName(m_db.path()) + QLatin1Char('-') + kind + QStringLiteral("-*.sqlite")},
                                      QDir::Files, QDir::Name);
    while (files.size() > keep) {
        dir.remove(files.takeFirst());
    }
}

QStringList BackupManager::dailyIfDue(const QDate& today, QString* error)
{
    QStringList taken;
    const Policy p = policy();
    const QString base = baseName(m_db.path());
    const QDir dir(Database::backupDirectoryFor(m_db.path()));
    const QString daily = QStringLiteral("%1-daily-%2.sqlite").arg(base, today.toString(QStringLiteral("yyyyMMdd")));
    int weekYear = 0;
    const int week = today.weekNumber(&weekYear);
    const QString weekly = QStringLiteral("%1-weekly-%2-W%3.sqlite").arg(base).arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
    for (const QString& name : {daily, weekly}) {
        if (QFileInfo::exists(dir.filePath(name))) {
            continue;
        }
        const QString path = copyTo(name, error);
        if (path.isEmpty()) {
            return taken;
        }
        taken << path;
    }
    rotate(QStringLiteral("daily"), p.daily);
    rotate(QStringLiteral("weekly"), p.weekly);
    return taken;
}

QString BackupManager::take(const QString& reason, QString* error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("%1-%2-%3.sqlite").arg(baseName(m_db.path()), reason, stamp);
    const QDir dir(Database::backupDirectoryFor(m_db.path()));
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n) {
        name = QStringLiteral("%1-%2-%3-%4.sqlite").arg(baseName(m_db.path()), reason, stamp).arg(n);
    }
    return copyTo(name, error);
}

QString BackupManager::latest() const
{
    const QDir dir(Database::backupDirectoryFor(m_db.path()));
    const QFileInfoList files = dir.entryInfoList({baseName(m_db.path()) + QStringLiteral("-*.sqlite")}, QDir::Files,
                                                  QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

QString BackupManager::verify(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return tr("%1 is not a file.").arg(QDir::toNativeSeparators(path));
    }
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
                || q.value(0).toInt() != Database::kApplicationId) {
                problem = tr("%1 is not a SafeLedger database.").arg(QDir::toNativeSeparators(path));
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()
                       || q.value(0).toInt() > Database::latestSchemaVersion()) {
                problem = tr("%1 was written by a newer SafeLedger; install that version to restore it.")
                              .arg(QDir::toNativeSeparators(path));
            } else if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                       || q.value(0).toString() != QLatin1String("ok")) {
                problem = tr("%1 is damaged (the integrity check failed); choose another backup.")
                              .arg(QDir::toNativeSeparators(path));
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool BackupManager::restore(const QString& databasePath, const QString& backupPath, QString* keptAs, QString* error)
{
    const QString problem = verify(backupPath);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    const QDir dir(Database::backupDirectoryFor(databasePath));
    if (!dir.mkpath(QStringLiteral("."))) {
        return failWith(error, tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.path())));
    }
    // First a complete copy of the backup beside the database, then the swap: a failure half-way leaves
    // either the old file or the new one, never a mixture.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        return failWith(error, tr("The backup could not be copied next to the database."));
    }
    if (QFileInfo::exists(databasePath)) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString kept = dir.filePath(QStringLiteral("%1-replaced-%2.sqlite").arg(baseName(databasePath), stamp));
        if (!QFile::rename(databasePath, kept)) {
            QFile::remove(incoming);
            return failWith(error, tr("The current database could not be set aside; nothing was restored. Close "
                                      "SafeLedger everywhere and try again."));
        }
        // The journal files belong to the file set aside.
        for (const char* suffix : {"-wal", "-shm"}) {
            QFile::rename(databasePath + QLatin1String(suffix), kept + QLatin1String(suffix));
        }
        if (keptAs) {
            *keptAs = kept;
        }
    }
    if (!QFile::rename(incoming, databasePath)) {
        return failWith(error, tr("The backup could not be put in place: %1").arg(QDir::toNativeSeparators(incoming)));
    }
    return true;
}

} // namespace sl::core
