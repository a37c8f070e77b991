#include "FileCopy.h"

#include "db/ErrorOut.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sl::core {

namespace {

constexpr qint64 kChunk = 1 << 20;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString FileCopy::sha256(const QString& path, qint64* size, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        failWith(error, tr("The file %1 cannot be read: %2").arg(shown(path), f.errorString()));
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray chunk;
    while (!(chunk = f.read(kChunk)).isEmpty()) {
        hash.addData(chunk);
        total += chunk.size();
    }
    if (f.error() != QFileDevice::NoError || total != f.size()) {
        failWith(error, tr("The file %1 cannot be read to its end: %2").arg(shown(path), f.errorString()));
        return {};
    }
    if (size) {
        *size = total;
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool FileCopy::copy(const QString& from, const QString& to, QString* sha, QString* error, const QString& expectedSha)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return failWith(error, tr("The file %1 cannot be read: %2").arg(shown(from), in.errorString()));
    }
    qint64 read = 0;
    const qint64 expected = in.size();
    return write(
        [&in, &read, expected, &from](QByteArray* chunk, QString* why) {
            *chunk = in.read(kChunk);
            read += chunk->size();
            if (chunk->isEmpty() && (in.error() != QFileDevice::NoError || read != expected)) {
                return failWith(why,
                                tr("The file %1 cannot be read to its end: %2").arg(shown(from), in.errorString()));
            }
            return true;
        },
        to, expectedSha, sha, error);
}

bool FileCopy::writeBytes(const QByteArray& bytes, const QString& to, QString* error)
{
    bool given = false;
    return write(
        [&bytes, &given](QByteArray* chunk, QString*) {
            *chunk = given ? QByteArray() : bytes;
            given = true;
            return true;
        },
        to, QString(), nullptr, error);
}

bool FileCopy::write(const Source& source, const QString& to, const QString& expectedSha, QString* sha, QString* error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    {
        QSaveFile out(to);
        if (!out.open(QIODevice::WriteOnly)) {
            return failWith(error, tr("%1 cannot be created: %2").arg(shown(to), out.errorString()));
        }
        QByteArray chunk;
        for (;;) {
            if (!source(&chunk, error)) {
                out.cancelWriting();
                return false;
            }
            if (chunk.isEmpty()) {
                break;
            }
            hash.addData(chunk);
            total += chunk.size();
            if (out.write(chunk) != chunk.size()) {
                out.cancelWriting();
                return failWith(
                    error, tr("%1 could not be written (is the disk full?): %2").arg(shown(to), out.errorString()));
            }
        }
        if (!out.commit()) {
            return failWith(error,
                            tr("%1 could not be written (is the disk full?): %2").arg(shown(to), out.errorString()));
        }
    }
    const QString written = QString::fromLatin1(hash.result().toHex());
    if (!expectedSha.isEmpty() && written != expectedSha) {
        QFile::remove(to);
        return failWith(error, tr("%1 does not match its SHA-256 record; the source is damaged.").arg(shown(to)));
    }
    // What is on the disk now, read back: only this says the file was written.
    qint64 size = 0;
    QString why;
    const QString onDisk = sha256(to, &size, &why);
    if (onDisk != written || size != total) {
        QFile::remove(to);
        return failWith(error,
                        why.isEmpty() ? tr("%1 was written incompletely (is the disk full or failing?); it was "
                                           "removed.")
                                            .arg(shown(to))
                                      : why);
    }
    if (sha) {
        *sha = written;
    }
    return true;
}

} // namespace sl::core
