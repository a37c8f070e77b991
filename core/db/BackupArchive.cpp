#include "BackupArchive.h"

#include "BackupWriter.h"
#include "ErrorOut.h"
#include "io/FileCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sl::core {

namespace {

constexpr qint64 kMaxManifestBytes = 64LL * 1024 * 1024;

} // namespace

BackupArchive::BackupArchive(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

QString BackupArchive::storeFolder() const
{
    return BackupWriter::storeFor(QFileInfo(m_path).absolutePath());
}

bool BackupArchive::open(QString* error)
{
    const QString name = QFileInfo(m_path).fileName();
    QFile f(m_path);
    if (!QFileInfo(m_path).isFile() || !f.open(QIODevice::ReadOnly)) {
        return failWith(error, tr("%1 is not a file that can be read.").arg(QDir::toNativeSeparators(m_path)));
    }
    const QByteArray head = f.read(16);
    f.close();
    if (head.startsWith("SQLite format 3")) {
        m_plain = true;
        return true;
    }
    if (!head.startsWith("PK")) {
        return failWith(error, tr("%1 is not a SafeLedger backup.").arg(name));
    }
    m_zip = std::make_unique<ZipReader>(m_path);
    QByteArray json;
    QString why;
    if (!m_zip->open(&why) || !m_zip->read(ArchiveManifest::kEntryName, kMaxManifestBytes, &json, &why)) {
        return failWith(error, tr("%1 is not a complete SafeLedger backup: %2").arg(name, why));
    }
    if (!ArchiveManifest::fromJson(json, &m_manifest, &why)) {
        return failWith(error, tr("%1 cannot be restored: %2").arg(name, why));
    }
    if (m_manifest.format != ArchiveManifest::kBackupFormat) {
        return failWith(error,
                        tr("%1 is a handover package, not a backup: take it in with import-all into an "
                           "empty database.")
                            .arg(name));
    }
    return true;
}

bool BackupArchive::extractDatabase(const QString& target, QString* error)
{
    if (m_plain) {
        return FileCopy::copy(m_path, target, nullptr, error);
    }
    return m_zip->extract(m_manifest.mainEntry, target, m_manifest.mainSha256, error);
}

bool BackupArchive::holdsIntact(const ArchiveManifest::File& file, QString* error)
{
    qint64 size = 0;
    QString sha;
    QString where;
    if (!m_plain && m_manifest.evidenceLocation == ArchiveManifest::EvidenceLocation::Inside) {
        where = QFileInfo(m_path).fileName();
        sha = m_zip->sha256(ArchiveManifest::evidenceEntry(file.storedName), &size, nullptr);
    } else {
        where = QDir::toNativeSeparators(storeFolder());
        sha = FileCopy::sha256(QDir(storeFolder()).filePath(file.storedName), &size, nullptr);
    }
    if (sha.isEmpty()) {
        return failWith(error, tr("The evidence file %1 is missing from %2.").arg(file.storedName, where));
    }
    if (sha != file.sha256 || size != file.size) {
        return failWith(
            error,
            tr("The evidence file %1 in %2 is damaged (its SHA-256 does not match).").arg(file.storedName, where));
    }
    return true;
}

bool BackupArchive::extractEvidence(const ArchiveManifest::File& file, const QString& target, QString* error)
{
    if (!m_plain && m_manifest.evidenceLocation == ArchiveManifest::EvidenceLocation::Inside) {
        return m_zip->extract(ArchiveManifest::evidenceEntry(file.storedName), target, file.sha256, error);
    }
    return FileCopy::copy(QDir(storeFolder()).filePath(file.storedName), target, nullptr, error, file.sha256);
}

} // namespace sl::core
