// page-shots: the main window on a database, every page of the navigation in turn, each saved as a PNG, so that
// a person can look at what the clerk sees at a given screen size (run under xvfb-run with that screen size):
//   xvfb-run -s "-screen 0 1366x768x24" page-shots --db street.sqlite --out DIR [--language zh_CN] [--as-of DATE]
// With --dialogs it then opens the main dialogs (each from its page's action, on the first row where it edits one),
// saves the whole screen with the dialog in place, says whether the dialog fits the screen's free area, and closes
// it without saving.
// Not a test: it asserts nothing; the pictures are for eyes.
#include "AppSettings.h"
#include "Clock.h"
#include "Localization.h"
#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "db/Database.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QMainWindow>
#include <QPainter>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct DialogShot
{
    sl::ui::MainWindow::Page page;
    const char* action;
    bool onFirstRow;
};

// Opens the dialog the page's action shows, saves the screen while it is up, and closes it unsaved.
void shootDialog(sl::ui::MainWindow& window, const DialogShot& shot, const QString& file)
{
    window.showPage(shot.page);
    QTest::qWait(400);
    QWidget* page = window.findChild<QStackedWidget*>()->currentWidget();
    if (shot.onFirstRow) {
        if (auto* table = page->findChild<QTableView*>()) {
            table->setFocus();
            table->selectRow(0);
        }
    }
    auto* action = page->findChild<QAction*>(QLatin1String(shot.action));
    if (!action || !action->isEnabled()) {
        printf("%s: not available here\n", shot.action);
        return;
    }
    QTimer::singleShot(900, [file, name = shot.action] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            printf("%s: no dialog\n", name);
            return;
        }
        const QRect free = dialog->screen()->availableGeometry();
        const QRect frame = dialog->frameGeometry();
        // The screen as the clerk sees it: the window, and the dialog over it where it opened.
        QImage screen(free.size(), QImage::Format_RGB32);
        screen.fill(QColor(0x40, 0x40, 0x40));
        QPainter painter(&screen);
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top != dialog && top->isVisible() && qobject_cast<QMainWindow*>(top)) {
                painter.drawPixmap(top->geometry().topLeft() - free.topLeft(), top->grab());
            }
        }
        painter.drawPixmap(dialog->geometry().topLeft() - free.topLeft(), dialog->grab());
        painter.end();
        screen.save(file);
        printf("%s %s: %s %dx%d at %d,%d (free area %dx%d): %s\n", qPrintable(file), name,
               qPrintable(dialog->windowTitle()), frame.width(), frame.height(), frame.x(), frame.y(), free.width(),
               free.height(), free.contains(frame) ? "fits" : "DOES NOT FIT");
        QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    action->trigger();
    QTest::qWait(300);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("folder for the PNGs"), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("zh_CN or en"), QStringLiteral("L"),
                                      QStringLiteral("zh_CN"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("today"), QStringLiteral("DATE"));
    const QCommandLineOption dialogs(QStringLiteral("dialogs"), QStringLiteral("also the main dialogs"));
    parser.addOptions({ db, out, language, asOf, dialogs });
    parser.process(app);
    sl::core::Localization::install(app, parser.value(language));
    if (parser.isSet(asOf)) {
        sl::core::Clock::setToday(QDate::fromString(parser.value(asOf), Qt::ISODate));
    }
    QTemporaryDir scratch;
    sl::core::AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    sl::core::Database database;
    QString error;
    if (!database.open(parser.value(db), &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    QDir().mkpath(parser.value(out));
    sl::ui::MainWindow window(database, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QSize screen = window.screen()->availableGeometry().size();
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTest::qWait(400);
        // The dashboard's figures come from its worker: the shot shows them, not the "computing" cards.
        if (!QTest::qWaitFor([&window] { return !window.dashboardPage()->isComputing(); }, 120000)) {
            qWarning("The dashboard was still computing after two minutes; its shot shows the cards computing.");
        }
        const QString name = QStringLiteral("%1/%2x%3-%4.png")
                                 .arg(parser.value(out))
                                 .arg(screen.width())
                                 .arg(screen.height())
                                 .arg(row, 2, 10, QLatin1Char('0'));
        window.grab().save(name);
        printf("%s %s (window %dx%d)\n", qPrintable(name), qPrintable(navigation->item(row)->text()), window.width(),
               window.height());
    }
    if (parser.isSet(dialogs)) {
        using Page = sl::ui::MainWindow::Page;
        const QList<DialogShot> shots = {
            { Page::Enterprises, "newEnterpriseAction", false },
            { Page::Enterprises, "editEnterpriseAction", true },
            { Page::Agencies, "newAgencyAction", false },
            { Page::Contracts, "newContractAction", false },
            { Page::Contracts, "editContractAction", true },
            { Page::ServiceRecords, "newRecordAction", false },
            { Page::ServiceRecords, "editRecordAction", true },
            { Page::ServiceRecords, "riskAssessmentAction", true },
            { Page::ServiceRecords, "otherServiceAction", true },
            { Page::Hazards, "start_rectifyingAction", true },
            { Page::Hazards, "extensionAction", true },
            { Page::Hazards, "interviewAction", true },
            { Page::Certificates, "newCertificateAction", false },
            { Page::Scorecards, "addEvaluationAction", true },
        };
        for (int i = 0; i < shots.size(); ++i) {
            shootDialog(window, shots.at(i),
                        QStringLiteral("%1/%2x%3-dialog-%4.png")
                            .arg(parser.value(out))
                            .arg(screen.width())
                            .arg(screen.height())
                            .arg(i, 2, 10, QLatin1Char('0')));
        }
    }
    return 0;
}
