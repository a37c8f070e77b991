#include "BackupManager.h"

#include "BackupWriter.h"
#include "CrashPoint.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "ErrorOut.h"
#include "Transaction.h"
#include "io/FileCopy.h"

#include <QDateTime>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace sl::core {

namespace {

const char* const kDailyKey = "backup.daily_keep";
const char* const kWeeklyKey = "backup.weekly_keep";
// A temporary file this old belongs to a backup that was killed, not to one being written.
constexpr qint64 kStaleSeconds = 3600;

} // namespace

BackupManager::BackupManager(const QString& databasePath)
    : m_path(DatabaseLocation::isServer(databasePath) ? databasePath : QFileInfo(databasePath).absoluteFilePath())
    , m_base(QFileInfo(Database::filesPathFor(databasePath)).completeBaseName())
{
}

QString BackupManager::folder() const
{
    return Database::backupDirectoryFor(m_path);
}

BackupManager::Policy BackupManager::policy(Database& db)
{
    Policy p;
    QSqlQuery q(db.connection());
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

bool BackupManager::setPolicy(Database& db, const Policy& p, QString* error)
{
    if (p.daily < 1 || p.daily > 365 || p.weekly < 1 || p.weekly > 520) {
        return failWith(error, tr("Keep between 1 and 365 daily and between 1 and 520 weekly backups."));
    }
    Transaction tx(db.connection());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, value] : { std::pair{ kDailyKey, p.daily }, std::pair{ kWeeklyKey, p.weekly } }) {
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

bool BackupManager::isBackupOf(const QString& fileName, const QString& base)
{
    // street-daily-20261125, street-weekly-2026-W48, street-manual-20261125-101500(-2), street-replaced-…,
    // street-before-import-…, each .zip or .sqlite. Read by hand, not with QRegularExpression: this runs in the
    // backup thread, and with Qt built by MinGW a thread that has used QRegularExpression keeps the Windows
    // process from exiting (its thread_local JIT stack).
    if (!fileName.startsWith(base + QLatin1Char('-'))) {
        return false;
    }
    QStringView rest = QStringView(fileName).mid(base.size() + 1);
    if (rest.endsWith(u".zip")) {
        rest.chop(4);
    } else if (rest.endsWith(u".sqlite")) {
        rest.chop(7);
    } else {
        return false;
    }
    const auto digits = [](QStringView t, qsizetype count) {
        return (count < 0 ? !t.isEmpty() : t.size() == count)
            && std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    const QList<QStringView> parts = rest.split(u'-');
    if (parts.first() == u"daily") {
        return parts.size() == 2 && digits(parts.at(1), 8);
    }
    if (parts.first() == u"weekly") {
        return parts.size() == 3 && digits(parts.at(1), 4) && parts.at(2).startsWith(u'W')
            && digits(parts.at(2).mid(1), 2);
    }
    qsizetype at = 0;
    if (parts.first() == u"manual" || parts.first() == u"replaced") {
        at = 1;
    } else if (parts.first() == u"before" && parts.size() > 1 && !parts.at(1).isEmpty()
               && std::all_of(parts.at(1).begin(), parts.at(1).end(),
                              [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); })) {
        at = 2;
    } else {
        return false;
    }
    return (parts.size() == at + 2 || (parts.size() == at + 3 && digits(parts.at(at + 2), -1)))
        && digits(parts.at(at), 8) && digits(parts.at(at + 1), 6);
}

QString BackupManager::dailyName(const QString& base, const QDate& day)
{
    return QStringLiteral("%1-daily-%2.zip").arg(base, day.toString(QStringLiteral("yyyyMMdd")));
}

QString BackupManager::weeklyName(const QString& base, const QDate& day)
{
    int weekYear = 0;
    const int week = day.weekNumber(&weekYear);
    return QStringLiteral("%1-weekly-%2-W%3.zip").arg(base).arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
}

QString BackupManager::uniqueName(const QString& reason) const
{
    const QDir dir(folder());
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("%1-%2-%3.zip").arg(m_base, reason, stamp);
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n) {
        name = QStringLiteral("%1-%2-%3-%4.zip").arg(m_base, reason, stamp).arg(n);
    }
    return dir.filePath(name);
}

QString BackupManager::take(const QString& reason, QString* error, QStringList* warnings)
{
    BackupWriter::Result result;
    if (!BackupWriter::write(m_path, uniqueName(reason), BackupWriter::Evidence::Store, reason, false, &result,
                             error)) {
        return {};
    }
    if (warnings) {
        *warnings << result.warnings;
    }
    return result.path;
}

bool BackupManager::keepReplaced(QString* keptAs, QStringList* warnings, QString* error)
{
    QString why;
    const QString kept = take(QStringLiteral("replaced"), &why, warnings);
    if (!kept.isEmpty()) {
        *keptAs = kept;
        return true;
    }
    // SQLite could not copy it (damaged, most likely: the reason for restoring). Its files as they are.
    QString raw = uniqueName(QStringLiteral("replaced"));
    raw.chop(4); // ".zip"
    raw += QStringLiteral(".sqlite");
    QString copyError;
    if (!FileCopy::copy(m_path, raw, nullptr, &copyError)) {
        return failWith(error,
                        tr("The current database could not be kept before the restore, so nothing was "
                           "replaced: %1 %2")
                            .arg(why, copyError));
    }
    if (QFileInfo::exists(m_path + QStringLiteral("-wal"))
        && !FileCopy::copy(m_path + QStringLiteral("-wal"), raw + QStringLiteral("-wal"), nullptr, &copyError)) {
        QFile::remove(raw);
        return failWith(error,
                        tr("The current database could not be kept before the restore, so nothing was "
                           "replaced: %1")
                            .arg(copyError));
    }
    *keptAs = raw;
    *warnings
        << tr("The replaced database could not be copied by SQLite (%1); its files were kept as they were.").arg(why);
    return true;
}

bool BackupManager::dailyIfDue(const QDate& today, const Policy& policy, Taken* taken, QString* error)
{
    *taken = Taken();
    const QDir dir(folder());
    const QString daily = dir.filePath(dailyName(m_base, today));
    const QString weekly = dir.filePath(weeklyName(m_base, today));
    const bool dailyDue = !QFileInfo::exists(daily);
    const bool weeklyDue = !QFileInfo::exists(weekly);
    if (dailyDue) {
        BackupWriter::Result result;
        // The first copy of a week reads every stored evidence file again, so the store is checked whole weekly.
        if (!BackupWriter::write(m_path, daily, BackupWriter::Evidence::Store, QStringLiteral("daily"), weeklyDue,
                                 &result, error)) {
            return false;
        }
        taken->paths << daily;
        taken->warnings << result.warnings;
    }
    if (weeklyDue) {
        // The week's copy is the day's, copied: one database copy per start, not two.
        const QString partial = BackupWriter::temporaryFor(weekly);
        if (!FileCopy::copy(daily, partial, nullptr, error)) {
            return false;
        }
        CrashPoint::reach("backup.weekly-copied");
        if (!QFile::rename(partial, weekly)) {
            QFile::remove(partial);
            return failWith(
                error, tr("The weekly backup could not be given its name %1.").arg(QDir::toNativeSeparators(weekly)));
        }
        CrashPoint::reach("backup.weekly-renamed");
        taken->paths << weekly;
    }
    rotate(QStringLiteral("daily"), policy.daily);
    rotate(QStringLiteral("weekly"), policy.weekly);
    tidy();
    return true;
}

void BackupManager::rotate(const QString& kind, int keep)
{
    QDir dir(folder());
    // Only finished, checked copies carry these names; they sort by date, so the newest are last.
    // (No wildcard name filters in this thread: QDir turns them into regular expressions, see isBackupOf.)
    const QString prefix = QStringLiteral("%1-%2-").arg(m_base, kind);
    QStringList copies = dir.entryList(QDir::Files, QDir::Name);
    copies.erase(std::remove_if(copies.begin(), copies.end(),
                                [this, &prefix](const QString& name) {
                                    return !name.startsWith(prefix) || !name.endsWith(QLatin1String(".zip"))
                                        || !isBackupOf(name, m_base);
                                }),
                 copies.end());
    while (copies.size() > keep) {
        dir.remove(copies.takeFirst());
    }
    // The plain copies of SafeLedger before 0.2 were never checked: once enough checked ones exist, they go.
    if (copies.size() >= keep) {
        for (const QString& old : dir.entryList(QDir::Files)) {
            if (old.startsWith(prefix) && old.endsWith(QLatin1String(".sqlite")) && isBackupOf(old, m_base)) {
                dir.remove(old);
            }
        }
    }
}

void BackupManager::tidy()
{
    QDir dir(folder());
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-kStaleSeconds);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& f : entries) {
        if (BackupWriter::isTemporary(f.fileName()) && f.lastModified().toUTC() < stale) {
            QFile::remove(f.absoluteFilePath());
        }
    }
}

QString BackupManager::latest() const
{
    const QDir dir(folder());
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Time);
    for (const QFileInfo& f : files) {
        if (isBackupOf(f.fileName(), m_base)) {
            return f.absoluteFilePath();
        }
    }
    return {};
}

} // namespace sl::core
