#pragma once

#include "io/ArchiveManifest.h"
#include "io/ZipReader.h"

#include <QCoreApplication>

#include <memory>

namespace sl::core {

// A backup to take things out of: a zip written by BackupWriter, or a database file itself (the backups of
// SafeLedger before 0.2, and any copy of a database). Every file comes out through FileCopy, checked to the
// last byte against the SHA-256 its manifest gives.
class BackupArchive
{
    Q_DECLARE_TR_FUNCTIONS(BackupArchive)

public:
    explicit BackupArchive(const QString& path);

    // Reads the manifest, or recognises a plain database file.
    bool open(QString* error);
    bool isPlainDatabase() const { return m_plain; }
    const ArchiveManifest& manifest() const { return m_manifest; }
    QString path() const { return m_path; }
    // Where the evidence of a backup kept "in the store" is: the evidence folder beside it.
    QString storeFolder() const;

    bool extractDatabase(const QString& target, QString* error);
    // The SHA-256 of the evidence file as the backup holds it (inside the zip or in the store), read to its end.
    bool holdsIntact(const ArchiveManifest::File& file, QString* error);
    bool extractEvidence(const ArchiveManifest::File& file, const QString& target, QString* error);

private:
    QString m_path;
    bool m_plain = false;
    ArchiveManifest m_manifest;
    std::unique_ptr<ZipReader> m_zip;
};

} // namespace sl::core
