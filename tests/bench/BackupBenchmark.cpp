#include "BackupBenchmark.h"

#include "db/BackupRestorer.h"
#include "db/BackupWriter.h"
#include "db/Database.h"
#include "db/EvidenceRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sl::bench {

namespace {

bool timed(TimingSamples* samples, const std::function<bool()>& work)
{
    QElapsedTimer timer;
    timer.start();
    if (!work()) {
        return false;
    }
    samples->addNanoseconds(timer.nsecsElapsed());
    return true;
}

// Every table of the file with its row count: what a copy of the database must hold again.
QStringList tableCounts(const QString& path)
{
    core::Database db;
    QString error;
    QStringList counts;
    if (!db.openReadOnly(path, &error)) {
        return counts;
    }
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        counts << table + QLatin1Char(' ') + (count.next() ? count.value(0).toString() : QStringLiteral("?"));
    }
    return counts;
}

// The first line of one list of table counts that the other does not hold ("nothing" when there is none).
QString firstDifference(const QStringList& counts, const QStringList& other)
{
    for (const QString& line : counts) {
        if (!other.contains(line)) {
            return line;
        }
    }
    return counts.isEmpty() ? QStringLiteral("no table") : QStringLiteral("nothing else");
}

} // namespace

BackupBenchmark::BackupBenchmark(const QString& source, const QString& workFolder)
    : m_source(source)
    , m_work(workFolder)
{
}

bool BackupBenchmark::attachPhotos(int round, QString* error)
{
    core::Database db;
    if (!db.open(m_copy, error)) {
        return false;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT min(id) FROM service_record")) || !q.next()) {
        *error = QStringLiteral("The street has no service record to attach photos to.");
        return false;
    }
    const qint64 record = q.value(0).toLongLong();
    q.finish();
    QRandomGenerator random(1000 + static_cast<quint32>(round));
    QByteArray bytes(kPhotoBytes, Qt::Uninitialized);
    for (int i = 0; i < kNewPhotos; ++i) {
        for (qsizetype b = 0; b < bytes.size(); b += 4) {
            const quint32 v = random.generate();
            memcpy(bytes.data() + b, &v, qMin<qsizetype>(4, bytes.size() - b));
        }
        const QString photo = QDir(m_work).filePath(QStringLiteral("photo-%1-%2.jpg").arg(round).arg(i));
        QFile f(photo);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            *error = QStringLiteral("Cannot write %1").arg(photo);
            return false;
        }
        f.close();
        if (!core::EvidenceRepository(db).attach(QStringLiteral("service_record"), record, photo, nullptr, error)) {
            return false;
        }
        QFile::remove(photo);
    }
    return true;
}

bool BackupBenchmark::run(int repeat, Results* results, QString* error)
{
    const QDir work(m_work);
    const QString carried = work.filePath(QStringLiteral("carry-all-0.zip"));
    core::BackupWriter::Result written;
    if (!core::BackupWriter::write(m_source, carried, core::BackupWriter::Evidence::Inside, QStringLiteral("out"),
                                   false, &written, error)) {
        return false;
    }
    m_copy = work.filePath(QStringLiteral("street/street.sqlite"));
    core::BackupRestorer::Result restored;
    if (!core::BackupRestorer::restore(m_copy, carried, &restored, error)) {
        return false;
    }
    results->databaseMb = static_cast<double>(QFileInfo(m_copy).size()) / (1024.0 * 1024.0);
    results->evidenceFiles = written.evidenceFiles;
    const QString folder = core::Database::backupDirectoryFor(m_copy);
    // The store filled once, as by the first backup ever.
    core::BackupWriter::Result first;
    if (!core::BackupWriter::write(m_copy, QDir(folder).filePath(QStringLiteral("first.zip")),
                                   core::BackupWriter::Evidence::Store, QStringLiteral("manual"), false, &first,
                                   error)) {
        return false;
    }
    for (int i = 0; i < repeat; ++i) {
        const QString n = QString::number(i);
        core::BackupWriter::Result r;
        bool ok = timed(&results->unchanged, [&] {
            return core::BackupWriter::write(
                       m_copy, QDir(folder).filePath(QStringLiteral("unchanged-") + n + QStringLiteral(".zip")),
                       core::BackupWriter::Evidence::Store, QStringLiteral("manual"), false, &r, error)
                && r.evidenceCopied == 0;
        });
        ok = ok && attachPhotos(i, error);
        ok = ok && timed(&results->newEvidence, [&] {
                 return core::BackupWriter::write(
                            m_copy, QDir(folder).filePath(QStringLiteral("changed-") + n + QStringLiteral(".zip")),
                            core::BackupWriter::Evidence::Store, QStringLiteral("manual"), false, &r, error)
                     && r.evidenceCopied == kNewPhotos;
             });
        // The floor copies the database as the carry-all backup below finds it (after this round's photos), so
        // that the two hold the same rows.
        const QString floorCopy = work.filePath(QStringLiteral("copy-") + n + QStringLiteral(".sqlite"));
        ok = ok && timed(&results->databaseCopy, [&] {
                 core::Database db;
                 return db.openReadOnly(m_copy, error) && db.backupTo(floorCopy, error);
             });
        const QString out = work.filePath(QStringLiteral("carry-all-%1.zip").arg(i + 1));
        ok = ok && timed(&results->carryAll, [&] {
                 return core::BackupWriter::write(m_copy, out, core::BackupWriter::Evidence::Inside,
                                                  QStringLiteral("out"), false, &r, error);
             });
        const QString fresh = work.filePath(QStringLiteral("fresh-%1/street.sqlite").arg(i));
        ok = ok && timed(&results->restoreNew, [&] {
                 core::BackupRestorer::Result rr;
                 return core::BackupRestorer::restore(fresh, out, &rr, error);
             });
        // The floor copied the database the program's backup carries: the restored one holds the same rows.
        if (ok) {
            const QStringList copied = tableCounts(floorCopy);
            const QStringList restoredCounts = tableCounts(fresh);
            if (results->checked && (copied.isEmpty() || copied != restoredCounts)) {
                results->checked = false;
                results->mismatch
                    = QStringLiteral("round %1: the floor's copy has %2, the restored backup %3")
                          .arg(i + 1)
                          .arg(firstDifference(copied, restoredCounts), firstDifference(restoredCounts, copied));
            }
        }
        QFile::remove(floorCopy);
        QFile::remove(out);
        QDir(QFileInfo(fresh).absolutePath()).removeRecursively();
        if (!ok) {
            if (error && error->isEmpty()) {
                *error = QStringLiteral("A backup copied an unexpected number of evidence files.");
            }
            return false;
        }
    }
    return true;
}

} // namespace sl::bench
