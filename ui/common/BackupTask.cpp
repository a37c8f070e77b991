#include "BackupTask.h"

#include "db/BackupWriter.h"

#include <QMetaObject>
#include <QThread>

namespace sl::ui {

BackupTask::BackupTask(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Outcome>();
}

BackupTask::~BackupTask()
{
    wait();
}

bool BackupTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupTask::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

bool BackupTask::start(const std::function<Outcome()>& work)
{
    if (isRunning()) {
        return false;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // The destructor waits for the thread, so the task outlives it.
    m_thread = QThread::create([this, work]() {
        const Outcome outcome = work();
        QMetaObject::invokeMethod(
            this, [this, outcome]() { emit finished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

bool BackupTask::startDaily(const QString& databasePath, const QDate& today, const core::BackupManager::Policy& policy)
{
    return start([databasePath, today, policy]() {
        Outcome o;
        core::BackupManager::Taken taken;
        o.ok = core::BackupManager(databasePath).dailyIfDue(today, policy, &taken, &o.error);
        o.paths = taken.paths;
        o.warnings = taken.warnings;
        return o;
    });
}

bool BackupTask::startManual(const QString& databasePath)
{
    return start([databasePath]() {
        Outcome o;
        const QString path = core::BackupManager(databasePath).take(QStringLiteral("manual"), &o.error, &o.warnings);
        o.ok = !path.isEmpty();
        if (o.ok) {
            o.paths << path;
        }
        return o;
    });
}

bool BackupTask::startToFile(const QString& databasePath, const QString& target)
{
    return start([databasePath, target]() {
        Outcome o;
        core::BackupWriter::Result result;
        o.ok = core::BackupWriter::write(databasePath, target, core::BackupWriter::Evidence::Inside,
                                         QStringLiteral("out"), false, &result, &o.error);
        o.warnings = result.warnings;
        if (o.ok) {
            o.paths << result.path;
        }
        return o;
    });
}

} // namespace sl::ui
