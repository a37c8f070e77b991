#include "WriterLock.h"

#include "ErrorOut.h"

#include <QDir>
#include <QFileInfo>

namespace sl::core {

WriterLock::~WriterLock()
{
    release();
}

bool WriterLock::acquire(const QString& path, QString* error)
{
    release();
    const QString shown = QDir::toNativeSeparators(path);
    auto lockFile = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // 0 disables age-based staleness: a lock is stale only when its process is gone (a crash).
    lockFile->setStaleLockTime(0);
    if (!lockFile->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lockFile->error() == QLockFile::LockFailedError && lockFile->getLockInfo(&pid, &host, &app)) {
            return failWith(error,
                            tr("%1 is already open in another SafeLedger program (process %2 on %3). Close "
                               "that program first; two programs writing one file would lose records.")
                                .arg(shown)
                                .arg(pid)
                                .arg(host));
        }
        return failWith(error,
                        tr("%1 cannot be locked for writing. Check that the folder is writable and that no "
                           "other program has the file open.")
                            .arg(shown));
    }
    if (QFileInfo::exists(path) && !holdFile(path, error)) {
        return false;
    }
    m_lockFile = std::move(lockFile);
    return true;
}

bool WriterLock::holdFile(const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (m_fileLock.tryLock(path)) {
    case FileLock::Result::Locked:
        return true;
    case FileLock::Result::HeldElsewhere:
        return failWith(error,
                        tr("%1 is already open in another SafeLedger program under another name (a link "
                           "to the same file, or another spelling of its path). Close that program "
                           "first; two programs writing one file would lose records.")
                            .arg(shown));
    case FileLock::Result::CannotOpen:
        break;
    }
    return failWith(error,
                    tr("%1 cannot be opened for writing: the file or its folder is read-only, or "
                       "another program holds it. To only look at it, use check or an export.")
                        .arg(shown));
}

void WriterLock::releaseFile()
{
    m_fileLock.unlock();
}

void WriterLock::release()
{
    m_fileLock.unlock();
    if (m_lockFile) {
        m_lockFile->unlock();
        m_lockFile.reset();
    }
}

} // namespace sl::core
