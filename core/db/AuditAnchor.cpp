#include "AuditAnchor.h"

#include "BackupArchive.h"
#include "BackupManager.h"
#include "Database.h"
#include "ErrorOut.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace sl::core {

namespace {

const QChar kTab = QLatin1Char('\t');

QString timeShown(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString AuditAnchor::logPathFor(const QString& databasePath)
{
    return QDir(Database::backupDirectoryFor(databasePath)).filePath(QStringLiteral("audit-anchors.log"));
}

bool AuditAnchor::record(const QString& databasePath, const AuditTrail::Head& head, const QString& where,
                         QString* error, bool restore)
{
    const QString path = logPathFor(databasePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return failWith(
            error,
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return failWith(error,
                        tr("The audit anchor could not be written to %1: %2")
                            .arg(QDir::toNativeSeparators(path), log.errorString()));
    }
    QString clean = where;
    clean.replace(kTab, QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString line = QStringList{ QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                      QFileInfo(databasePath).fileName(),
                                      QString::number(head.count),
                                      QString::number(head.lastId),
                                      head.hash,
                                      clean,
                                      restore ? QStringLiteral("restore") : QStringLiteral("anchor") }
                             .join(kTab)
        + QLatin1Char('\n');
    const bool ok = log.write(line.toUtf8()) == line.toUtf8().size() && log.flush();
    log.close();
    return ok
        || failWith(error, tr("The audit anchor could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

QList<AuditAnchor::Anchor> AuditAnchor::all(const QString& databasePath)
{
    QList<Anchor> out;
    const QString name = QFileInfo(databasePath).fileName();
    QFile log(logPathFor(databasePath));
    if (log.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = log.readAll().split('\n');
        log.close();
        for (const QByteArray& raw : lines) {
            const QStringList f = QString::fromUtf8(raw).split(kTab);
            if (f.size() < 6 || f.at(1) != name) {
                continue;
            }
            Anchor a;
            a.atUtc = QDateTime::fromString(f.at(0), Qt::ISODate);
            a.head.count = f.at(2).toLongLong();
            a.head.lastId = f.at(3).toLongLong();
            a.head.hash = f.at(4);
            a.where = f.at(5);
            a.restore = f.value(6) == QLatin1String("restore");
            if (a.atUtc.isValid() && a.head.count > 0) {
                out.append(a);
            }
        }
    }
    // The newest backup carries its anchor in its manifest, should the log be gone.
    const QString newest = BackupManager(databasePath).latest();
    if (!newest.isEmpty()) {
        BackupArchive archive(newest);
        QString why;
        if (archive.open(&why) && !archive.isPlainDatabase() && archive.manifest().auditCount > 0) {
            Anchor a;
            a.atUtc = archive.manifest().createdUtc;
            a.head.count = archive.manifest().auditCount;
            a.head.lastId = archive.manifest().auditLastId;
            a.head.hash = archive.manifest().auditHead;
            a.where = QFileInfo(newest).fileName();
            // The log's line for the same backup (written after the manifest) stays the later one.
            const auto later
                = std::find_if(out.cbegin(), out.cend(), [&a](const Anchor& b) { return b.atUtc >= a.atUtc; });
            out.insert(later - out.cbegin(), a);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Anchor& a, const Anchor& b) { return a.atUtc < b.atUtc; });
    return out;
}

std::optional<AuditAnchor::Anchor> AuditAnchor::last(const QString& databasePath)
{
    const QList<Anchor> anchors = all(databasePath);
    if (anchors.isEmpty()) {
        return std::nullopt;
    }
    return anchors.last();
}

namespace {

// Empty when the file agrees with the anchor, else what is wrong.
QString disagreement(QSqlDatabase db, const AuditAnchor::Anchor& anchor)
{
    const QString when = timeShown(anchor.atUtc);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash, (SELECT count(*) FROM audit WHERE hash IS NOT NULL AND id <= ?) FROM audit"
                             " WHERE id = ?"));
    q.addBindValue(anchor.head.lastId);
    q.addBindValue(anchor.head.lastId);
    if (!q.exec() || !q.next()) {
        return AuditAnchor::tr("The audit trail ends before its anchor of %1 (%2), which names entry %3 of %4: entries "
                               "were removed from the file since.")
            .arg(when, anchor.where)
            .arg(anchor.head.lastId)
            .arg(anchor.head.count);
    }
    if (q.value(0).toString() != anchor.head.hash) {
        return AuditAnchor::tr("Audit entry %1 no longer has the hash anchored on %2 (%3): the trail was rewritten "
                               "inside the file.")
            .arg(anchor.head.lastId)
            .arg(when, anchor.where);
    }
    if (q.value(1).toLongLong() != anchor.head.count) {
        return AuditAnchor::tr("The audit trail held %1 entries up to entry %2 when it was anchored on %3 (%4), and "
                               "holds %5 now: entries were removed or slipped in.")
            .arg(anchor.head.count)
            .arg(anchor.head.lastId)
            .arg(when, anchor.where)
            .arg(q.value(1).toLongLong());
    }
    return {};
}

} // namespace

void AuditAnchor::compare(QSqlDatabase db, const QString& databasePath, CheckReport& report)
{
    const QList<Anchor> anchors = all(databasePath);
    if (anchors.isEmpty()) {
        report.notes << tr("No anchor of the audit trail was found outside the file yet (every backup writes one).");
        return;
    }
    const Anchor& last = anchors.last();
    const QString problem = disagreement(db, last);
    if (problem.isEmpty()) {
        report.notes << tr("The audit trail agrees with its anchor of %1 (%2).").arg(timeShown(last.atUtc), last.where);
        return;
    }
    // A restore interrupted before its swap left the database it was to replace.
    if (last.restore && anchors.size() > 1 && disagreement(db, anchors.at(anchors.size() - 2)).isEmpty()) {
        const Anchor& before = anchors.at(anchors.size() - 2);
        report.notes << tr("The audit trail agrees with its anchor of %1 (%2); the restore anchored after it did not "
                           "take place.")
                            .arg(timeShown(before.atUtc), before.where);
        return;
    }
    report.problems << problem;
}

QString AuditAnchor::describe(const AuditTrail::Head& head)
{
    const QLocale locale;
    return tr("Audit trail head: %1 entries, last no. %2, SHA-256 %3")
        .arg(locale.toString(head.count), locale.toString(head.lastId), head.hash);
}

} // namespace sl::core
