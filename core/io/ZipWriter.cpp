#include "ZipWriter.h"

#include "ZipDevice.h"
#include "db/ErrorOut.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <minizip/zip.h>

namespace sl::core {

namespace {

constexpr qint64 kChunk = 1 << 20;
// Entries from this size on get the zip64 fields (a database or a video above 4 GB).
constexpr qint64 kLargeEntry = 0xF0000000LL;

zipFile zip(void* handle)
{
    return static_cast<zipFile>(handle);
}

} // namespace

ZipWriter::ZipWriter(const QString& path)
    : m_path(path)
{
}

ZipWriter::~ZipWriter()
{
    if (m_zip) {
        zipClose(zip(m_zip), nullptr);
    }
    // A QSaveFile destroyed without commit() removes its temporary file.
}

bool ZipWriter::fail(const QString& message, QString* error)
{
    if (m_zip) {
        zipClose(zip(m_zip), nullptr);
        m_zip = nullptr;
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    return failWith(error, message);
}

bool ZipWriter::open(QString* error)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        return fail(tr("%1 cannot be created: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()), error);
    }
    zlib_filefunc64_def functions = ZipDevice::functions();
    m_zip = zipOpen2_64(static_cast<QIODevice*>(m_file.get()), APPEND_STATUS_CREATE, nullptr, &functions);
    if (!m_zip) {
        return fail(tr("%1 cannot be created.").arg(QDir::toNativeSeparators(m_path)), error);
    }
    return true;
}

bool ZipWriter::openEntry(const QString& entry, Compression compression, bool large, QString* error)
{
    if (!m_zip) {
        return failWith(error, tr("%1 is not open for writing.").arg(QDir::toNativeSeparators(m_path)));
    }
    zip_fileinfo info = {};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = static_cast<uInt>(now.date().year());
    info.tmz_date.tm_mon = static_cast<uInt>(now.date().month() - 1);
    info.tmz_date.tm_mday = static_cast<uInt>(now.date().day());
    info.tmz_date.tm_hour = static_cast<uInt>(now.time().hour());
    info.tmz_date.tm_min = static_cast<uInt>(now.time().minute());
    info.tmz_date.tm_sec = static_cast<uInt>(now.time().second());
    const QByteArray name = entry.toUtf8();
    const int method = compression == Compression::Stored ? 0 : Z_DEFLATED;
    const int level = compression == Compression::Stored ? 0 : Z_BEST_SPEED;
    // Bit 11: the name is UTF-8.
    const int status = zipOpenNewFileInZip4_64(zip(m_zip), name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                               method, level, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr,
                                               0, 0, 1 << 11, large ? 1 : 0);
    if (status != ZIP_OK) {
        return fail(tr("%1 could not be written (is the disk full?).").arg(QDir::toNativeSeparators(m_path)), error);
    }
    return true;
}

bool ZipWriter::closeEntry(QString* error)
{
    if (zipCloseFileInZip(zip(m_zip)) != ZIP_OK) {
        return fail(tr("%1 could not be written (is the disk full?).").arg(QDir::toNativeSeparators(m_path)), error);
    }
    return true;
}

bool ZipWriter::addFile(const QString& entry, const QString& sourcePath, Compression compression, QString* sha,
                        qint64* size, QString* error)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(sourcePath), in.errorString()),
                    error);
    }
    const qint64 expected = in.size();
    if (!openEntry(entry, compression, expected >= kLargeEntry, error)) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray chunk;
    while (!(chunk = in.read(kChunk)).isEmpty()) {
        hash.addData(chunk);
        total += chunk.size();
        if (zipWriteInFileInZip(zip(m_zip), chunk.constData(), static_cast<unsigned>(chunk.size())) != ZIP_OK) {
            return fail(tr("%1 could not be written (is the disk full?): %2")
                            .arg(QDir::toNativeSeparators(m_path), m_file->errorString()),
                        error);
        }
    }
    if (in.error() != QFileDevice::NoError || total != expected) {
        return fail(
            tr("The file %1 cannot be read to its end: %2").arg(QDir::toNativeSeparators(sourcePath), in.errorString()),
            error);
    }
    if (!closeEntry(error)) {
        return false;
    }
    if (sha) {
        *sha = QString::fromLatin1(hash.result().toHex());
    }
    if (size) {
        *size = total;
    }
    return true;
}

bool ZipWriter::addBytes(const QString& entry, const QByteArray& bytes, Compression compression, QString* error)
{
    if (!openEntry(entry, compression, bytes.size() >= kLargeEntry, error)) {
        return false;
    }
    if (zipWriteInFileInZip(zip(m_zip), bytes.constData(), static_cast<unsigned>(bytes.size())) != ZIP_OK) {
        return fail(tr("%1 could not be written (is the disk full?): %2")
                        .arg(QDir::toNativeSeparators(m_path), m_file->errorString()),
                    error);
    }
    return closeEntry(error);
}

bool ZipWriter::finish(QString* error)
{
    if (!m_zip) {
        return failWith(error, tr("%1 is not open for writing.").arg(QDir::toNativeSeparators(m_path)));
    }
    const int closed = zipClose(zip(m_zip), nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK) {
        return fail(tr("%1 could not be written (is the disk full?): %2")
                        .arg(QDir::toNativeSeparators(m_path), m_file->errorString()),
                    error);
    }
    if (!m_file->commit()) {
        const QString why = m_file->errorString();
        m_file.reset();
        return failWith(
            error, tr("%1 could not be written (is the disk full?): %2").arg(QDir::toNativeSeparators(m_path), why));
    }
    m_file.reset();
    return true;
}

} // namespace sl::core
