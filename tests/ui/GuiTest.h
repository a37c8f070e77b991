#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `act` on the next modal dialog once it is shown, so a test can drive a dialog opened with
// exec() by real key clicks. Gives up after about five seconds so a missing dialog fails the test
// instead of hanging it.
inline void whenModalShown(std::function<void(QWidget*)> act, int triesLeft = 500)
{
    QTimer::singleShot(10, [act = std::move(act), triesLeft]() mutable {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            act(modal);
        } else if (triesLeft > 0) {
            whenModalShown(std::move(act), triesLeft - 1);
        }
    });
}

// Types text the way the clerk does: ASCII as key clicks, Chinese as the input method commits it
// (QTest::keyClicks only knows ASCII keys).
inline void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QString ascii;
    auto flushAscii = [&] {
        if (!ascii.isEmpty()) {
            QTest::keyClicks(widget, ascii);
            ascii.clear();
        }
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            ascii += c;
            continue;
        }
        flushAscii();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flushAscii();
}
