#pragma once

#include "db/BackupManager.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <functional>

class QThread;

namespace sl::ui {

// A backup taken in a thread of its own, so that the window is never kept waiting: the day's copy on the
// first start of a day (on the big street, two copies used to hold the window back for 14 s), or a copy the
// clerk asked for. The thread opens its own read-only connection to the file (BackupManager works from the
// path), so the clerk goes on working while it copies; finished() arrives in the thread that started it.
class BackupTask : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QStringList paths; // the copies written (none when the day's existed already)
        QStringList warnings;
        QString error;
    };

    explicit BackupTask(QObject* parent = nullptr);
    // Waits for a running backup: a thread cannot be left running when its owner goes.
    ~BackupTask() override;

    // Both return false, doing nothing, while a backup is running.
    bool startDaily(const QString& databasePath, const QDate& today, const core::BackupManager::Policy& policy);
    bool startManual(const QString& databasePath);
    // One file that carries the database and every evidence file (a USB stick, another PC): `backup --out`.
    bool startToFile(const QString& databasePath, const QString& target);
    bool isRunning() const;
    // Blocks until the running backup (if any) is done; its finished() still comes through the event loop.
    void wait();

signals:
    void finished(const sl::ui::BackupTask::Outcome& outcome);

private:
    bool start(const std::function<Outcome()>& work);

    QThread* m_thread = nullptr;
};

} // namespace sl::ui

Q_DECLARE_METATYPE(sl::ui::BackupTask::Outcome)
