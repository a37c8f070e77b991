#include "ZipReader.h"

#include "ZipDevice.h"
#include "db/ErrorOut.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <minizip/unzip.h>

namespace sl::core {

namespace {

constexpr int kChunk = 1 << 20;

unzFile unz(void* handle)
{
    return static_cast<unzFile>(handle);
}

} // namespace

ZipReader::ZipReader(const QString& path)
    : m_path(path)
{
}

ZipReader::~ZipReader()
{
    if (m_zip) {
        unzClose(unz(m_zip));
    }
}

bool ZipReader::open(QString* error)
{
    const QString name = QFileInfo(m_path).fileName();
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        return failWith(error,
                        tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    }
    zlib_filefunc64_def functions = ZipDevice::functions();
    m_zip = unzOpen2_64(static_cast<QIODevice*>(m_file.get()), &functions);
    if (!m_zip) {
        return failWith(error, tr("%1 is not a zip file, or it is cut off or damaged.").arg(name));
    }
    m_entries.clear();
    for (int status = unzGoToFirstFile(unz(m_zip)); status == UNZ_OK; status = unzGoToNextFile(unz(m_zip))) {
        unz_file_info64 info;
        char entryName[1024];
        if (unzGetCurrentFileInfo64(unz(m_zip), &info, entryName, sizeof entryName, nullptr, 0, nullptr, 0) != UNZ_OK) {
            return failWith(error, tr("%1 is damaged or cut off.").arg(name));
        }
        Entry e;
        e.name = QString::fromUtf8(entryName);
        e.size = static_cast<qint64>(info.uncompressed_size);
        e.packedSize = static_cast<qint64>(info.compressed_size);
        m_entries << e;
    }
    return true;
}

bool ZipReader::contains(const QString& name) const
{
    for (const Entry& e : m_entries) {
        if (e.name == name) {
            return true;
        }
    }
    return false;
}

bool ZipReader::openEntry(const QString& name, QString* error)
{
    const QString file = QFileInfo(m_path).fileName();
    if (!m_zip) {
        return failWith(error, tr("%1 is not open.").arg(file));
    }
    if (unzLocateFile(unz(m_zip), name.toUtf8().constData(), 1) != UNZ_OK) {
        return failWith(error, tr("%1 has no part %2; it is not complete.").arg(file, name));
    }
    if (unzOpenCurrentFile(unz(m_zip)) != UNZ_OK) {
        return failWith(error, tr("%1 is damaged: %2 cannot be read.").arg(file, name));
    }
    m_current = name;
    return true;
}

bool ZipReader::readChunk(QByteArray* chunk, QString* error)
{
    chunk->resize(kChunk);
    const int n = unzReadCurrentFile(unz(m_zip), chunk->data(), kChunk);
    if (n < 0) {
        chunk->clear();
        unzCloseCurrentFile(unz(m_zip));
        return failWith(error, tr("%1 is damaged: %2 cannot be read.").arg(QFileInfo(m_path).fileName(), m_current));
    }
    chunk->resize(n);
    return true;
}

bool ZipReader::closeEntry(QString* error)
{
    // The CRC is compared here, after the last byte.
    if (unzCloseCurrentFile(unz(m_zip)) != UNZ_OK) {
        return failWith(
            error, tr("%1 is damaged: %2 does not match its checksum.").arg(QFileInfo(m_path).fileName(), m_current));
    }
    return true;
}

bool ZipReader::read(const QString& name, qint64 maxBytes, QByteArray* bytes, QString* error)
{
    if (!openEntry(name, error)) {
        return false;
    }
    bytes->clear();
    QByteArray chunk;
    do {
        if (!readChunk(&chunk, error)) {
            return false;
        }
        bytes->append(chunk);
        if (bytes->size() > maxBytes) {
            unzCloseCurrentFile(unz(m_zip));
            return failWith(error, tr("%1: %2 is larger than it can be.").arg(QFileInfo(m_path).fileName(), name));
        }
    } while (!chunk.isEmpty());
    return closeEntry(error);
}

QString ZipReader::sha256(const QString& name, qint64* size, QString* error)
{
    if (!openEntry(name, error)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray chunk;
    do {
        if (!readChunk(&chunk, error)) {
            return {};
        }
        hash.addData(chunk);
        total += chunk.size();
    } while (!chunk.isEmpty());
    if (!closeEntry(error)) {
        return {};
    }
    if (size) {
        *size = total;
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ZipReader::extract(const QString& name, const QString& target, const QString& expectedSha, QString* error)
{
    if (!openEntry(name, error)) {
        return false;
    }
    bool ended = false;
    const bool written = FileCopy::write(
        [this, &ended](QByteArray* chunk, QString* why) {
            if (!readChunk(chunk, why)) {
                return false;
            }
            if (chunk->isEmpty()) {
                ended = true;
                return closeEntry(why);
            }
            return true;
        },
        target, expectedSha, nullptr, error);
    if (!ended) {
        unzCloseCurrentFile(unz(m_zip));
    }
    return written;
}

bool ZipReader::stream(const QString& name, const std::function<bool(const QByteArray& chunk)>& sink, QString* error)
{
    if (!openEntry(name, error)) {
        return false;
    }
    QByteArray chunk;
    for (;;) {
        if (!readChunk(&chunk, error)) {
            return false;
        }
        if (chunk.isEmpty()) {
            return closeEntry(error);
        }
        if (!sink(chunk)) {
            unzCloseCurrentFile(unz(m_zip));
            return false;
        }
    }
}

bool ZipReader::checkAll(QString* error)
{
    for (const Entry& e : std::as_const(m_entries)) {
        // Read to the end: minizip compares the CRC there, which is all a read-back needs (the SHA-256 of what was
        // written is in the manifest already, for whoever takes the file out).
        qint64 size = 0;
        if (!stream(
                e.name,
                [&size](const QByteArray& chunk) {
                    size += chunk.size();
                    return true;
                },
                error)) {
            return false;
        }
        if (size != e.size) {
            return failWith(error, tr("%1 is damaged: %2 is cut off.").arg(QFileInfo(m_path).fileName(), e.name));
        }
    }
    return true;
}

} // namespace sl::core
