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
#include "io/CsvReader.h"
#include "io/EnterpriseImport.h"
#include "io/Gb18030.h"
#include "io/XlsxReader.h"
#include "rules/CreditCode.h"
#include <QDialogButtonBox>
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

    // A valid credit code around an organisation code's first eight characters.
    static QString validCode(const QString& org8)
    {
        const QString first17 = QStringLiteral("91110000") + org8 + CreditCode::organisationCheckCharacter(org8);
        return first17 + CreditCode::checkCharacter(first17);
    }
    QString writeCsv(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        }
        return path;
    }
    // One good row and two refused ones (a wrong check character; an unknown community and a bad count).
    QString oneGoodTwoBad()
    {
        return writeCsv(QStringLiteral("mixed%1.csv").arg(m_counter),
                        QStringLiteral("企业名称,统一社会信用代码,所属社区,从业人数,备注\r\n"
                                       "新华商贸有限公司,91110000600037341L,河西村,12,\r\n"
                                       "错误代码公司,91350100M000100Y4Z,河西村,5,-待核实\r\n"
                                       "无名社区公司,%1,不存在社区,十二,\r\n")
                            .arg(validCode(QStringLiteral("A1B2C3D4"))));
    }
    // Opens the file through the page's Import… button; `act` drives the preview dialog.
    void importThroughPage(const QString& path, std::function<void(QWidget*)> act)
    {
        FileDialog::setNextFileName(path);
        whenModalShown(std::move(act));
        auto* toolbar = m_page->findChild<QToolBar*>(QStringLiteral("enterpriseToolbar"));
        QTest::mouseClick(toolbar->widgetForAction(action("importAction")), Qt::LeftButton);
    }
    static QPushButton* button(QWidget* dialog, const char* name)
    {
        return dialog->findChild<QPushButton*>(QLatin1String(name));
    }
    static void cancel(QWidget* dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
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
            // Taking only the good rows is the deliberate second button, asked once more (issue #19).
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importGoodButton")), Qt::LeftButton);
            MessageBox::setNextAnswer(QMessageBox::Ok);
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

    // Issue #19: the window answers as the command line does. Import all takes every row or, while a row is
    // refused, none, and says so; the ledger is unchanged.
    void importAllIsAllOrNothing()
    {
        const QString path = oneGoodTwoBad();
        const int before = EnterpriseRepository(m_db).count();
        QString error;
        QString goodText;
        bool stayedOpen = false;
        importThroughPage(path, [&](QWidget* dialog) {
            QPushButton* all = button(dialog, "importButton");
            QVERIFY(all->isEnabled());
            QVERIFY(all->isDefault());
            goodText = button(dialog, "importGoodButton")->text();
            QTest::mouseClick(all, Qt::LeftButton);
            stayedOpen = dialog->isVisible();
            error = dialog->findChild<QLabel*>(QStringLiteral("importError"))->text();
            cancel(dialog);
        });
        QVERIFY(stayedOpen);
        QVERIFY2(error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("2 row")), qPrintable(error));
        QCOMPARE(goodText, QStringLiteral("Import only the 1 good rows (leave out 2)"));
        QCOMPARE(EnterpriseRepository(m_db).count(), before);
        QVERIFY(!EnterpriseRepository(m_db).findByCreditCode(QStringLiteral("91110000600037341L")).has_value());

        // A file without a refused row: Import all takes it whole, and the second button is not offered.
        const QString clean = writeCsv(QStringLiteral("clean.csv"),
                                       QStringLiteral("企业名称,统一社会信用代码,所属社区\r\n"
                                                      "新华商贸有限公司,91110000600037341L,河西村\r\n"));
        bool goodOffered = true;
        importThroughPage(clean, [&](QWidget* dialog) {
            goodOffered = button(dialog, "importGoodButton")->isVisible();
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
        });
        QVERIFY(!goodOffered);
        QCOMPARE(EnterpriseRepository(m_db).count(), before + 1);
    }

    // The second button takes exactly the good row, and only once the clerk confirms.
    void importOnlyTheGoodRowsAfterConfirming()
    {
        const QString path = oneGoodTwoBad();
        const int before = EnterpriseRepository(m_db).count();
        QString question;
        int afterNo = -1;
        importThroughPage(path, [&](QWidget* dialog) {
            QPushButton* good = button(dialog, "importGoodButton");
            QVERIFY(good->isVisible() && good->isEnabled());
            MessageBox::setNextAnswer(QMessageBox::No);
            QTest::mouseClick(good, Qt::LeftButton);
            question = MessageBox::lastText();
            afterNo = EnterpriseRepository(m_db).count();
            QVERIFY(dialog->isVisible());
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(good, Qt::LeftButton);
            MessageBox::setNextAnswer(QMessageBox::Ok); // the page's "added" message
        });
        QVERIFY2(question.contains(QStringLiteral("1 good rows")) && question.contains(QStringLiteral("2 refused")),
                 qPrintable(question));
        QCOMPARE(afterNo, before);
        QCOMPARE(EnterpriseRepository(m_db).count(), before + 1);
        QVERIFY(EnterpriseRepository(m_db).findByCreditCode(QStringLiteral("91110000600037341L")).has_value());
        QVERIFY(!EnterpriseRepository(m_db).findByCreditCode(validCode(QStringLiteral("A1B2C3D4"))).has_value());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 refused row")), qPrintable(MessageBox::lastText()));
        QCOMPARE(m_page->model()->rowCount(), before + 1);
    }

    // The left-out rows are saved with their reasons as a file of the same kind; corrected, it imports whole
    // (its reason column is not read).
    void leftOutRowsCanBeCorrectedAndImported()
    {
        const QString path = oneGoodTwoBad();
        const QString leftOut = m_dir.filePath(QStringLiteral("left-out.csv"));
        QStringList reasons;
        QString note;
        bool saveEnabled = false;
        importThroughPage(path, [&](QWidget* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("importTable"));
            reasons = { table->item(1, 4)->text(), table->item(2, 4)->text() };
            saveEnabled = button(dialog, "saveRefusedButton")->isEnabled();
            FileDialog::setNextFileName(leftOut);
            QTest::mouseClick(button(dialog, "saveRefusedButton"), Qt::LeftButton);
            note = dialog->findChild<QLabel*>(QStringLiteral("importNote"))->text();
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(button(dialog, "importGoodButton"), Qt::LeftButton);
            MessageBox::setNextAnswer(QMessageBox::Ok);
        });
        QVERIFY(saveEnabled);
        QVERIFY2(note.contains(QStringLiteral("left-out.csv")), qPrintable(note));
        QVERIFY(!reasons.at(0).isEmpty() && !reasons.at(1).isEmpty());
        TextTable table;
        QString error;
        CsvReader::Encoding encoding;
        QVERIFY2(CsvReader::read(leftOut, ReadLimits(), &table, &error, &encoding), qPrintable(error));
        QCOMPARE(int(encoding), int(CsvReader::Encoding::Utf8Bom));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(
            table.rows.at(0),
            QStringList({ QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("所属社区"),
                          QStringLiteral("从业人数"), QStringLiteral("备注"), EnterpriseImport::reasonHeaderName() }));
        QCOMPARE(table.rows.at(1).mid(0, 3),
                 QStringList({ QStringLiteral("错误代码公司"), QStringLiteral("91350100M000100Y4Z"),
                               QStringLiteral("河西村") }));
        QCOMPARE(table.rows.at(1).at(5), reasons.at(0));
        QCOMPARE(table.rows.at(2).at(0), QStringLiteral("无名社区公司"));
        QCOMPARE(table.rows.at(2).at(5), reasons.at(1));

        // The clerk corrects the two rows in the saved file, leaving the reasons as they are.
        QString text = QString::fromUtf8(QByteArray([&] {
            QFile f(leftOut);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }()));
        text.replace(QStringLiteral("91350100M000100Y4Z"), validCode(QStringLiteral("Q9W8E7R6")));
        text.replace(QStringLiteral("不存在社区,十二"), QStringLiteral("锦北社区,12"));
        QFile f(leftOut);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        f.close();
        const int before = EnterpriseRepository(m_db).count();
        QString summary;
        importThroughPage(leftOut, [&](QWidget* dialog) {
            summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
        });
        QVERIFY2(!summary.contains(QStringLiteral("Columns not read")), qPrintable(summary));
        QCOMPARE(EnterpriseRepository(m_db).count(), before + 2);
        const auto second = EnterpriseRepository(m_db).findByCreditCode(validCode(QStringLiteral("Q9W8E7R6")));
        QVERIFY(second.has_value());
        QCOMPARE(second->notes, QStringLiteral("-待核实")); // the guard against formulas does not stick
        const auto third = EnterpriseRepository(m_db).findByCreditCode(validCode(QStringLiteral("A1B2C3D4")));
        QVERIFY(third.has_value());
        QCOMPARE(third->employees, 12);
        QCOMPARE(third->communityId, qint64(1));
    }

    // The template holds exactly the columns the importer reads, from the importer's own list.
    void templateHasTheImportersHeaders()
    {
        const QString path = oneGoodTwoBad();
        const QString xlsx = m_dir.filePath(QStringLiteral("template.xlsx"));
        QString note;
        importThroughPage(path, [&](QWidget* dialog) {
            FileDialog::setNextFileName(xlsx);
            QTest::mouseClick(button(dialog, "importTemplateButton"), Qt::LeftButton);
            note = dialog->findChild<QLabel*>(QStringLiteral("importNote"))->text();
            cancel(dialog);
        });
        QVERIFY2(note.contains(QStringLiteral("template.xlsx")), qPrintable(note));
        TextTable table;
        QString error;
        QVERIFY2(XlsxReader::read(xlsx, ReadLimits(), &table, &error), qPrintable(error));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first(), EnterpriseImport::headerNames());
        QCOMPARE(table.rows.first().size(), 18);
        QVERIFY(table.rows.first().contains(QStringLiteral("统一社会信用代码")));
    }

    // A long reason is shown whole: wrapped in its cell (never "…"), as the tooltip and under the table.
    void longReasonIsShownWhole()
    {
        const QString path = writeCsv(QStringLiteral("long.csv"),
                                      QStringLiteral("企业名称,统一社会信用代码,所属社区,从业人数,规模类型,"
                                                     "职业病危害程度,参与状态,加入日期\r\n"
                                                     "新华商贸有限公司,91110000600037341L,河西村,12,小微,无,参与,\r\n"
                                                     "问题很多的公司,91350100M000100Y4Z,不存在社区,很多,大型,很重,"
                                                     "也许,去年春天\r\n"));
        QString reason;
        QString cellText;
        QString tooltip;
        QString detail;
        bool detailWraps = false;
        bool cellWraps = false;
        int reasonWidth = 0;
        int columnWidth = 0;
        int goodHeight = 0;
        int badHeight = 0;
        importThroughPage(path, [&](QWidget* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("importTable"));
            auto* label = dialog->findChild<QLabel*>(QStringLiteral("importReasonDetail"));
            cellText = table->item(1, 4)->text();
            tooltip = table->item(1, 4)->toolTip();
            table->setCurrentCell(1, 1);
            detail = label->text();
            detailWraps = label->wordWrap() && label->isVisible();
            cellWraps = table->wordWrap() && table->textElideMode() == Qt::ElideNone;
            reasonWidth = table->fontMetrics().horizontalAdvance(cellText);
            columnWidth = table->columnWidth(4);
            goodHeight = table->rowHeight(0);
            badHeight = table->rowHeight(1);
            cancel(dialog);
        });
        Database& db = m_db;
        reason = EnterpriseImport::prepare(db, path, false).rows.at(1).problem;
        for (const QString& part : { QStringLiteral("不存在社区"), QStringLiteral("很多"), QStringLiteral("大型"),
                                     QStringLiteral("很重"), QStringLiteral("也许"), QStringLiteral("去年春天") }) {
            QVERIFY2(reason.contains(part), qPrintable(reason));
        }
        QCOMPARE(cellText, reason);
        QCOMPARE(tooltip, reason);
        QVERIFY2(detail.endsWith(reason), qPrintable(detail));
        QVERIFY(detail.startsWith(QStringLiteral("Line 3")));
        QVERIFY(detailWraps);
        QVERIFY(cellWraps);
        // The reason is wider than its column, so the row grows to hold it in several lines.
        QVERIFY2(reasonWidth > columnWidth, qPrintable(QStringLiteral("%1 %2").arg(reasonWidth).arg(columnWidth)));
        QVERIFY2(badHeight >= 2 * goodHeight - 4, qPrintable(QStringLiteral("%1 %2").arg(badHeight).arg(goodHeight)));
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

    // Another seat saved the enterprise while the form was open: the form's save is refused with who and when, the
    // form stays open with what was typed, and the other seat's change stays.
    void aSaveOverSomeoneElsesNewerChangeIsRefused()
    {
        search(QStringLiteral("恒达"));
        QCOMPARE(visibleRows(), 1);
        selectRow(0);
        const qint64 id = EnterpriseRepository(m_db).findByCreditCode(QStringLiteral("91310115MA1K3BTP2B"))->id;
        QString refusal;
        bool stayedOpen = false;
        whenModalShown([&](QWidget* dialog) {
            // The other seat: a change written after the form opened.
            std::optional<Enterprise> other = EnterpriseRepository(m_db).find(id);
            other->safetyContact = QStringLiteral("张强");
            QString error;
            QVERIFY2(EnterpriseRepository(m_db).update(*other, &error), qPrintable(error));
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("（改名）"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            refusal = dialog->findChild<QLabel*>(QStringLiteral("formError"))->text();
            stayedOpen = dialog->isVisible();
            saveShot(dialog, QStringLiteral("enterprise-form-refused.png"));
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        action("editEnterpriseAction")->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QLatin1String("changed this record at")), qPrintable(refusal));
        const std::optional<Enterprise> stored = EnterpriseRepository(m_db).find(id);
        QCOMPARE(stored->safetyContact, QStringLiteral("张强"));
        QCOMPARE(stored->name, QStringLiteral("恒达机械有限公司"));
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
