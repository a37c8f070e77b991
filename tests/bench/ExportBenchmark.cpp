#include "ExportBenchmark.h"

#include "PeakMemory.h"
#include "db/Database.h"
#include "io/HandoverPackage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

namespace sl::bench {

ExportBenchmark::ExportBenchmark(const QString& path, const QString& out)
    : m_path(path)
    , m_out(out)
{
}

bool ExportBenchmark::run(Results* results, QString* error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--export-child"), m_path, QStringLiteral("--out"), m_out });
    if (!child.waitForStarted() || !child.waitForFinished(60 * 60 * 1000) || child.exitCode() != 0) {
        child.kill();
        *error = QStringLiteral("export-all failed in the benchmark's child (exit code %1).").arg(child.exitCode());
        return false;
    }
    const QStringList parts = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    results->ms = parts.value(0).toDouble();
    results->peakRssMb = parts.value(1).toDouble();
    results->packageMb = static_cast<double>(QFileInfo(m_out).size()) / (1024.0 * 1024.0);
    return true;
}

int ExportBenchmark::runChild(const QString& path, const QString& out)
{
    QElapsedTimer timer;
    timer.start();
    core::Database db;
    QString error;
    core::HandoverPackage::Written written;
    if (!db.openReadOnly(path, &error) || !core::HandoverPackage::write(db, out, &written, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << QString::number(ms, 'f', 1) << ' ' << QString::number(PeakMemory::peakRssMb(), 'f', 1)
                        << Qt::endl;
    return 0;
}

} // namespace sl::bench
