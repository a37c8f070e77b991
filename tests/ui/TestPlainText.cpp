#include "AppSettings.h"
#include "DatabaseFixture.h"
#include "GuiTest.h"
#include "common/MessageBox.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "enterprises/EnterpriseTableModel.h"
#include "enterprises/EnterprisesPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

// User data is shown as the characters typed, never as markup: a name such as <b>粗体</b> must not
// turn bold in the table, the detail pane, the form or a confirmation.
class TestPlainText : public QObject, private DatabaseFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        openEmpty(QStringLiteral("settings.ini"), QStringLiteral("markup.sqlite"));
        QString error;
        Community c;
        c.name = QStringLiteral("<i>社区</i>");
        QVERIFY(CommunityRepository(m_db).insert(c, &error));
        Enterprise e;
        e.name = kName;
        e.creditCode = QStringLiteral("91110000600037341L");
        e.communityId = c.id;
        e.notes = QStringLiteral("<script>alert(1)</script>");
        QVERIFY(EnterpriseRepository(m_db).insert(e, &error));
    }

    void markupStaysText()
    {
        EnterprisesPage page(m_db, *m_settings);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* table = page.table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, EnterpriseTableModel::Name).data().toString(), kName);
        QCOMPARE(table->model()->index(0, EnterpriseTableModel::Community).data().toString(),
                 QStringLiteral("<i>社区</i>"));

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        auto* name = page.findChild<QLabel*>(QStringLiteral("detailName"));
        auto* body = page.findChild<QLabel*>(QStringLiteral("detailBody"));
        QCOMPARE(name->textFormat(), Qt::PlainText);
        QCOMPARE(name->text(), kName);
        QCOMPARE(body->textFormat(), Qt::PlainText);
        QVERIFY(body->text().contains(QStringLiteral("<script>alert(1)</script>")));
        // Rendered as text, the label is as wide as the tags themselves, wider than the bold word alone.
        QVERIFY(name->sizeHint().width() > name->fontMetrics().horizontalAdvance(QStringLiteral("粗体")) * 2);

        MessageBox::setNextAnswer(QMessageBox::No);
        page.findChild<QAction*>(QStringLiteral("archiveEnterpriseAction"))->trigger();
        QVERIFY(MessageBox::lastText().contains(kName));
        QCOMPARE(MessageBox::lastTextFormat(), Qt::PlainText);

        QString inForm;
        whenModalShown([&inForm](QWidget* dialog) {
            inForm = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text();
            // Closed with changes: the form asks first; the test answers 不保存.
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        page.findChild<QAction*>(QStringLiteral("editEnterpriseAction"))->trigger();
        QCOMPARE(inForm, kName);
    }

private:
    const QString kName = QStringLiteral("<b>粗体</b>");
};

QTEST_MAIN(TestPlainText)
#include "TestPlainText.moc"
