#pragma once

#include <QCoreApplication>
#include <QWidget>
#include <QWindow>

namespace sl::bench {

// Shows the window and returns once its first paint reached the screen: what the clerk waits for at a start.
inline void showUntilPainted(QWidget& window)
{
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QCoreApplication::processEvents();
}

} // namespace sl::bench
