#include "AppSettings.h"
#include "Clock.h"
#include "GuiTest.h"
#include "PdfTools.h"
#include "StreetFixture.h"
#include "TestStreet.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/RiskRepository.h"
#include "db/ServiceRecordRepository.h"
#include "hazards/HazardTableModel.h"
#include "hazards/HazardsPage.h"
#include "model/DomainText.h"
#include "records/RecordDialog.h"
#include "reports/ScorecardYear.h"
#include "scorecard/ScorecardPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

using namespace sl::core;
using namespace sl::ui;
using Action = HazardLifecycle::Action;

// The clerk closes a hazard step by step on the hazards page, and the scorecard follows.
class TestHazardsPage : public QObject, private StreetFixture
{
    Q_OBJECT

private:
    qint64 m_general = 0;
    qint64 m_major = 0;

    static void clickAction(HazardsPage& page, Action action)
    {
        QAction* a = page.stepAction(action);
        QVERIFY(a->isEnabled());
        auto* toolbar = page.findChild<QToolBar*>(QStringLiteral("hazardToolbar"));
        QTest::mouseClick(toolbar->widgetForAction(a), Qt::LeftButton);
    }

    static void select(HazardsPage& page, qint64 hazardId)
    {
        QTableView* table = page.table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, HazardTableModel::Description);
            if (index.data(HazardTableModel::HazardIdRole).toLongLong() == hazardId) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
                return;
            }
        }
        QFAIL("hazard not shown");
    }

    QString stateOf(qint64 id) { return DomainText::hazardState(HazardRepository(m_db).find(id)->state); }

private slots:
    void initTestCase() { Clock::setToday(QDate(2025, 6, 30)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_counter)));
        openStreet(QStringLiteral("h"), QDate(2025, 1, 1), QDate(2026, 12, 31));
        ServiceRecord r = m_street.inspection(QDate(2025, 5, 10));
        QList<Hazard> hazards{ TestStreet::hazard(QStringLiteral("灭火器过期"), QDate(2025, 6, 10)),
                               TestStreet::hazard(QStringLiteral("<b>液氨</b>储罐无泄漏报警"), QDate(2025, 8, 10),
                                                  HazardGrade::Major) };
        m_street.saveInspection(m_db, r, hazards);
        m_general = hazards[0].id;
        m_major = hazards[1].id;
    }

    void cleanup()
    {
        m_db.close();
        m_settings.reset();
    }

    void aHazardBelongsToARiskPointOfItsEnterprise()
    {
        QString error;
        RiskRepository risks(m_db);
        const auto point = [](const QString& place, int likelihood, int severity) {
            RiskPoint p;
            p.place = place;
            p.method = RiskMethod::Matrix;
            p.likelihood = likelihood;
            p.severity = severity;
            return p;
        };
        RiskAssessment old;
        old.enterpriseId = m_street.enterprise;
        old.agencyId = m_street.agency;
        old.assessedOn = QDate(2025, 2, 1);
        old.points = { point(QStringLiteral("旧仓库"), 1, 2) };
        QVERIFY2(risks.insert(old, &error), qPrintable(error));
        RiskAssessment current = old;
        current.id = 0;
        current.assessedOn = QDate(2025, 5, 1);
        current.points = { point(QStringLiteral("液氨储罐区"), 5, 5), point(QStringLiteral("机加工车间"), 3, 4) };
        QVERIFY2(risks.insert(current, &error), qPrintable(error));
        Enterprise other;
        other.name = QStringLiteral("华宇包装有限公司");
        other.creditCode = QStringLiteral("91310115MA1K3BTP2B");
        other.communityId = m_street.community;
        QVERIFY2(EnterpriseRepository(m_db).insert(other, &error), qPrintable(error));
        RiskAssessment theirs = old;
        theirs.id = 0;
        theirs.enterpriseId = other.id;
        theirs.agencyId = 0;
        theirs.points = { point(QStringLiteral("印刷车间"), 2, 2) };
        QVERIFY2(risks.insert(theirs, &error), qPrintable(error));

        HazardsPage page(m_db, *m_settings);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page, m_major);
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("riskPointCombo"));
        // None, then the two points of the assessment in force (not the older one's), with their level.
        QCOMPARE(combo->count(), 3);
        const QString major = QStringLiteral("液氨储罐区 (%1)").arg(DomainText::riskLevel(RiskLevel::Major));
        QCOMPARE(combo->itemText(1), major);
        QVERIFY(combo->itemText(2).startsWith(QStringLiteral("机加工车间")));
        combo->setCurrentIndex(1);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("linkRiskPointButton")), Qt::LeftButton);
        QCOMPARE(risks.riskPointOfHazard(m_major), current.points.at(0).id);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("hazardDetail"))->text().contains(major));
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("riskPointCombo"))->currentText(), major);
        saveShot(&page, QStringLiteral("issue21b-hazard-risk-point.png"));
        // Another enterprise's point is refused; none unlinks.
        QVERIFY(!risks.linkHazard(m_major, theirs.points.at(0).id, &error));
        QCOMPARE(risks.riskPointOfHazard(m_major), current.points.at(0).id);
        combo = page.findChild<QComboBox*>(QStringLiteral("riskPointCombo"));
        combo->setCurrentIndex(0);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("linkRiskPointButton")), Qt::LeftButton);
        QCOMPARE(risks.riskPointOfHazard(m_major), qint64(0));
        QVERIFY(
            !page.findChild<QLabel*>(QStringLiteral("hazardDetail"))->text().contains(QStringLiteral("液氨储罐区")));
    }

    // At a laptop's width the columns the clerk decides by (state, overdue, supervision) are in view; the widths and
    // the order she gives the columns are there again the next time the page is made.
    void decidingColumnsInViewAndLayoutRemembered()
    {
        QHeaderView* header = nullptr;
        {
            HazardsPage page(m_db, *m_settings);
            page.resize(1366 - 150, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto* table = page.findChild<QTableView*>(QStringLiteral("hazardTable"));
            QVERIFY(table);
            header = table->horizontalHeader();
            for (const int column :
                 { HazardTableModel::State, HazardTableModel::Overdue, HazardTableModel::Supervision }) {
                const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
                QVERIFY2(right <= table->viewport()->width(),
                         qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                        .arg(column)
                                        .arg(right)
                                        .arg(table->viewport()->width())));
            }
            QCOMPARE(header->visualIndex(HazardTableModel::Description), header->count() - 1);
            header->resizeSection(HazardTableModel::Enterprise, 333);
            header->moveSection(header->visualIndex(HazardTableModel::Agency), 1);
        }
        HazardsPage again(m_db, *m_settings);
        auto* table = again.findChild<QTableView*>(QStringLiteral("hazardTable"));
        header = table->horizontalHeader();
        QCOMPARE(header->sectionSize(HazardTableModel::Enterprise), 333);
        QCOMPARE(header->visualIndex(HazardTableModel::Agency), 1);
    }

    void closeAHazardStepByStep()
    {
        HazardsPage page(m_db, *m_settings);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        // Plain text everywhere: the tag is shown, not applied.
        select(page, m_major);
        QCOMPARE(page.table()->currentIndex().siblingAtColumn(HazardTableModel::Description).data().toString(),
                 QStringLiteral("<b>液氨</b>储罐无泄漏报警"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("hazardDetail"))->textFormat(), Qt::PlainText);
        QVERIFY(page.stepAction(Action::List)->isEnabled());

        select(page, m_general);
        QVERIFY(!page.stepAction(Action::PassRecheck)->isEnabled());
        QVERIFY(!page.stepAction(Action::List)->isEnabled()); // general hazards are not listed
        whenModalShown([](QWidget* dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        clickAction(page, Action::StartRectifying);
        QCOMPARE(stateOf(m_general), QStringLiteral("Rectifying"));
        whenModalShown([](QWidget* dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        clickAction(page, Action::RequestRecheck);
        QCOMPARE(stateOf(m_general), QStringLiteral("Awaiting re-check"));

        // Closing without "after" evidence or a reason is refused, with the reason in the dialog.
        QString refusal;
        whenModalShown([&refusal](QWidget* dialog) {
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QTest::mouseClick(save, Qt::LeftButton);
            refusal = dialog->findChild<QLabel*>(QStringLiteral("formError"))->text();
            QVERIFY(dialog->isVisible());
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("closeReasonEdit")),
                     QStringLiteral("复查合格，照片存档"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        clickAction(page, Action::PassRecheck);
        QVERIFY2(refusal.contains(QStringLiteral("after")), qPrintable(refusal));
        QCOMPARE(stateOf(m_general), QStringLiteral("Closed"));
        const auto closed = HazardRepository(m_db).find(m_general);
        QCOMPARE(closed->closedOn, QDate(2025, 6, 30));
        QCOMPARE(closed->closeReason, QStringLiteral("复查合格，照片存档"));
        auto* history = page.findChild<QTableWidget*>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 4);
        QCOMPARE(history->item(3, 1)->text(), QStringLiteral("Re-check passed, closed"));
        for (Action a : HazardLifecycle::allActions()) {
            QVERIFY(!page.stepAction(a)->isEnabled());
        }

        // Filters: state and overdue.
        auto* state = page.findChild<QComboBox*>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findText(QStringLiteral("Closed")));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        state->setCurrentIndex(0);
        page.findChild<QCheckBox*>(QStringLiteral("overdueCheck"))->setChecked(true);
        QCOMPARE(page.table()->model()->rowCount(), 0); // the major one is due 2025-08-10
    }

    // The street's own inspection (街道检查, #19): registered in the record dialog with its hazard, listed as the
    // street's on the hazards page, closed there step by step like any other, and never the agency's.
    void streetInspectionRegisteredAndClosed()
    {
        ServiceRecord r;
        r.enterpriseId = m_street.enterprise;
        RecordDialog dialog(m_db, r);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        activate(&dialog);
        auto* inspector = dialog.findChild<QComboBox*>(QStringLiteral("inspectorCombo"));
        QVERIFY(inspector && inspector->isVisible());
        QCOMPARE(inspector->currentText(), QStringLiteral("Agency inspection"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->isVisible());
        inspector->setCurrentIndex(inspector->findText(QStringLiteral("Street inspection")));
        // No agency, no agency's experts for the street's own inspection.
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->isVisible());
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("jointAgencyCombo"))->isVisible());
        QVERIFY(!dialog.findChild<QListWidget*>(QStringLiteral("expertList"))->isVisible());
        // Another kind is the agency's whatever the inspector says, and back to an inspection it is the street's again.
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Training")));
        QVERIFY(!inspector->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->text(),
                 QStringLiteral("锦安安全技术服务有限公司"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Inspection")));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->isVisible());
        typeDate(dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit")), QDate(2025, 6, 2));
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("hazardPlaceEdit")), QStringLiteral("楼梯间"));
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("hazardDescriptionEdit")),
                 QStringLiteral("疏散通道堆放杂物"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addHazardButton")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("hazardTable"))->rowCount(), 1);
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(), qPrintable(dialog.findChild<QLabel*>(QStringLiteral("formError"))->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedRecord().inspector, Inspector::Street);
        QCOMPARE(dialog.savedRecord().agencyId, qint64(0));
        const QList<Hazard> saved = ServiceRecordRepository(m_db).hazardsOf(dialog.savedRecord().id);
        QCOMPARE(saved.size(), 1);
        const qint64 street = saved.first().id;

        HazardsPage page(m_db, *m_settings);
        page.resize(1400, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.table()->model()->rowCount(), 3);
        auto* source = page.findChild<QComboBox*>(QStringLiteral("sourceFilter"));
        QVERIFY(source);
        source->setCurrentIndex(source->findText(QStringLiteral("Street inspection")));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        const QModelIndex row = page.table()->model()->index(0, HazardTableModel::Agency);
        QCOMPARE(row.data().toString(), QStringLiteral("Street inspection"));
        QCOMPARE(row.data(HazardTableModel::HazardIdRole).toLongLong(), street);

        select(page, street);
        for (Action step : { Action::StartRectifying, Action::RequestRecheck }) {
            whenModalShown([](QWidget* d) {
                QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            });
            clickAction(page, step);
        }
        QCOMPARE(stateOf(street), QStringLiteral("Awaiting re-check"));
        whenModalShown([](QWidget* d) {
            typeText(d->findChild<QLineEdit*>(QStringLiteral("closeReasonEdit")), QStringLiteral("街道复查合格"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        clickAction(page, Action::PassRecheck);
        QCOMPARE(stateOf(street), QStringLiteral("Closed"));
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("historyTable"))->rowCount(), 4);
        QCOMPARE(page.table()->model()->rowCount(), 1); // still listed as the street's, now closed

        source->setCurrentIndex(source->findText(QStringLiteral("Agencies")));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        source->setCurrentIndex(source->findText(QStringLiteral("Joint inspection")));
        QCOMPARE(page.table()->model()->rowCount(), 0);
        // The agency's scorecard counts its own two hazards only.
        const ScorecardYear scorecard = ScorecardYear::compute(m_db, 2025, Clock::today());
        QCOMPARE(scorecard.rows().size(), 1);
        QCOMPARE(scorecard.rows().first().hazardsFound, 2);
    }

    // From the selected hazard, the rectification notice to hand over; the re-check opinion is refused with the
    // reason until the hazard has been re-checked.
    void noticesFromTheSelection()
    {
        HazardsPage page(m_db, *m_settings);
        page.resize(1400, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page, m_major);
        auto* toolbar = page.findChild<QToolBar*>(QStringLiteral("hazardToolbar"));
        QAction* notice = page.findChild<QAction*>(QStringLiteral("noticeAction"));
        QVERIFY(notice && notice->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("notice%1.pdf").arg(m_counter));
        FileDialog::setNextFileName(path);
        QTest::mouseClick(toolbar->widgetForAction(notice), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(path));
        const QString text = PdfTools::text(path);
        QVERIFY2(text.contains(QStringLiteral("隐患整改通知书")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>液氨</b>储罐无泄漏报警")));
        QVERIFY(!text.contains(QStringLiteral("灭火器过期"))); // only the selected one
        QVERIFY(text.contains(QStringLiteral("安全生产法")));
        QVERIFY(text.contains(QStringLiteral("签收")));

        // All open hazards of the enterprise: both.
        const QString all = m_dir.filePath(QStringLiteral("all%1.pdf").arg(m_counter));
        FileDialog::setNextFileName(all);
        QTest::mouseClick(toolbar->widgetForAction(page.findChild<QAction*>(QStringLiteral("enterpriseNoticeAction"))),
                          Qt::LeftButton);
        const QString both = PdfTools::text(all);
        QVERIFY(both.contains(QStringLiteral("灭火器过期")) && both.contains(QStringLiteral("液氨")));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(toolbar->widgetForAction(page.findChild<QAction*>(QStringLiteral("recheckOpinionAction"))),
                          Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("re-checked")), qPrintable(MessageBox::lastText()));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void extensionAndListing()
    {
        HazardsPage page(m_db, *m_settings);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page, m_major);
        whenModalShown([](QWidget* dialog) {
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("newDeadlineEdit")), QDate(2025, 9, 30));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("textEdit")), QStringLiteral("报警器到货延迟"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        auto* toolbar = page.findChild<QToolBar*>(QStringLiteral("hazardToolbar"));
        QAction* extension = page.findChild<QAction*>(QStringLiteral("extensionAction"));
        QTest::mouseClick(toolbar->widgetForAction(extension), Qt::LeftButton);
        QCOMPARE(HazardRepository(m_db).extensions(m_major).size(), 1);
        whenModalShown([](QWidget* dialog) {
            QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("approveRadio")));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        QTest::mouseClick(toolbar->widgetForAction(extension), Qt::LeftButton);
        const auto h = HazardRepository(m_db).find(m_major);
        QCOMPARE(h->effectiveDeadline(), QDate(2025, 9, 30));
        QCOMPARE(h->deadline, QDate(2025, 8, 10));

        whenModalShown([](QWidget* dialog) {
            for (const char* name : { "measuresEdit", "fundsEdit", "responsibleEdit", "planEdit" }) {
                typeText(dialog->findChild<QLineEdit*>(QLatin1String(name)), QStringLiteral("有"));
            }
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        clickAction(page, Action::List);
        QCOMPARE(HazardRepository(m_db).find(m_major)->supervision, Supervision::Listed);
        QVERIFY(!page.stepAction(Action::List)->isEnabled());
    }

    void scorecardFollowsTheHazards()
    {
        QString error;
        HazardRepository repo(m_db);
        HazardLifecycle::Step step;
        step.day = QDate(2025, 5, 11);
        QVERIFY(repo.step(m_general, Action::StartRectifying, step, &error));
        step.day = QDate(2025, 5, 20);
        QVERIFY(repo.step(m_general, Action::RequestRecheck, step, &error));
        step.day = QDate(2025, 5, 21);
        step.closeReason = QStringLiteral("复查合格");
        QVERIFY(repo.step(m_general, Action::PassRecheck, step, &error));
        ScorecardPage page(m_db, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget* table = page.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("锦安安全技术服务有限公司"));
        // Total and grade come right after the agency.
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("2")); // found
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("1")); // closed
        QCOMPARE(table->item(0, 9)->text(), QStringLiteral("50.0%")); // rectification rate
        QCOMPARE(table->item(0, 10)->text(), QStringLiteral("50.0%")); // closed on time
        const QString totalBefore = table->item(0, 1)->text();
        QVERIFY(!totalBefore.isEmpty());
        whenModalShown([](QWidget* dialog) {
            auto* score = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("scoreSpin"));
            score->setValue(88.5);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        page.addEvaluation();
        QCOMPARE(table->item(0, 16)->text(), QStringLiteral("88.5"));
        // The spot check is an item of the appraisal: 88.5 of 100 gives 8.9 of its 10 points, where before there
        // was nothing to measure (full points).
        QCOMPARE(table->item(0, 1)->text().toDouble(), totalBefore.toDouble() - 1.1);
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("evaluationTable"))->rowCount(), 1);
    }
};

QTEST_MAIN(TestHazardsPage)
#include "TestHazardsPage.moc"
