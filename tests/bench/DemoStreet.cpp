#include "DemoStreet.h"

#include "BenchOptions.h"
#include "db/Database.h"
#include "db/ErrorOut.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

namespace sl::bench {

bool DemoStreet::write(const QString& path, const BenchOptions& options, double* ms, QString* error)
{
    core::Database db;
    if (!db.open(path, error)) {
        return false;
    }
    core::DemoGenerator::Options demo;
    demo.enterprises = options.enterprises;
    demo.years = options.years;
    demo.seed = options.seed;
    // The reference date stays "today", as with `safeledger-cli demo`: only join dates depend on it,
    // and the clerk's own demo street is made the same way.
    QElapsedTimer timer;
    timer.start();
    if (!core::DemoGenerator::generate(db, demo, error)) {
        return false;
    }
    *ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return true;
}

bool DemoStreet::writeInChild(const QString& path, const BenchOptions& options, double* ms, QString* error)
{
    QProcess child;
    // The child's complaints go straight to our stderr; its stdout carries only the time.
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--write-demo"), path, QStringLiteral("--enterprises"),
                  QString::number(options.enterprises), QStringLiteral("--years"), QString::number(options.years),
                  QStringLiteral("--seed"), QString::number(options.seed) });
    // A district can take a while on a slow disk; an hour means something is broken.
    if (!child.waitForStarted() || !child.waitForFinished(60 * 60 * 1000)) {
        child.kill();
        return core::failWith(error,
                              QStringLiteral("The demo street could not be generated: %1").arg(child.errorString()));
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        return core::failWith(
            error, QStringLiteral("Generating the demo street failed (exit code %1).").arg(child.exitCode()));
    }
    bool ok = false;
    *ms = QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble(&ok);
    if (!ok) {
        return core::failWith(error, QStringLiteral("The demo generator did not report its time."));
    }
    return true;
}

int DemoStreet::runChild(const BenchOptions& options)
{
    double ms = 0;
    QString error;
    if (!write(options.writeDemoPath, options, &ms, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QString::number(ms, 'f', 3) << Qt::endl;
    return 0;
}

} // namespace sl::bench
