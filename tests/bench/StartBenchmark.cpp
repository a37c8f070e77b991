#include "StartBenchmark.h"

#include "ChildSession.h"
#include "FirstPaint.h"

#include "MainWindow.h"
#include "db/BackupManager.h"
#include "db/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWindow>

namespace sl::bench {

StartBenchmark::StartBenchmark(const QString& path)
    : m_path(path)
{
}

bool StartBenchmark::start(const QDate& day, bool backupFirst, double* windowMs, double* backupMs, QString* error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args
        = { QStringLiteral("--start-child"), m_path, QStringLiteral("--as-of"), day.toString(Qt::ISODate) };
    if (backupFirst) {
        args << QStringLiteral("--backup-first");
    }
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForStarted() || !child.waitForFinished(10 * 60 * 1000) || child.exitCode() != 0) {
        child.kill();
        *error = QStringLiteral("The start benchmark's child failed (exit code %1).").arg(child.exitCode());
        return false;
    }
    const QStringList parts = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    bool ok1 = false;
    bool ok2 = false;
    *windowMs = parts.value(0).toDouble(&ok1);
    *backupMs = parts.value(1).toDouble(&ok2);
    if (!ok1 || !ok2) {
        *error = QStringLiteral("The start benchmark's child did not report its times.");
        return false;
    }
    return true;
}

bool StartBenchmark::run(int repeat, Results* results, QString* error)
{
    // Days far from any real backup, one new day per round. Every start follows a pause, so that the disk has
    // written out what the start before it wrote (each first start writes a 90 MB copy) and none pays for another.
    const auto settle = [] { QThread::sleep(3); };
    const QDir backups(core::Database::backupDirectoryFor(m_path));
    QStringList before = backups.entryList(QDir::Files);
    // Whether the start just ended wrote a backup file that was not there before it.
    const auto wroteBackup = [&] {
        const QStringList after = backups.entryList(QDir::Files);
        bool added = false;
        for (const QString& name : after) {
            added = added || !before.contains(name);
        }
        before = after;
        return added;
    };
    for (int i = 0; i < repeat; ++i) {
        const QDate day = QDate(2031, 1, 6).addDays(2 * i);
        double window = 0;
        double backup = 0;
        if (!start(day.addDays(1), true, &window, &backup, error)) {
            return false;
        }
        results->backupFirst.addNanoseconds(static_cast<qint64>(window * 1e6));
        results->checked = wroteBackup() && results->checked;
        settle();
        if (!start(day, false, &window, &backup, error)) {
            return false;
        }
        results->firstOfDay.addNanoseconds(static_cast<qint64>(window * 1e6));
        results->firstOfDayBackup.addNanoseconds(static_cast<qint64>(backup * 1e6));
        results->checked = wroteBackup() && results->checked;
        settle();
        if (!start(day, false, &window, &backup, error)) {
            return false;
        }
        results->otherStart.addNanoseconds(static_cast<qint64>(window * 1e6));
        results->checked = !wroteBackup() && results->checked;
        settle();
    }
    return true;
}

int StartBenchmark::runChild(const QString& path, const QDate& day, bool backupFirst)
{
    QElapsedTimer timer;
    timer.start();
    ChildSession session(day);
    if (!session.open(path)) {
        return 1;
    }
    core::Database& db = session.db();
    QString error;
    double backupMs = 0;
    if (backupFirst) {
        core::BackupManager::Taken taken;
        if (!core::BackupManager(path).dailyIfDue(day, core::BackupManager::policy(db), &taken, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        backupMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    ui::MainWindow window(db, session.settings());
    showUntilPainted(window);
    const double windowMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!backupFirst) {
        QEventLoop loop;
        QObject::connect(&window, &ui::MainWindow::dailyBackupFinished, &loop, &QEventLoop::quit);
        // As main() does: once the window is up.
        QTimer::singleShot(0, &window, &ui::MainWindow::startDailyBackup);
        loop.exec();
        backupMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    QTextStream(stdout) << QString::number(windowMs, 'f', 1) << ' ' << QString::number(backupMs, 'f', 1) << Qt::endl;
    return 0;
}

} // namespace sl::bench
