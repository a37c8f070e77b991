#include "AppSettings.h"
#include "Clock.h"
#include "DatabaseFixture.h"
#include "DemoDatabase.h"
#include "GuiTest.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "db/ReportTextRepository.h"
#include "demo/DemoGenerator.h"
#include "reports/ReportsPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTextDocument>

#include <memory>

using namespace sl::core;
using namespace sl::ui;

// The clerk writes her sections of the annual report, and they are printed and kept.
class TestReportsPage : public QObject, private DatabaseFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { openDemoForPage(60, QDate(2026, 11, 29)); }
    void cleanupTestCase()
    {
        m_db.close();
        Clock::setToday(QDate());
    }

    void textsArePrintedAndKept()
    {
        ReportsPage page(m_db, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        typeText(page.findChild<QPlainTextEdit*>(QStringLiteral("problemsEdit")), QStringLiteral("消防通道堵塞较多"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveTextsButton")), Qt::LeftButton);
        QCOMPARE(ReportTextRepository(m_db).annualTexts(2026).typicalProblems, QStringLiteral("消防通道堵塞较多"));

        QString title;
        const auto document = page.buildDocument(&title);
        QVERIFY(document);
        QVERIFY(title.contains(QStringLiteral("2026年度")));
        QVERIFY(document->toPlainText().contains(QStringLiteral("消防通道堵塞较多")));

        const QString pdf = m_dir.filePath(QStringLiteral("annual.pdf"));
        FileDialog::setNextFileName(pdf);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("pdfButton")), Qt::LeftButton);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void enterpriseFileNeedsAnEnterprise()
    {
        ReportsPage page(m_db, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QRadioButton*>(QStringLiteral("enterpriseRadio")), Qt::LeftButton);
        QCOMPARE(page.kind(), ReportsPage::Kind::Enterprise);
        QString title;
        QVERIFY(!page.buildDocument(&title));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("reportStatus"))->text().isEmpty());
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("enterpriseCombo"));
        combo->setCurrentIndex(3);
        const auto document = page.buildDocument(&title);
        QVERIFY(document);
        QVERIFY(title.contains(combo->currentText().section(QStringLiteral("  "), 0, 0)));
        QVERIFY(document->toPlainText().contains(QStringLiteral("三、服务义务履行情况")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
