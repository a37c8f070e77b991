#include "AppInfo.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Localization.h"
#include "MainWindow.h"
#include "common/DialogFit.h"
#include "common/MessageBox.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/Database.h"
#include "db/OperatorRepository.h"
#include "operators/OperatorSignInDialog.h"
#include "rules/OperatorChoice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Every dialog, the sign-in and restore questions before the window too, fits the screen's free area.
    sl::ui::DialogFit::install();
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
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QCoreApplication::translate("main", "Take this date (YYYY-MM-DD) as today."),
                                        QStringLiteral("DATE"));
    parser.addOption(asOfOption);
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        QCoreApplication::translate("main", "Work as this operator (asked for a password when they have one)."),
        QStringLiteral("NAME"));
    parser.addOption(operatorOption);
    parser.process(app);
    if (parser.isSet(asOfOption)) {
        const QDate day = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!day.isValid()) {
            sl::ui::MessageBox::critical(
                nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"),
                QCoreApplication::translate("main", "--as-of needs a date written YYYY-MM-DD."));
            return 2;
        }
        sl::core::Clock::setToday(day);
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : sl::core::Database::defaultPath();
    sl::core::Database db;
    QString error;
    bool opened = db.open(path, &error);
    // A server that wants a password: asked here, three times at most, kept in memory for this run only.
    for (int tries = 0; !opened && db.lastOpenError() == sl::core::Database::OpenError::PasswordNeeded && tries < 3;
         ++tries) {
        bool given = false;
        const QString password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("main", "Password"),
            QCoreApplication::translate("main", "The password of %1:").arg(path), QLineEdit::Password, QString(),
            &given);
        if (!given) {
            return 0;
        }
        sl::core::Database::setPassword(path, password);
        opened = db.open(path, &error);
    }
    if (!opened) {
        if (db.lastOpenError() != sl::core::Database::OpenError::Missing) {
            sl::ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"),
                                         error);
            return 1;
        }
        // The file went missing while its backups are there: the way back is the newest backup, never an empty
        // file in its place.
        const QString newest = sl::core::BackupManager(path).latest();
        if (newest.isEmpty()
            || sl::ui::MessageBox::question(
                   nullptr, QCoreApplication::translate("main", "The database is missing"),
                   QCoreApplication::translate("main", "%1\n\nRestore the newest backup, %2, now?")
                       .arg(error, QDir::toNativeSeparators(newest)))
                != QMessageBox::Yes) {
            sl::ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"),
                                         error);
            return 1;
        }
        sl::core::BackupRestorer::Result restored;
        if (!sl::core::BackupRestorer::restore(path, newest, &restored, &error) || !db.open(path, &error)) {
            sl::ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"),
                                         error);
            return 1;
        }
    }

    // Who works: taken without asking when the rule allows (no operators kept yet, --operator NAME without a
    // password, a single active operator without one), else asked, the last operator chosen (OperatorChoice).
    {
        sl::core::OperatorRepository operators(db);
        const sl::core::OperatorChoice::Start start = sl::core::OperatorChoice::atWindowStart(
            operators.list(), parser.value(operatorOption), db.previousOperator(), sl::core::AppInfo::systemUserName());
        if (start.ask) {
            sl::ui::OperatorSignInDialog signIn(db, start.name);
            if (signIn.exec() != QDialog::Accepted) {
                return 0;
            }
        } else if (!operators.workAs(start.name, &error)) {
            sl::ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "SafeLedger cannot start"),
                                         error);
            return 1;
        }
    }

    sl::ui::MainWindow window(db, settings);
    // Another database opens in a program of its own, with its own lock; this window then closes.
    QObject::connect(&window, &sl::ui::MainWindow::otherDatabaseRequested, &window, [&window](const QString& other) {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), { QStringLiteral("--db"), other })) {
            window.close();
        } else {
            sl::ui::MessageBox::warning(&window, QCoreApplication::translate("main", "Not opened"),
                                        QCoreApplication::translate("main", "SafeLedger could not be started on %1.")
                                            .arg(QDir::toNativeSeparators(other)));
        }
    });
    window.show();
    QTimer::singleShot(0, &window, &sl::ui::MainWindow::offerDemoIfEmpty);
    // The first start of each day (and week) leaves a copy in the backups folder, taken in the background once
    // the window is up; the status bar says when it is done.
    QTimer::singleShot(0, &window, &sl::ui::MainWindow::startDailyBackup);
    return app.exec();
}
