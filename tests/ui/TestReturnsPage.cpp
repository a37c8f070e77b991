#include "AppSettings.h"
#include "Clock.h"
#include "DatabaseFixture.h"
#include "DemoDatabase.h"
#include "GuiTest.h"
#include "agencies/AgenciesPage.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "db/ReturnRepository.h"
#include "db/ServiceRecordRepository.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReturns.h"
#include "records/RecordDialog.h"
#include "returns/ReturnTemplate.h"
#include "returns/ReturnsPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

using namespace sl::core;
using namespace sl::ui;

// The clerk writes an agency's return workbook, imports the filled-in file after looking at the preview,
// and refuses a file with a bad row; the quarter's list shows each.
class TestReturnsPage : public QObject, private DatabaseFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ReturnsPage> m_page;

    int count(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QTableWidget* agencies() { return m_page->findChild<QTableWidget*>(QStringLiteral("returnsTable")); }

    // The row of the agency in the quarter's table.
    int rowOf(const QString& agency)
    {
        for (int r = 0; r < agencies()->rowCount(); ++r) {
            if (agencies()->item(r, 0)->text() == agency) {
                return r;
            }
        }
        return -1;
    }

    void clickToolbar(const char* action)
    {
        auto* toolbar = m_page->findChild<QToolBar*>(QStringLiteral("returnsToolbar"));
        QTest::mouseClick(toolbar->widgetForAction(m_page->findChild<QAction*>(QLatin1String(action))), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        openDemoForPage(60, QDate(2026, 11, 29));
        m_page = std::make_unique<ReturnsPage>(m_db, *m_settings);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_db.close();
        Clock::setToday(QDate());
    }

    void quarterListsTheAgenciesServing()
    {
        QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("quarterCombo"))->currentIndex(), 3);
        QVERIFY(agencies()->rowCount() > 0);
        for (int r = 0; r < agencies()->rowCount(); ++r) {
            QCOMPARE(agencies()->item(r, 2)->text(), QStringLiteral("Not received"));
            QVERIFY(agencies()->item(r, 1)->text().toInt() > 0);
        }
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("returnsCount"))->text().startsWith(QStringLiteral("0 of ")));
    }

    void templateIsWrittenForTheSelectedAgency()
    {
        const QString agency = agencies()->item(0, 0)->text();
        QVERIFY(!m_page->findChild<QAction*>(QStringLiteral("writeTemplateAction"))->isEnabled());
        QTest::mouseClick(agencies()->viewport(), Qt::LeftButton, {},
                          agencies()->visualItemRect(agencies()->item(0, 0)).center());
        QVERIFY(m_page->findChild<QAction*>(QStringLiteral("writeTemplateAction"))->isEnabled());
        const QString file = m_dir.filePath(QStringLiteral("template.xlsx"));
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickToolbar("writeTemplateAction");
        QVERIFY2(MessageBox::lastText().contains(agency), qPrintable(MessageBox::lastText()));
        ReturnWorkbook wb;
        QString error;
        QVERIFY2(ReturnWorkbook::read(file, &wb, &error), qPrintable(error));
        QCOMPARE(wb.meta.agencyName, agency);
        QCOMPARE(wb.meta.quarter, 4);
        QVERIFY(!wb.data.value(ReturnSheet::Inspections).rows.isEmpty());
    }

    void filledReturnIsPreviewedAndImported()
    {
        const QString agency = agencies()->item(0, 0)->text();
        const qint64 agencyId = ReturnTemplate::agencyByName(m_db, agency);
        ReturnWorkbook wb;
        QString error;
        QVERIFY2(ReturnTemplate::build(m_db, agencyId, 2026, 4, &wb, &error), qPrintable(error));
        QVERIFY2(DemoReturns::fill(m_db, wb, 5, &error), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("filled.xlsx"));
        QVERIFY2(wb.write(file, &error), qPrintable(error));
        const int records = count(QStringLiteral("SELECT count(*) FROM service_record"));

        QSignalSpy changed(m_page.get(), &ReturnsPage::dataChanged);
        QString summary;
        int rows = 0;
        bool refuseVisible = true;
        whenModalShown([&](QWidget* dialog) {
            summary = dialog->findChild<QLabel*>(QStringLiteral("returnSummary"))->text();
            rows = dialog->findChild<QTableWidget*>(QStringLiteral("returnPreviewTable"))->rowCount();
            refuseVisible = dialog->findChild<QPushButton*>(QStringLiteral("recordRefusalButton"))->isVisible();
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importReturnButton")), Qt::LeftButton);
        });
        FileDialog::setNextFileName(file);
        QTest::keyClick(m_page.get(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY2(summary.contains(agency), qPrintable(summary));
        QVERIFY(rows > 0);
        QVERIFY(!refuseVisible);
        QCOMPARE(changed.count(), 1);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM service_record")) > records);
        const int row = rowOf(agency);
        QVERIFY(row >= 0);
        QCOMPARE(agencies()->item(row, 2)->text(), QStringLiteral("Imported"));
        QCOMPARE(agencies()->item(row, 4)->text(), QStringLiteral("filled.xlsx"));
        QVERIFY(agencies()->item(row, 5)->text().toInt() > 0);
        auto* history = m_page->findChild<QTableWidget*>(QStringLiteral("returnHistoryTable"));
        QVERIFY2(history->item(0, 6)->text().contains(QStringLiteral("rows added")),
                 qPrintable(history->item(0, 6)->text()));

        // An imported record says where it came from.
        const qint64 recordId
            = count(QStringLiteral("SELECT max(target_id) FROM return_item WHERE target = 'service_record'"));
        const std::optional<ServiceRecord> record = ServiceRecordRepository(m_db).find(recordId);
        QVERIFY(record.has_value());
        RecordDialog dialog(m_db, *record);
        auto* source = dialog.findChild<QLabel*>(QStringLiteral("sourceLabel"));
        QVERIFY(source);
        QVERIFY2(source->text().contains(QStringLiteral("filled.xlsx")), qPrintable(source->text()));
    }

    void agenciesPageWritesTheWorkbookToo()
    {
        AgenciesPage page(m_db, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The agency serving enterprises this quarter, found in the Agencies table by name.
        const QString agency = agencies()->item(0, 0)->text();
        int row = -1;
        for (int r = 0; r < page.table()->model()->rowCount(); ++r) {
            if (page.table()->model()->index(r, 0).data().toString() == agency) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        page.table()->setFocus();
        page.table()->selectRow(row);
        const QString file = m_dir.filePath(QStringLiteral("from-agencies.xlsx"));
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        auto* toolbar = page.findChild<QToolBar*>(QStringLiteral("agencyToolbar"));
        QTest::mouseClick(toolbar->widgetForAction(page.findChild<QAction*>(QStringLiteral("returnTemplateAction"))),
                          Qt::LeftButton);
        ReturnWorkbook wb;
        QString error;
        QVERIFY2(ReturnWorkbook::read(file, &wb, &error), qPrintable(error));
        QCOMPARE(wb.meta.agencyName, agency);
        QCOMPARE(wb.meta.year, 2026);
        QCOMPARE(wb.meta.quarter, 4);
    }

    void fileWithABadRowIsRefusedAndNoted()
    {
        const QString agency = agencies()->item(1, 0)->text();
        const qint64 agencyId = ReturnTemplate::agencyByName(m_db, agency);
        ReturnWorkbook wb;
        QString error;
        QVERIFY2(ReturnTemplate::build(m_db, agencyId, 2026, 4, &wb, &error), qPrintable(error));
        QVERIFY2(DemoReturns::fill(m_db, wb, 6, &error), qPrintable(error));
        // One training a day after today.
        QStringList& training = wb.data[ReturnSheet::Trainings].rows.last();
        training[ReturnWorkbook::Training::Date] = QStringLiteral("2026-11-30");
        training[ReturnWorkbook::Training::Topic] = QStringLiteral("\u7528\u7535\u5b89\u5168");
        training[ReturnWorkbook::Training::People] = QStringLiteral("12");
        const QString file = m_dir.filePath(QStringLiteral("bad.xlsx"));
        QVERIFY2(wb.write(file, &error), qPrintable(error));
        const int records = count(QStringLiteral("SELECT count(*) FROM service_record"));

        QString firstRow;
        bool importEnabled = true;
        whenModalShown([&](QWidget* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("returnPreviewTable"));
            firstRow = QStringLiteral("%1|%2|%3|%4")
                           .arg(table->item(0, 0)->text(), table->item(0, 1)->text(), table->item(0, 2)->text(),
                                table->item(0, 3)->text());
            importEnabled = dialog->findChild<QPushButton*>(QStringLiteral("importReturnButton"))->isEnabled();
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordRefusalButton")), Qt::LeftButton);
        });
        m_page->importReturn(file);
        QVERIFY(!importEnabled);
        QVERIFY2(firstRow.startsWith(QStringLiteral("\u5b89\u5168\u57f9\u8bad|%1|Refused|")
                                         .arg(wb.data[ReturnSheet::Trainings].rows.size() + 1)),
                 qPrintable(firstRow));
        QVERIFY2(firstRow.contains(QStringLiteral("2026-11-30")), qPrintable(firstRow));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_record")), records);
        const int row = rowOf(agency);
        QCOMPARE(agencies()->item(row, 2)->text(), QStringLiteral("Refused"));
        QCOMPARE(agencies()->item(row, 6)->text(), QStringLiteral("1"));
        auto* history = m_page->findChild<QTableWidget*>(QStringLiteral("returnHistoryTable"));
        QCOMPARE(history->rowCount(), 2);
    }
};

QTEST_MAIN(TestReturnsPage)
#include "TestReturnsPage.moc"
