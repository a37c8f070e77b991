#include "AppSettings.h"
#include "Clock.h"
#include "DemoDatabase.h"
#include "GuiTest.h"
#include "common/MessageBox.h"
#include "db/AppraisalSchemeRepository.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "model/DomainText.h"
#include "scorecard/ScorecardPage.h"
#include "settings/SettingsPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace sl::core;
using namespace sl::ui;

// 机构考核 as the clerk uses it: totals and grades by the scheme, confirm and reopen, and a scheme edited in
// the settings that changes the open years only.
class TestScorecardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    ScorecardPage* m_page = nullptr;
    SettingsPage* m_settingsPage = nullptr;

    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    QString state() const { return m_page->findChild<QLabel*>(QStringLiteral("appraisalState"))->text(); }

    // Clicks the toolbar button of an action, as the clerk does.
    void click(const char* name)
    {
        QAction* a = action(name);
        QVERIFY(a && a->isEnabled());
        for (QToolBar* bar : m_page->findChildren<QToolBar*>()) {
            if (QWidget* button = bar->widgetForAction(a)) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL("no button for the action");
    }

    void chooseYear(int year)
    {
        auto* spin = m_page->findChild<QSpinBox*>(QStringLiteral("yearSpin"));
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(year));
        QTest::keyClick(spin, Qt::Key_Tab);
        QCOMPARE(m_page->scorecard().year(), year);
    }

    int column(const QString& title) const
    {
        QTableWidget* t = m_page->table();
        for (int c = 0; c < t->columnCount(); ++c) {
            if (t->horizontalHeaderItem(c)->text() == title) {
                return c;
            }
        }
        return -1;
    }

    // What the page shows in the Total column, agency by agency.
    QStringList shownTotals() const
    {
        QStringList out;
        const int c = column(pageText("Total"));
        for (int r = 0; r < m_page->table()->rowCount(); ++r) {
            out << m_page->table()->item(r, 0)->text() + QLatin1Char('=') + m_page->table()->item(r, c)->text();
        }
        return out;
    }

    static QString pageText(const char* text) { return QCoreApplication::translate("sl::ui::ScorecardPage", text); }

private slots:
    void initTestCase()
    {
        Clock::setToday(QDate(2026, 6, 30));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY2(
            DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("s.sqlite")), 200, 3, 5, QDate(2026, 6, 30), &error),
            qPrintable(error));
        m_page = new ScorecardPage(m_db, *m_settings);
        m_page->resize(1400, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_settingsPage = new SettingsPage(m_db, *m_settings);
        connect(m_settingsPage, &SettingsPage::appraisalChanged, m_page, &ScorecardPage::reload);
    }
    void cleanupTestCase()
    {
        delete m_settingsPage;
        delete m_page;
        Clock::setToday(QDate());
    }

    void showsTotalAndGradeOfTheScheme()
    {
        chooseYear(2025);
        const int total = column(pageText("Total"));
        const int grade = column(pageText("Grade"));
        QCOMPARE(total, 1); // right after the agency
        QCOMPARE(grade, 2);
        const ScorecardYear& year = m_page->scorecard();
        QVERIFY(year.rows().size() >= 2);
        for (int r = 0; r < m_page->table()->rowCount(); ++r) {
            const qint64 agency = m_page->table()->item(r, 0)->data(Qt::UserRole).toLongLong();
            const Appraisal a = year.appraisal(agency);
            QVERIFY(year.isAppraised(agency));
            QCOMPARE(m_page->table()->item(r, total)->text(), Scorecard::tenthsText(a.totalTenths));
            QCOMPARE(m_page->table()->item(r, grade)->text(), DomainText::appraisalGrade(a.grade));
        }
        QVERIFY(state().contains(QStringLiteral("2000")));
        QVERIFY(action("confirmYearAction")->isEnabled());
        QVERIFY(!action("reopenYearAction")->isEnabled());
    }

    void confirmThenEditTheSchemeThenReopen()
    {
        chooseYear(2025);
        const QStringList confirmed = shownTotals();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click("confirmYearAction");
        QVERIFY(m_page->scorecard().isConfirmed());
        QVERIFY2(state().contains(QStringLiteral("2026-06-30")), qPrintable(state()));
        QVERIFY(!action("confirmYearAction")->isEnabled());
        QCOMPARE(shownTotals(), confirmed);
        chooseYear(2024);
        const QStringList open2024 = shownTotals();

        // In the settings: edit the version in force, first with points that do not add up to 100.
        m_settingsPage->resize(1200, 900);
        m_settingsPage->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_settingsPage));
        auto* versions = m_settingsPage->findChild<QTableWidget*>(QStringLiteral("appraisalSchemeTable"));
        QCOMPARE(versions->rowCount(), 1);
        QTest::mouseClick(versions->viewport(), Qt::LeftButton, {},
                          versions->visualItemRect(versions->item(0, 0)).center());
        bool sawRefusal = false;
        whenModalShown([&sawRefusal](QWidget* dialog) {
            auto set = [dialog](const char* name, const QString& value) {
                auto* spin = dialog->findChild<QDoubleSpinBox*>(QLatin1String(name));
                QVERIFY(spin);
                spin->setFocus();
                spin->selectAll();
                QTest::keyClicks(spin, value);
                QTest::keyClick(spin, Qt::Key_Tab);
            };
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveAppraisalSchemeButton"));
            set("weight_inspections", QStringLiteral("10"));
            sawRefusal = !save->isEnabled()
                && dialog->findChild<QLabel*>(QStringLiteral("appraisalSum"))->text().contains(QStringLiteral("85"));
            set("weight_evaluations", QStringLiteral("25"));
            set("zeroAt_evaluations", QStringLiteral("80"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(m_settingsPage->findChild<QPushButton*>(QStringLiteral("editAppraisalSchemeButton")),
                          Qt::LeftButton);
        QVERIFY(sawRefusal);
        const AppraisalScheme saved = AppraisalSchemeRepository(m_db).list().first();
        for (const AppraisalItem& item : saved.items) {
            if (item.measure == AppraisalMeasure::InspectionCompletion) {
                QCOMPARE(item.weightTenths, 100);
            } else if (item.measure == AppraisalMeasure::EvaluationScore) {
                QCOMPARE(item.weightTenths, 250);
                QCOMPARE(item.zeroAtTenths, 800);
            }
        }

        // The open year follows the new scheme; the confirmed one keeps its totals and says so.
        QVERIFY(shownTotals() != open2024);
        chooseYear(2025);
        QCOMPARE(shownTotals(), confirmed);
        QVERIFY(m_page->scorecard().agenciesChangedSinceConfirmation() > 0);

        whenModalShown([](QWidget* dialog) {
            typeText(dialog->findChild<QPlainTextEdit*>(), QStringLiteral("细则修订"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        click("reopenYearAction");
        QVERIFY(!m_page->scorecard().isConfirmed());
        QVERIFY(state().contains(QStringLiteral("细则修订")));
        QVERIFY(shownTotals() != confirmed);
        QVERIFY(action("confirmYearAction")->isEnabled());
    }
};

QTEST_MAIN(TestScorecardPage)
#include "TestScorecardPage.moc"
