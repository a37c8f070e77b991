#include "AppSettings.h"
#include "Clock.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "db/ReportTextRepository.h"
#include "reports/ReportsPage.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>

using namespace sl::core;
using namespace sl::ui;

// Nothing typed is lost: what the clerk types into the annual report's 存在不足 is kept when the window is closed
// at once, and when the program dies at once after the last key.
class TestReportTexts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString shortcomingsIn(const QString& path)
    {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            return QStringLiteral("(cannot open: %1)").arg(error);
        }
        // What the next start shows the clerk…
        AppSettings settings(m_dir.filePath(QStringLiteral("check.ini")));
        QString shown;
        {
            MainWindow window(db, settings);
            window.show();
            window.showPage(MainWindow::Page::Reports);
            shown = window.findChild<QPlainTextEdit*>(QStringLiteral("shortcomingsEdit"))->toPlainText();
        }
        // …is what the file holds.
        const QString stored = ReportTextRepository(db).annualTexts(Clock::today().year()).shortcomings;
        return shown == stored ? stored : QStringLiteral("shown \"%1\", stored \"%2\"").arg(shown, stored);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void closingTheWindowAtOnceKeepsTheText()
    {
        const QString path = m_dir.filePath(QStringLiteral("close.sqlite"));
        const QString text = QStringLiteral("部分企业隐患整改不及时 (Q3)");
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            AppSettings settings(m_dir.filePath(QStringLiteral("close.ini")));
            MainWindow window(db, settings);
            window.show();
            window.showPage(MainWindow::Page::Reports);
            typeText(window.findChild<QPlainTextEdit*>(QStringLiteral("shortcomingsEdit")), text);
            window.close(); // at once: no pause for the typing to settle
        }
        QCOMPARE(shortcomingsIn(path), text);
    }

    void killingTheProgramAtOnceKeepsTheText()
    {
        const QString path = m_dir.filePath(QStringLiteral("kill.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
        }
        const QString text = QStringLiteral("培训覆盖面不足 2025");
        QProcess typer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAFELEDGER_CRASH_AT"), QStringLiteral("report.typed"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        typer.setProcessEnvironment(env);
        typer.start(QStringLiteral(REPORT_TYPER), { path, m_dir.filePath(QStringLiteral("kill.ini")), text });
        QVERIFY(typer.waitForFinished(60000));
        QCOMPARE(typer.exitCode(), 86); // died at the crash point, right after the last key
        QCOMPARE(shortcomingsIn(path), text);
    }
};

QTEST_MAIN(TestReportTexts)
#include "TestReportTexts.moc"
