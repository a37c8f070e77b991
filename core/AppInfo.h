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
    // Who is at the keyboard, for stamps on confirmations: the operating system's user name.
    static QString operatorName();
};

} // namespace sl::core
