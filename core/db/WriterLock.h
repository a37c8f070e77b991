#pragma once

#include "FileLock.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace sl::core {

// The one writer of a database file: a lock file beside it (which names the process and the computer holding
// it, for the message) and a lock on the file itself (FileLock), so that no second name of the same file gets
// past. Held by Database while it is open for writing and by a restore while it replaces the file.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(WriterLock)

public:
    WriterLock() = default;
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    // Locks the file at path; a file that does not exist yet gets only the lock file, since no other name can
    // reach it — holdFile() then locks it once it has been made.
    bool acquire(const QString& path, QString* error);
    bool holdFile(const QString& path, QString* error);
    // A restore lets go of the file itself just before it is replaced (Windows refuses to replace a file that
    // is held open) and keeps the lock file until the new one is in place.
    void releaseFile();
    void release();
    bool isHeld() const { return m_lockFile != nullptr; }

private:
    std::unique_ptr<QLockFile> m_lockFile;
    FileLock m_fileLock;
};

} // namespace sl::core
