#include "AppInfo.h"

#include <QDir>

#include "Version.h"

#include <QCoreApplication>

namespace sl::core {

void AppInfo::applyIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SafeLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("SafeLedger"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(SAFELEDGER_VERSION);
}

} // namespace sl::core

namespace sl::core {

QString AppInfo::operatorName()
{
    for (const char* variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    // Services and containers often run without those variables; the home folder is named after the
    // account almost everywhere.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("?") : home;
}

} // namespace sl::core
