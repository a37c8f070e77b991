#pragma once

#include <QString>

namespace sl::core {

// The names under which settings and the default database are kept; both executables set them
// first, so the window and the command line find the same file.
class AppInfo
{
public:
    static void applyIdentity();
    static QString version();
    // Who is at work, for the audit trail and the stamps on steps, confirmations and imports: the operator
    // chosen when the window opened (or given with --operator), else the operating system's user name.
    static QString operatorName();
    // Empty: nobody chosen, the operating system's user name stands.
    static void setOperatorName(const QString& name);
    static QString systemUserName();
};

} // namespace sl::core
