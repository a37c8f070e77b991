#include "BackupRestorer.h"

#include "AuditAnchor.h"
#include "AuditTrail.h"
#include "BackupArchive.h"
#include "BackupManager.h"
#include "BackupWriter.h"
#include "CrashPoint.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "ErrorOut.h"
#include "EvidenceRepository.h"
#include "WriterLock.h"
#include "io/FileCopy.h"
#include "io/FileMove.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace sl::core {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The database taken out of a backup: ours, not newer than this program, whole; its evidence list.
bool checkDatabase(const QString& path, const QString& backupName, QList<EvidenceFile>* files,
                   QStringList* auditProblems, AuditTrail::Head* head, QString* error)
{
    Database db;
    QString why;
    if (!db.openReadOnly(path, &why, Database::Versions::OlderToo)) {
        return failWith(error, BackupRestorer::tr("%1 cannot be restored: %2").arg(backupName, why));
    }
    if (db.schemaVersion() < 1) {
        return failWith(error, BackupRestorer::tr("%1 is not a SafeLedger database.").arg(backupName));
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
        || q.value(0).toString() != QLatin1String("ok")) {
        return failWith(
            error,
            BackupRestorer::tr("%1 is damaged (the integrity check failed); choose another backup.").arg(backupName));
    }
    q.finish();
    CheckReport audit;
    AuditTrail::verify(db.connection(), audit);
    *auditProblems = audit.problems;
    *head = AuditTrail::head(db.connection());
    *files = EvidenceRepository(db).files(&why);
    return why.isEmpty() || failWith(error, why);
}

struct Verified
{
    QString incoming; // the database taken out, beside where it goes
    QList<ArchiveManifest::File> toWrite; // evidence the target folder lacks
    int evidenceFiles = 0;
    QStringList warnings;
    QStringList auditProblems;
    AuditTrail::Head head;
};

// Step 1. liveEvidence: the evidence folder the files go to (empty: only check the backup).
bool verifyInto(BackupArchive& archive, const QString& incoming, const QString& liveEvidence, Verified* out,
                QString* error)
{
    const QString name = QFileInfo(archive.path()).fileName();
    if (!archive.open(error)) {
        return false;
    }
    if (!archive.extractDatabase(incoming, error)) {
        return false;
    }
    out->incoming = incoming;
    QList<EvidenceFile> named;
    if (!checkDatabase(incoming, name, &named, &out->auditProblems, &out->head, error)) {
        return false;
    }
    // What the backup vouches for, by stored name; a plain database vouches for what its table says.
    QHash<QString, ArchiveManifest::File> held;
    QHash<QString, ArchiveManifest::File> missing;
    if (archive.isPlainDatabase()) {
        for (const EvidenceFile& f : std::as_const(named)) {
            held.insert(f.storedName, { f.storedName, f.sizeBytes, f.sha256 });
        }
    } else {
        for (const ArchiveManifest::File& f : archive.manifest().evidence) {
            held.insert(f.storedName, f);
        }
        for (const ArchiveManifest::File& f : archive.manifest().missing) {
            missing.insert(f.storedName, f);
        }
    }
    for (const EvidenceFile& f : std::as_const(named)) {
        const auto h = held.constFind(f.storedName);
        if (h != held.constEnd() && h->sha256 == f.sha256 && h->size == f.sizeBytes) {
            continue;
        }
        if (missing.contains(f.storedName)) {
            out->warnings << BackupRestorer::tr("Evidence file %1 was missing already when the backup was taken; "
                                                "check will name it.")
                                 .arg(f.storedName);
            continue;
        }
        return failWith(error,
                        BackupRestorer::tr("%1 is not complete: its database names the evidence file %2, which "
                                           "the backup does not account for.")
                            .arg(name, f.storedName));
    }
    for (const ArchiveManifest::File& f : std::as_const(held)) {
        ++out->evidenceFiles;
        // Already in the evidence folder as it should be: nothing to write. (Named by its SHA-256, so a
        // matching file is the same file.)
        if (!liveEvidence.isEmpty()) {
            qint64 size = 0;
            if (FileCopy::sha256(QDir(liveEvidence).filePath(f.storedName), &size, nullptr) == f.sha256
                && size == f.size) {
                continue;
            }
        }
        QString why;
        if (!archive.holdsIntact(f, &why)) {
            if (archive.isPlainDatabase()
                || archive.manifest().evidenceLocation == ArchiveManifest::EvidenceLocation::Store) {
                return failWith(error,
                                BackupRestorer::tr("%1 keeps its evidence files in the folder %2 beside it, and "
                                                   "that folder is not complete: %3 Copy the folder along with "
                                                   "the backup, or make a backup that carries everything with "
                                                   "backup --out or Settings → Back up to a file….")
                                    .arg(name, shown(archive.storeFolder()), why));
            }
            return failWith(error, BackupRestorer::tr("%1 cannot be restored: %2").arg(name, why));
        }
        out->toWrite << f;
    }
    return true;
}

// Step 4: everything of the old database into its main file, and its -wal gone.
bool checkpoint(const QString& databasePath, QString* error)
{
    const QString connectionName = QStringLiteral("restore-checkpoint-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
            why = q.lastError().text();
            q.finish();
            // Back to a rollback journal: when this last connection closes, no -wal or -shm is left behind.
            ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next();
            q.finish();
        } else {
            why = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    if (!ok || (wal.exists() && wal.size() > 0)) {
        return failWith(error,
                        BackupRestorer::tr("The current database could not be closed cleanly (%1); nothing was "
                                           "replaced. Close every program that has it open and try again.")
                            .arg(why));
    }
    return true;
}

} // namespace

bool BackupRestorer::verify(const QString& backupPath, Summary* summary, QString* error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return failWith(error, tr("No temporary folder to check the backup in: %1").arg(scratch.errorString()));
    }
    BackupArchive archive(backupPath);
    Verified verified;
    if (!verifyInto(archive, scratch.filePath(QStringLiteral("check.sqlite")), QString(), &verified, error)) {
        return false;
    }
    if (summary) {
        *summary = Summary();
        if (!archive.isPlainDatabase()) {
            summary->createdUtc = archive.manifest().createdUtc;
            summary->reason = archive.manifest().reason;
            summary->missingEvidence = static_cast<int>(archive.manifest().missing.size());
        }
        summary->evidenceFiles = verified.evidenceFiles;
        summary->auditProblems = verified.auditProblems;
    }
    return true;
}

bool BackupRestorer::restore(const QString& databasePathIn, const QString& backupPath, Result* result, QString* error,
                             bool acceptBrokenTrail)
{
    if (DatabaseLocation::isServer(databasePathIn)) {
        return failWith(error, tr("A backup is not restored over a server database, which other seats may be using. "
                                  "Restore it into a new file (safeledger-cli --db NEW.sqlite restore BACKUP), check "
                                  "it, then move it into a new server database (migrate --from NEW.sqlite --to "
                                  "postgresql://…)."));
    }
    *result = Result();
    const QString databasePath = QFileInfo(databasePathIn).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        return failWith(error, tr("The folder for %1 cannot be created.").arg(shown(databasePath)));
    }
    WriterLock lock;
    if (!lock.acquire(databasePath, error)) {
        return false;
    }
    const bool replacing = QFileInfo::exists(databasePath);
    const QString liveEvidence = EvidenceRepository::folderFor(databasePath);

    // 1. Verified, into a file beside the target (the same disk, so that the last step is a rename).
    BackupArchive archive(backupPath);
    Verified verified;
    const QString incoming = BackupWriter::temporaryFor(databasePath);
    struct RemoveIncoming
    {
        QString path;
        ~RemoveIncoming()
        {
            if (!path.isEmpty()) {
                QFile::remove(path);
            }
        }
    } removeIncoming{ incoming };
    if (!verifyInto(archive, incoming, liveEvidence, &verified, error)) {
        return false;
    }
    result->warnings = verified.warnings;
    if (!verified.auditProblems.isEmpty()) {
        if (!acceptBrokenTrail) {
            return failWith(error,
                            tr("%1 was not restored: its audit trail is broken, so its records cannot be "
                               "trusted as the street's record. %2 To restore it all the same (check will go on "
                               "reporting the break), run restore --force, or confirm it when Settings → Restore asks.")
                                .arg(QFileInfo(backupPath).fileName(), verified.auditProblems.first()));
        }
        result->warnings << tr("Restored although its audit trail is broken: %1").arg(verified.auditProblems.first());
    }
    CrashPoint::reach("restore.verified");

    // 2. The state being replaced, kept as a backup.
    if (replacing) {
        if (!BackupManager(databasePath).keepReplaced(&result->keptAs, &result->warnings, error)) {
            return false;
        }
        CrashPoint::reach("restore.replaced-kept");
    }

    // 3. The evidence first: the old database does not mind files it does not name.
    for (const ArchiveManifest::File& f : std::as_const(verified.toWrite)) {
        const QString target = QDir(liveEvidence).filePath(f.storedName);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            return failWith(error, tr("The evidence folder %1 cannot be created.").arg(shown(liveEvidence)));
        }
        if (!archive.extractEvidence(f, target, error)) {
            return false;
        }
        ++result->evidenceWritten;
        CrashPoint::reach("restore.evidence-file");
    }
    CrashPoint::reach("restore.evidence-written");

    // 4. Nothing of the old database outside its main file.
    if (replacing) {
        if (!checkpoint(databasePath, error)) {
            return false;
        }
        CrashPoint::reach("restore.checkpointed");
    }

    // The head of what is put in place, anchored before the swap (an interrupted restore leaves the database the
    // previous anchor names, which check accepts).
    if (!verified.head.isEmpty()) {
        AuditAnchor::record(databasePath, verified.head, tr("restored from %1").arg(QFileInfo(backupPath).fileName()),
                            nullptr, true);
    }

    // 5. One rename.
    lock.releaseFile();
    CrashPoint::reach("restore.before-swap");
    if (!FileMove::replace(incoming, databasePath, error)) {
        return false;
    }
    removeIncoming.path.clear();
    CrashPoint::reach("restore.swapped");
    return true;
}

} // namespace sl::core
