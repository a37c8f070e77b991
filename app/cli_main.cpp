#include "AppInfo.h"
#include "AppSettings.h"
#include "CliCommands.h"
#include "Localization.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // Messages are written as UTF-8; tell the console so Chinese text arrives intact.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    sl::core::AppInfo::applyIdentity();
    sl::core::Localization::install(app, sl::core::AppSettings().value(sl::core::AppSettings::Key::Language).toString());
    sl::app::CliCommands commands;
    return commands.run(QCoreApplication::arguments());
}
