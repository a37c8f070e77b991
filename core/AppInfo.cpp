#include "AppInfo.h"

#include <QDir>
#include <QMutex>

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

namespace {

QMutex s_operatorMutex;
QString s_operator;

} // namespace

void AppInfo::setOperatorName(const QString& name)
{
    const QMutexLocker lock(&s_operatorMutex);
    s_operator = name.trimmed();
}

QString AppInfo::operatorName()
{
    {
        const QMutexLocker lock(&s_operatorMutex);
        if (!s_operator.isEmpty()) {
            return s_operator;
        }
    }
    return systemUserName();
}

QString AppInfo::systemUserName()
{
    for (const char* variable : { "USERNAME", "USER", "LOGNAME" }) {
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
