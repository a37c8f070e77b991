#pragma once

#include "TimingSamples.h"

#include <QDate>
#include <QString>

namespace sl::bench {

// window_start: from starting a process to its first window painted, as the clerk waits for it. The program's
// process opens the street and shows the main window (its first page drawn); the limit's process shows a bare
// QMainWindow holding an empty QTableView — what any Qt program pays for a window, the floor no work can go under.
// The day's backup is not due (the child takes it first, outside the time), so only the window is measured. Both
// are measured by the parent, from QProcess::start to the child's line on stdout, alternately, so that both see the
// same machine.
class WindowStartBenchmark
{
public:
    explicit WindowStartBenchmark(const QString& path);
    bool run(int repeat, TimingSamples* program, TimingSamples* bare, QString* error);

    // Of the program's start, measured by the child itself: opening the file, building the main window, showing it
    // until its first paint (the rest is the process start: loading the libraries, QApplication, translations).
    const TimingSamples& openPhase() const { return m_open; }
    const TimingSamples& constructPhase() const { return m_construct; }
    const TimingSamples& paintPhase() const { return m_paint; }
    // Every bare window was painted at the size of the program's window before it (the floor paints the same area).
    bool checked() const { return m_checked; }

    // The child's side: "bare" instead of a file shows the bare window. Prints "painted" once the first paint
    // reached the screen; returns the exit code.
    static int runChild(const QString& path, const QDate& day);

private:
    bool startOnce(const QStringList& arguments, qint64* nanoseconds, QString* error);

    QString m_path;
    QByteArray m_lastLine;
    TimingSamples m_open;
    TimingSamples m_construct;
    TimingSamples m_paint;
    bool m_checked = true;
};

} // namespace sl::bench
