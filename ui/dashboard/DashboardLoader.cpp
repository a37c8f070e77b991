#include "DashboardLoader.h"

#include "db/Database.h"

#include <QThread>

namespace sl::ui {

DashboardLoader::DashboardLoader(core::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

DashboardLoader::~DashboardLoader()
{
    if (m_thread) {
        // The worker only reads; the window closing waits for the read in progress to end.
        m_thread->wait();
        delete m_thread;
    }
}

void DashboardLoader::request(const QDate& asOf)
{
    if (m_thread) {
        m_pending = asOf;
        return;
    }
    start(asOf);
}

void DashboardLoader::stop()
{
    m_pending = QDate();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_result.reset();
    m_opened.reset();
}

void DashboardLoader::start(const QDate& asOf)
{
    m_pending = QDate();
    auto result = std::make_shared<core::DashboardSnapshot>();
    auto opened = std::make_shared<bool>(false);
    const QString path = m_db.location();
    m_asOf = asOf;
    m_result = result;
    m_opened = opened;
    m_thread = QThread::create([path, asOf, result, opened] {
        // The connection belongs to this thread: opened, read and closed here.
        core::Database db;
        QString error;
        if (!db.openReadOnly(path, &error)) {
            return;
        }
        *opened = true;
        *result = core::DashboardSnapshot::load(db, asOf);
    });
    m_thread->setObjectName(QStringLiteral("dashboardLoader"));
    connect(m_thread, &QThread::finished, this, &DashboardLoader::finish, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void DashboardLoader::finish()
{
    if (!m_thread || !m_thread->isFinished()) {
        return; // stopped, or a later read's thread
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!*m_opened) {
        // No second connection (the file could not be opened read-only here): read on the window's own.
        *m_result = core::DashboardSnapshot::load(m_db, m_asOf);
    }
    const std::shared_ptr<core::DashboardSnapshot> result = std::move(m_result);
    m_opened.reset();
    if (m_pending.isValid()) {
        // Changed since this read began: read again before showing anything older than the change.
        start(m_pending);
        return;
    }
    emit loaded(*result);
}

} // namespace sl::ui
