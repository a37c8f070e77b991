#include "AppInfo.h"
#include "AppSettings.h"
#include "CliCommands.h"
#include "Localization.h"

#include <QGuiApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // Messages are written as UTF-8; tell the console so Chinese text arrives intact.
    SetConsoleOutputCP(CP_UTF8);
#endif
#ifndef Q_OS_WIN
    // Reports lay out text with fonts, which needs a GUI application; on a machine without a display
    // (a server, CI) the command line renders off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QGuiApplication app(argc, argv);
    sl::core::AppInfo::applyIdentity();
    sl::core::Localization::install(app,
                                    sl::core::AppSettings().value(sl::core::AppSettings::Key::Language).toString());
    sl::app::CliCommands commands;
    return static_cast<int>(commands.run(QCoreApplication::arguments()));
}
