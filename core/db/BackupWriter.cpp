#include "BackupWriter.h"

#include "AppInfo.h"
#include "AuditAnchor.h"
#include "AuditTrail.h"
#include "CrashPoint.h"
#include "Database.h"
#include "ErrorOut.h"
#include "EvidenceRepository.h"
#include "io/FileCopy.h"
#include "io/ZipReader.h"
#include "io/ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Removes the temporary files of one write however it ends.
struct Temporaries
{
    QStringList paths;
    ~Temporaries()
    {
        for (const QString& p : std::as_const(paths)) {
            QFile::remove(p);
            QFile::remove(p + QStringLiteral("-journal"));
        }
    }
};

// The copy SQLite wrote: ours, not newer than this program, and whole.
bool checkCopy(const QString& path, int* schemaVersion, QList<EvidenceFile>* files, AuditTrail::Head* head,
               QString* error)
{
    Database copy;
    if (!copy.openReadOnly(path, error, Database::Versions::OlderToo)) {
        return false;
    }
    *schemaVersion = copy.schemaVersion();
    QSqlQuery q(copy.connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        return failWith(error,
                        BackupWriter::tr("The copy of the database came out damaged (%1); is the disk failing?")
                            .arg(q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    }
    q.finish();
    *head = AuditTrail::head(copy.connection());
    QString why;
    *files = EvidenceRepository(copy).files(&why);
    if (!why.isEmpty()) {
        return failWith(error, why);
    }
    return true;
}

} // namespace

QString BackupWriter::storeFor(const QString& backupFolder)
{
    return QDir(backupFolder).filePath(QStringLiteral("evidence"));
}

QString BackupWriter::temporaryFor(const QString& target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.part")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

bool BackupWriter::isTemporary(const QString& fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(QLatin1String(".part"));
}

bool BackupWriter::write(const QString& databasePath, const QString& target, Evidence evidence, const QString& reason,
                         bool rehashStore, Result* result, QString* error)
{
    *result = Result();
    if (QFileInfo::exists(target)) {
        return failWith(error, tr("%1 exists already; a backup never overwrites a file.").arg(shown(target)));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        return failWith(error, tr("The folder %1 cannot be created.").arg(shown(folder)));
    }
    Temporaries temporaries;
    const QString partial = temporaryFor(target);
    const QString copyPath = partial + QStringLiteral(".db");
    temporaries.paths << partial << copyPath;

    // 1. SQLite's own consistent copy, through a connection of this thread that only reads.
    {
        Database source;
        if (!source.openReadOnly(databasePath, error, Database::Versions::OlderToo)) {
            return false;
        }
        if (!source.backupTo(copyPath, error)) {
            return false;
        }
        // A server's evidence files are read from this seat's copies, made now where missing.
        if (!EvidenceRepository(source).fetchAll(error)) {
            return false;
        }
    }
    CrashPoint::reach("backup.database-copied");
    ArchiveManifest manifest;
    manifest.format = ArchiveManifest::kBackupFormat;
    manifest.program = AppInfo::version();
    manifest.createdUtc = QDateTime::currentDateTimeUtc();
    manifest.reason = reason;
    manifest.mainEntry = ArchiveManifest::kDatabaseEntry;
    manifest.evidenceLocation = evidence;
    // The evidence list is read from the copy, so that it names exactly what the copy names.
    QList<EvidenceFile> files;
    AuditTrail::Head head;
    if (!checkCopy(copyPath, &manifest.schemaVersion, &files, &head, error)) {
        return false;
    }
    manifest.auditCount = head.count;
    manifest.auditLastId = head.lastId;
    manifest.auditHead = head.hash;

    // 2. The evidence files, each checked against the database's record as it is copied.
    const QDir live(EvidenceRepository::folderFor(databasePath));
    const QDir store(storeFor(folder));
    ZipWriter zip(partial);
    if (!zip.open(error)) {
        return false;
    }
    for (const EvidenceFile& f : std::as_const(files)) {
        const ArchiveManifest::File entry{ f.storedName, f.sizeBytes, f.sha256 };
        const QString source = live.filePath(f.storedName);
        if (evidence == Evidence::Store) {
            const QString stored = store.filePath(f.storedName);
            const QFileInfo existing(stored);
            bool good = existing.isFile() && existing.size() == f.sizeBytes;
            if (good && rehashStore) {
                good = FileCopy::sha256(stored, nullptr, nullptr) == f.sha256;
            }
            if (!good) {
                QString why;
                qint64 size = 0;
                const QString sha = FileCopy::sha256(source, &size, &why);
                if (sha.isEmpty() || sha != f.sha256 || size != f.sizeBytes) {
                    manifest.missing << entry;
                    result->warnings << (sha.isEmpty() ? tr("Evidence file %1 is missing from the evidence folder; the "
                                                            "backup does not hold it.")
                                                       : tr("Evidence file %1 has changed since it was attached; the "
                                                            "backup does not hold it."))
                                            .arg(shown(source));
                    continue;
                }
                if (!QDir().mkpath(QFileInfo(stored).absolutePath())) {
                    return failWith(error, tr("The evidence store %1 cannot be created.").arg(shown(store.path())));
                }
                if (!FileCopy::copy(source, stored, nullptr, error, f.sha256)) {
                    return false;
                }
                ++result->evidenceCopied;
            }
            manifest.evidence << entry;
        } else {
            if (!QFileInfo(source).isFile()) {
                manifest.missing << entry;
                result->warnings
                    << tr("Evidence file %1 is missing from the evidence folder; the backup does not hold it.")
                           .arg(shown(source));
                continue;
            }
            QString sha;
            qint64 size = 0;
            const QString name = ArchiveManifest::evidenceEntry(f.storedName);
            if (!zip.addFile(name, source, ZipWriter::Compression::Stored, &sha, &size, error)) {
                return false;
            }
            if (sha != f.sha256 || size != f.sizeBytes) {
                // Left in the zip but not listed: a restore takes only what the manifest vouches for.
                manifest.missing << entry;
                result->warnings
                    << tr("Evidence file %1 has changed since it was attached; the backup does not hold it.")
                           .arg(shown(source));
                continue;
            }
            ++result->evidenceCopied;
            manifest.evidence << entry;
        }
    }
    CrashPoint::reach("backup.evidence-stored");
    result->evidenceFiles = static_cast<int>(manifest.evidence.size());

    // 3. The zip: the database, then the manifest that vouches for it.
    if (!zip.addFile(ArchiveManifest::kDatabaseEntry, copyPath, ZipWriter::Compression::Fast, &manifest.mainSha256,
                     &manifest.mainSize, error)
        || !zip.addBytes(ArchiveManifest::kEntryName, manifest.toJson(), ZipWriter::Compression::Stored, error)
        || !zip.finish(error)) {
        return false;
    }
    CrashPoint::reach("backup.archive-written");

    // 4. Read back: every entry to its end, its CRC and size compared (the bytes are the ones hashed into the
    // manifest as they went in).
    {
        ZipReader check(partial);
        QString why;
        const auto sizeOf = [&check](const QString& name) {
            for (const ZipReader::Entry& e : check.entries()) {
                if (e.name == name) {
                    return e.size;
                }
            }
            return qint64(-1);
        };
        if (!check.open(&why) || !check.checkAll(&why)
            || sizeOf(ArchiveManifest::kDatabaseEntry) != manifest.mainSize) {
            return failWith(error,
                            tr("The backup %1 did not read back as it was written (is the disk full or "
                               "failing?); it was not kept. %2")
                                .arg(shown(target), why));
        }
    }
    CrashPoint::reach("backup.verified");

    // 5. Only a checked backup gets its name.
    if (!QFile::rename(partial, target)) {
        return failWith(error, tr("The backup could not be given its name %1.").arg(shown(target)));
    }
    temporaries.paths.removeAll(partial);
    CrashPoint::reach("backup.renamed");
    result->path = target;
    // The chain's head, outside the file: in the backups folder's log as well as in the backup itself (a folder
    // that cannot be written, as for a read-only database, has the backup's manifest only).
    if (!head.isEmpty()) {
        AuditAnchor::record(databasePath, head, QFileInfo(target).fileName(), nullptr);
    }
    return true;
}

} // namespace sl::core
