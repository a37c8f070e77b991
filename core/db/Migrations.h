#pragma once

#include <QStringList>

namespace sl::core {

// The numbered schema steps. Step N brings a file from user_version N-1 to N. Steps are only ever
// appended: a shipped step is never edited, or files in the clerk's hands would differ from new ones.
class Migrations
{
public:
    static int latestVersion();
    static QStringList statements(int version);
};

} // namespace sl::core
