#include "HandoverPackage.h"

#include "AppInfo.h"
#include "ArchiveManifest.h"
#include "CrashPoint.h"
#include "DatabaseExchange.h"
#include "ExchangeWords.h"
#include "FileCopy.h"
#include "FileMove.h"
#include "ZipReader.h"
#include "ZipWriter.h"
#include "db/BackupWriter.h"
#include "db/Database.h"
#include "db/ErrorOut.h"
#include "db/EvidenceRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

namespace sl::core {

namespace {

constexpr qint64 kMaxManifestBytes = 64LL * 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

struct RemoveOnExit
{
    QStringList paths;
    ~RemoveOnExit()
    {
        for (const QString& p : std::as_const(paths)) {
            QFile::remove(p);
        }
    }
};

} // namespace

bool HandoverPackage::write(Database& db, const QString& path, Written* written, QString* error)
{
    *written = Written();
    RemoveOnExit temporaries;
    const QString partial = BackupWriter::temporaryFor(path);
    const QString workbook = partial + QStringLiteral(".xlsx");
    temporaries.paths << partial << workbook;

    ArchiveManifest manifest;
    manifest.format = ArchiveManifest::kHandoverFormat;
    manifest.program = AppInfo::version();
    manifest.createdUtc = QDateTime::currentDateTimeUtc();
    manifest.reason = QStringLiteral("handover");
    manifest.schemaVersion = db.schemaVersion();
    manifest.mainEntry = ArchiveManifest::kWorkbookEntry;
    manifest.evidenceLocation = ArchiveManifest::EvidenceLocation::Inside;

    // One read transaction: the workbook and the evidence list are of the same moment, whoever writes meanwhile.
    QSqlDatabase connection = db.connection();
    connection.transaction();
    QString why;
    const bool exported = DatabaseExchange::exportAll(db, workbook, &why);
    const QList<EvidenceFile> files = exported ? EvidenceRepository(db).files(&why) : QList<EvidenceFile>();
    connection.commit();
    if (!exported) {
        return failWith(error, tr("The package %1 was not written: %2").arg(shown(path), why));
    }
    if (!why.isEmpty()) {
        return failWith(error, why);
    }

    // A server's evidence files are read from this seat's copies, made now where missing.
    if (!EvidenceRepository(db).fetchAll(error)) {
        return false;
    }
    ZipWriter zip(partial);
    if (!zip.open(error)) {
        return false;
    }
    const QDir live(EvidenceRepository::folderFor(db.path()));
    for (const EvidenceFile& f : files) {
        const ArchiveManifest::File entry{ f.storedName, f.sizeBytes, f.sha256 };
        const QString source = live.filePath(f.storedName);
        if (!QFileInfo(source).isFile()) {
            manifest.missing << entry;
            written->warnings
                << tr("Evidence file %1 is missing from the evidence folder; the package does not hold it.")
                       .arg(shown(source));
            continue;
        }
        QString sha;
        qint64 size = 0;
        if (!zip.addFile(ArchiveManifest::evidenceEntry(f.storedName), source, ZipWriter::Compression::Stored, &sha,
                         &size, error)) {
            return false;
        }
        if (sha != f.sha256 || size != f.sizeBytes) {
            manifest.missing << entry;
            written->warnings << tr("Evidence file %1 has changed since it was attached; the package does not hold it.")
                                     .arg(shown(source));
            continue;
        }
        manifest.evidence << entry;
    }
    // A workbook is a zip already: stored as it is.
    if (!zip.addFile(ArchiveManifest::kWorkbookEntry, workbook, ZipWriter::Compression::Stored, &manifest.mainSha256,
                     &manifest.mainSize, error)
        || !zip.addBytes(ArchiveManifest::kEntryName, manifest.toJson(), ZipWriter::Compression::Stored, error)
        || !zip.finish(error)) {
        return false;
    }
    {
        // Closed again before the rename: Windows cannot rename a file that is open.
        ZipReader check(partial);
        if (!check.open(&why) || !check.checkAll(&why)) {
            return failWith(error,
                            tr("The package %1 did not read back as it was written (is the disk full or failing?); "
                               "it was not kept. %2")
                                .arg(shown(path), why));
        }
    }
    if (!FileMove::replace(partial, path, error)) {
        return false;
    }
    written->evidenceFiles = static_cast<int>(manifest.evidence.size());
    return true;
}

bool HandoverPackage::import(Database& db, const QString& path, Imported* imported, QString* error)
{
    *imported = Imported();
    const QString name = QFileInfo(path).fileName();
    if (!DatabaseExchange::isEmpty(db)) {
        return failWith(error, tr("import-all restores into an empty database only; create a new file for it."));
    }
    ZipReader zip(path);
    QByteArray json;
    QString why;
    if (!zip.open(&why) || !zip.read(ArchiveManifest::kEntryName, kMaxManifestBytes, &json, &why)) {
        return failWith(error, tr("%1 is not a complete handover package: %2").arg(name, why));
    }
    ArchiveManifest manifest;
    if (!ArchiveManifest::fromJson(json, &manifest, &why)) {
        return failWith(error, tr("%1 cannot be taken in: %2").arg(name, why));
    }
    if (manifest.format != ArchiveManifest::kHandoverFormat) {
        return failWith(error, tr("%1 is a backup, not a handover package: put it in place with restore.").arg(name));
    }
    // 1. Checked whole: the workbook by its SHA-256, its evidence sheet against the manifest, every file.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return failWith(error, tr("No temporary folder to take the package in: %1").arg(scratch.errorString()));
    }
    const QString workbook = scratch.filePath(ArchiveManifest::kWorkbookEntry);
    if (!zip.extract(ArchiveManifest::kWorkbookEntry, workbook, manifest.mainSha256, error)) {
        return false;
    }
    QList<QPair<QString, TextTable>> sheets;
    if (!DatabaseExchange::readWorkbook(workbook, &sheets, error)) {
        return false;
    }
    QHash<QString, ArchiveManifest::File> held;
    for (const ArchiveManifest::File& f : std::as_const(manifest.evidence)) {
        held.insert(f.storedName, f);
    }
    QHash<QString, ArchiveManifest::File> missing;
    for (const ArchiveManifest::File& f : std::as_const(manifest.missing)) {
        missing.insert(f.storedName, f);
    }
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        if (ExchangeWords::tableOfSheet(sheet) != QLatin1String("evidence") || table.rows.isEmpty()) {
            continue;
        }
        const QStringList header = table.rows.first();
        const auto column = [&header](const QString& key) {
            return DatabaseExchange::columnIndex(QStringLiteral("evidence"), header, key);
        };
        const int storedColumn = column(QStringLiteral("stored_name"));
        const int shaColumn = column(QStringLiteral("sha256"));
        if (storedColumn < 0 || shaColumn < 0) {
            return failWith(error, tr("%1: the evidence sheet of its workbook lacks its columns.").arg(name));
        }
        for (int r = 1; r < table.rows.size(); ++r) {
            const QString stored = table.rows.at(r).value(storedColumn);
            const QString sha = table.rows.at(r).value(shaColumn);
            if (held.value(stored).sha256 == sha) {
                continue;
            }
            if (missing.contains(stored)) {
                imported->warnings << tr("Evidence file %1 was missing already when the package was written; check "
                                         "will name it.")
                                          .arg(stored);
                continue;
            }
            return failWith(error,
                            tr("%1 is not complete: its workbook names the evidence file %2, which the package "
                               "does not hold.")
                                .arg(name, stored));
        }
    }
    const QDir live(EvidenceRepository::folderFor(db.path()));
    QList<ArchiveManifest::File> toWrite;
    for (const ArchiveManifest::File& f : std::as_const(manifest.evidence)) {
        qint64 size = 0;
        if (FileCopy::sha256(live.filePath(f.storedName), &size, nullptr) == f.sha256 && size == f.size) {
            continue;
        }
        const QString sha = zip.sha256(ArchiveManifest::evidenceEntry(f.storedName), &size, &why);
        if (sha != f.sha256 || size != f.size) {
            return failWith(
                error, tr("%1 is damaged: the evidence file %2 does not match its SHA-256.").arg(name, f.storedName));
        }
        toWrite << f;
    }
    CrashPoint::reach("import-all.verified");

    // 2. The evidence files, each whole: an empty database does not mind files it does not name yet.
    for (const ArchiveManifest::File& f : std::as_const(toWrite)) {
        const QString target = live.filePath(f.storedName);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            return failWith(error, tr("The evidence folder %1 cannot be created.").arg(shown(live.path())));
        }
        if (!zip.extract(ArchiveManifest::evidenceEntry(f.storedName), target, f.sha256, error)) {
            return false;
        }
        CrashPoint::reach("import-all.evidence-file");
    }
    CrashPoint::reach("import-all.evidence-written");
    // On a server, every seat's files: kept in the database too (before the rows that name them).
    for (const ArchiveManifest::File& f : std::as_const(manifest.evidence)) {
        if (!EvidenceRepository(db).storeOnServer(f.storedName, error)) {
            return false;
        }
    }

    // 3. The rows, in one transaction.
    if (!DatabaseExchange::importSheets(db, sheets, &imported->rows, error)) {
        return false;
    }
    CrashPoint::reach("import-all.committed");
    imported->evidenceFiles = static_cast<int>(manifest.evidence.size());
    return true;
}

} // namespace sl::core
