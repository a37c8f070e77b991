#include "AppSettings.h"
#include "GuiTest.h"
#include "Localization.h"
#include "MainWindow.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/BackupManager.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "enterprises/EnterpriseTableModel.h"
#include "enterprises/EnterprisesPage.h"
#include "settings/SettingsPage.h"
#include <QLabel>

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("main.sqlite")), &error));
    }

    void offersDemoOnEmptyDatabase()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
        QCOMPARE(window.enterprisesPage()->model()->rowCount(), 300);
        QVERIFY(window.enterprisesPage()->table()->model()->rowCount() > 250); // archived ones hidden

        // Not offered again once there is data.
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        const QString before = MessageBox::lastText();
        window.offerDemoIfEmpty();
        QCOMPARE(MessageBox::lastText(), before);
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

    // Restore from the settings page: the backup is checked, the clerk confirms, the file is replaced and
    // reopened, and the replaced one is kept.
    void restoresABackupFromTheSettings()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        QString error;
        Community before;
        before.name = QStringLiteral("备份前的社区");
        QVERIFY(CommunityRepository(m_db).insert(before, &error));
        const QString backup = BackupManager(m_db).take(QStringLiteral("test"), &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        Community after;
        after.name = QStringLiteral("备份后的社区");
        QVERIFY(CommunityRepository(m_db).insert(after, &error));

        FileDialog::setNextFileName(backup);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QString shown;
        whenModalShown([&shown](QWidget* box) {
            shown = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral("replaced")) || shown.contains(QStringLiteral("替换")),
                 qPrintable(shown));
        QStringList names;
        for (const Community& c : CommunityRepository(m_db).list(true)) {
            names << c.name;
        }
        QVERIFY(names.contains(QStringLiteral("备份前的社区")));
        QVERIFY(!names.contains(QStringLiteral("备份后的社区")));
        QVERIFY(m_db.isOpen());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
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

    // Last: it installs the Chinese translator for the rest of the process.
    void speaksChinese()
    {
        QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        MainWindow window(m_db, *m_settings);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("工作台"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("企业台账"));
        QCOMPARE(nav->item(nav->count() - 1)->text(), QStringLiteral("系统设置"));
        // Qt's own dialogs too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

private:
    // The areas built so far, in the order of ui.md; areas not built are absent, not placeholders.
    const QStringList kAreas = {QStringLiteral("Dashboard"),       QStringLiteral("Enterprises"),
                                QStringLiteral("Agencies"),        QStringLiteral("Contracts"),
                                QStringLiteral("Service records"), QStringLiteral("Hazards"),
                                QStringLiteral("Certificates"),    QStringLiteral("Scorecards"),
                                QStringLiteral("Subsidies"),       QStringLiteral("Reports"),
                                QStringLiteral("Agency returns"),  QStringLiteral("Audit log"),
                                QStringLiteral("Settings")};
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
