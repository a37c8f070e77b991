#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace sl::ui {

// Windows and dialogs fit the screen area left by the taskbar: a 1366×768 laptop has about 728 pixels of
// height, less than the main window's preferred 780. The rules are pure functions of the available area; the
// two calls at the end apply them to a real window on its screen.
class ScreenFit
{
public:
    // The main window's size the first time (nothing saved yet): the preferred size bounded by the available
    // area, and maximised when the screen is small (available height below kSmallHeight).
    struct FirstStart
    {
        QSize size;
        bool maximised = false;
    };
    static constexpr int kSmallHeight = 800;
    static FirstStart firstStart(const QSize& available, const QSize& preferred);

    // A window of `wanted` size with a frame of `frame` (the frame's extra width and height) bounded so that
    // window and frame fit into `available`.
    static QSize bounded(const QSize& wanted, const QSize& frame, const QSize& available);

    // Bounds a top-level window (with its frame) to `available` and moves it inside that area.
    static void fit(QWidget* window, const QRect& available);
    // The same with the available geometry of the screen the window is on.
    static void fitToScreen(QWidget* window);
};

} // namespace sl::ui
