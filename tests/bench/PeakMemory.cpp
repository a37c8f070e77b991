#include "PeakMemory.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// psapi.h needs the types of windows.h, so it must come second.
#include <psapi.h>
#elif defined(Q_OS_LINUX)
#include <QByteArray>
#include <QFile>
#include <QList>
#endif

namespace sl::bench {

double PeakMemory::peakRssMb()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters))) {
        return -1;
    }
    return static_cast<double>(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#elif defined(Q_OS_LINUX)
    // VmHWM ("high water mark") is the peak resident set size, in kB.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            bool ok = false;
            const double kb = parts.value(0).toDouble(&ok);
            return ok ? kb / 1024.0 : -1;
        }
    }
    return -1;
#else
    return -1;
#endif
}

} // namespace sl::bench
