#include "BenchOptions.h"
#include "BenchRun.h"
#include "DemoStreet.h"
#include "Localization.h"

#include "ExportBenchmark.h"
#include "StartBenchmark.h"
#include "WindowStartBenchmark.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // The table model lives in the ui library and asks QPalette for colours, and the start benchmark shows the
    // main window, so a widget application is needed; offscreen lets the benchmark run without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);

    sl::bench::BenchOptions options;
    QString message;
    switch (options.parse(QCoreApplication::arguments(), &message)) {
    case sl::bench::BenchOptions::Outcome::ShowedHelp:
        QTextStream(stdout) << message << Qt::endl;
        return 0;
    case sl::bench::BenchOptions::Outcome::Invalid:
        QTextStream(stderr) << "safeledger-bench: " << message << Qt::endl;
        return 2;
    case sl::bench::BenchOptions::Outcome::Run:
        break;
    }
    if (!options.writeDemoPath.isEmpty()) {
        return sl::bench::DemoStreet::runChild(options);
    }

    // Measure what the clerk runs: a Chinese PC, so Chinese collation for the name sort (pinyin,
    // through ICU) and the Chinese translation for every text the table shows — whatever the locale
    // of the machine that runs the benchmark.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    sl::core::Localization::install(app, QStringLiteral("zh_CN"));

    if (!options.startChildPath.isEmpty()) {
        return sl::bench::StartBenchmark::runChild(options.startChildPath, options.asOf, options.backupFirst);
    }
    if (!options.windowChildPath.isEmpty()) {
        return sl::bench::WindowStartBenchmark::runChild(options.windowChildPath, options.asOf);
    }
    if (!options.exportChildPath.isEmpty()) {
        return sl::bench::ExportBenchmark::runChild(options.exportChildPath, options.outPath);
    }
    return sl::bench::BenchRun(options).exec();
}
