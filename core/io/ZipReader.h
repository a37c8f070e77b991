#pragma once

#include "FileCopy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QFile;

namespace sl::core {

// Reads a zip file (minizip through ZipDevice): its entries, one entry's bytes, or an entry streamed into a
// file. minizip checks each entry's CRC when it has been read to its end, so a cut or altered entry is refused.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry
    {
        QString name;
        qint64 size = 0;
        qint64 packedSize = 0;
    };

    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    bool open(QString* error);
    const QList<Entry>& entries() const { return m_entries; }
    bool contains(const QString& name) const;
    // The whole entry, refused when it unpacks to more than maxBytes.
    bool read(const QString& name, qint64 maxBytes, QByteArray* bytes, QString* error);
    // Reads the entry to its end and returns its SHA-256 (hex): the CRC and the hash prove it whole.
    QString sha256(const QString& name, qint64* size, QString* error);
    // The entry as a source for FileCopy::write: written beside its target, checked, then put in place.
    bool extract(const QString& name, const QString& target, const QString& expectedSha, QString* error);
    // Every entry read to its end (the CRC compared) with its size: a zip cut off or damaged anywhere is refused.
    bool checkAll(QString* error);
    // Hands the entry to sink chunk by chunk (memory stays flat); sink returns false to stop.
    bool stream(const QString& name, const std::function<bool(const QByteArray& chunk)>& sink, QString* error);

private:
    bool openEntry(const QString& name, QString* error);
    bool readChunk(QByteArray* chunk, QString* error);
    bool closeEntry(QString* error);

    QString m_path;
    std::unique_ptr<QFile> m_file;
    void* m_zip = nullptr;
    QList<Entry> m_entries;
    QString m_current;
};

} // namespace sl::core
