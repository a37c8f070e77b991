#include "AppInfo.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Localization.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "db/BackupManager.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    sl::core::AppInfo::applyIdentity();
    sl::core::AppSettings settings;
    sl::core::Localization::install(app, settings.value(sl::core::AppSettings::Key::Language).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "SafeLedger, the safety-service ledger"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "The database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QCoreApplication::translate("main", "Take this date (YYYY-MM-DD) as today."),
        QStringLiteral("DATE"));
    parser.addOption(asOfOption);
    parser.process(app);
    if (parser.isSet(asOfOption)) {
        const QDate day = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!day.isValid()) {
            sl::ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"),
                                         QCoreApplication::translate("main", "--as-of needs a date written YYYY-MM-DD."));
            return 2;
        }
        sl::core::Clock::setToday(day);
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : sl::core::Database::defaultPath();
    sl::core::Database db;
    QString error;
    if (!db.open(path, &error)) {
        sl::ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"), error);
        return 1;
    }

    // The first start of each day (and week) leaves a copy in the backups folder beside the file.
    QString backupError;
    sl::core::BackupManager(db).dailyIfDue(sl::core::Clock::today(), &backupError);
    if (!backupError.isEmpty()) {
        sl::ui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "No backup today"),
                                    QCoreApplication::translate("main", "Today's backup copy could not be made: %1\n\n"
                                                                        "Your work is safe, but check the disk and "
                                                                        "the backups folder.")
                                        .arg(backupError));
    }

    sl::ui::MainWindow window(db, settings);
    window.show();
    QTimer::singleShot(0, &window, &sl::ui::MainWindow::offerDemoIfEmpty);
    return app.exec();
}
