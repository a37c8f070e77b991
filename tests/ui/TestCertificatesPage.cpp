#include "AppSettings.h"
#include "Clock.h"
#include "GuiTest.h"
#include "TestStreet.h"
#include "certificates/CertificateDialog.h"
#include "certificates/CertificateTableModel.h"
#include "certificates/CertificatesPage.h"
#include "common/CertificateStyle.h"
#include "common/MessageBox.h"
#include "db/CertificateRepository.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

using namespace sl::core;
using namespace sl::ui;

namespace {

const QDate kToday(2025, 6, 1);

} // namespace

// The clerk keeps the enterprises' certificates and sees which have expired or expire soon.
class TestCertificatesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppSettings> m_settings;
    CertificatesPage* m_page = nullptr;
    int m_counter = 0;
    qint64 m_hengda = 0;
    qint64 m_xinyuan = 0;
    qint64 m_licence = 0;
    qint64 m_operator = 0;

    QAbstractItemModel* shown() const { return m_page->table()->model(); }
    // The numbers of the certificates the table shows, in its order.
    QStringList shownNumbers() const
    {
        QStringList out;
        for (int row = 0; row < shown()->rowCount(); ++row) {
            out << shown()->index(row, CertificateTableModel::Number).data().toString();
        }
        return out;
    }
    int rowOf(const QString& number) const { return static_cast<int>(shownNumbers().indexOf(number)); }
    QString cell(const QString& number, int column) const
    {
        return shown()->index(rowOf(number), column).data().toString();
    }
    void chooseFilter(const QString& text)
    {
        auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("filterCombo"));
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        // As the clerk does: focus the drop-down and step to the entry with the arrow keys.
        combo->setFocus();
        while (combo->currentIndex() != index) {
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        }
    }
    void clickToolButton(const char* actionName)
    {
        auto* toolbar = m_page->findChild<QToolBar*>(QStringLiteral("certificateToolbar"));
        QAction* action = m_page->findChild<QAction*>(QLatin1String(actionName));
        QVERIFY(action);
        QWidget* button = toolbar->widgetForAction(action);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void clickRow(int row)
    {
        QTableView* table = m_page->table();
        const QRect rect = table->visualRect(table->model()->index(row, CertificateTableModel::Number));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    // A new certificate of 恒达, for its dialog.
    Certificate newOfHengda() const
    {
        Certificate c;
        c.enterpriseId = m_hengda;
        return c;
    }
    static void showDialog(QWidget* dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        activate(dialog);
    }
    // As the clerk does: the type chosen by its name in the certificate dialog's drop-down.
    static void chooseType(QWidget* dialog, const QString& name)
    {
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findText(name));
    }
    // Ticks "issue date known" in the certificate dialog, as the clerk clicks it; the check box.
    static QCheckBox* knowTheIssueDate(QWidget* dialog)
    {
        auto* known = dialog->findChild<QCheckBox*>(QStringLiteral("issuedCheck"));
        QTest::mouseClick(known, Qt::LeftButton, {}, QPoint(8, known->height() / 2));
        return known;
    }
    qint64 typeNamed(const QString& name)
    {
        for (const CertificateType& t : CertificateRepository(m_db).types(true)) {
            if (t.name == name) {
                return t.id;
            }
        }
        return 0;
    }
    void add(qint64 enterprise, const QString& number, const QDate& expires, bool archived = false)
    {
        Certificate c;
        c.enterpriseId = enterprise;
        c.typeId = m_licence;
        c.number = number;
        c.holder = QStringLiteral("企业");
        c.issuer = QStringLiteral("浙江省应急管理厅");
        c.expiresOn = expires;
        QString error;
        QVERIFY2(CertificateRepository(m_db).insert(c, &error), qPrintable(error));
        if (archived) {
            QVERIFY(CertificateRepository(m_db).archive(c.id, &error));
        }
    }

private slots:
    void initTestCase() { Clock::setToday(kToday); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void init()
    {
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_counter)));
        TestStreet street;
        street.openWithEnterprise(m_db, m_dir.filePath(QStringLiteral("c%1.sqlite").arg(m_counter++)));
        street.addOtherEnterprise(m_db);
        m_hengda = street.enterprise;
        m_xinyuan = street.otherEnterprise;
        m_licence = typeNamed(QStringLiteral("安全生产许可证"));
        m_operator = typeNamed(QStringLiteral("特种作业操作证"));
        add(m_hengda, QStringLiteral("H-expired"), QDate(2025, 5, 20));
        add(m_hengda, QStringLiteral("H-today"), kToday);
        add(m_hengda, QStringLiteral("H-30"), QDate(2025, 7, 1));
        add(m_hengda, QStringLiteral("H-31"), QDate(2025, 7, 2));
        add(m_hengda, QStringLiteral("H-far"), QDate(2027, 1, 1));
        add(m_xinyuan, QStringLiteral("X-10"), QDate(2025, 6, 11));
        add(m_xinyuan, QStringLiteral("X-45"), QDate(2025, 7, 16));
        add(m_xinyuan, QStringLiteral("X-archived"), QDate(2025, 6, 6), true);
        m_page = new CertificatesPage(m_db, *m_settings);
        showActive(m_page, 1400, 700);
    }

    void cleanup()
    {
        closePage(m_page, m_db);
        m_settings.reset();
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester model(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->reload();
        chooseFilter(QStringLiteral("Expiring within 60 days"));
        m_page->showEnterprise(m_xinyuan);
        m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"))->setChecked(true);
        m_page->showEnterprise(0);
        QCOMPARE(m_page->model()->rowCount(), 8);
    }

    void soonestExpiryFirstWithStateInTextAndColour()
    {
        QCOMPARE(shownNumbers(),
                 (QStringList{ QStringLiteral("H-expired"), QStringLiteral("H-today"), QStringLiteral("X-10"),
                               QStringLiteral("H-30"), QStringLiteral("H-31"), QStringLiteral("X-45"),
                               QStringLiteral("H-far") }));
        QCOMPARE(cell(QStringLiteral("H-expired"), CertificateTableModel::DaysLeft), QStringLiteral("-12"));
        QCOMPARE(cell(QStringLiteral("H-expired"), CertificateTableModel::Status), QStringLiteral("Expired"));
        QCOMPARE(cell(QStringLiteral("H-today"), CertificateTableModel::DaysLeft), QStringLiteral("0"));
        QCOMPARE(cell(QStringLiteral("H-today"), CertificateTableModel::Status), QStringLiteral("Expiring"));
        QCOMPARE(cell(QStringLiteral("H-30"), CertificateTableModel::Status), QStringLiteral("Expiring"));
        QCOMPARE(cell(QStringLiteral("H-31"), CertificateTableModel::Status), QStringLiteral("Valid"));
        QCOMPARE(cell(QStringLiteral("H-far"), CertificateTableModel::Enterprise), QStringLiteral("恒达机械有限公司"));
        QCOMPARE(cell(QStringLiteral("H-far"), CertificateTableModel::CreditCode),
                 QStringLiteral("91110000600037341L"));
        QCOMPARE(cell(QStringLiteral("H-far"), CertificateTableModel::Type), QStringLiteral("安全生产许可证"));
        QCOMPARE(cell(QStringLiteral("H-far"), CertificateTableModel::Expires), QStringLiteral("2027-01-01"));
        auto colour = [&](const QString& number) {
            return shown()
                ->index(rowOf(number), CertificateTableModel::Status)
                .data(Qt::ForegroundRole)
                .value<QBrush>()
                .color();
        };
        QCOMPARE(colour(QStringLiteral("H-expired")), CertificateStyle::foreground(CertificateStatus::State::Expired));
        QCOMPARE(colour(QStringLiteral("H-30")), CertificateStyle::foreground(CertificateStatus::State::Expiring));
        QCOMPARE(colour(QStringLiteral("H-far")), CertificateStyle::foreground(CertificateStatus::State::Valid));
        QVERIFY(colour(QStringLiteral("H-expired")) != colour(QStringLiteral("H-30")));
        QVERIFY(colour(QStringLiteral("H-30")) != colour(QStringLiteral("H-far")));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("7 of 8 certificates shown"));
    }

    void filtersShowExactlyTheWindow()
    {
        chooseFilter(QStringLiteral("Expiring within 30 days"));
        QCOMPARE(shownNumbers(),
                 (QStringList{ QStringLiteral("H-today"), QStringLiteral("X-10"), QStringLiteral("H-30") }));
        chooseFilter(QStringLiteral("Expired"));
        QCOMPARE(shownNumbers(), QStringList{ QStringLiteral("H-expired") });
        chooseFilter(QStringLiteral("Expiring within 60 days"));
        QCOMPARE(shownNumbers(),
                 (QStringList{ QStringLiteral("H-today"), QStringLiteral("X-10"), QStringLiteral("H-30"),
                               QStringLiteral("H-31"), QStringLiteral("X-45") }));
        // Within the window being looked at, every certificate is "expiring".
        QCOMPARE(cell(QStringLiteral("X-45"), CertificateTableModel::Status), QStringLiteral("Expiring"));
        chooseFilter(QStringLiteral("Expiring within 90 days"));
        QCOMPARE(shownNumbers().size(), 5);
        // The search narrows the window further; archived certificates come back only when asked for.
        typeText(m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("鑫源"));
        QCOMPARE(shownNumbers(), (QStringList{ QStringLiteral("X-10"), QStringLiteral("X-45") }));
        m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"))->click();
        QCOMPARE(shownNumbers(),
                 (QStringList{ QStringLiteral("X-archived"), QStringLiteral("X-10"), QStringLiteral("X-45") }));
        QCOMPARE(cell(QStringLiteral("X-archived"), CertificateTableModel::Status), QStringLiteral("Archived"));
        chooseFilter(QStringLiteral("All"));
        QCOMPARE(cell(QStringLiteral("X-45"), CertificateTableModel::Status), QStringLiteral("Valid"));
    }

    void addACertificateThroughTheDialog()
    {
        bool refusedWhenEmpty = false;
        bool proposed = false;
        QString hint;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            auto* expiresError = dialog->findChild<QLabel*>(QStringLiteral("expiresError"));
            refusedWhenEmpty = !save->isEnabled() && !expiresError->isHidden()
                && expiresError->text() == QStringLiteral("Enter the expiry date.")
                && !dialog->findChild<QLabel*>(QStringLiteral("typeError"))->isHidden()
                && !dialog->findChild<QLabel*>(QStringLiteral("enterpriseError"))->isHidden();
            auto* enterprise = dialog->findChild<QComboBox*>(QStringLiteral("enterpriseCombo"));
            typeText(enterprise->lineEdit(), QStringLiteral("鑫源化工贸易有限公司  91310115MA1K3BTP2B"));
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("enterpriseError"))->isHidden());
            chooseType(dialog, QStringLiteral("特种作业操作证"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit")),
                     QStringLiteral("T330110198001011234"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("holderEdit")), QStringLiteral("王伟"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("issuerEdit")), QStringLiteral("杭州市应急管理局"));
            auto* known = knowTheIssueDate(dialog);
            QVERIFY(known->isChecked());
            auto* issued = dialog->findChild<QDateEdit*>(QStringLiteral("issuedEdit"));
            typeDate(issued, QDate(2019, 6, 20));
            QCOMPARE(issued->date(), QDate(2019, 6, 20));
            // Six years from the issue date, through the day before.
            proposed = dialog->findChild<QDateEdit*>(QStringLiteral("expiresEdit"))->date() == QDate(2025, 6, 19);
            hint = dialog->findChild<QLabel*>(QStringLiteral("expiryHint"))->text();
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        clickToolButton("newCertificateAction");
        QVERIFY(refusedWhenEmpty);
        QVERIFY(proposed);
        QVERIFY2(hint.contains(QStringLiteral("72 month")) && hint.contains(QStringLiteral("18 day")),
                 qPrintable(hint));

        const QList<Certificate> mine = CertificateRepository(m_db).listOf(m_xinyuan, false);
        QCOMPARE(mine.size(), 3);
        const auto added = std::find_if(mine.cbegin(), mine.cend(), [](const Certificate& c) {
            return c.number == QStringLiteral("T330110198001011234");
        });
        QVERIFY(added != mine.cend());
        QCOMPARE(added->typeId, m_operator);
        QCOMPARE(added->holder, QStringLiteral("王伟"));
        QCOMPARE(added->issuer, QStringLiteral("杭州市应急管理局"));
        QCOMPARE(added->issuedOn, QDate(2019, 6, 20));
        QCOMPARE(added->expiresOn, QDate(2025, 6, 19));
        // It is on the page, selected, and in the 30-day list.
        QCOMPARE(cell(QStringLiteral("T330110198001011234"), CertificateTableModel::DaysLeft), QStringLiteral("18"));
        const QModelIndexList selected = m_page->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(CertificateTableModel::IdRole).toLongLong(), added->id);
        chooseFilter(QStringLiteral("Expiring within 30 days"));
        QVERIFY(shownNumbers().contains(QStringLiteral("T330110198001011234")));
    }

    void aTypedExpiryIsKeptAndAnIssueAfterItIsRefused()
    {
        CertificateDialog dialog(m_db, newOfHengda());
        showDialog(&dialog);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("enterpriseLabel"))->text(),
                 QStringLiteral("恒达机械有限公司"));
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("enterpriseCombo")));
        chooseType(&dialog, QStringLiteral("安全生产许可证"));
        auto* expires = dialog.findChild<QDateEdit*>(QStringLiteral("expiresEdit"));
        typeDate(expires, QDate(2026, 3, 31));
        QCOMPARE(expires->date(), QDate(2026, 3, 31));
        knowTheIssueDate(&dialog);
        auto* issued = dialog.findChild<QDateEdit*>(QStringLiteral("issuedEdit"));
        typeDate(issued, QDate(2023, 4, 1));
        QCOMPARE(expires->date(), QDate(2026, 3, 31)); // typed by the clerk: not replaced
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        typeDate(issued, QDate(2026, 4, 1));
        QVERIFY(!save->isEnabled());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("expiresError"))->text(),
                 QStringLiteral("The issue date 2026-04-01 is after the expiry date 2026-03-31."));
        typeDate(issued, QDate(2023, 3, 15));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.certificate().expiresOn, QDate(2026, 3, 31));
        QCOMPARE(dialog.certificate().issuedOn, QDate(2023, 3, 15));
        QVERIFY(dialog.certificate().id > 0);
    }

    void anExpiryFieldLeftUntouchedStaysEmpty()
    {
        CertificateDialog dialog(m_db, newOfHengda());
        showDialog(&dialog);
        chooseType(&dialog, QStringLiteral("安全生产许可证"));
        auto* expires = dialog.findChild<QDateEdit*>(QStringLiteral("expiresEdit"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("expiresError"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QCOMPARE(expires->text(), QStringLiteral("(not entered)"));
        // Entering the field offers today's date to type over; leaving it untouched does not enter it.
        expires->setFocus(Qt::TabFocusReason);
        QVERIFY(expires->hasFocus());
        QCOMPARE(expires->date(), kToday);
        QVERIFY(!save->isEnabled());
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("numberEdit")), QStringLiteral("A-1"));
        QCOMPARE(expires->text(), QStringLiteral("(not entered)"));
        QCOMPARE(error->text(), QStringLiteral("Enter the expiry date."));
        QVERIFY(!save->isEnabled());
        // Stepping the date with the arrow keys gives it.
        expires->setFocus(Qt::TabFocusReason);
        QTest::keyClick(expires, Qt::Key_Up);
        QVERIFY(save->isEnabled());
        QVERIFY(error->isHidden());
    }

    void theEnterpriseFilterShowsOneEnterprise()
    {
        QSignalSpy changed(m_page, &CertificatesPage::dataChanged);
        m_page->showEnterprise(m_xinyuan);
        QCOMPARE(shownNumbers(), (QStringList{ QStringLiteral("X-10"), QStringLiteral("X-45") }));
        auto* label = m_page->findChild<QLabel*>(QStringLiteral("enterpriseFilterLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Enterprise: 鑫源化工贸易有限公司"));
        chooseFilter(QStringLiteral("Expiring within 30 days"));
        QCOMPARE(shownNumbers(), QStringList{ QStringLiteral("X-10") });
        chooseFilter(QStringLiteral("All"));

        // A new certificate from here belongs to the enterprise shown.
        QString enterpriseShown;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            enterpriseShown = dialog->findChild<QLabel*>(QStringLiteral("enterpriseLabel"))->text();
            chooseType(dialog, QStringLiteral("危险化学品经营许可证"));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit")), QStringLiteral("X-new"));
            typeDate(dialog->findChild<QDateEdit*>(QStringLiteral("expiresEdit")), QDate(2028, 1, 31));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        clickToolButton("newCertificateAction");
        QCOMPARE(enterpriseShown, QStringLiteral("鑫源化工贸易有限公司"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(shownNumbers(),
                 (QStringList{ QStringLiteral("X-10"), QStringLiteral("X-45"), QStringLiteral("X-new") }));
        QCOMPARE(CertificateRepository(m_db).listOf(m_xinyuan, false).size(), 3);

        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("clearEnterpriseButton")), Qt::LeftButton);
        QVERIFY(!label->isVisible());
        QCOMPARE(shownNumbers().size(), 8);
    }

    void archiveAndRestore()
    {
        QSignalSpy changed(m_page, &CertificatesPage::dataChanged);
        clickRow(rowOf(QStringLiteral("H-30")));
        QAction* archive = m_page->findChild<QAction*>(QStringLiteral("archiveCertificateAction"));
        QAction* restore = m_page->findChild<QAction*>(QStringLiteral("restoreCertificateAction"));
        QVERIFY(archive->isEnabled());
        QVERIFY(!restore->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        clickToolButton("archiveCertificateAction");
        QVERIFY(shownNumbers().contains(QStringLiteral("H-30")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        clickToolButton("archiveCertificateAction");
        QVERIFY(!shownNumbers().contains(QStringLiteral("H-30")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(CertificateRepository(m_db).expiring(kToday, 30).size(), 3);

        m_page->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"))->click();
        clickRow(rowOf(QStringLiteral("H-30")));
        QVERIFY(restore->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        clickToolButton("restoreCertificateAction");
        QCOMPARE(cell(QStringLiteral("H-30"), CertificateTableModel::Status), QStringLiteral("Expiring"));
        QCOMPARE(CertificateRepository(m_db).expiring(kToday, 30).size(), 4);
        QCOMPARE(changed.count(), 2);
    }

    void doubleClickEdits()
    {
        const QRect rect = m_page->table()->visualRect(shown()->index(rowOf(QStringLiteral("H-31")), 0));
        QString number;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
            number = edit->text();
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("H-31b"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        QTest::mouseClick(m_page->table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(m_page->table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(number, QStringLiteral("H-31"));
        QVERIFY(shownNumbers().contains(QStringLiteral("H-31b")));
        QVERIFY(!shownNumbers().contains(QStringLiteral("H-31")));
    }

    void typesAreEditedInTheirDialog()
    {
        bool edited = false;
        int typeRows = 0;
        whenModalShown([&](QWidget* dialog) {
            activate(dialog);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("typeTable"));
            typeRows = table->rowCount();
            int row = 0;
            while (row < table->rowCount() && table->item(row, 0)->text() != QStringLiteral("安全生产许可证")) {
                ++row;
            }
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(row, 0)).center());
            whenModalShown([&](QWidget* typeDialog) {
                activate(typeDialog);
                auto* validity = typeDialog->findChild<QSpinBox*>(QStringLiteral("validitySpin"));
                QCOMPARE(validity->value(), 36);
                validity->setFocus();
                validity->selectAll();
                QTest::keyClicks(validity, QStringLiteral("60"));
                QCOMPARE(validity->value(), 60);
                auto* save = typeDialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
                QVERIFY(save->isEnabled());
                QTest::mouseClick(save, Qt::LeftButton);
                edited = true;
            });
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("editTypeButton")), Qt::LeftButton);
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("60"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
        });
        QSignalSpy changed(m_page, &CertificatesPage::dataChanged);
        clickToolButton("certificateTypesAction");
        QCOMPARE(typeRows, 6);
        QVERIFY(edited);
        QCOMPARE(CertificateRepository(m_db).findType(m_licence)->validityMonths, 60);
        QCOMPARE(changed.count(), 1);

        // The new validity proposes the expiry of the next certificate.
        CertificateDialog dialog(m_db, newOfHengda());
        showDialog(&dialog);
        chooseType(&dialog, QStringLiteral("安全生产许可证"));
        knowTheIssueDate(&dialog);
        typeDate(dialog.findChild<QDateEdit*>(QStringLiteral("issuedEdit")), QDate(2025, 1, 10));
        QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("expiresEdit"))->date(), QDate(2030, 1, 9));
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "TestCertificatesPage.moc"
