#include "AppSettings.h"
#include "MainWindow.h"
#include "common/DialogFit.h"
#include "common/ScreenFit.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "model/ServiceRecord.h"
#include "records/RecordDialog.h"

#include <QDialog>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void firstStart_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("maximised");
        QTest::newRow("1366x768 laptop") << QSize(1366, 728) << QSize(1280, 728) << true;
        QTest::newRow("1024x600 netbook") << QSize(1024, 560) << QSize(1024, 560) << true;
        QTest::newRow("1280x800 just big enough") << QSize(1280, 800) << QSize(1280, 780) << false;
        QTest::newRow("1920x1080") << QSize(1920, 1040) << QSize(1280, 780) << false;
    }

    void firstStart()
    {
        QFETCH(QSize, available);
        QFETCH(QSize, size);
        QFETCH(bool, maximised);
        const ScreenFit::FirstStart start = ScreenFit::firstStart(available, QSize(1280, 780));
        QCOMPARE(start.size, size);
        QCOMPARE(start.maximised, maximised);
    }

    void boundedKeepsRoomForTheFrame()
    {
        QCOMPARE(ScreenFit::bounded(QSize(900, 760), QSize(2, 30), QSize(1366, 728)), QSize(900, 698));
        QCOMPARE(ScreenFit::bounded(QSize(400, 300), QSize(2, 30), QSize(1366, 728)), QSize(400, 300));
    }

    // The first start follows the screen it opens on (the offscreen screen is 800×800: bounded, not maximised).
    void mainWindowFirstStartFitsTheScreen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.sqlite")), &error));
        MainWindow window(db, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ScreenFit::FirstStart start
            = ScreenFit::firstStart(window.screen()->availableGeometry().size(), QSize(1280, 780));
        QCOMPARE(window.isMaximized(), start.maximised);
        if (!start.maximised) {
            // Bounded by the screen, not the old 1280×780 (the window's own minimum width still holds).
            QCOMPARE(window.size(), start.size.expandedTo(window.minimumSizeHint()));
        }
    }

    // A dialog that is not a form (a preview, a picker) fits the screen's free area too, once the window has
    // installed DialogFit.
    void everyDialogFitsTheScreen()
    {
        DialogFit::install();
        QDialog dialog;
        dialog.resize(3000, 3000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY2(available.contains(dialog.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    // The new-record dialog (an inspection, its longest form) fits a 1366×768 laptop's free area with 保存 in it.
    void recordDialogFitsALaptop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("d.sqlite")), &error));
        Community community;
        community.name = QStringLiteral("锦北社区");
        QVERIFY(CommunityRepository(db).insert(community, &error));
        Enterprise e;
        e.name = QStringLiteral("恒达机械有限公司");
        e.creditCode = QStringLiteral("91110000600037341L");
        e.communityId = community.id;
        QVERIFY(EnterpriseRepository(db).insert(e, &error));
        ServiceRecord r;
        r.enterpriseId = e.id;
        r.kind = RecordKind::Inspection;
        RecordDialog dialog(db, r);
        dialog.resize(dialog.width(), 900); // as tall as the whole form wants on a big screen
        const QRect laptop(0, 0, 1366, 728);
        ScreenFit::fit(&dialog, laptop);
        QVERIFY2(dialog.frameGeometry().height() <= laptop.height(), qPrintable(QString::number(dialog.height())));
        dialog.show();
        ScreenFit::fit(&dialog, laptop);
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save);
        QVERIFY(save->isVisible());
        const QRect saveRect(save->mapTo(&dialog, QPoint(0, 0)), save->size());
        QVERIFY(dialog.rect().contains(saveRect));
        QVERIFY(dialog.height() <= laptop.height());
    }
};

QTEST_MAIN(TestScreenFit)
#include "TestScreenFit.moc"
