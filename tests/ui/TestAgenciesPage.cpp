#include "AppSettings.h"
#include "GuiTest.h"
#include "agencies/AgenciesPage.h"
#include "agencies/AgencyTableModel.h"
#include "agencies/ExpertTableModel.h"
#include "common/FileDialog.h"
#include "common/ListActions.h"
#include "common/MessageBox.h"
#include "common/StatusStyle.h"
#include "db/AgencyRepository.h"
#include "db/Database.h"
#include "io/XlsxReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

namespace {

const QDate kToday(2026, 11, 28);

} // namespace

class TestAgenciesPage : public QObject
{
    Q_OBJECT

private:
    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    int visibleRows() const { return m_page->table()->model()->rowCount(); }
    QString cell(int row, int column) const { return m_page->table()->model()->index(row, column).data().toString(); }
    QAbstractItemModel* experts() const { return m_page->expertTable()->model(); }
    int expertRow(const QString& name) const
    {
        for (int row = 0; row < experts()->rowCount(); ++row) {
            if (experts()->index(row, ExpertTableModel::Name).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }
    void search(const QString& text)
    {
        auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        edit->clear();
        typeText(edit, text);
    }
    void clickRow(QTableView* table, int row)
    {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_counter)));
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("agencies%1.sqlite").arg(m_counter++)), &error),
                 qPrintable(error));
        AgencyRepository repository(m_db);
        Agency a;
        a.name = QStringLiteral("恒安安全技术服务有限公司");
        a.creditCode = QStringLiteral("91310115MA1K3BTP2B");
        a.qualification = QStringLiteral("安全评价乙级");
        a.contactPerson = QStringLiteral("王建国");
        a.contactPhone = QStringLiteral("0571-88001234");
        QVERIFY2(repository.insert(a, &error), qPrintable(error));
        m_agencyId = a.id;
        const QList<QPair<QString, QDate>> seed = { { QStringLiteral("李明"), QDate(2025, 1, 1) },
                                                    { QStringLiteral("张华"), kToday.addDays(10) },
                                                    { QStringLiteral("陈静"), QDate(2028, 6, 30) } };
        for (const auto& [name, expiry] : seed) {
            Expert x;
            x.agencyId = a.id;
            x.name = name;
            x.specialty = QStringLiteral("机械安全");
            x.certificate = QStringLiteral("注册安全工程师");
            x.certificateNo = QStringLiteral("2020%1").arg(seed.indexOf({ name, expiry }));
            x.certificateExpiry = expiry;
            QVERIFY2(repository.insertExpert(x, &error), qPrintable(error));
        }
        m_page = new AgenciesPage(m_db, *m_settings);
        m_page->setToday(kToday);
        showActive(m_page, 1300, 800);
    }

    void cleanup() { closePage(m_page, m_db); }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester agencies(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agencyProxy(m_page->table()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester expertModel(m_page->expertModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester expertProxy(experts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->reload();
        QCOMPARE(visibleRows(), 1);
        clickRow(m_page->table(), 0);
        QCOMPARE(experts()->rowCount(), 3);
        search(QStringLiteral("nothing-like-this"));
        QCOMPARE(visibleRows(), 0);
        QCOMPARE(experts()->rowCount(), 0);
        search(QStringLiteral("李明")); // experts' names are searched too
        QCOMPARE(visibleRows(), 1);
        m_page->setToday(kToday.addDays(1));
    }

    // A click on the name header sorts by pinyin (阿, 北, 恒, 中), not by character code (中, 北, 恒, 阿); the search
    // takes every word typed, split at a full-width space too, in any order.
    void namesSortByPinyinAndSearchTakesWords()
    {
        AgencyRepository repository(m_db);
        QString error;
        for (const QString& name : { QStringLiteral("中安检测有限公司"), QStringLiteral("北辰安全咨询有限公司"),
                                     QStringLiteral("阿拉丁安全服务有限公司") }) {
            Agency a;
            a.name = name;
            QVERIFY2(repository.insert(a, &error), qPrintable(error));
        }
        m_page->reload();
        QCOMPARE(visibleRows(), 4);
        QHeaderView* header = m_page->table()->horizontalHeader();
        const int nameSection = header->visualIndex(AgencyTableModel::Name);
        const QPoint at(header->sectionViewportPosition(AgencyTableModel::Name) + header->sectionSize(nameSection) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        }
        QCOMPARE(header->sortIndicatorSection(), int(AgencyTableModel::Name));
        const QStringList expected = { QStringLiteral("阿拉丁安全服务有限公司"), QStringLiteral("北辰安全咨询有限公司"),
                                       QStringLiteral("恒安安全技术服务有限公司"), QStringLiteral("中安检测有限公司") };
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(cell(row, AgencyTableModel::Name), expected.at(row));
        }
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(cell(0, AgencyTableModel::Name), expected.last());

        search(QStringLiteral("有限公司 安全"));
        QCOMPARE(visibleRows(), 3);
        search(QStringLiteral("咨询\u3000北辰"));
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(cell(0, AgencyTableModel::Name), expected.at(1));
        search(QStringLiteral("北辰 检测"));
        QCOMPARE(visibleRows(), 0);
    }

    // Ctrl+E writes what the list shows: the rows the search left, in the order of the header the clerk clicked,
    // the columns she kept, in the order she dragged them to; the right-click menu offers the same.
    void exportWritesTheShownRowsInTheShownOrder()
    {
        AgencyRepository repository(m_db);
        QString error;
        for (const QString& name : { QStringLiteral("中安安全检测有限公司"), QStringLiteral("北辰安全咨询有限公司"),
                                     QStringLiteral("阿拉丁电气有限公司") }) {
            Agency a;
            a.name = name;
            a.contactPerson = QStringLiteral("联系人") + name.left(2);
            QVERIFY2(repository.insert(a, &error), qPrintable(error));
        }
        m_page->reload();
        search(QStringLiteral("安全"));
        QCOMPARE(visibleRows(), 3); // 恒安, 中安, 北辰; not 阿拉丁
        m_page->table()->sortByColumn(AgencyTableModel::Name, Qt::DescendingOrder);
        QHeaderView* header = m_page->table()->horizontalHeader();
        header->setSectionHidden(AgencyTableModel::CreditCode, true);
        header->moveSection(header->visualIndex(AgencyTableModel::ContactPerson), 0);

        const QString path = m_dir.filePath(QStringLiteral("shown%1.xlsx").arg(m_counter));
        FileDialog::setNextFileName(path);
        QTest::keyClick(m_page->table(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(QFileInfo::exists(path), "Ctrl+E wrote no workbook");
        TextTable sheet;
        QVERIFY2(XlsxReader::read(path, ReadLimits(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 4);
        const QStringList headerRow = sheet.rows.first();
        QCOMPARE(headerRow.first(),
                 m_page->table()->model()->headerData(AgencyTableModel::ContactPerson, Qt::Horizontal).toString());
        QCOMPARE(headerRow.at(1),
                 m_page->table()->model()->headerData(AgencyTableModel::Name, Qt::Horizontal).toString());
        QVERIFY(!headerRow.contains(
            m_page->table()->model()->headerData(AgencyTableModel::CreditCode, Qt::Horizontal).toString()));
        QCOMPARE(headerRow.size(), int(AgencyTableModel::ColumnCount) - 1);
        const QStringList names = { QStringLiteral("中安安全检测有限公司"), QStringLiteral("恒安安全技术服务有限公司"),
                                    QStringLiteral("北辰安全咨询有限公司") };
        for (int row = 0; row < names.size(); ++row) {
            QCOMPARE(sheet.rows.at(row + 1).at(1), names.at(row));
            QCOMPARE(sheet.rows.at(row + 1).at(0), cell(row, AgencyTableModel::ContactPerson));
        }

        auto* menu = m_page->findChild<QMenu*>(QStringLiteral("agenciesPageContextMenu"));
        QVERIFY(menu);
        auto* actions = m_page->findChild<ListActions*>();
        QVERIFY(actions);
        const QList<QAction*> offered = actions->contextMenu()->actions();
        QVERIFY(offered.contains(actions->exportAction()));
        QVERIFY(offered.contains(actions->printAction()));
        QVERIFY(offered.contains(action("copyAgenciesAction")));
        QCOMPARE(offered.first(), action("editAgencyAction"));
    }

    void addAgencyThroughTheDialog()
    {
        bool emptyNameRefused = false;
        bool badCodeRefused = false;
        QString reason;
        bool goodCodeAccepted = false;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit"));
            auto* codeError = dialog->findChild<QLabel*>(QStringLiteral("creditCodeError"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            emptyNameRefused
                = !save->isEnabled() && !dialog->findChild<QLabel*>(QStringLiteral("nameError"))->isHidden();
            typeText(name, QStringLiteral("锦安职业安全咨询有限公司"));
            // A typo in the check character: refused, with the reason under the field.
            QTest::keyClicks(code, QStringLiteral("91110000600037341X"));
            badCodeRefused = !codeError->isHidden() && !save->isEnabled();
            reason = codeError->text();
            QTest::keyClick(code, Qt::Key_Backspace);
            QTest::keyClicks(code, QStringLiteral("l")); // lower case is accepted and normalised
            goodCodeAccepted = codeError->isHidden() && save->isEnabled();
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("qualificationEdit")),
                     QStringLiteral("安全生产技术服务甲级"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("contactPersonEdit")), QStringLiteral("赵敏"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("contactPhoneEdit")),
                             QStringLiteral("13900001111"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        // Ctrl+N, as the clerk would press it.
        QTest::keyClick(m_page->table(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(emptyNameRefused);
        QVERIFY(badCodeRefused);
        QVERIFY2(reason.contains(QStringLiteral("X")) || reason.size() > 10, qPrintable(reason));
        QVERIFY(goodCodeAccepted);

        const QList<Agency> all = AgencyRepository(m_db).list();
        QCOMPARE(all.size(), 2);
        const auto added = std::find_if(all.cbegin(), all.cend(), [](const Agency& a) {
            return a.name == QStringLiteral("锦安职业安全咨询有限公司");
        });
        QVERIFY(added != all.cend());
        QCOMPARE(added->creditCode, QStringLiteral("91110000600037341L"));
        QCOMPARE(added->qualification, QStringLiteral("安全生产技术服务甲级"));
        QCOMPARE(added->contactPhone, QStringLiteral("13900001111"));

        // The new agency is selected, with an empty expert pane ready for its experts.
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("detailName"))->text(),
                 QStringLiteral("锦安职业安全咨询有限公司"));
        QCOMPARE(experts()->rowCount(), 0);
        QVERIFY(button("addExpertButton")->isEnabled());
    }

    void duplicateNameIsRefusedInTheForm()
    {
        bool refused = false;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("恒安安全技术服务有限公司"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("nameError"));
            refused = !error->isHidden() && error->text().contains(QStringLiteral("恒安安全技术服务有限公司"))
                && !dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled();
            // Closed with changes: the form asks first; the test answers 不保存.
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        action("newAgencyAction")->trigger();
        QVERIFY(refused);
        QCOMPARE(AgencyRepository(m_db).list().size(), 1);
    }

    void expiryIsShownByTextAndColour()
    {
        clickRow(m_page->table(), 0);
        QCOMPARE(experts()->rowCount(), 3);
        const QModelIndex expired
            = experts()->index(expertRow(QStringLiteral("李明")), ExpertTableModel::CertificateExpiry);
        QCOMPARE(expired.data().toString(), QStringLiteral("2025-01-01 (expired)"));
        QCOMPARE(expired.data(Qt::ForegroundRole).value<QBrush>().color(), StatusStyle::colour(StatusStyle::Tone::Bad));
        const QModelIndex soon
            = experts()->index(expertRow(QStringLiteral("张华")), ExpertTableModel::CertificateExpiry);
        QCOMPARE(soon.data().toString(),
                 QStringLiteral("%1 (expires in 10 day(s))").arg(kToday.addDays(10).toString(Qt::ISODate)));
        QVERIFY(soon.data(Qt::ForegroundRole).value<QBrush>().color() != StatusStyle::colour(StatusStyle::Tone::Bad));
        QVERIFY(soon.data(Qt::ForegroundRole).isValid());
        const QModelIndex valid
            = experts()->index(expertRow(QStringLiteral("陈静")), ExpertTableModel::CertificateExpiry);
        QCOMPARE(valid.data().toString(), QStringLiteral("2028-06-30"));
        QVERIFY(!valid.data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(0, AgencyTableModel::ActiveExperts), QStringLiteral("3"));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("expertSummary"))->text().contains(QStringLiteral("1")));
    }

    void addExpertThroughTheDialog()
    {
        clickRow(m_page->table(), 0);
        bool refusedWithoutName = false;
        bool expiredPointedOut = false;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            refusedWithoutName = !save->isEnabled();
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("周强"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("specialtyEdit")), QStringLiteral("消防安全"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("certificateEdit")),
                     QStringLiteral("注册消防工程师"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("certificateNoEdit")),
                             QStringLiteral("XF20190088"));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("expiryEdit")), QDate(2024, 12, 31));
            expiredPointedOut = !dialog->findChild<QLabel*>(QStringLiteral("expiryNote"))->isHidden();
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(button("addExpertButton"), Qt::LeftButton);
        QVERIFY(refusedWithoutName);
        QVERIFY(expiredPointedOut);

        const QList<Expert> stored = AgencyRepository(m_db).experts(m_agencyId);
        QCOMPARE(stored.size(), 4);
        const Expert& added = stored.last();
        QCOMPARE(added.name, QStringLiteral("周强"));
        QCOMPARE(added.certificateNo, QStringLiteral("XF20190088"));
        QCOMPARE(added.certificateExpiry, QDate(2024, 12, 31));
        const int row = expertRow(QStringLiteral("周强"));
        QVERIFY(row >= 0);
        QCOMPARE(experts()->index(row, ExpertTableModel::CertificateExpiry).data().toString(),
                 QStringLiteral("2024-12-31 (expired)"));
        QCOMPARE(cell(0, AgencyTableModel::ActiveExperts), QStringLiteral("4"));
    }

    void editExpertThroughTheDialog()
    {
        clickRow(m_page->table(), 0);
        clickRow(m_page->expertTable(), expertRow(QStringLiteral("李明")));
        whenModalShown([](QWidget* dialog) {
            activate(dialog);
            auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("certificateNoEdit"));
            number->selectAll();
            QTest::keyClicks(number, QStringLiteral("AQ2026001"));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("expiryEdit")), QDate(2029, 12, 31));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        QTest::mouseClick(button("editExpertButton"), Qt::LeftButton);
        const int row = expertRow(QStringLiteral("李明"));
        QCOMPARE(experts()->index(row, ExpertTableModel::CertificateNo).data().toString(), QStringLiteral("AQ2026001"));
        QCOMPARE(experts()->index(row, ExpertTableModel::CertificateExpiry).data().toString(),
                 QStringLiteral("2029-12-31"));
    }

    void archiveExpertWithConfirmation()
    {
        clickRow(m_page->table(), 0);
        clickRow(m_page->expertTable(), expertRow(QStringLiteral("陈静")));
        QVERIFY(button("archiveExpertButton")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(button("archiveExpertButton"), Qt::LeftButton);
        QCOMPARE(experts()->rowCount(), 3);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button("archiveExpertButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("陈静")));
        QCOMPARE(experts()->rowCount(), 2);
        QCOMPARE(expertRow(QStringLiteral("陈静")), -1);
        QCOMPARE(cell(0, AgencyTableModel::ActiveExperts), QStringLiteral("2"));

        auto* showArchived = m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"));
        QTest::mouseClick(showArchived, Qt::LeftButton, {}, QPoint(5, showArchived->height() / 2));
        QCOMPARE(experts()->rowCount(), 3);
        const int row = expertRow(QStringLiteral("陈静"));
        QCOMPARE(experts()->index(row, ExpertTableModel::Status).data().toString(), QStringLiteral("Archived"));
        clickRow(m_page->expertTable(), row);
        QVERIFY(button("restoreExpertButton")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button("restoreExpertButton"), Qt::LeftButton);
        QCOMPARE(cell(0, AgencyTableModel::ActiveExperts), QStringLiteral("3"));
    }

    void archiveAndRestoreAgency()
    {
        clickRow(m_page->table(), 0);
        MessageBox::setNextAnswer(QMessageBox::No);
        action("archiveAgencyAction")->trigger();
        QCOMPARE(visibleRows(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("archiveAgencyAction")->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("恒安安全技术服务有限公司")));
        QCOMPARE(MessageBox::lastTextFormat(), Qt::PlainText);
        QCOMPARE(visibleRows(), 0);
        QVERIFY(!button("addExpertButton")->isEnabled());

        auto* showArchived = m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"));
        QTest::mouseClick(showArchived, Qt::LeftButton, {}, QPoint(5, showArchived->height() / 2));
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(cell(0, AgencyTableModel::Status), QStringLiteral("Archived"));
        clickRow(m_page->table(), 0);
        QVERIFY(!button("addExpertButton")->isEnabled()); // an archived agency takes no new experts
        QVERIFY(action("restoreAgencyAction")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("restoreAgencyAction")->trigger();
        QCOMPARE(cell(0, AgencyTableModel::Status), QStringLiteral("Active"));
        QVERIFY(!AgencyRepository(m_db).find(m_agencyId)->isArchived());
    }

    void userTextStaysPlain()
    {
        Agency a = *AgencyRepository(m_db).find(m_agencyId);
        a.name = QStringLiteral("<b>粗体</b>机构");
        a.notes = QStringLiteral("<i>备注</i>");
        QString error;
        QVERIFY2(AgencyRepository(m_db).update(a, &error), qPrintable(error));
        m_page->reload();
        clickRow(m_page->table(), 0);
        auto* name = m_page->findChild<QLabel*>(QStringLiteral("detailName"));
        auto* body = m_page->findChild<QLabel*>(QStringLiteral("detailBody"));
        QCOMPARE(name->textFormat(), Qt::PlainText);
        QCOMPARE(body->textFormat(), Qt::PlainText);
        QCOMPARE(name->text(), QStringLiteral("<b>粗体</b>机构"));
        QVERIFY(body->text().contains(QStringLiteral("<i>备注</i>")));
        QCOMPARE(m_page->findChild<QGroupBox*>(QStringLiteral("expertGroup"))->title(),
                 QStringLiteral("Experts of <b>粗体</b>机构"));
    }

    void dataChangedAfterWrites()
    {
        int changes = 0;
        connect(m_page, &AgenciesPage::dataChanged, this, [&changes] { ++changes; });
        clickRow(m_page->table(), 0);
        whenModalShown([](QWidget* dialog) {
            activate(dialog);
            auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("contactPhoneEdit"));
            phone->selectAll();
            QTest::keyClicks(phone, QStringLiteral("0571-88009999"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        // Enter on the table opens the record, as a double-click does.
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QCOMPARE(changes, 1);
        QCOMPARE(AgencyRepository(m_db).find(m_agencyId)->contactPhone, QStringLiteral("0571-88009999"));
        QCOMPARE(cell(0, AgencyTableModel::ContactPhone), QStringLiteral("0571-88009999"));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    AgenciesPage* m_page = nullptr;
    qint64 m_agencyId = 0;
    int m_counter = 0;
};

QTEST_MAIN(TestAgenciesPage)
#include "TestAgenciesPage.moc"
