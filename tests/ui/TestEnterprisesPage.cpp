#include "AppSettings.h"
#include "GuiTest.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "enterprises/EnterpriseFilterProxy.h"
#include "enterprises/EnterpriseTableModel.h"
#include "enterprises/EnterprisesPage.h"
#include "io/Gb18030.h"
#include <QFile>
#include <QTableWidget>
#include <QToolBar>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

class TestEnterprisesPage : public QObject
{
    Q_OBJECT

private:
    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    int visibleRows() const { return m_page->table()->model()->rowCount(); }
    QString cell(int row, int column) const { return m_page->table()->model()->index(row, column).data().toString(); }
    void search(const QString& text)
    {
        auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        edit->clear();
        typeText(edit, text);
    }
    void selectRow(int row)
    {
        QTableView* table = m_page->table();
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_counter)));
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("ui%1.sqlite").arg(m_counter++)), &error), qPrintable(error));
        for (const QString& name : { QStringLiteral("锦北社区"), QStringLiteral("河西村") }) {
            Community c;
            c.name = name;
            QVERIFY(CommunityRepository(m_db).insert(c, &error));
        }
        QList<Enterprise> seed;
        const QStringList codes = { QStringLiteral("91310115MA1K3BTP2B"), QStringLiteral("91350100M000100Y43") };
        const QStringList names = { QStringLiteral("恒达机械有限公司"), QStringLiteral("鑫源塑胶制品有限公司") };
        for (int i = 0; i < 2; ++i) {
            Enterprise e;
            e.name = names.at(i);
            e.creditCode = codes.at(i);
            e.communityId = 1 + i;
            e.sizeClass = i == 0 ? SizeClass::Scale : SizeClass::SmallMicro;
            seed.append(e);
        }
        QVERIFY(EnterpriseRepository(m_db).insertAll(seed, &error));
        m_page = new EnterprisesPage(m_db, *m_settings);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    // The clerk's GB18030 CSV from Excel: the preview shows the bad row with its reason, Import writes the
    // good ones.
    void importsWithPreview()
    {
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Gb18030::encode(QStringLiteral("单位名称,统一社会信用代码,社区\r\n"
                                               "新华商贸有限公司,91110000600037341L,河西村\r\n"
                                               "错误代码公司,91350100M000100Y4Z,河西村\r\n")));
        f.close();
        const int before = EnterpriseRepository(m_db).count();
        FileDialog::setNextFileName(csv);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QString summary;
        int rows = 0;
        whenModalShown([&](QWidget* dialog) {
            summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("importTable"));
            rows = table->rowCount();
            QVERIFY(table->item(1, 4)->text().contains(QStringLiteral("Z")));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
        });
        auto* toolbar = m_page->findChild<QToolBar*>(QStringLiteral("enterpriseToolbar"));
        QTest::mouseClick(toolbar->widgetForAction(m_page->findChild<QAction*>(QStringLiteral("importAction"))),
                          Qt::LeftButton);
        QCOMPARE(rows, 2);
        QVERIFY2(summary.contains(QStringLiteral("1 rows can be imported, 1 are refused")), qPrintable(summary));
        QCOMPARE(EnterpriseRepository(m_db).count(), before + 1);
        QVERIFY(EnterpriseRepository(m_db).findByCreditCode(QStringLiteral("91110000600037341L")).has_value());
        QCOMPARE(m_page->model()->rowCount(), before + 1);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void cleanup()
    {
        delete m_page;
        m_page = nullptr;
        m_db.close();
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester sourceTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(m_page->table()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->reload();
        search(QStringLiteral("恒达"));
        QCOMPARE(visibleRows(), 1);
    }

    void addThroughTheForm()
    {
        bool sawRefusal = false;
        bool saveWasDisabled = false;
        whenModalShown([&](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit"));
            auto* codeError = dialog->findChild<QLabel*>(QStringLiteral("creditCodeError"));
            auto* community = dialog->findChild<QComboBox*>(QStringLiteral("communityCombo"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            typeText(name, QStringLiteral("锦北新锐电子科技有限公司"));
            // A typo in the last character: refused, with the reason under the field.
            QTest::keyClicks(code, QStringLiteral("91110000600037341X"));
            sawRefusal = !codeError->isHidden() && !codeError->text().isEmpty();
            saveWasDisabled = !save->isEnabled();
            QTest::keyClick(code, Qt::Key_Backspace);
            QTest::keyClicks(code, QStringLiteral("l")); // lower case is accepted and normalised
            community->setFocus();
            QTest::keyClick(community, Qt::Key_Down); // the first real community
            QTest::mouseClick(save, Qt::LeftButton);
        });
        action("newEnterpriseAction")->trigger();
        QVERIFY(sawRefusal);
        QVERIFY(saveWasDisabled);

        const auto stored = EnterpriseRepository(m_db).findByCreditCode(QStringLiteral("91110000600037341L"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->name, QStringLiteral("锦北新锐电子科技有限公司"));
        QCOMPARE(stored->communityId, qint64(1));
        QVERIFY(!stored->creditCodeOverride);

        search(QStringLiteral("新锐"));
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(cell(0, EnterpriseTableModel::Name), QStringLiteral("锦北新锐电子科技有限公司"));
        QCOMPARE(cell(0, EnterpriseTableModel::CreditCode), QStringLiteral("91110000600037341L"));
    }

    void overrideIsDeliberateAndRecorded()
    {
        whenModalShown([](QWidget* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("老字号商行"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit")),
                             QStringLiteral("91350100M000100Y44"));
            auto* community = dialog->findChild<QComboBox*>(QStringLiteral("communityCombo"));
            community->setFocus();
            QTest::keyClick(community, Qt::Key_Down);
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QVERIFY(!save->isEnabled());
            auto* override = dialog->findChild<QCheckBox*>(QStringLiteral("overrideCheck"));
            QVERIFY(override->isVisible());
            QTest::mouseClick(override, Qt::LeftButton, {}, QPoint(5, override->height() / 2));
            QVERIFY(override->isChecked());
            QVERIFY(!save->isEnabled()); // a reason is still missing
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("overrideReasonEdit")),
                     QStringLiteral("与执照原件核对一致"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        action("newEnterpriseAction")->trigger();
        const auto stored = EnterpriseRepository(m_db).findByCreditCode(QStringLiteral("91350100M000100Y44"));
        QVERIFY(stored.has_value());
        QVERIFY(stored->creditCodeOverride);
        QCOMPARE(stored->creditCodeOverrideReason, QStringLiteral("与执照原件核对一致"));
    }

    void duplicateCodeIsRefusedInTheForm()
    {
        bool refused = false;
        whenModalShown([&](QWidget* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("重复"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit")),
                             QStringLiteral("91310115MA1K3BTP2B"));
            auto* community = dialog->findChild<QComboBox*>(QStringLiteral("communityCombo"));
            community->setFocus();
            QTest::keyClick(community, Qt::Key_Down);
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("creditCodeError"));
            refused = error->text().contains(QStringLiteral("恒达机械有限公司"))
                && !dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled();
            // Closed with changes: the form asks first; the test answers 不保存.
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        action("newEnterpriseAction")->trigger();
        QVERIFY(refused);
        QCOMPARE(EnterpriseRepository(m_db).count(), 2);
    }

    void archiveAndRestoreWithConfirmation()
    {
        search(QStringLiteral("恒达"));
        QCOMPARE(visibleRows(), 1);
        selectRow(0);
        QVERIFY(action("archiveEnterpriseAction")->isEnabled());

        // Saying No changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        action("archiveEnterpriseAction")->trigger();
        QCOMPARE(visibleRows(), 1);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("archiveEnterpriseAction")->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("恒达机械有限公司")));
        QCOMPARE(visibleRows(), 0);
        QCOMPARE(EnterpriseRepository(m_db).count(false), 1);

        auto* showArchived = m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"));
        QTest::mouseClick(showArchived, Qt::LeftButton, {}, QPoint(5, showArchived->height() / 2));
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(cell(0, EnterpriseTableModel::Status), QStringLiteral("Archived"));
        selectRow(0);
        QVERIFY(action("restoreEnterpriseAction")->isEnabled());
        QVERIFY(!action("archiveEnterpriseAction")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("restoreEnterpriseAction")->trigger();
        QCOMPARE(cell(0, EnterpriseTableModel::Status), QStringLiteral("Active"));
        QCOMPARE(EnterpriseRepository(m_db).count(false), 2);
    }

    void filtersAndSorting()
    {
        QCOMPARE(visibleRows(), 2);
        auto* size = m_page->findChild<QComboBox*>(QStringLiteral("sizeClassFilter"));
        size->setCurrentIndex(size->findData(static_cast<int>(SizeClass::SmallMicro)));
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(cell(0, EnterpriseTableModel::Name), QStringLiteral("鑫源塑胶制品有限公司"));
        size->setCurrentIndex(0);
        auto* community = m_page->findChild<QComboBox*>(QStringLiteral("communityFilter"));
        community->setCurrentIndex(community->findData(qint64(1)));
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(cell(0, EnterpriseTableModel::Name), QStringLiteral("恒达机械有限公司"));
        community->setCurrentIndex(0);

        search(QStringLiteral("91350100"));
        QCOMPARE(visibleRows(), 1);
        search(QStringLiteral("nothing-like-this"));
        QCOMPARE(visibleRows(), 0);
        search(QString());

        m_page->table()->sortByColumn(EnterpriseTableModel::CreditCode, Qt::DescendingOrder);
        QCOMPARE(cell(0, EnterpriseTableModel::CreditCode), QStringLiteral("91350100M000100Y43"));
        m_page->table()->sortByColumn(EnterpriseTableModel::CreditCode, Qt::AscendingOrder);
        QCOMPARE(cell(0, EnterpriseTableModel::CreditCode), QStringLiteral("91310115MA1K3BTP2B"));
    }

    void copiesRowsAsTabSeparatedText()
    {
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(m_page->table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).count(QLatin1Char('\t')), EnterpriseTableModel::ColumnCount - 1);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("恒达机械有限公司")));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    EnterprisesPage* m_page = nullptr;
    int m_counter = 0;
};

QTEST_MAIN(TestEnterprisesPage)
#include "TestEnterprisesPage.moc"
