#include "AppSettings.h"
#include "Clock.h"
#include "DatabaseFixture.h"
#include "GuiTest.h"
#include "Localization.h"
#include "MainWindow.h"
#include "common/ChangeNotifier.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "enterprises/EnterpriseTableModel.h"
#include "enterprises/EnterprisesPage.h"
#include "records/ServiceRecordsPage.h"
#include "returns/ReturnsPage.h"
#include "settings/SettingsPage.h"
#include <QLabel>
#include <QMenu>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

class TestMainWindow : public QObject, private DatabaseFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { openEmpty(QStringLiteral("settings.ini"), QStringLiteral("main.sqlite")); }

    // The Chinese translator, then back to English: the tests after this one (in any order) still read English.
    void speaksChinese()
    {
        QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        {
            MainWindow window(m_db, *m_settings);
            auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QCOMPARE(nav->item(0)->text(), QStringLiteral("工作台"));
            QCOMPARE(nav->item(1)->text(), QStringLiteral("企业台账"));
            QCOMPARE(nav->item(nav->count() - 1)->text(), QStringLiteral("系统设置"));
            // Qt's own dialogs too.
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
            // One wording for periods: 2026年第4季度, on the records page's spin boxes as in the returns page's list.
            ServiceRecordsPage* records = window.serviceRecordsPage();
            QVERIFY(records);
            auto* year = records->findChild<QSpinBox*>(QStringLiteral("yearSpin"));
            auto* quarter = records->findChild<QSpinBox*>(QStringLiteral("quarterSpin"));
            QVERIFY(year && quarter);
            QCOMPARE(year->text(), QStringLiteral("%1年").arg(year->value()));
            QCOMPARE(quarter->text(), QStringLiteral("第%1季度").arg(quarter->value()));
            auto* quarters = window.returnsPage()->findChild<QComboBox*>(QStringLiteral("quarterCombo"));
            QVERIFY(quarters);
            QCOMPARE(quarters->itemText(3), QStringLiteral("第4季度"));
        }
        // Installing again replaces, never stacks: one switch back to English removes every Chinese text.
        QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Localization::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window(m_db, *m_settings);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), kAreas.first());
        QCOMPARE(nav->item(nav->count() - 1)->text(), kAreas.last());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void offersDemoOnEmptyDatabase()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
        // Pages read their records when first shown.
        window.showPage(MainWindow::Page::Enterprises);
        QCOMPARE(window.enterprisesPage()->model()->rowCount(), 300);
        QVERIFY(window.enterprisesPage()->table()->model()->rowCount() > 250); // archived ones hidden

        // Not offered again once there is data.
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        const QString before = MessageBox::lastText();
        window.offerDemoIfEmpty();
        QCOMPARE(MessageBox::lastText(), before);
    }

    // The window opens with the dashboard only; a page is made once, when it is first shown or asked for.
    void pagesAreMadeWhenFirstShown()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<DashboardPage*>());
        QVERIFY(!window.findChild<EnterprisesPage*>());
        QVERIFY(!window.findChild<SettingsPage*>());
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
        QVERIFY(window.findChild<EnterprisesPage*>());
        QVERIFY(window.enterprisesPage()->isVisible());
        window.showPage(MainWindow::Page::Dashboard);
        window.showPage(MainWindow::Page::Enterprises);
        QCOMPARE(window.findChildren<EnterprisesPage*>().size(), 1);
        QVERIFY(!window.findChild<SettingsPage*>());
    }

    // A page hears of the areas it subscribed to, and of nothing once it is gone.
    void notifierCallsOnlyWatchedAreas()
    {
        ChangeNotifier notifier;
        int calls = 0;
        {
            QObject receiver;
            notifier.subscribe(&receiver, { ChangeNotifier::Area::Register, ChangeNotifier::Area::Contracts },
                               [&calls] { ++calls; });
            notifier.notify(ChangeNotifier::Area::Hazards);
            QCOMPARE(calls, 0);
            notifier.notify(ChangeNotifier::Area::Contracts);
            QCOMPARE(calls, 1);
            notifier.notify(ChangeNotifier::Area::Register);
            QCOMPARE(calls, 2);
        }
        notifier.notify(ChangeNotifier::Area::Register);
        QCOMPARE(calls, 2);
    }

    void navigationListsOnlyBuiltAreas()
    {
        MainWindow window(m_db, *m_settings);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i) {
            titles << nav->item(i)->text();
        }
        QCOMPARE(titles, kAreas);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(static_cast<int>(kAreas.size()) - 1)).center());
        QVERIFY(window.settingsPage()->isVisible());
        QVERIFY(!window.enterprisesPage()->isVisible());
    }

    void remembersGeometry()
    {
        {
            MainWindow window(m_db, *m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1011, 677);
            QTRY_COMPARE(window.size(), QSize(1011, 677));
        }
        MainWindow again(m_db, *m_settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1011, 677));
    }

    // The first start of a day: the window is up before the day's copy is written (in a thread of its own), and
    // the status bar says when it is done.
    void takesTheDailyBackupWithoutKeepingTheWindowWaiting()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::dailyBackupFinished);
        window.startDailyBackup();
        auto* label = window.findChild<QLabel*>(QStringLiteral("backupLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("Backing up")), qPrintable(label->text()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(label->text().startsWith(QStringLiteral("Last backup")), qPrintable(label->text()));
        const QString daily = QDir(BackupManager(m_db.path()).folder())
                                  .filePath(BackupManager::dailyName(QStringLiteral("main"), Clock::today()));
        QVERIFY2(QFileInfo::exists(daily), qPrintable(daily));
        // Once a day: the next start finds it and writes nothing.
        window.startDailyBackup();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(QDir(BackupManager(m_db.path()).folder()).entryList({ QStringLiteral("main-daily-*") }).size(), 1);
    }

    // The day's backup of the demo street (with its sign-in sheets as evidence) restored from the settings page:
    // checked, confirmed, database and evidence put back, the replaced state kept, and check passes.
    void restoresTheDailyBackupFromTheSettings()
    {
        const QString daily = QDir(BackupManager(m_db.path()).folder())
                                  .filePath(BackupManager::dailyName(QStringLiteral("main"), Clock::today()));
        QVERIFY2(QFileInfo::exists(daily), qPrintable(daily));
        const int evidenceFiles = static_cast<int>(EvidenceRepository(m_db).files().size());
        QVERIFY(evidenceFiles > 0);
        MainWindow window(m_db, *m_settings);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        QString error;
        Community after;
        after.name = QStringLiteral("备份后的社区");
        QVERIFY(CommunityRepository(m_db).insert(after, &error));
        // The evidence folder loses a file after the backup: the restore brings it back.
        const QString lost = EvidenceRepository(m_db).absolutePath(EvidenceRepository(m_db).files().first());
        QVERIFY(QFile::remove(lost));

        FileDialog::setNextFileName(daily);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QString shown;
        whenModalShown([&shown](QWidget* box) {
            shown = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral("replaced")) || shown.contains(QStringLiteral("替换")),
                 qPrintable(shown));
        QVERIFY(m_db.isOpen());
        QStringList names;
        for (const Community& c : CommunityRepository(m_db).list(true)) {
            names << c.name;
        }
        QVERIFY(!names.contains(QStringLiteral("备份后的社区")));
        QVERIFY(QFileInfo::exists(lost));
        CheckReport report = m_db.check();
        EvidenceRepository(m_db).verify(report);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(EvidenceRepository(m_db).files().size(), evidenceFiles);
        // check counts the files as the evidence folder holds them (the same scan attached twice is one file).
        QVERIFY2(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("%1 evidence file").arg(evidenceFiles)),
                 qPrintable(report.notes.join(QLatin1Char(' '))));
        // The state it replaced is a backup too.
        QVERIFY(
            !QDir(BackupManager(m_db.path()).folder()).entryList({ QStringLiteral("main-replaced-*.zip") }).isEmpty());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // "Back up to a file…": one file that carries the database and every evidence file, written in the background.
    void backsUpToAFileFromTheSettings()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        const QString target = m_dir.filePath(QStringLiteral("stick/copy.zip"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("stick")));
        FileDialog::setNextFileName(target);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("backUpToFileButton")), Qt::LeftButton);
        auto* done = window.findChild<QLabel*>(QStringLiteral("backupDone"));
        QTRY_VERIFY_WITH_TIMEOUT(done->text().contains(QStringLiteral("copy.zip")), 60000);
        BackupRestorer::Summary summary;
        QString error;
        QVERIFY2(BackupRestorer::verify(target, &summary, &error), qPrintable(error));
        QCOMPARE(summary.evidenceFiles, EvidenceRepository(m_db).files().size());
    }

    // 文件 → 打开服务器数据库…: the form puts the server's address together, refuses what names no database, and the
    // program is asked to start on the address (which asks for the password itself).
    void aServerDatabaseIsOpenedByItsAddress()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy asked(&window, &MainWindow::otherDatabaseRequested);
        QString preview;
        bool refusedWithoutDatabase = false;
        whenModalShown([&](QWidget* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit")), QStringLiteral("ledger.jinbei.local"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("clerk"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QTest::mouseClick(save, Qt::LeftButton);
            refusedWithoutDatabase = dialog->isVisible()
                && dialog->findChild<QLabel*>(QStringLiteral("formError"))->text().contains(QRegularExpression(QStringLiteral("database|数据库")));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit")), QStringLiteral("jinbei"));
            auto* port = dialog->findChild<QSpinBox*>(QStringLiteral("portSpin"));
            port->setValue(6543);
            preview = dialog->findChild<QLineEdit*>(QStringLiteral("addressPreview"))->text();
            saveShot(dialog, QStringLiteral("server-database-dialog.png"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        window.findChild<QAction*>(QStringLiteral("fileOpenServerAction"))->trigger();
        QVERIFY(refusedWithoutDatabase);
        QCOMPARE(preview, QStringLiteral("postgresql://clerk@ledger.jinbei.local:6543/jinbei"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), preview);
    }

    // 文件 has more than 退出: open another database (the program is asked to start on it), back up to a file,
    // export and print what the current page shows (its own Ctrl+E and Ctrl+P, enabled only where the page has them).
    void fileMenuOpensBacksUpExportsAndPrints()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* file = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        const auto action = [&window](const char* name) { return window.findChild<QAction*>(QLatin1String(name)); };
        for (const char* name :
             { "fileOpenDatabaseAction", "fileBackupAction", "fileExportShownAction", "filePrintAction" }) {
            QVERIFY2(action(name) && file->actions().contains(action(name)), name);
        }

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QFile(other).open(QIODevice::WriteOnly);
        QSignalSpy asked(&window, &MainWindow::otherDatabaseRequested);
        FileDialog::setNextFileName(other);
        action("fileOpenDatabaseAction")->trigger();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), other);
        FileDialog::setNextFileName(m_db.path());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action("fileOpenDatabaseAction")->trigger();
        QCOMPARE(asked.size(), 1); // the database open now is not opened twice

        window.showPage(MainWindow::Page::Enterprises);
        emit file->aboutToShow();
        QVERIFY(action("fileExportShownAction")->isEnabled());
        QVERIFY(action("filePrintAction")->isEnabled());
        const QString shown = m_dir.filePath(QStringLiteral("shown-enterprises.xlsx"));
        FileDialog::setNextFileName(shown);
        action("fileExportShownAction")->trigger();
        QVERIFY(QFileInfo::exists(shown));
        window.showPage(MainWindow::Page::Dashboard);
        emit file->aboutToShow();
        QVERIFY(!action("fileExportShownAction")->isEnabled());
    }

    void addsCommunityInSettings()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        const int before = CommunityRepository(m_db).list(true).size();
        whenModalShown([](QWidget* dialog) {
            auto* edit = dialog->findChild<QLineEdit*>();
            typeText(edit, QStringLiteral("新建社区"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("addCommunityButton")), Qt::LeftButton);
        QCOMPARE(CommunityRepository(m_db).list(true).size(), before + 1);
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("communityList"))->count(), before + 1);
    }

private:
    // The areas built so far, in the order of ui.md; areas not built are absent, not placeholders.
    const QStringList kAreas
        = { QStringLiteral("Dashboard"),    QStringLiteral("Enterprises"),     QStringLiteral("Agencies"),
            QStringLiteral("Contracts"),    QStringLiteral("Service records"), QStringLiteral("Hazards"),
            QStringLiteral("Certificates"), QStringLiteral("Scorecards"),      QStringLiteral("Subsidies"),
            QStringLiteral("Reports"),      QStringLiteral("Agency returns"),  QStringLiteral("Audit log"),
            QStringLiteral("Settings") };
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
