#include "AppInfo.h"
#include "AppSettings.h"
#include "Clock.h"
#include "GuiTest.h"
#include "Localization.h"
#include "MainWindow.h"
#include "StreetFixture.h"
#include "TestStreet.h"
#include "audit/AuditLineModel.h"
#include "audit/AuditLogPage.h"
#include "audit/HistoryView.h"
#include "common/MessageBox.h"
#include "db/BaselineRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/OperatorRepository.h"
#include "db/ServiceRecordRepository.h"
#include "enterprises/EnterprisesPage.h"
#include "hazards/HazardTableModel.h"
#include "hazards/HazardsPage.h"
#include "operators/OperatorSignInDialog.h"
#include "records/BaselineDialog.h"
#include "rules/OperatorChoice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

using namespace sl::core;
using namespace sl::ui;
using Action = HazardLifecycle::Action;

// Who did what: operator 张三 changes an enterprise's bank account and the log says so in the clerk's words, the
// enterprise's 历史 tab too; 李四 takes over and closes a hazard, and its steps name 李四. Runs in Chinese, as the
// clerk reads it.
class TestOperators : public QObject, private StreetFixture
{
    Q_OBJECT

private:
    qint64 m_hazard = 0;

    static void signInAs(const QString& name)
    {
        whenModalShown([name](QWidget* dialog) {
            auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("operatorCombo"));
            combo->setCurrentIndex(combo->findData(name));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        });
    }

    // The rows of the model whose cells hold all of the words.
    static int rowWith(const QAbstractItemModel* model, const QStringList& words)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c) {
                cells << model->index(r, c).data().toString();
            }
            if (std::all_of(words.cbegin(), words.cend(), [&cells](const QString& w) { return cells.contains(w); })) {
                return r;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        Localization::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        Clock::setToday(QDate(2025, 6, 30));
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase()
    {
        Clock::setToday(QDate());
        AppInfo::setOperatorName(QString());
    }

    void init()
    {
        QString error;
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        openStreet(QStringLiteral("operators"), QDate(2025, 1, 1), QDate(2026, 12, 31));
        Enterprise e = *EnterpriseRepository(m_db).find(m_street.enterprise);
        e.bankAccount = QStringLiteral("6222000011112222");
        QVERIFY2(EnterpriseRepository(m_db).update(e, &error), qPrintable(error));
        ServiceRecord r = m_street.inspection(QDate(2025, 5, 10));
        QList<Hazard> hazards{ TestStreet::hazard(QStringLiteral("灭火器过期"), QDate(2025, 7, 10)) };
        m_street.saveInspection(m_db, r, hazards);
        m_hazard = hazards[0].id;
        OperatorRepository operators(m_db);
        for (const auto& [name, title] : { std::pair{ QStringLiteral("张三"), QStringLiteral("安监员") },
                                           std::pair{ QStringLiteral("李四"), QStringLiteral("科长") } }) {
            Operator o;
            o.name = name;
            o.title = title;
            QVERIFY2(operators.save(o, std::nullopt, &error), qPrintable(error));
        }
    }

    void cleanup()
    {
        m_db.close();
        m_settings.reset();
    }

    void zhangSanChangesTheAccountAndLiSiClosesTheHazard()
    {
        // Two active operators: the window's start asks (OperatorChoice), 张三 answers.
        const OperatorChoice::Start start = OperatorChoice::atWindowStart(OperatorRepository(m_db).list(), QString(),
                                                                          QString(), QStringLiteral("root"));
        QVERIFY(start.ask);
        signInAs(QStringLiteral("张三"));
        OperatorSignInDialog signIn(m_db, start.name);
        QCOMPARE(signIn.exec(), int(QDialog::Accepted));
        QCOMPARE(AppInfo::operatorName(), QStringLiteral("张三"));

        MainWindow window(m_db, *m_settings);
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("operatorLabel"))->text().contains(QStringLiteral("张三")));

        // 张三 changes the bank account in the enterprise's form.
        window.showPage(MainWindow::Page::Enterprises);
        EnterprisesPage* enterprises = window.enterprisesPage();
        QTableView* table = enterprises->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        whenModalShown([](QWidget* dialog) {
            auto* account = dialog->findChild<QLineEdit*>(QStringLiteral("bankAccountEdit"));
            account->selectAll();
            QTest::keyClick(account, Qt::Key_Delete);
            typeText(account, QStringLiteral("6222000099998888"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        enterprises->findChild<QAction*>(QStringLiteral("editEnterpriseAction"))->trigger();
        QCOMPARE(EnterpriseRepository(m_db).find(m_street.enterprise)->bankAccount, QStringLiteral("6222000099998888"));

        // The log: 张三, the enterprise's name, 修改, 账号, the old and the new number.
        window.showPage(MainWindow::Page::AuditLog);
        auto* log = window.findChild<AuditLogPage*>(QStringLiteral("auditLogPage"));
        QVERIFY(log->isVisible());
        const int row = rowWith(log->model(),
                                { QStringLiteral("张三"), QStringLiteral("恒达机械有限公司"), QStringLiteral("修改"),
                                  QStringLiteral("账号"), QStringLiteral("6222000011112222"),
                                  QStringLiteral("6222000099998888") });
        QVERIFY2(row >= 0, "no log row for 张三's change of the account");
        QCOMPARE(log->model()->index(row, AuditLineModel::Kind).data().toString(), QStringLiteral("企业"));
        // Search as one types narrows it to the change.
        auto* search = log->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        typeText(search, QStringLiteral("99998888"));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        saveShot(&window, QStringLiteral("issue17-audit-log-search.png"));
        search->clear();
        QTRY_VERIFY(log->model()->rowCount() > 1);
        saveShot(&window, QStringLiteral("issue17-audit-log.png"));

        // The enterprise's own 历史 tab shows the same change.
        window.showPage(MainWindow::Page::Enterprises);
        bool historyShown = false;
        whenModalShown([&historyShown](QWidget* dialog) {
            auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("recordTabs"));
            QVERIFY(tabs);
            QCOMPARE(tabs->tabText(1), QStringLiteral("历史"));
            tabs->setCurrentIndex(1);
            // Save and Cancel (and the form's error line) stay below the tabs, there on both.
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QVERIFY(save && save->isVisible());
            QVERIFY(!tabs->isAncestorOf(save));
            QVERIFY(!tabs->isAncestorOf(dialog->findChild<QLabel*>(QStringLiteral("formError"))));
            auto* history = dialog->findChild<HistoryView*>(QStringLiteral("historyView"));
            historyShown = rowWith(history->model(),
                                   { QStringLiteral("张三"), QStringLiteral("修改"), QStringLiteral("账号"),
                                     QStringLiteral("6222000011112222"), QStringLiteral("6222000099998888") })
                >= 0;
            dialog->resize(900, 560);
            saveShot(dialog, QStringLiteral("issue17-history-tab.png"));
            QTest::keyClick(dialog, Qt::Key_Escape); // nothing changed: closes without asking
        });
        enterprises->findChild<QAction*>(QStringLiteral("editEnterpriseAction"))->trigger();
        QVERIFY(historyShown);

        // 李四 takes over and closes the hazard.
        signInAs(QStringLiteral("李四"));
        window.findChild<QAction*>(QStringLiteral("switchOperatorAction"))->trigger();
        QCOMPARE(AppInfo::operatorName(), QStringLiteral("李四"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("operatorLabel"))->text().contains(QStringLiteral("李四")));
        window.showPage(MainWindow::Page::Hazards);
        HazardsPage* hazards = window.hazardsPage();
        QTableView* list = hazards->table();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, HazardTableModel::Description)).center());
        auto* toolbar = hazards->findChild<QToolBar*>(QStringLiteral("hazardToolbar"));
        for (Action a : { Action::StartRectifying, Action::RequestRecheck, Action::PassRecheck }) {
            whenModalShown([a](QWidget* dialog) {
                if (a == Action::PassRecheck) {
                    auto* by = dialog->findChild<QLineEdit*>(QStringLiteral("recheckedByEdit"));
                    QCOMPARE(by->text(), QStringLiteral("李四")); // the operator, unless someone else went
                    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("closeReasonEdit")),
                             QStringLiteral("现场复查合格"));
                }
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            });
            QTest::mouseClick(toolbar->widgetForAction(hazards->stepAction(a)), Qt::LeftButton);
        }
        QCOMPARE(HazardRepository(m_db).find(m_hazard)->state, HazardState::Closed);
        auto* steps = hazards->findChild<QTableWidget*>(QStringLiteral("historyTable"));
        QCOMPARE(steps->rowCount(), 4);
        for (int r = 1; r < 4; ++r) {
            QCOMPARE(steps->item(r, 3)->text(), QStringLiteral("李四"));
        }
        const QList<HazardEvent> events = HazardRepository(m_db).events(m_hazard);
        QCOMPARE(events.last().operatorName, QStringLiteral("李四"));
        QCOMPARE(events.last().recheckedBy, QStringLiteral("李四"));
        saveShot(&window, QStringLiteral("issue17-hazard-steps.png"));
        QVERIFY(m_db.check().ok());
    }

    // The baseline documents are five records in one dialog: its 历史 tab shows the changes of all of them.
    void theBaselineDialogShowsItsDocumentsHistory()
    {
        OperatorRepository(m_db).workAs(QStringLiteral("张三"), nullptr);
        {
            BaselineDialog first(m_db, m_street.enterprise);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(!first.findChild<QTabWidget*>(QStringLiteral("recordTabs"))); // nothing on file yet: no history
            const QString survey = baselineKindKey(allBaselineKinds().first());
            const QString plan = baselineKindKey(allBaselineKinds().last());
            QTest::mouseClick(first.findChild<QCheckBox*>(survey + QStringLiteral("Check")), Qt::LeftButton);
            QTest::mouseClick(first.findChild<QCheckBox*>(plan + QStringLiteral("Check")), Qt::LeftButton);
            typeText(first.findChild<QLineEdit*>(plan + QStringLiteral("Notes")), QStringLiteral("纸质版已归档"));
            QTest::mouseClick(first.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        QCOMPARE(BaselineRepository(m_db).listOf(m_street.enterprise).size(), 2);
        BaselineDialog again(m_db, m_street.enterprise);
        auto* tabs = again.findChild<QTabWidget*>(QStringLiteral("recordTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(1), QStringLiteral("历史"));
        QVERIFY(!tabs->isAncestorOf(again.findChild<QPushButton*>(QStringLiteral("saveButton"))));
        auto* history = again.findChild<HistoryView*>(QStringLiteral("historyView"));
        QVERIFY(history);
        QCOMPARE(rowWith(history->model(), { QStringLiteral("张三"), QStringLiteral("纸质版已归档") }) >= 0, true);
        int byZhang = 0;
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            if (history->model()->index(row, AuditLineModel::Operator).data().toString() == QStringLiteral("张三")
                && history->model()->index(row, AuditLineModel::Action).data().toString() == QStringLiteral("新增")) {
                ++byZhang;
            }
        }
        QVERIFY2(byZhang >= 2, "both documents' entries are in the one history");
    }

    void aFormWithChangesAsksBeforeClosing()
    {
        OperatorRepository(m_db).workAs(QStringLiteral("张三"), nullptr);
        MainWindow window(m_db, *m_settings);
        window.show();
        window.showPage(MainWindow::Page::Enterprises);
        EnterprisesPage* enterprises = window.enterprisesPage();
        QTableView* table = enterprises->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QString asked;
        bool stayedOpen = false;
        whenModalShown([&](QWidget* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("bankNameEdit")), QStringLiteral("工商银行"));
            // 取消: the form stays, the text in it.
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            QTest::keyClick(dialog, Qt::Key_Escape);
            asked = MessageBox::lastText();
            stayedOpen = dialog->isVisible();
            // 保存: saved as the Save button would.
            MessageBox::setNextAnswer(QMessageBox::Save);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        enterprises->findChild<QAction*>(QStringLiteral("editEnterpriseAction"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("保存")), qPrintable(asked));
        QVERIFY(stayedOpen);
        QCOMPARE(EnterpriseRepository(m_db).find(m_street.enterprise)->bankName, QStringLiteral("工商银行"));
        // 不保存: closed, nothing written.
        whenModalShown([&](QWidget* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("bankNameEdit")), QStringLiteral("（不要）"));
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        enterprises->findChild<QAction*>(QStringLiteral("editEnterpriseAction"))->trigger();
        QCOMPARE(EnterpriseRepository(m_db).find(m_street.enterprise)->bankName, QStringLiteral("工商银行"));
    }
};

QTEST_MAIN(TestOperators)
#include "TestOperators.moc"
