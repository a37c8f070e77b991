// Types into the annual report's 存在不足 as the clerk would, then dies at once (SAFELEDGER_CRASH_AT=report.typed),
// without closing anything: what a crash of the program or a killed process leaves. Used by TestReportTexts.
#include "AppSettings.h"
#include "CrashPoint.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "db/Database.h"

#include <QApplication>
#include <QPlainTextEdit>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        return 2;
    }
    sl::core::AppSettings settings(QString::fromLocal8Bit(argv[2]));
    sl::core::Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sl::ui::MainWindow window(db, settings);
    window.show();
    window.showPage(sl::ui::MainWindow::Page::Reports);
    auto* edit = window.findChild<QPlainTextEdit*>(QStringLiteral("shortcomingsEdit"));
    if (!edit) {
        return 3;
    }
    typeText(edit, QString::fromUtf8(argv[3]));
    sl::core::CrashPoint::reach("report.typed");
    return 0;
}
