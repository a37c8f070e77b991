#pragma once

#include "reports/DashboardSnapshot.h"

#include <QDate>
#include <QObject>

#include <memory>

class QThread;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Reads the dashboard's snapshot on a worker thread, over its own read-only connection to the street's file, so
// that the window is painted and answers the clerk at once while a big street's year is computed. A request made
// while one runs is kept (the newest only) and run when that one is done: what is shown is never older than the
// last change. Where a second connection cannot be opened, the snapshot is read on the caller's connection.
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(core::Database& db, QObject* parent = nullptr);
    ~DashboardLoader() override;

    void request(const QDate& asOf);
    // Waits for a read in progress and drops it and any waiting one: before the file is closed or replaced (a
    // restore), no second connection may hold it.
    void stop();
    // A snapshot is being read, or one is waiting to be.
    bool isBusy() const { return m_thread != nullptr || m_pending.isValid(); }

signals:
    void loaded(const sl::core::DashboardSnapshot& snapshot);

private:
    void start(const QDate& asOf);
    void finish();

    core::Database& m_db;
    QThread* m_thread = nullptr;
    std::shared_ptr<core::DashboardSnapshot> m_result;
    std::shared_ptr<bool> m_opened;
    QDate m_asOf;
    QDate m_pending;
};

} // namespace sl::ui
