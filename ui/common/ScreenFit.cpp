#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace sl::ui {

ScreenFit::FirstStart ScreenFit::firstStart(const QSize& available, const QSize& preferred)
{
    FirstStart out;
    out.size = preferred.boundedTo(available);
    out.maximised = available.height() < kSmallHeight;
    return out;
}

QSize ScreenFit::bounded(const QSize& wanted, const QSize& frame, const QSize& available)
{
    const QSize room(std::max(0, available.width() - frame.width()), std::max(0, available.height() - frame.height()));
    return wanted.boundedTo(room);
}

void ScreenFit::fit(QWidget* window, const QRect& available)
{
    const QRect frame = window->frameGeometry();
    const QSize extra(frame.width() - window->width(), frame.height() - window->height());
    const QSize size = bounded(window->size(), extra, available.size());
    if (size != window->size()) {
        // A window keeps its layout's minimum size; a form longer than the screen scrolls inside so it can
        // shrink (see RecordDialog).
        window->resize(size);
    }
    const QRect now = window->frameGeometry();
    const int x
        = std::clamp(now.x(), available.left(), std::max(available.left(), available.right() - now.width() + 1));
    const int y
        = std::clamp(now.y(), available.top(), std::max(available.top(), available.bottom() - now.height() + 1));
    if (x != now.x() || y != now.y()) {
        window->move(x, y);
    }
}

void ScreenFit::fitToScreen(QWidget* window)
{
    QScreen* screen = window->screen();
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    if (screen) {
        fit(window, screen->availableGeometry());
    }
}

} // namespace sl::ui
