#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSaveFile;

namespace sl::core {

// Writes a zip file (minizip through ZipDevice) for the backups and the handover package. The zip is
// assembled under a temporary name beside the target and only gets the target's name in finish(), after every
// write was checked and the file flushed to the disk; abandoned, it leaves nothing behind.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    // Stored for what is compressed already (photos, scans, workbooks); Fast (deflate, level 1) for the
    // database, which shrinks to about a quarter.
    enum class Compression { Stored, Fast };

    explicit ZipWriter(const QString& path);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool open(QString* error);
    // Adds the file under the entry name; sha receives the SHA-256 of the bytes put in, size their count.
    bool addFile(const QString& entry, const QString& sourcePath, Compression compression, QString* sha, qint64* size,
                 QString* error);
    bool addBytes(const QString& entry, const QByteArray& bytes, Compression compression, QString* error);
    // Writes the zip's directory and commits the file under its name.
    bool finish(QString* error);

private:
    bool openEntry(const QString& entry, Compression compression, bool large, QString* error);
    bool closeEntry(QString* error);
    bool fail(const QString& message, QString* error);

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    void* m_zip = nullptr;
};

} // namespace sl::core
