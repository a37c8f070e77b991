#include "WindowStartBenchmark.h"

#include "ChildSession.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "db/BackupManager.h"
#include "db/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QTableView>
#include <QTextStream>
#include <QWindow>

#include <memory>

namespace sl::bench {

namespace {

// A far day, the same for every start, whose daily backup the first child takes before any start is timed.
const QDate kDay(2031, 3, 3);

QString sizeText(const QWidget& window)
{
    return QStringLiteral("%1x%2").arg(window.width()).arg(window.height());
}

} // namespace

WindowStartBenchmark::WindowStartBenchmark(const QString& path)
    : m_path(path)
{
}

bool WindowStartBenchmark::startOnce(const QStringList& arguments, qint64* nanoseconds, QString* error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted()) {
        *error = QStringLiteral("The window start benchmark's child did not start.");
        return false;
    }
    QByteArray out;
    while (!out.contains("painted") && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
    }
    *nanoseconds = timer.nsecsElapsed();
    m_lastLine = out.trimmed();
    if (!child.waitForFinished(5 * 60 * 1000) || child.exitCode() != 0 || !out.contains("painted")) {
        child.kill();
        *error = QStringLiteral("The window start benchmark's child failed (exit code %1).").arg(child.exitCode());
        return false;
    }
    return true;
}

bool WindowStartBenchmark::run(int repeat, TimingSamples* program, TimingSamples* bare, QString* error)
{
    const QStringList programArgs
        = { QStringLiteral("--window-child"), m_path, QStringLiteral("--as-of"), kDay.toString(Qt::ISODate) };
    // The bare window is shown at the size the program's window was painted at, and says the size it got.
    const auto bareArgs = [](const QByteArray& size) {
        return QStringList{ QStringLiteral("--window-child"), QStringLiteral("bare:") + QString::fromLatin1(size) };
    };
    const auto sizeOf = [this] { return m_lastLine.split(' ').constLast(); };
    qint64 ns = 0;
    // Once untimed each: the day's backup taken, and both programs' files in the disk cache.
    if (!startOnce(programArgs, &ns, error) || !startOnce(bareArgs(sizeOf()), &ns, error)) {
        return false;
    }
    for (int i = 0; i < repeat; ++i) {
        if (!startOnce(programArgs, &ns, error)) {
            return false;
        }
        program->addNanoseconds(ns);
        const QList<QByteArray> phases = m_lastLine.split(' ');
        if (phases.size() == 5) {
            m_open.addNanoseconds(static_cast<qint64>(phases.at(1).toDouble() * 1e6));
            m_construct.addNanoseconds(static_cast<qint64>(phases.at(2).toDouble() * 1e6));
            m_paint.addNanoseconds(static_cast<qint64>(phases.at(3).toDouble() * 1e6));
        }
        const QByteArray programSize = sizeOf();
        if (!startOnce(bareArgs(programSize), &ns, error)) {
            return false;
        }
        bare->addNanoseconds(ns);
        m_checked = m_checked && phases.size() == 5 && sizeOf() == programSize;
    }
    return true;
}

int WindowStartBenchmark::runChild(const QString& path, const QDate& day)
{
    if (path.startsWith(QLatin1String("bare:"))) {
        const QStringList size = path.mid(5).split(QLatin1Char('x'));
        QMainWindow window;
        window.setCentralWidget(new QTableView);
        window.resize(size.value(0).toInt(), size.value(1).toInt());
        showUntilPainted(window);
        QTextStream(stdout) << "painted " << sizeText(window) << Qt::endl;
        return 0;
    }
    QElapsedTimer phase;
    phase.start();
    ChildSession session(day);
    if (!session.open(path)) {
        return 1;
    }
    core::Database& db = session.db();
    QString error;
    const double openMs = static_cast<double>(phase.nsecsElapsed()) / 1e6;
    {
        ui::MainWindow window(db, session.settings());
        const double constructMs = static_cast<double>(phase.nsecsElapsed()) / 1e6 - openMs;
        showUntilPainted(window);
        const double paintMs = static_cast<double>(phase.nsecsElapsed()) / 1e6 - openMs - constructMs;
        QTextStream(stdout) << "painted " << openMs << ' ' << constructMs << ' ' << paintMs << ' ' << sizeText(window)
                            << Qt::endl;
    }
    // The day's backup, after the time (the first, untimed start takes it; later ones find it done).
    core::BackupManager::Taken taken;
    if (!core::BackupManager(path).dailyIfDue(day, core::BackupManager::policy(db), &taken, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace sl::bench
