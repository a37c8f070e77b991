#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sl::core {

// Copies that are checked to the last byte before anyone is told they were written: the copy goes to a
// temporary file beside the target (QSaveFile: flushed to the disk, then renamed into place), every write is
// checked, and the file then on disk is read back and compared with the source's SHA-256. A full disk, a cut
// write or a failing stick leaves no file at the target (or the one that was there), and a sentence.
class FileCopy
{
    Q_DECLARE_TR_FUNCTIONS(FileCopy)

public:
    // The SHA-256 of a file's content in lower-case hex, and its size; empty with the reason on failure.
    static QString sha256(const QString& path, qint64* size, QString* error);
    // Copies from → to (replacing to); sha, when given, receives the SHA-256 both now have. With expectedSha, a
    // source that does not match it is refused and nothing is left at to.
    static bool copy(const QString& from, const QString& to, QString* sha, QString* error,
                     const QString& expectedSha = QString());
    // Where the bytes of a write come from: puts the next bytes into chunk (empty at the end); false, with the
    // reason, when they cannot be read.
    using Source = std::function<bool(QByteArray* chunk, QString* error)>;
    // Writes what source gives into the file `to` the same way; `expectedSha`, when not empty, must match.
    static bool write(const Source& source, const QString& to, const QString& expectedSha, QString* sha,
                      QString* error);
    // Writes bytes to a file the same way.
    static bool writeBytes(const QByteArray& bytes, const QString& to, QString* error);
};

} // namespace sl::core
