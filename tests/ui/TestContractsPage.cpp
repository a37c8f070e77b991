#include "AppSettings.h"
#include "GuiTest.h"
#include "common/MessageBox.h"
#include "contracts/ContractTableModel.h"
#include "contracts/ContractsPage.h"
#include "contracts/CoverageTableModel.h"
#include "contracts/EnterprisePickerDialog.h"
#include "contracts/EnterprisePickerModel.h"
#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

namespace {

const QDate kToday(2026, 3, 1);

void clickRow(QTableView* table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

// Clicks the check box drawn in a cell, where the delegate looks for the click.
void clickCheckBox(QTableView* table, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.rect = table->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    const QRect box = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, box.center());
}

int rowWithText(const QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestContractsPage : public QObject
{
    Q_OBJECT

private:
    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    QAbstractItemModel* contracts() const { return m_page->table()->model(); }
    QAbstractItemModel* coverage() const { return m_page->coverageTable()->model(); }
    void selectContract(const QString& number)
    {
        const int row = rowWithText(contracts(), ContractTableModel::ContractNo, number);
        QVERIFY(row >= 0);
        clickRow(m_page->table(), row);
    }
    void selectCoverage(const QString& enterprise)
    {
        const int row = rowWithText(coverage(), CoverageTableModel::Enterprise, enterprise);
        QVERIFY(row >= 0);
        clickRow(m_page->coverageTable(), row);
    }
    QString coverageCell(const QString& enterprise, int column) const
    {
        return coverage()
            ->index(rowWithText(coverage(), CoverageTableModel::Enterprise, enterprise), column)
            .data()
            .toString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_counter)));
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("contracts%1.sqlite").arg(m_counter++)), &error),
                 qPrintable(error));
        Community community;
        community.name = QStringLiteral("锦北社区");
        QVERIFY(CommunityRepository(m_db).insert(community, &error));

        AgencyRepository agencies(m_db);
        Agency a;
        a.name = QStringLiteral("恒安安全技术服务有限公司");
        QVERIFY2(agencies.insert(a, &error), qPrintable(error));
        Agency b;
        b.name = QStringLiteral("安信安全咨询有限公司");
        QVERIFY2(agencies.insert(b, &error), qPrintable(error));
        m_agencyB = b.id;

        QList<Enterprise> seed;
        const QStringList names = { QStringLiteral("恒达机械有限公司"), QStringLiteral("鑫源塑胶制品有限公司"),
                                    QStringLiteral("锦北五金厂") };
        const QStringList codes = { QStringLiteral("91310115MA1K3BTP2B"), QStringLiteral("91350100M000100Y43"),
                                    QStringLiteral("91110000600037341L") };
        for (int i = 0; i < names.size(); ++i) {
            Enterprise e;
            e.name = names.at(i);
            e.creditCode = codes.at(i);
            e.communityId = community.id;
            e.sizeClass = SizeClass::Scale;
            seed.append(e);
        }
        QVERIFY2(EnterpriseRepository(m_db).insertAll(seed, &error), qPrintable(error));
        m_hengda = seed.at(0).id;
        m_xinyuan = seed.at(1).id;
        m_wujin = seed.at(2).id;

        ContractRepository repository(m_db);
        Contract c1;
        c1.agencyId = a.id;
        c1.contractNo = QStringLiteral("JB-2025-01");
        c1.tenderLot = QStringLiteral("第一标段");
        c1.periodStart = QDate(2025, 1, 1);
        c1.periodEnd = QDate(2026, 12, 31);
        c1.unitPrice = Money::fromYuan(3500);
        QVERIFY2(repository.insert(c1, &error), qPrintable(error));
        m_c1 = c1.id;
        Contract c2;
        c2.agencyId = b.id;
        c2.contractNo = QStringLiteral("JB-2025-02");
        c2.tenderLot = QStringLiteral("第二标段");
        c2.periodStart = QDate(2025, 1, 1);
        c2.periodEnd = QDate(2027, 12, 31);
        c2.unitPrice = Money::fromYuan(1800);
        QVERIFY2(repository.insert(c2, &error), qPrintable(error));
        m_c2 = c2.id;
        // The hardware works is served under the second lot already.
        QVERIFY2(repository.addCoverage(c2.id, { m_wujin }, QDate(2025, 1, 1), &error), qPrintable(error));

        m_page = new ContractsPage(m_db, *m_settings);
        m_page->setToday(kToday);
        showActive(m_page, 1300, 800);
    }

    void cleanup() { closePage(m_page, m_db); }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester contractModel(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester contractProxy(contracts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester coverageModel(m_page->coverageModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester coverageProxy(coverage(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->reload();
        QCOMPARE(contracts()->rowCount(), 2);
        selectContract(QStringLiteral("JB-2025-02"));
        QCOMPARE(coverage()->rowCount(), 1);
        m_page->setToday(kToday.addDays(1));
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        typeText(search, QStringLiteral("安信"));
        QCOMPARE(contracts()->rowCount(), 1);
        search->clear();
        QCOMPARE(contracts()->rowCount(), 2);
    }

    void showsPriceAndCoverageOfToday()
    {
        const int row = rowWithText(contracts(), ContractTableModel::ContractNo, QStringLiteral("JB-2025-02"));
        QCOMPARE(contracts()->index(row, ContractTableModel::Agency).data().toString(),
                 QStringLiteral("安信安全咨询有限公司"));
        QCOMPARE(contracts()->index(row, ContractTableModel::UnitPrice).data().toString(), QStringLiteral("1,800.00"));
        QCOMPARE(contracts()->index(row, ContractTableModel::UnitPrice).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(contracts()->index(row, ContractTableModel::CoveredToday).data().toString(), QStringLiteral("1"));
        QCOMPARE(contracts()->index(row, ContractTableModel::Status).data().toString(), QStringLiteral("In force"));
        selectContract(QStringLiteral("JB-2025-02"));
        QCOMPARE(coverageCell(QStringLiteral("锦北五金厂"), CoverageTableModel::ServiceStart),
                 QStringLiteral("2025-01-01"));
        QCOMPARE(coverageCell(QStringLiteral("锦北五金厂"), CoverageTableModel::ServiceEnd), QString());
        QVERIFY(m_page->findChild<QGroupBox*>(QStringLiteral("coverageGroup"))
                    ->title()
                    .contains(QStringLiteral("JB-2025-02")));
    }

    void createContractThroughTheDialog()
    {
        bool noAgencyRefused = false;
        bool badPriceRefused = false;
        QString priceReason;
        bool goodPriceAccepted = false;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            auto* agency = dialog->findChild<QComboBox*>(QStringLiteral("agencyCombo"));
            noAgencyRefused
                = !save->isEnabled() && !dialog->findChild<QLabel*>(QStringLiteral("agencyError"))->isHidden();
            agency->setFocus();
            QTest::keyClick(agency, Qt::Key_Down);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("contractNoEdit")),
                             QStringLiteral("JB-2027-05"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("tenderLotEdit")), QStringLiteral("第三标段"));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("periodStartEdit")), QDate(2027, 1, 1));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("periodEndEdit")), QDate(2028, 12, 31));
            auto* price = dialog->findChild<QLineEdit*>(QStringLiteral("unitPriceEdit"));
            auto* priceError = dialog->findChild<QLabel*>(QStringLiteral("unitPriceError"));
            // Amounts are counted to the fen: a third decimal is refused, with the reason under the field.
            QTest::keyClicks(price, QStringLiteral("12.345"));
            badPriceRefused = !priceError->isHidden() && !save->isEnabled();
            priceReason = priceError->text();
            price->setFocus();
            QTest::keyClick(price, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(price, QStringLiteral("3,650.50"));
            goodPriceAccepted = priceError->isHidden() && save->isEnabled();
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::keyClick(m_page->table(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(noAgencyRefused);
        QVERIFY(badPriceRefused);
        QVERIFY2(priceReason.contains(QStringLiteral("12.345")), qPrintable(priceReason));
        QVERIFY(goodPriceAccepted);

        const QList<Contract> all = ContractRepository(m_db).list();
        QCOMPARE(all.size(), 3);
        const Contract& added = all.last();
        QCOMPARE(added.contractNo, QStringLiteral("JB-2027-05"));
        QCOMPARE(added.tenderLot, QStringLiteral("第三标段"));
        QCOMPARE(added.periodStart, QDate(2027, 1, 1));
        QCOMPARE(added.periodEnd, QDate(2028, 12, 31));
        QCOMPARE(added.unitPrice.fen(), qint64(365050));
        QVERIFY(added.agencyId > 0);

        const int row = rowWithText(contracts(), ContractTableModel::ContractNo, QStringLiteral("JB-2027-05"));
        QVERIFY(row >= 0);
        QCOMPARE(contracts()->index(row, ContractTableModel::UnitPrice).data().toString(), QStringLiteral("3,650.50"));
        QCOMPARE(contracts()->index(row, ContractTableModel::Status).data().toString(),
                 QStringLiteral("Not yet started"));
        QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1); // the new contract is selected
    }

    void addTwoMoveOneEndTheOther()
    {
        // Add two enterprises from the picker in one step.
        selectContract(QStringLiteral("JB-2025-01"));
        QVERIFY(button("addEnterprisesButton")->isEnabled());
        QString wujinReason;
        bool wujinDisabled = false;
        bool searchFilters = false;
        whenModalShown([&](QWidget* widget) {
            activate(widget);
            auto* dialog = qobject_cast<EnterprisePickerDialog*>(widget);
            QVERIFY(dialog);
            QAbstractItemModelTester pickerTester(dialog->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester pickerProxyTester(dialog->table()->model(),
                                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto* start = dialog->findChild<QDateEdit*>(QStringLiteral("startDateEdit"));
            QCOMPARE(start->date(), kToday); // the contract started earlier, so today
            typeDate(start, QDate(2025, 3, 1));
            QCOMPARE(start->date(), QDate(2025, 3, 1));

            QTableView* table = dialog->table();
            QAbstractItemModel* model = table->model();
            const int wujin = rowWithText(model, EnterprisePickerModel::Name, QStringLiteral("锦北五金厂"));
            wujinDisabled = !(model->flags(model->index(wujin, 0)) & Qt::ItemIsEnabled);
            wujinReason = model->index(wujin, EnterprisePickerModel::Availability).data().toString();

            auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("pickerSearchEdit"));
            typeText(search, QStringLiteral("恒达"));
            searchFilters = model->rowCount() == 1;
            clickCheckBox(table, model->index(0, EnterprisePickerModel::Name));
            search->clear();
            // The second by keyboard: select the row, Space ticks it.
            clickRow(table, rowWithText(model, EnterprisePickerModel::Name, QStringLiteral("鑫源塑胶制品有限公司")));
            QTest::keyClick(table, Qt::Key_Space);
            // Ticking the unavailable one does nothing.
            clickCheckBox(table,
                          model->index(rowWithText(model, EnterprisePickerModel::Name, QStringLiteral("锦北五金厂")),
                                       EnterprisePickerModel::Name));
            QCOMPARE(dialog->model()->checkedCount(), 2);
            // The clerk may hide those that cannot be added; the ticks stay.
            auto* onlyAvailable = dialog->findChild<QCheckBox*>(QStringLiteral("onlyAvailableCheck"));
            QTest::mouseClick(onlyAvailable, Qt::LeftButton, {}, QPoint(5, onlyAvailable->height() / 2));
            QCOMPARE(rowWithText(model, EnterprisePickerModel::Name, QStringLiteral("锦北五金厂")), -1);
            QCOMPARE(model->rowCount(), 2);
            QCOMPARE(dialog->model()->checkedCount(), 2);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        });
        QTest::mouseClick(button("addEnterprisesButton"), Qt::LeftButton);
        QVERIFY(wujinDisabled);
        QVERIFY2(wujinReason.contains(QStringLiteral("安信安全咨询有限公司")), qPrintable(wujinReason));
        QVERIFY(searchFilters);

        ContractRepository repository(m_db);
        QCOMPARE(repository.coveragesOfContract(m_c1).size(), 2);
        QCOMPARE(coverage()->rowCount(), 2);
        QCOMPARE(coverageCell(QStringLiteral("恒达机械有限公司"), CoverageTableModel::ServiceStart),
                 QStringLiteral("2025-03-01"));
        QCOMPARE(coverageCell(QStringLiteral("鑫源塑胶制品有限公司"), CoverageTableModel::ServiceStart),
                 QStringLiteral("2025-03-01"));
        QCOMPARE(contracts()
                     ->index(rowWithText(contracts(), ContractTableModel::ContractNo, QStringLiteral("JB-2025-01")),
                             ContractTableModel::CoveredToday)
                     .data()
                     .toString(),
                 QStringLiteral("2"));

        // Move one to the other lot's contract from 2025-07-01.
        selectCoverage(QStringLiteral("恒达机械有限公司"));
        QVERIFY(button("moveButton")->isEnabled());
        bool noTargetRefused = false;
        QString summary;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
            noTargetRefused = !ok->isEnabled();
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("targetContractCombo"));
            QCOMPARE(target->count(), 2); // "(choose)" and the other contract, not this one
            QVERIFY(target->itemText(1).contains(QStringLiteral("安信安全咨询有限公司")));
            QVERIFY(target->itemText(1).contains(QStringLiteral("2027-12-31")));
            target->setFocus();
            QTest::keyClick(target, Qt::Key_Down);
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("firstDayEdit")), QDate(2025, 7, 1));
            summary = dialog->findChild<QLabel*>(QStringLiteral("moveSummary"))->text();
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(button("moveButton"), Qt::LeftButton);
        QVERIFY(noTargetRefused);
        QVERIFY2(summary.contains(QStringLiteral("2025-06-30")) && summary.contains(QStringLiteral("2025-07-01")),
                 qPrintable(summary));

        // History kept: the old service ends the day before, the new one starts on the first day.
        const QList<Coverage> history = repository.coveragesOfEnterprise(m_hengda);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).contractId, m_c1);
        QCOMPARE(history.at(0).serviceStart, QDate(2025, 3, 1));
        QCOMPARE(history.at(0).serviceEnd, QDate(2025, 6, 30));
        QCOMPARE(history.at(1).contractId, m_c2);
        QCOMPARE(history.at(1).serviceStart, QDate(2025, 7, 1));
        QVERIFY(!history.at(1).serviceEnd.isValid());
        // Both rows are on screen, each under its contract.
        QCOMPARE(coverage()->rowCount(), 2);
        QCOMPARE(coverageCell(QStringLiteral("恒达机械有限公司"), CoverageTableModel::ServiceEnd),
                 QStringLiteral("2025-06-30"));
        QVERIFY(coverageCell(QStringLiteral("恒达机械有限公司"), CoverageTableModel::Remark)
                    .contains(QStringLiteral("JB-2025-02")));
        selectContract(QStringLiteral("JB-2025-02"));
        QCOMPARE(coverage()->rowCount(), 2);
        QCOMPARE(coverageCell(QStringLiteral("恒达机械有限公司"), CoverageTableModel::ServiceStart),
                 QStringLiteral("2025-07-01"));
        QCOMPARE(coverageCell(QStringLiteral("恒达机械有限公司"), CoverageTableModel::ServiceEnd), QString());
        QVERIFY(coverageCell(QStringLiteral("恒达机械有限公司"), CoverageTableModel::Remark)
                    .contains(QStringLiteral("JB-2025-01")));

        // End the other's service on 2025-12-31.
        selectContract(QStringLiteral("JB-2025-01"));
        selectCoverage(QStringLiteral("恒达机械有限公司"));
        QVERIFY(!button("endServiceButton")->isEnabled()); // already ended: history, not to be ended again
        selectCoverage(QStringLiteral("鑫源塑胶制品有限公司"));
        QVERIFY(button("endServiceButton")->isEnabled());
        whenModalShown([](QWidget* dialog) {
            activate(dialog);
            auto* lastDay = dialog->findChild<QDateEdit*>(QStringLiteral("lastDayEdit"));
            QCOMPARE(lastDay->minimumDate(), QDate(2025, 3, 1));
            QCOMPARE(lastDay->maximumDate(), QDate(2026, 12, 31));
            typeDate(lastDay, QDate(2025, 12, 31));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        });
        QTest::mouseClick(button("endServiceButton"), Qt::LeftButton);
        const QList<Coverage> ended = repository.coveragesOfEnterprise(m_xinyuan);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().serviceEnd, QDate(2025, 12, 31));
        QCOMPARE(coverageCell(QStringLiteral("鑫源塑胶制品有限公司"), CoverageTableModel::ServiceEnd),
                 QStringLiteral("2025-12-31"));
        QCOMPARE(coverageCell(QStringLiteral("鑫源塑胶制品有限公司"), CoverageTableModel::Remark),
                 QStringLiteral("Service ended"));
        QCOMPARE(contracts()
                     ->index(rowWithText(contracts(), ContractTableModel::ContractNo, QStringLiteral("JB-2025-01")),
                             ContractTableModel::CoveredToday)
                     .data()
                     .toString(),
                 QStringLiteral("0"));
    }

    void pickerShowsTheRepositoryRefusal()
    {
        selectContract(QStringLiteral("JB-2025-01"));
        QString shown;
        bool stayedOpen = false;
        whenModalShown([&](QWidget* widget) {
            activate(widget);
            auto* dialog = qobject_cast<EnterprisePickerDialog*>(widget);
            QTableView* table = dialog->table();
            clickCheckBox(table,
                          table->model()->index(rowWithText(table->model(), EnterprisePickerModel::Name,
                                                            QStringLiteral("恒达机械有限公司")),
                                                EnterprisePickerModel::Name));
            QCOMPARE(dialog->model()->checkedCount(), 1);
            // Meanwhile the enterprise was put under the other contract (the list no longer knows it).
            QString error;
            QVERIFY(ContractRepository(m_db).addCoverage(m_c2, { m_hengda }, QDate(2025, 1, 1), &error));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
            auto* formError = dialog->findChild<QLabel*>(QStringLiteral("formError"));
            shown = formError->isHidden() ? QString() : formError->text();
            stayedOpen = dialog->isVisible();
            // Closed with changes: the form asks first; the test answers 不保存.
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        QTest::mouseClick(button("addEnterprisesButton"), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral("恒达机械有限公司"))
                     && shown.contains(QStringLiteral("安信安全咨询有限公司")),
                 qPrintable(shown));
        QVERIFY(stayedOpen);
        QCOMPARE(ContractRepository(m_db).coveragesOfContract(m_c1).size(), 0);
    }

    void moveRefusesADayBeforeTheServiceStarted()
    {
        selectContract(QStringLiteral("JB-2025-02"));
        selectCoverage(QStringLiteral("锦北五金厂"));
        QString reason;
        bool refused = false;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("targetContractCombo"));
            target->setCurrentIndex(target->findData(m_c1));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("firstDayEdit")), QDate(2025, 1, 1));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("firstDayError"));
            reason = error->isHidden() ? QString() : error->text();
            refused = !dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled();
            // Closed with changes: the form asks first; the test answers 不保存.
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        QTest::mouseClick(button("moveButton"), Qt::LeftButton);
        QVERIFY(refused);
        QVERIFY2(reason.contains(QStringLiteral("2025-01-01")), qPrintable(reason));
        QCOMPARE(ContractRepository(m_db).coveragesOfEnterprise(m_wujin).size(), 1);
    }

    void archiveAndRestoreWithConfirmation()
    {
        int changes = 0;
        connect(m_page, &ContractsPage::dataChanged, this, [&changes] { ++changes; });
        selectContract(QStringLiteral("JB-2025-02"));
        MessageBox::setNextAnswer(QMessageBox::No);
        action("archiveContractAction")->trigger();
        QCOMPARE(contracts()->rowCount(), 2);
        QCOMPARE(changes, 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("archiveContractAction")->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("JB-2025-02")));
        QCOMPARE(contracts()->rowCount(), 1);
        QCOMPARE(changes, 1);

        auto* showArchived = m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"));
        QTest::mouseClick(showArchived, Qt::LeftButton, {}, QPoint(5, showArchived->height() / 2));
        QCOMPARE(contracts()->rowCount(), 2);
        selectContract(QStringLiteral("JB-2025-02"));
        QCOMPARE(contracts()
                     ->index(rowWithText(contracts(), ContractTableModel::ContractNo, QStringLiteral("JB-2025-02")),
                             ContractTableModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("Archived"));
        QVERIFY(!button("addEnterprisesButton")->isEnabled());
        QCOMPARE(coverage()->rowCount(), 1); // its history still shows
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("restoreContractAction")->trigger();
        QVERIFY(!ContractRepository(m_db).find(m_c2)->isArchived());
        QCOMPARE(changes, 2);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    ContractsPage* m_page = nullptr;
    qint64 m_agencyB = 0;
    qint64 m_hengda = 0;
    qint64 m_xinyuan = 0;
    qint64 m_wujin = 0;
    qint64 m_c1 = 0;
    qint64 m_c2 = 0;
    int m_counter = 0;
};

QTEST_MAIN(TestContractsPage)
#include "TestContractsPage.moc"
