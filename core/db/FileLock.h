#pragma once

#include <QString>

namespace sl::core {

// A lock held on the database file itself, whatever name it was opened by: a hard link, a symbolic link, a
// second spelling of the path (a subst drive, an 8.3 name on Windows) all reach the same lock. It is a
// byte-range lock far beyond any data (offset 2^62), a range SQLite never touches: LockFileEx on Windows, an
// open-file-description lock on Linux (F_OFD_SETLK: unlike a classic fcntl lock it survives SQLite closing its
// own descriptors of the same file), flock elsewhere. The operating system frees it when the process dies.
class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    enum class Result { Locked, HeldElsewhere, CannotOpen };
    Result tryLock(const QString& path);
    void unlock();
    bool isLocked() const;

private:
#ifdef Q_OS_WIN
    void* m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

} // namespace sl::core
