#include "AppSettings.h"
#include "DemoDatabase.h"
#include "GuiTest.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "db/SubsidyPolicyRepository.h"
#include "db/SubsidyRepository.h"
#include "demo/DemoGenerator.h"
#include "rules/SubsidyLedger.h"
#include "subsidies/SubsidiesPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

class TestSubsidiesPage : public QObject
{
    Q_OBJECT

private:
    QString totals() const { return m_page->findChild<QLabel*>(QStringLiteral("totalsLabel"))->text(); }
    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    // The figure the page must show, computed straight from the calculator over the same records.
    Money calculatorStreetTotal(int year)
    {
        Money total;
        for (const SubsidyLine& l : SubsidyLedger::linesForYear(SubsidyRepository(m_db).loadInputs(), year)) {
            total += l.streetShare;
        }
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("subsidies.sqlite")), 300, 3, 7,
                                    QDate(2026, 11, 28), &error),
                 qPrintable(error));
        m_page = new SubsidiesPage(m_db, *m_settings);
        m_page->resize(1300, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }
    void cleanupTestCase() { delete m_page; }

    void showsTheYearWithTotalsFromTheCalculator()
    {
        QAbstractItemModelTester tester(m_page->table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setYear(2025);
        const Money expected = calculatorStreetTotal(2025);
        QVERIFY(expected > Money());
        QVERIFY2(totals().contains(expected.toGroupedString()), qPrintable(totals()));
        QCOMPARE(m_page->table()->model()->rowCount(), m_page->subsidyYear().lines().size());
        QVERIFY(action("confirmYearAction")->isEnabled());
        QVERIFY(!action("reopenYearAction")->isEnabled());
    }

    void confirmFreezesAgainstPolicyEdits()
    {
        m_page->setYear(2025);
        const QString before = totals();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("confirmYearAction")->trigger();
        QVERIFY(m_page->subsidyYear().isConfirmed());
        QVERIFY(!action("confirmYearAction")->isEnabled());
        QVERIFY(action("reopenYearAction")->isEnabled());

        SubsidyPolicyRepository policies(m_db);
        SubsidyPolicy policy = policies.list().first();
        policy.streetSharePerYear = Money::fromYuan(500);
        QString error;
        QVERIFY(policies.update(policy, &error));
        m_page->reload();
        QCOMPARE(totals(), before); // frozen
        QVERIFY(calculatorStreetTotal(2025).toGroupedString()
                != m_page->subsidyYear().totalStreetShare().toGroupedString());
        QVERIFY(m_page->subsidyYear().linesChangedSinceConfirmation() > 0);

        whenModalShown([](QWidget* dialog) {
            typeText(dialog->findChild<QPlainTextEdit*>(), QStringLiteral("按新标准重算"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        action("reopenYearAction")->trigger();
        QVERIFY(!m_page->subsidyYear().isConfirmed());
        QVERIFY(totals().contains(calculatorStreetTotal(2025).toGroupedString()));
        QVERIFY(
            m_page->findChild<QLabel*>(QStringLiteral("stateLabel"))->text().contains(QStringLiteral("按新标准重算")));
    }

    void exportsWhatIsShown()
    {
        m_page->setYear(2025);
        const QString path = m_dir.filePath(QStringLiteral("list.csv"));
        FileDialog::setNextFileName(path);
        action("exportAction")->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(m_page->subsidyYear().totalStreetShare().toPlainString()));
        QCOMPARE(csv.count(QLatin1Char('\n')), m_page->subsidyYear().lines().size() + 2); // header and totals
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    SubsidiesPage* m_page = nullptr;
};

QTEST_MAIN(TestSubsidiesPage)
#include "TestSubsidiesPage.moc"
