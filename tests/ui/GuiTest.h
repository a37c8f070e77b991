#pragma once

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFocusEvent>
#include <QInputMethodEvent>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QToolBar>
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
            QPointer<QWidget> dialog(modal);
            // Keys must reach the dialog, not a shortcut of the window behind it: on a loaded machine the
            // dialog may not be the active window yet when it is first seen.
            modal->activateWindow();
            if (!QTest::qWaitForWindowActive(modal, 3000)) {
                qWarning("whenModalShown: the dialog did not become active");
            }
            act(modal);
            // A dialog the test failed to close would block exec() for ever; close it after a grace
            // period, so the test fails on its assertions instead of hanging until the ctest timeout.
            QTimer::singleShot(5000, [dialog] {
                if (dialog && dialog->isVisible()) {
                    qWarning("whenModalShown: the dialog was still open; closing it");
                    dialog->close();
                }
            });
        } else if (triesLeft > 0) {
            whenModalShown(std::move(act), triesLeft - 1);
        }
    });
}

// Shows a page at the size given and waits until it is the active window, which the clerk's clicks and keys reach.
inline void showActive(QWidget* page, int width, int height)
{
    page->resize(width, height);
    page->show();
    QVERIFY(QTest::qWaitForWindowActive(page));
}

// Deletes a test function's page, then closes the database its models read.
template <typename Page, typename Db> inline void closePage(Page*& page, Db& db)
{
    delete page;
    page = nullptr;
    db.close();
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

// A modal dialog is the active window for the clerk; offscreen it must be asked to be, or keys
// would still go to the page's shortcuts behind it.
inline void activate(QWidget* dialog)
{
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
}

// As the clerk does: Tab into the field, then type the digits; the sections advance by themselves.
inline void typeDate(QDateEdit* edit, const QDate& date)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    if (!edit->hasFocus()) {
        // Offscreen, a dialog opened by a mouse click may not become the active window, and then no
        // focus event arrives; deliver the one the Tab key would have caused.
        QFocusEvent tabbedIn(QEvent::FocusIn, Qt::TabFocusReason);
        QApplication::sendEvent(edit, &tabbedIn);
    }
    QTest::keyClicks(edit, date.toString(QStringLiteral("yyyyMMdd")));
}

// Clicks the button of `action` on whichever of the page's toolbars shows it, as the clerk does.
inline void clickToolbarAction(QWidget* page, QAction* action)
{
    for (QToolBar* bar : page->findChildren<QToolBar*>()) {
        if (QWidget* button = bar->widgetForAction(action)) {
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }
}

// For people to look at: a picture of the widget saved as `name` in the folder SL_SHOTS names, when it names one.
inline void saveShot(QWidget* widget, const QString& name)
{
    if (const QString shots = qEnvironmentVariable("SL_SHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY2(widget->grab().save(QDir(shots).filePath(name)), qPrintable(name));
    }
}
