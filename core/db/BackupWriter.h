#pragma once

#include "io/ArchiveManifest.h"

#include <QCoreApplication>
#include <QStringList>

namespace sl::core {

// Writes one backup of the database at a path: SQLite's online copy of it (VACUUM INTO, through a read-only
// connection of its own, so the clerk goes on working meanwhile and any thread may call it) and every evidence
// file it names, in a zip with its manifest (see ArchiveManifest).
//
// Nothing carries the backup's name before it is whole: the zip is written under a temporary name, read back
// and checked against the manifest (the database by its SHA-256; each evidence file was checked to the last
// byte against the database's record when it was copied), and only then renamed. A kill at any moment leaves a
// temporary file at most, which BackupManager tidies away, never a backup that is not one.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    using Evidence = ArchiveManifest::EvidenceLocation;

    struct Result
    {
        QString path;
        int evidenceFiles = 0;
        // Evidence files copied into the store this time; the others were there from an earlier backup.
        int evidenceCopied = 0;
        // Evidence files the database names but the evidence folder lacks or holds changed; the backup is
        // written all the same, with them listed in its manifest, since a backup without them beats none.
        QStringList warnings;
    };

    // Inside: the evidence files go into the zip (a backup that travels). Store: into <folder of target>/evidence,
    // each once by its stored name, which holds its SHA-256 (the backups folder). With rehashStore, files already
    // in the store are read again and compared with their SHA-256 (the weekly copy does this), otherwise their
    // size is compared.
    static bool write(const QString& databasePath, const QString& target, Evidence evidence, const QString& reason,
                      bool rehashStore, Result* result, QString* error);

    // The evidence store of a backups folder.
    static QString storeFor(const QString& backupFolder);
    // Temporary names beside a target: ".<name>.<random>.part" (and ".part.db"), recognisable for tidying.
    static QString temporaryFor(const QString& target);
    static bool isTemporary(const QString& fileName);
};

} // namespace sl::core
