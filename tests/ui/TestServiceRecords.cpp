#include "AppSettings.h"
#include "Clock.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "TestStreet.h"
#include "common/FileDialog.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FigureCard.h"
#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "db/OtherServiceRepository.h"
#include "db/RiskRepository.h"
#include "db/ServiceRecordRepository.h"
#include "records/OtherServiceDialog.h"
#include "records/OtherServicesTab.h"
#include "records/RecordDialog.h"
#include "records/RiskAssessmentDialog.h"
#include "records/ServiceRecordsPage.h"
#include "reports/ComplianceYear.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

using namespace sl::core;
using namespace sl::ui;

// The clerk enters what the agencies did, and the dashboard follows at once.
class TestServiceRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    int m_counter = 0;
    qint64 m_enterprise = 0;
    qint64 m_expert = 0;

    // Rows of the attention list that name this period and obligation.
    static int attentionRows(QTableWidget* table, const QString& period, const QString& obligation)
    {
        int n = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 4)->text() == period && table->item(row, 3)->text() == obligation) {
                ++n;
            }
        }
        return n;
    }

    // A file the clerk attaches, at `path`.
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
    }

    // A new record of the enterprise, for its dialog.
    ServiceRecord newRecord() const
    {
        ServiceRecord r;
        r.enterpriseId = m_enterprise;
        return r;
    }
    static void showDialog(QWidget* dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
    }

    // The window shown on its service records page, the first row (恒达's) selected.
    static void showRecordsOfFirstRow(MainWindow& window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::ServiceRecords);
        window.serviceRecordsPage()->table()->selectRow(0);
    }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 10, 5)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        QString error;
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_counter)));
        TestStreet street;
        street.open(m_db, m_dir.filePath(QStringLiteral("r%1.sqlite").arg(m_counter++)), QDate(2025, 1, 1),
                    QDate(2026, 12, 31));
        m_enterprise = street.enterprise;
        m_expert = street.expert;
        // Q1 and Q2 inspected; Q3 was missed.
        for (const QDate& day : { QDate(2025, 2, 12), QDate(2025, 5, 20) }) {
            ServiceRecord r = street.inspection(day);
            QVERIFY(ServiceRecordRepository(m_db).save(r, nullptr, &error));
        }
    }

    void cleanup()
    {
        m_db.close();
        m_settings.reset();
    }

    void enteringAnInspectionClearsTheOverdueQuarter()
    {
        MainWindow window(m_db, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DashboardPage* dashboard = window.dashboardPage();
        QVERIFY(dashboard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 60000);
        QTableWidget* attention = dashboard->attentionTable();
        QCOMPARE(attentionRows(attention, QStringLiteral("2025 Q3"), QStringLiteral("Inspection")), 1);
        auto* overdueCard = dashboard->findChild<FigureCard*>(QStringLiteral("overdueCard"));
        const int overdueBefore = overdueCard->figure().toInt();
        QVERIFY(overdueBefore >= 1);
        QCOMPARE(dashboard->figures().inspectionsByQuarter.at(2).overdue, 1);

        // A card narrows the list to what it counts; the overdue card shows everything again.
        const int allRows = attention->rowCount();
        QTest::mouseClick(dashboard->findChild<FigureCard*>(QStringLiteral("baselineCard")), Qt::LeftButton);
        QCOMPARE(attention->rowCount(), 1);
        QCOMPARE(attention->item(0, 3)->text(), QStringLiteral("Baseline documents"));
        QTest::mouseClick(overdueCard, Qt::LeftButton);
        QCOMPARE(attention->rowCount(), allRows);
        QVERIFY(allRows > 1);

        // Double-clicking the late line opens the enterprise's records.
        int lateRow = 0;
        while (attention->item(lateRow, 4)->text() != QStringLiteral("2025 Q3")) {
            ++lateRow;
        }
        const QPoint late = attention->visualItemRect(attention->item(lateRow, 2)).center();
        QTest::mouseClick(attention->viewport(), Qt::LeftButton, {}, late);
        QTest::mouseDClick(attention->viewport(), Qt::LeftButton, {}, late);
        ServiceRecordsPage* records = window.serviceRecordsPage();
        QVERIFY(records->isVisible());
        QCOMPARE(records->findChild<QLabel*>(QStringLiteral("enterpriseFilterLabel"))->text(),
                 QStringLiteral("Enterprise: 恒达机械有限公司"));
        QCOMPARE(records->table()->model()->rowCount(), 2);

        // The quarter list of Q3 shows the missing inspection; a double-click enters it.
        records->findChild<QTabWidget*>(QStringLiteral("recordTabs"))->setCurrentIndex(1);
        auto* quarter = records->findChild<QSpinBox*>(QStringLiteral("quarterSpin"));
        quarter->setValue(3);
        QTableWidget* list = records->quarterTable();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("Overdue"));
        bool saved = false;
        whenModalShown([&](QWidget* dialog) {
            auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
            QCOMPARE(date->date(), QDate(2025, 9, 30));
            typeDate(date, QDate(2025, 9, 20));
            QCOMPARE(date->date(), QDate(2025, 9, 20));
            auto* experts = dialog->findChild<QListWidget*>(QStringLiteral("expertList"));
            QCOMPARE(experts->count(), 1);
            experts->item(0)->setCheckState(Qt::Checked);
            typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit")), QStringLiteral("灭火器过期"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            saved = !dialog->isVisible();
        });
        const QPoint missing = list->visualItemRect(list->item(0, 0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, missing);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, missing);
        QVERIFY(saved);
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("Done"));
        const auto all = ServiceRecordRepository(m_db).list({});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().doneOn, QDate(2025, 9, 20));
        QCOMPARE(all.first().expertIds, QList<qint64>{ m_expert });

        window.showPage(MainWindow::Page::Dashboard);
        QVERIFY(dashboard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 60000);
        QCOMPARE(attentionRows(attention, QStringLiteral("2025 Q3"), QStringLiteral("Inspection")), 0);
        QCOMPARE(overdueCard->figure().toInt(), overdueBefore - 1);
        QCOMPARE(dashboard->figures().inspectionsByQuarter.at(2).done, 1);
    }

    // A risk assessment typed in from the agency's paper: a figure out of the LEC table is refused under the form
    // and nothing is written; corrected, the points are graded and the risk assessment obligation is done.
    void riskAssessmentTypedInFromPaper()
    {
        MainWindow window(m_db, *m_settings);
        showRecordsOfFirstRow(window);
        ServiceRecordsPage* records = window.serviceRecordsPage();
        QVERIFY(records->isVisible());
        auto* action = records->findChild<QAction*>(QStringLiteral("riskAssessmentAction"));
        QVERIFY(action && action->isEnabled());
        bool refused = false;
        bool saved = false;
        whenModalShown([&](QWidget* dialog) {
            auto* rd = qobject_cast<RiskAssessmentDialog*>(dialog);
            QVERIFY(rd);
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("riskDateEdit")), QDate(2025, 3, 10));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("assessorsEdit")), QStringLiteral("王工"));
            QTableWidget* points = rd->pointsTable();
            points->item(0, RiskAssessmentDialog::Place)->setText(QStringLiteral("冲压车间"));
            points->item(0, RiskAssessmentDialog::L)->setText(QStringLiteral("20")); // above 10
            points->item(0, RiskAssessmentDialog::E)->setText(QStringLiteral("6"));
            points->item(0, RiskAssessmentDialog::C)->setText(QStringLiteral("15"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QTest::mouseClick(save, Qt::LeftButton);
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("formError"));
            refused = dialog->isVisible() && error->text().contains(QStringLiteral("0.1"));
            points->item(0, RiskAssessmentDialog::L)->setText(QStringLiteral("6")); // D = 540: major
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPointButton")), Qt::LeftButton);
            QCOMPARE(points->rowCount(), 2);
            points->item(1, RiskAssessmentDialog::Place)->setText(QStringLiteral("仓库"));
            auto* method = qobject_cast<QComboBox*>(points->cellWidget(1, RiskAssessmentDialog::Method));
            method->setCurrentIndex(1); // the risk matrix
            points->item(1, RiskAssessmentDialog::Likelihood)->setText(QStringLiteral("2"));
            points->item(1, RiskAssessmentDialog::Severity)->setText(QStringLiteral("3"));
            saveShot(dialog, QStringLiteral("issue21-risk-dialog.png"));
            QTest::mouseClick(save, Qt::LeftButton);
            saved = !dialog->isVisible();
        });
        clickToolbarAction(records, action);
        QVERIFY(refused);
        QVERIFY(saved);
        const QList<RiskAssessment> stored = RiskRepository(m_db).listOf(m_enterprise);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().assessedOn, QDate(2025, 3, 10));
        QCOMPARE(stored.first().assessors, QStringLiteral("王工"));
        QVERIFY(stored.first().agencyId > 0);
        QCOMPARE(stored.first().points.size(), 2);
        QCOMPARE(int(stored.first().points.at(0).level), int(RiskLevel::Major));
        QCOMPARE(int(stored.first().points.at(1).level), int(RiskLevel::Low));
        const ComplianceYear year = ComplianceYear::load(m_db, 2025, 0, Clock::today());
        bool done = false;
        for (const Obligation& o : year.rows()) {
            done = done || (o.kind == ObligationKind::RiskAssessment && o.status == ObligationStatus::Done);
        }
        QVERIFY(done);
    }

    void otherServiceTypedInWithEvidence()
    {
        const QString report = m_dir.filePath(QStringLiteral("检测报告.pdf"));
        writeFile(report, "%PDF-1.4 test report");
        const int obligationsBefore = int(ComplianceYear::load(m_db, 2025, 0, Clock::today()).rows().size());
        MainWindow window(m_db, *m_settings);
        showRecordsOfFirstRow(window);
        ServiceRecordsPage* records = window.serviceRecordsPage();
        auto* action = records->findChild<QAction*>(QStringLiteral("otherServiceAction"));
        QVERIFY(action && action->isEnabled());
        QString noKind;
        QString notServed;
        bool saved = false;
        whenModalShown([&](QWidget* dialog) {
            QVERIFY(qobject_cast<OtherServiceDialog*>(dialog));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("formError"));
            QTest::mouseClick(save, Qt::LeftButton); // no kind chosen
            noKind = dialog->isVisible() ? error->text() : QString();
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
            kind->setCurrentIndex(kind->findText(QStringLiteral("检测检验")));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("serviceDateEdit")), QDate(2024, 12, 1));
            QTest::mouseClick(save, Qt::LeftButton); // before the contract
            notServed = dialog->isVisible() ? error->text() : QString();
            // Corrected (typing into a date edit twice runs into its section cursor, so set it as the spin arrows do).
            dialog->findChild<QDateEdit*>(QStringLiteral("serviceDateEdit"))->setDate(QDate(2025, 6, 3));
            QCOMPARE(dialog->findChild<QDateEdit*>(QStringLiteral("serviceDateEdit"))->date(), QDate(2025, 6, 3));
            QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("agencyLabel"))->text(),
                     QStringLiteral("锦安安全技术服务有限公司"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("topicEdit")), QStringLiteral("灭火器检测"));
            typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit")),
                     QStringLiteral("检测灭火器24具"));
            auto* people = dialog->findChild<QSpinBox*>(QStringLiteral("peopleSpin"));
            people->selectAll();
            QTest::keyClicks(people, QStringLiteral("12"));
            FileDialog::setNextFileName(report);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("attachButton")), Qt::LeftButton);
            QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("evidenceList"))->count(), 1);
            saveShot(dialog, QStringLiteral("issue21b-other-service.png"));
            QTest::mouseClick(save, Qt::LeftButton);
            saved = !dialog->isVisible();
        });
        clickToolbarAction(records, action);
        QVERIFY2(noKind.contains(QStringLiteral("kind")), qPrintable(noKind));
        QVERIFY2(notServed.contains(QStringLiteral("2024-12-01")), qPrintable(notServed));
        QVERIFY(saved);
        // Listed on its tab, counted, with its file, and never an obligation.
        QTableWidget* list = records->otherServices()->table();
        QVERIFY(list->isVisible());
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, OtherServicesTab::Kind)->text(), QStringLiteral("检测检验"));
        QCOMPARE(list->item(0, OtherServicesTab::Evidence)->text(), QStringLiteral("1"));
        OtherServiceRepository services(m_db);
        const auto counts = services.countByKind(2025);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().services, 1);
        QCOMPARE(counts.first().people, 12);
        const QList<OtherService> stored = services.list({ m_enterprise, 0, 2025 });
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().agencyId > 0);
        QCOMPARE(stored.first().content, QStringLiteral("检测灭火器24具"));
        const auto files
            = EvidenceRepository(m_db).listOf(OtherServiceRepository::evidenceOwnerKind(), stored.first().id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().originalName, QStringLiteral("检测报告.pdf"));
        QCOMPARE(int(ComplianceYear::load(m_db, 2025, 0, Clock::today()).rows().size()), obligationsBefore);

        // Voided with its reason: it leaves the list and the counts.
        list->selectRow(0);
        auto* voidButton = records->findChild<QPushButton*>(QStringLiteral("voidOtherServiceButton"));
        QVERIFY(voidButton->isEnabled());
        whenModalShown([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("重复录入"));
            input->accept();
        });
        QTest::mouseClick(voidButton, Qt::LeftButton);
        QCOMPARE(list->rowCount(), 0);
        QCOMPARE(services.countByKind(2025).size(), 0);
    }

    void aTrainingNeedsTopicAndAttendees()
    {
        RecordDialog dialog(m_db, newRecord());
        showDialog(&dialog);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Training")));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
        auto* topic = dialog.findChild<QLineEdit*>(QStringLiteral("topicEdit"));
        QVERIFY(topic->isVisible());
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("hazardBox"))->isVisible());
        QVERIFY(!save->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("topic")));
        typeText(topic, QStringLiteral("有限空间作业安全"));
        QVERIFY(!save->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("attendees")));
        auto* people = dialog.findChild<QSpinBox*>(QStringLiteral("peopleSpin"));
        people->setFocus();
        QTest::keyClick(people, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(people, QStringLiteral("25"));
        QCOMPARE(people->value(), 25);
        QVERIFY(save->isEnabled());
        QVERIFY(error->text().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedRecord().topic, QStringLiteral("有限空间作业安全"));
        QCOMPARE(dialog.savedRecord().peopleCount, 25);
    }

    void aDateWithoutServiceIsRefused()
    {
        RecordDialog dialog(m_db, newRecord());
        showDialog(&dialog);
        activate(&dialog);
        typeDate(dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit")), QDate(2024, 12, 1));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("formError"))->text().contains(QStringLiteral("2024-12-01")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->text().isEmpty());
    }

    void anInspectionWithHazardsAndEvidence()
    {
        const QString scan = m_dir.filePath(QStringLiteral("检查记录.pdf"));
        writeFile(scan, "%PDF-1.4 inspection record");
        RecordDialog dialog(m_db, newRecord());
        showDialog(&dialog);
        activate(&dialog);
        typeDate(dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit")), QDate(2025, 9, 3));
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("hazardPlaceEdit")), QStringLiteral("二号车间"));
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("hazardDescriptionEdit")),
                 QStringLiteral("<b>配电箱</b>未接地"));
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("hazardResponsibleEdit")), QStringLiteral("李电工"));
        auto* category = dialog.findChild<QComboBox*>(QStringLiteral("hazardCategoryCombo"));
        category->setCurrentIndex(category->findText(QStringLiteral("Electrical")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addHazardButton")), Qt::LeftButton);
        auto* hazards = dialog.findChild<QTableWidget*>(QStringLiteral("hazardTable"));
        QCOMPARE(hazards->rowCount(), 1);
        QCOMPARE(hazards->item(0, 1)->text(), QStringLiteral("<b>配电箱</b>未接地"));
        // An empty description is refused with its reason, and nothing is added.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addHazardButton")), Qt::LeftButton);
        QCOMPARE(hazards->rowCount(), 1);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("formError"))->text().isEmpty());
        FileDialog::setNextFileName(scan);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("attachButton")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("evidenceList"))->count(), 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = dialog.savedRecord().id;
        const auto saved = ServiceRecordRepository(m_db).hazardsOf(id);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().responsible, QStringLiteral("李电工"));
        QCOMPARE(saved.first().category, QStringLiteral("Electrical"));
        QCOMPARE(saved.first().place, QStringLiteral("二号车间"));
        const auto files = EvidenceRepository(m_db).listOf(QStringLiteral("service_record"), id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().originalName, QStringLiteral("检查记录.pdf"));
        CheckReport report;
        EvidenceRepository(m_db).verify(report);
        QVERIFY(report.ok());
    }
};

QTEST_MAIN(TestServiceRecords)
#include "TestServiceRecords.moc"
