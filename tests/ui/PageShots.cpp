// page-shots: the main window on a database, every page of the navigation in turn, each saved as a PNG, so that
// a person can look at what the clerk sees at a given screen size (run under xvfb-run with that screen size):
//   xvfb-run -s "-screen 0 1366x768x24" page-shots --db street.sqlite --out DIR [--language zh_CN] [--as-of DATE]
// Not a test: it asserts nothing; the pictures are for eyes.
#include "AppSettings.h"
#include "Clock.h"
#include "Localization.h"
#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("folder for the PNGs"), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("zh_CN or en"), QStringLiteral("L"),
                                      QStringLiteral("zh_CN"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("today"), QStringLiteral("DATE"));
    parser.addOptions({ db, out, language, asOf });
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
    return 0;
}
