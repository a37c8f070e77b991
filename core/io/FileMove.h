#pragma once

#include <QCoreApplication>
#include <QString>

namespace sl::core {

// Puts a finished file in place of another in one step of the file system (rename(2) on Linux,
// MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows, through std::filesystem): anyone looking sees the old
// file or the new one, never neither. QFile::rename refuses an existing target, and removing it first would
// leave a moment with no file at all.
class FileMove
{
    Q_DECLARE_TR_FUNCTIONS(FileMove)

public:
    static bool replace(const QString& from, const QString& to, QString* error);
};

} // namespace sl::core
