#include "FileLock.h"

#include <QFile>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace sl::core {

namespace {

// Far beyond any database (SQLite's own locks sit at 1 GiB), so that on Windows, where byte-range locks are
// mandatory, no read or write of the file is ever refused because of it.
constexpr quint64 kLockOffset = quint64(1) << 62;

} // namespace

FileLock::~FileLock()
{
    unlock();
}

bool FileLock::isLocked() const
{
#ifdef Q_OS_WIN
    return m_handle != nullptr;
#else
    return m_fd >= 0;
#endif
}

FileLock::Result FileLock::tryLock(const QString& path)
{
    unlock();
#ifdef Q_OS_WIN
    const std::wstring name = QString(path).replace(QLatin1Char('/'), QLatin1Char('\\')).toStdWString();
    HANDLE h = CreateFileW(name.c_str(), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        return Result::CannotOpen;
    }
    OVERLAPPED at = {};
    at.Offset = static_cast<DWORD>(kLockOffset & 0xFFFFFFFFu);
    at.OffsetHigh = static_cast<DWORD>(kLockOffset >> 32);
    if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
        CloseHandle(h);
        return Result::HeldElsewhere;
    }
    m_handle = h;
    return Result::Locked;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return Result::CannotOpen;
    }
#ifdef F_OFD_SETLK
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = static_cast<off_t>(kLockOffset);
    lock.l_len = 1;
    const bool locked = ::fcntl(fd, F_OFD_SETLK, &lock) == 0;
#else
    const bool locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
#endif
    if (!locked) {
        ::close(fd);
        return Result::HeldElsewhere;
    }
    m_fd = fd;
    return Result::Locked;
#endif
}

void FileLock::unlock()
{
#ifdef Q_OS_WIN
    if (m_handle) {
        OVERLAPPED at = {};
        at.Offset = static_cast<DWORD>(kLockOffset & 0xFFFFFFFFu);
        at.OffsetHigh = static_cast<DWORD>(kLockOffset >> 32);
        UnlockFileEx(static_cast<HANDLE>(m_handle), 0, 1, 0, &at);
        CloseHandle(static_cast<HANDLE>(m_handle));
        m_handle = nullptr;
    }
#else
    if (m_fd >= 0) {
        ::close(m_fd); // releases the lock with the descriptor
        m_fd = -1;
    }
#endif
}

} // namespace sl::core
